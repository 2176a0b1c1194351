"""Offline bokmål → nynorsk with the installed Apertium (real subprocess)."""

from __future__ import annotations

import asyncio

import pytest

from bot.model.apertium import ApertiumFailed, ApertiumTranslator, ApertiumUnavailable
from dialogs import messages

translator = ApertiumTranslator()
needs_apertium = pytest.mark.skipif(
    not translator.available(),
    reason="apertium with the nob-nno_e mode is not installed (apt-get install apertium apertium-nno-nob)",
)


AD_SENTENCES = [
    ("Vi søker en engasjert rådgiver.", "Vi søkjer ein engasjert rådgivar."),
    ("Stillingen krever høyere utdanning.", "Stillinga krev høgare utdanning."),
    ("Vi ønsker søkere med bred bakgrunn.", "Vi ønskjer søkjarar med brei bakgrunn."),
    ("Hjemmekontor kan avtales.", "Heimekontor kan avtalast."),
    ("Vi tilbyr fleksibel arbeidstid og hyggelige kollegaer.",
     "Vi tilbyr fleksibel arbeidstid og hyggjelege kollegaer."),
]


@pytest.fixture(scope="module")
def translated_lines() -> dict[str, str]:
    """All ad sentences translated in ONE apertium run (one line each): the pipeline
    takes about a second to start, and line structure must survive anyway."""
    if not translator.available():
        pytest.skip("apertium with the nob-nno_e mode is not installed")
    sources = [bokmal for bokmal, _ in AD_SENTENCES]
    lines = asyncio.run(translator.translate("\n".join(sources))).split("\n")
    assert len(lines) == len(sources)
    return dict(zip(sources, lines, strict=True))


@needs_apertium
@pytest.mark.parametrize(("bokmal", "nynorsk"), AD_SENTENCES)
def test_translates_ad_sentences(translated_lines, bokmal, nynorsk):
    assert translated_lines[bokmal] == nynorsk


@needs_apertium
async def test_single_sentence_round_trip():
    assert await translator.translate("Vi søker en engasjert rådgiver.") == "Vi søkjer ein engasjert rådgivar."


@needs_apertium
async def test_keeps_lines_paragraphs_and_input_marks():
    text = (
        "Vi søker en rådgiver\n"
        "\n"
        "* Krav: høyere utdanning\n"
        "\t- Erfaring fra Xyzqwertyetaten #jobb @HR\n"
        "Kontakt post@etat.no.\n\n"
    )
    result = await translator.translate(text)
    lines = result.split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[0] == "Vi søkjer ein rådgivar"
    assert lines[1] == ""
    assert lines[2] == "* Krav: høgare utdanning"  # a bullet star from the input stays
    assert lines[3].startswith("\t- Erfaring")
    assert "Xyzqwertyetaten" in lines[3] and "*Xyzqwertyetaten" not in lines[3]  # no unknown-word mark
    assert "#jobb @HR" in lines[3]
    assert lines[4] == "Kontakt post@etat.no."
    assert result.endswith("\n\n")


@needs_apertium
@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
async def test_blank_text_is_returned_unchanged(text):
    assert await translator.translate(text) == text


async def test_missing_apertium_says_so_clearly():
    missing = ApertiumTranslator(executable="apertium-not-installed-here")
    assert missing.available() is False
    with pytest.raises(ApertiumUnavailable) as caught:
        await missing.translate("Vi søker en rådgiver.")
    assert caught.value.user_message == messages.text("model.apertium_unavailable")


@needs_apertium
async def test_missing_language_pair_is_unavailable():
    assert ApertiumTranslator(mode="nob-xyz").available() is False


@needs_apertium
async def test_timeout_kills_the_pipeline():
    slow = ApertiumTranslator(timeout_seconds=0.001)
    with pytest.raises(ApertiumFailed) as caught:
        await slow.translate("Vi søker en engasjert rådgiver. " * 200)
    assert caught.value.user_message == messages.text("model.apertium_failed")
