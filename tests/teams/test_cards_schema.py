"""Every card the bot can send is valid Adaptive Card 1.5.

Two checks: Microsoft's own card library (npm ``adaptivecards``, the parser the Teams web
client builds on) must parse each card without a warning and validate it without an error;
and a JSON schema written here for the rules no library checks (Teams' size limit, at most
five actions, our submit data). No official Adaptive Card JSON schema ships in a package we
can install offline, hence the library plus our own schema.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from bot.teams.cards.elements import MAX_CARD_BYTES
from bot.teams.cards.views import MAX_CARD_ANSWER_CHARS, CardViews
from dialogs.replies import INTENTS
from dialogs.task_definition import load_library
from guardrails.findings import CheckResult, Finding
from tests.dialogs.samples import ANNONSE, BOKMAL, KRAV, valid_fodselsnummer
from tests.teams.card_driver import cards_in, press, walk

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = Path(__file__).with_name("validate_cards.js")
COMMANDS = sorted(c.name for c in load_library().commands)

SUBMIT_DATA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"aktiv_action": {"enum": list(INTENTS)}, "aktiv_command": {"enum": COMMANDS}},
    "maxProperties": 1,
}
ACTION = {
    "type": "object",
    "required": ["type", "title"],
    "properties": {
        "type": {"enum": ["Action.Submit", "Action.ShowCard"]},
        "title": {"type": "string", "minLength": 1, "maxLength": 40},
        "data": SUBMIT_DATA,
    },
}
CARD_SCHEMA = {
    "type": "object",
    "required": ["type", "version", "body"],
    "properties": {
        "type": {"const": "AdaptiveCard"},
        "version": {"const": "1.5"},
        "body": {"type": "array", "minItems": 1},
        "actions": {"type": "array", "maxItems": 5, "items": ACTION},
    },
}


async def _all_cards(make_teams_conversation, openai_settings, fake_openai) -> dict[str, dict]:
    """Drive the bot through every situation that sends a card; name each card."""
    settings = openai_settings.model_copy(update={"storage": "memory"})
    found: dict[str, dict] = {}

    def keep(name: str, activities) -> None:
        cards = cards_in(activities)
        assert len(cards) == 1, name
        found[name] = cards[0]

    chat = make_teams_conversation(settings)
    keep("help", await chat.say("/hjelp"))
    for task, first, second in [("intervju", KRAV, "rådgiver i HR"), ("screening", ANNONSE, None),
                                ("annonse", ANNONSE, None), ("oversett", BOKMAL, None)]:
        replies = await chat.say(f"/{task} {first}")
        while not any(_is_preview(card) for card in cards_in(replies)):
            _keep_checklist(found, task, replies)
            replies = await chat.say(second or "rådgiver")
        _keep_checklist(found, task, replies)  # the requirements card comes before the preview
        keep(f"preview_{task}", [a for a in replies if any(_is_preview(card) for card in cards_in([a]))])
    fake_openai.queue_answer("1. Fortell om et prosjekt.\n2. Hva lærte du?")
    keep("answer", await press(chat, found["preview_oversett"], "Send"))
    for kind, conversation_type, detail in [("blocked_id", "personal", f"fnr {valid_fodselsnummer()}"),
                                            ("blocked_name", "personal", "Kari Nordmann"),
                                            ("blocked_group", "groupChat", "Kari Nordmann")]:
        chat = make_teams_conversation(settings, conversation_type=conversation_type)
        await chat.say("/intervju " + KRAV)
        preview = cards_in(await chat.say(f"rådgiver, leder er {detail}"))[0]
        keep(kind, await press(chat, preview, "Send"))
    keep("answer_anonymized", await press(chat, found["blocked_group"], "Send anonymisert"))
    builder = make_teams_conversation()
    await builder.say("/intervju " + KRAV)
    preview = cards_in(await builder.say("rådgiver i HR"))[0]
    keep("prompt_builder", await press(builder, preview, "Send"))
    views = CardViews()
    keep("preview_empty_parts", [views.preview(load_library().tasks["intervju"], [("A", ""), ("K", "x"), ("T", ""),
                                                                                   ("I", ""), ("V", "")])])
    many = CheckResult(decision="block", findings=tuple(Finding(f"E{i}", i, i + 1, 0.9) for i in range(30)))
    keep("blocked_many", [views.blocked(many, [(f"Type {i}", "x***") for i in range(30)], "Regel.",
                                        show_excerpts=True)])
    keep("answer_long", [views.answer("Linje.\n" * 1400, model="m", anonymized=False, postedited=False)])
    keep("prompt_builder_anonymized", [views.prompt_builder("Kontakt <PERSON_1>, tlf. <TELEFON_1>.", anonymized=True,
                                                            placeholders=(("<PERSON_1>", "K••• N•••••"),
                                                                          ("<TELEFON_1>", "91• •• •67")))])
    return found


def _is_preview(card: dict) -> bool:
    return any(a.get("data", {}).get("aktiv_action") == "send" for a in card.get("actions", []))


def _keep_checklist(found: dict[str, dict], task: str, replies) -> None:
    for card in cards_in(replies):
        if any(a.get("data", {}).get("aktiv_action") == "requirements" for a in card.get("actions", [])):
            found[f"requirements_{task}"] = card


@pytest.fixture
async def all_cards(make_teams_conversation, openai_settings, fake_openai):
    return await _all_cards(make_teams_conversation, openai_settings, fake_openai)


async def test_every_card_kind_was_collected(all_cards):
    expected = {"help", "preview_intervju", "preview_screening", "requirements_intervju", "requirements_screening",
                "preview_annonse", "preview_oversett", "answer",
                "blocked_id", "blocked_name", "blocked_group", "answer_anonymized", "prompt_builder",
                "preview_empty_parts", "answer_long", "prompt_builder_anonymized"}
    assert expected <= set(all_cards)


async def test_cards_match_our_schema_and_size_limit(all_cards):
    validator = Draft7Validator(CARD_SCHEMA)
    for name, card in all_cards.items():
        problems = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(card)]
        assert problems == [], name
        assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES, name


@pytest.mark.parametrize("kind", ["answer", "prompt_builder"])
@pytest.mark.parametrize("length", [600, MAX_CARD_ANSWER_CHARS])
def test_a_text_and_its_code_block_stay_under_teams_message_limit(kind, length):
    # Norwegian letters and dashes take two or three bytes: the worst case of a text that still gets a card.
    text = ("Spørsmål om økonomistyring – æøå.\n" * 400)[:length]
    views = CardViews()
    activity = (views.answer(text, model="m", anonymized=False, postedited=False) if kind == "answer"
                else views.prompt_builder(text))
    card = activity.attachments[0].content
    assert [e["codeSnippet"] for e in walk(card) if e.get("type") == "CodeBlock"] == [text]
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    assert len(json.dumps(activity.serialize(), ensure_ascii=False).encode()) <= 28_000
    # A short prompt also shows in a client without CodeBlock (the Playground): its fallback.
    has_fallback = any("fallback" in e for e in walk(card) if e.get("type") == "CodeBlock")
    assert has_fallback is (kind == "prompt_builder" and length == 600)


@pytest.mark.parametrize("broken, problem", [
    ({"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "x"}],
      "actions": [{"type": "Action.Submit", "title": "x", "data": {"aktiv_action": "delete_all"}}]}, "delete_all"),
    ({"type": "AdaptiveCard", "version": "1.6", "body": [{"type": "TextBlock", "text": "x"}]}, "1.5"),
    ({"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "x"}],
      "actions": [{"type": "Action.Submit", "title": str(i), "data": {}} for i in range(6)]}, "too long"),
])
def test_our_schema_rejects_broken_cards(broken, problem):
    messages = [e.message for e in Draft7Validator(CARD_SCHEMA).iter_errors(broken)]
    assert any(problem in m for m in messages), messages


def _official_validation(cards: list[dict]) -> list[list[str]]:
    if shutil.which("node") is None or not (ROOT / "node_modules" / "adaptivecards").exists():
        pytest.skip("node or npm package adaptivecards missing (make test runs npm ci)")
    done = subprocess.run(["node", str(VALIDATOR)], input=json.dumps(cards), capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True)
    return json.loads(done.stdout)


async def test_every_card_passes_microsofts_adaptive_cards_library(all_cards):
    names = list(all_cards)
    results = _official_validation([all_cards[name] for name in names])
    assert {name: problems for name, problems in zip(names, results, strict=True) if problems} == {}


def test_the_library_check_finds_real_problems():
    broken = [
        {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "Input.Text", "id": "a"},
                                                           {"type": "Input.Text", "id": "a"}]},
        {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlok", "text": "x"}]},
        {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "ok"}]},
    ]
    duplicate, unknown, valid = _official_validation(broken)
    assert any("Duplicate" in p for p in duplicate)
    assert any("TextBlok" in p for p in unknown)
    assert valid == []
