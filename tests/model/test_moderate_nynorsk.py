"""Moderate nynorsk: j-forms the norm lets us avoid, the term list, Apertium's slips."""

import shutil
from pathlib import Path

import pytest

from bot.model.apertium import ApertiumTranslator
from bot.model.moderate_nynorsk import ModerateNynorsk, ModerateNynorskTranslator, NynorskTermsError, load_terms

needs_apertium = pytest.mark.skipif(not ApertiumTranslator().available(), reason="apertium nob-nno_e not installed")


@pytest.fixture(scope="module")
def moderate() -> ModerateNynorsk:
    return ModerateNynorsk()


@pytest.mark.parametrize(("apertium", "moderate_form"), [
    ("No søkjer vi ein sakshandsamar som ønskjer å følgje opp.",
     "No søker vi ein sakshandsamar som ønsker å følge opp."),
    ("Eit hyggjeleg miljø. Søkjarlista og arbeidssøkjarar.", "Eit hyggeleg miljø. Søkarlista og arbeidssøkarar."),
    ("Du må leggje til rette og tenkje nytt.", "Du må legge til rette og tenke nytt."),
    ("Det er ikkje mykje forskjell på kyrkja og skjemaet.", "Det er ikkje mykje forskjell på kyrkja og skjemaet."),
    ("Lønn etter Statens lønnsregulativ. Medlemskapar i KLP.", "Løn etter Statens lønsregulativ. Medlemskap i KLP."),
    ("Alle kvalifiserte søkjarar er velkommen.", "Alle kvalifiserte søkarar er velkomne."),
    ("Mekling etter barneloven.", "Mekling etter barnelova."),
])
def test_after(moderate, apertium, moderate_form):
    assert moderate.after(apertium) == moderate_form


def test_before_rewrites_organisation_terms_keeping_capitals(moderate):
    assert moderate.before("Saksbehandler søkes. Erfaring med saksbehandling.") == \
        "Sakshandsamar søkes. Erfaring med sakshandsaming."


def test_a_bad_terms_file_names_file_and_field(tmp_path: Path):
    bad = tmp_path / "nynorsk_terms.yaml"
    bad.write_text("keep_j: [ikkje]\nafter: {lønn: løn}\ncolour: blue\n", encoding="utf-8")
    with pytest.raises(NynorskTermsError, match="nynorsk_terms.yaml: colour"):
        load_terms(bad)


@needs_apertium
async def test_apertium_with_the_moderate_rules():
    translator = ModerateNynorskTranslator(ApertiumTranslator())
    out = await translator.translate("Vi søker en saksbehandler som ønsker å følge opp søkerne. "
                                     "Erfaring med GIS er en fordel.")
    assert "søkjer" not in out and "ønskjer" not in out and "følgje" not in out
    assert "sakshandsamar" in out and "GIS" in out
    assert shutil.which("apertium")
