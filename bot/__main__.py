"""``python -m bot serve`` runs the bot over HTTP; ``python -m bot chat`` in the terminal."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.settings import Settings, SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="AKTIV recruitment prompt bot")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve /api/messages over HTTP")
    serve.add_argument("--port", type=int, help="overrides AKTIV_PORT")
    chat = sub.add_parser("chat", help="chat with the bot in the terminal")
    chat.add_argument("--conversation", default="terminal", help="conversation id (state is kept per id)")
    args = parser.parse_args(argv)

    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"AKTIV cannot start: {error}", file=sys.stderr)
        return 2
    if args.command == "serve":
        from bot.composition import build_bot
        from bot.http.app import run_app

        if args.port:
            settings = settings.model_copy(update={"port": args.port})
        run_app(settings, build_bot)
        return 0

    from bot.composition import build_components
    from bot.http.terminal_chat import run_chat
    from bot.logging_setup import configure_logging

    configure_logging("WARNING")
    components = build_components(settings)
    asyncio.run(run_chat(components.bot, conversation_id=args.conversation))
    return 0


if __name__ == "__main__":
    sys.exit(main())
