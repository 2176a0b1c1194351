"""The one door: the guardrail checks the exact outgoing text, blocked text never reaches
the server, and the anonymised path sends placeholders and restores the answer locally."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from stdnum.no import fodselsnummer

from bot.model.model_client import ModelClient
from bot.model.types import GuardrailBlocked
from bot.settings import Settings
from dialogs import messages
from dialogs.ports import PromptRequest

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")
SYSTEM = "Du er en erfaren rekrutteringsrådgiver i en norsk kommune."


def valid_fodselsnummer(birth: str, individual: str) -> str:
    base = birth + individual
    base += fodselsnummer.calc_check_digit1(base)
    number = base + fodselsnummer.calc_check_digit2(base)
    assert fodselsnummer.is_valid(number)
    return number


FNR = valid_fodselsnummer("010170", "123")
EMAIL = "kari.nordmann@example.no"
PHONE = "+47 912 34 567"
NAME = "Kari Nordmann"


class Deltas:
    def __init__(self) -> None:
        self.parts: list[str] = []

    async def __call__(self, delta: str) -> None:
        self.parts.append(delta)


@pytest.fixture
async def client(openai_settings, guard, pseudonymize):
    client = ModelClient.from_settings(openai_settings, guard, pseudonymize)
    yield client
    await client.close()


@pytest.mark.parametrize("anonymize", [False, True], ids=["plain", "anonymize-asked"])
@pytest.mark.parametrize(
    ("system", "user", "blocked"),
    [
        (SYSTEM, f"Kandidaten har fødselsnummer {FNR}. Lag intervjuspørsmål.", True),
        (SYSTEM, f"Lag intervjuspørsmål. Fødselsnummeret er {FNR[:6]} {FNR[6:]}.", True),
        (f"{SYSTEM} Saksnummer {FNR}.", "Lag intervjuspørsmål.", True),
        (SYSTEM, "Lag ti intervjuspørsmål om samarbeid for en rådgiverstilling.", False),
        (SYSTEM, "Stillingen har referansenummer 2024/1187 og 100 % stilling.", False),
    ],
    ids=["fnr-in-user", "fnr-spaced", "fnr-in-system", "clean", "clean-numbers"],
)
async def test_identifiers_never_leave(client, fake_openai, guard, system, user, blocked, anonymize):
    request = PromptRequest(system=system, user=user, task="intervju")
    if blocked:
        with pytest.raises(GuardrailBlocked) as caught:
            await client.ask(request, anonymize=anonymize)
        assert caught.value.result.blocked
        assert not caught.value.result.anonymizable
        assert fake_openai.requests == []
    else:
        await client.ask(request, anonymize=anonymize)
        assert len(fake_openai.requests) == 1
    assert guard.checked[0] == request.full_text  # the exact outgoing text was checked first


@pytest.mark.parametrize(
    ("user", "value"),
    [
        (f"Send svar til {EMAIL} innen fredag.", EMAIL),
        (f"Kandidaten kan nås på {PHONE} etter klokka tre.", PHONE),
        (f"{NAME} er innstilt som nummer én.", NAME),
    ],
    ids=["email", "phone", "name"],
)
async def test_contact_data_is_blocked_without_consent(client, fake_openai, user, value):
    with pytest.raises(GuardrailBlocked) as caught:
        await client.ask(PromptRequest(system=SYSTEM, user=user))
    assert caught.value.result.anonymizable
    assert fake_openai.requests == []


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize(
    ("user", "value"),
    [
        (f"Skriv en kort takk for søknaden. Svar sendes til {EMAIL}.", EMAIL),
        (f"Skriv en kort takk for søknaden. Ring gjerne {PHONE}.", PHONE),
        (f"Skriv en kort takk for søknaden til {NAME}.", NAME),
    ],
    ids=["email", "phone", "name"],
)
async def test_anonymized_path_sends_placeholders_and_restores_answer(
    client, fake_openai, guard, user, value, stream
):
    request = PromptRequest(system=SYSTEM, user=user, task="annonse")
    deltas = Deltas()

    answer = await client.ask(request, anonymize=True, on_delta=deltas if stream else None)

    [sent] = fake_openai.requests
    assert value not in sent.sent_text
    assert PLACEHOLDER.search(sent.messages[1]["content"])
    assert sent.messages[0]["content"] == SYSTEM + "\n\n" + messages.text("model.placeholder_note")
    # Checked twice: the original, then exactly what went out.
    assert guard.checked == [request.full_text, sent.messages[0]["content"] + "\n\n" + sent.messages[1]["content"]]
    # The fake echoes the user message, so the placeholder comes back and is restored here.
    assert value in answer.text
    assert not PLACEHOLDER.search(answer.text)
    assert answer.anonymized
    if stream:
        assert "".join(deltas.parts) == answer.text
        assert not any("<" in part and PLACEHOLDER.search(part) for part in deltas.parts)


async def test_anonymized_answer_restores_placeholders_split_across_chunks(client, fake_openai):
    request = PromptRequest(system=SYSTEM, user=f"Skriv en kort hilsen. Kontakt: {EMAIL}.")
    deltas = Deltas()
    await client.ask(request, anonymize=True)
    placeholder = PLACEHOLDER.search(fake_openai.requests[0].messages[1]["content"]).group()
    # Long enough that the 7-character stream chunks cut the placeholder in two.
    fake_openai.queue_answer(f"Hei! Vi svarer {placeholder} i morgen, og {placeholder} får kopi.")

    answer = await client.ask(request, anonymize=True, on_delta=deltas)

    assert answer.text == f"Hei! Vi svarer {EMAIL} i morgen, og {EMAIL} får kopi."
    assert "".join(deltas.parts) == answer.text


async def test_identifier_next_to_contact_data_blocks_even_with_anonymize(client, fake_openai):
    request = PromptRequest(system=SYSTEM, user=f"Send til {EMAIL}. Fødselsnummer {FNR}.")
    with pytest.raises(GuardrailBlocked) as caught:
        await client.ask(request, anonymize=True)
    assert not caught.value.result.anonymizable
    assert fake_openai.requests == []


async def test_prompt_builder_keeps_placeholders_in_the_prompt(guard, pseudonymize):
    client = ModelClient.from_settings(Settings(), guard, pseudonymize)
    request = PromptRequest(system=SYSTEM, user=f"Svar sendes til {EMAIL}.")

    answer = await client.ask(request, anonymize=True)

    assert answer.mode == "prompt-builder" and answer.anonymized
    assert EMAIL not in answer.text  # the user pastes this prompt into another tool
    assert PLACEHOLDER.search(answer.text)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _python_files() -> list[Path]:
    return sorted(p for folder in ("bot", "dialogs", "guardrails") for p in (ROOT / folder).rglob("*.py"))


def test_only_the_backend_imports_openai_and_only_the_factory_imports_the_backend():
    openai_importers, backend_importers = set(), set()
    for path in _python_files():
        names = _imports(path)
        relative = path.relative_to(ROOT).as_posix()
        if any(name == "openai" or name.startswith("openai.") for name in names):
            openai_importers.add(relative)
        if any(name == "bot.model.openai_backend" or name.startswith("bot.model.openai_backend.") for name in names):
            backend_importers.add(relative)
    assert openai_importers == {"bot/model/openai_backend.py"}
    assert backend_importers == {"bot/model/backends.py"}


@pytest.mark.parametrize(
    ("source", "imports_openai"),
    [
        ("import openai", True),
        ("from openai import AsyncOpenAI", True),
        ("import openai.types as t", True),
        ("def f():\n    import openai\n", True),
        ("import openai_helpers", False),
        ("from bot import model_client", False),
    ],
)
def test_import_scanner_sees_every_form(tmp_path, source, imports_openai):
    module = tmp_path / "m.py"
    module.write_text(source, encoding="utf-8")
    names = _imports(module)
    assert any(n == "openai" or n.startswith("openai.") for n in names) is imports_openai
