"""Free-text understanding (dialogs/understanding) on its own: the examples in
prompts/intents.yaml, near-misses of commands and titles, requests around a pasted ad."""

from __future__ import annotations

import pytest

from dialogs.task_definition import PromptFileError, load_library
from dialogs.understanding import Understander
from dialogs.understanding.vocabulary import INTENTS_FILE, default_vocabulary, load_vocabulary
from tests.dialogs.samples import ANNONSE

LIBRARY = load_library()
UNDERSTANDER = Understander(LIBRARY)
EXAMPLES = [(name, example) for name, c in default_vocabulary().classes.items() for example in c.examples]


def _class(text: str) -> str:
    found = UNDERSTANDER.understand(text)
    if found.kind == "action" and found.command is not None:
        return found.command.action or ""  # "hjelp" is the /hjelp command
    return found.task if found.kind in ("task", "suggest") else found.kind


@pytest.mark.parametrize(("expected", "text"), EXAMPLES)
def test_every_example_in_the_data_is_understood(expected, text):
    assert _class(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("screenig", "screening"), ("Oversett til nynorsk", "oversett"), ("Intervjuspørsmål", "intervju"),
    ("/anonse", "annonse"), ("/intervjuspm", "intervju"), ("annonsetekts", "annonse"),
])
def test_typos_of_commands_and_button_titles_find_the_task(text, expected):
    found = UNDERSTANDER.understand(text)
    assert found.kind in ("task", "suggest") and found.task == expected


def test_a_far_miss_is_only_suggested():
    found = UNDERSTANDER.understand("/intrvjuspm")
    assert found.kind == "suggest" and found.task == "intervju"


@pytest.mark.parametrize("text", [
    "lag en topp 3 av søkerne", "hvem av dem virker mest motivert?", "kven av søkjarane er best eigna?",
    "gi hver kandidat en poengsum", "er hun kvalifisert?", "sorter søknadene etter erfaring",
])
def test_requests_to_evaluate_candidates_are_recognised(text):
    assert UNDERSTANDER.understand(text).kind == "evaluate"


@pytest.mark.parametrize("text", [
    "lag intervjuspørsmål som viser hvem som har mest relevant erfaring",
    "screeningspørsmål som siler ut søkere som ikke oppfyller kravene",
])
def test_questions_to_assess_candidates_with_are_a_task_not_an_evaluation(text):
    assert UNDERSTANDER.understand(text).kind == "task"


def test_the_request_around_a_pasted_ad_decides_and_the_ad_is_the_content():
    found = UNDERSTANDER.understand("trenger spørsmål til førstegangsintervju for denne\n" + ANNONSE)
    assert found.task == "intervju"
    assert found.content.startswith("Rådgiver i seksjon for rekruttering")
    assert "førstegangsintervju" not in found.content
    # The ad's own words ("intervjuguider") do not decide: the last line asks for nynorsk.
    assert UNDERSTANDER.understand(ANNONSE + "\n\nkan vi få denne på nynorsk?").task == "oversett"


def test_a_pasted_ad_alone_is_a_choice_and_a_request_without_a_cue_is_about_the_ad():
    assert UNDERSTANDER.understand(ANNONSE).kind == "job_ad"
    found = UNDERSTANDER.understand("Denne teksten føles så treg, hva tenker du?\n\n" + ANNONSE)
    assert found.kind == "task" and found.task == "annonse"


@pytest.mark.parametrize("text", ["takk", "ok", "asdf", "   "])
def test_what_says_nothing_is_not_understood_as_anything(text):
    assert UNDERSTANDER.understand(text).kind == "unknown"


def test_a_bad_intents_file_names_file_and_field(tmp_path):
    bad = tmp_path / "intents.yaml"
    text = INTENTS_FILE.read_text(encoding="utf-8")
    bad.write_text(text.replace("min_score: 2.5", "min_score: -1"), encoding="utf-8")
    with pytest.raises(PromptFileError, match="intents.yaml: min_score"):
        load_vocabulary(bad)


AD_WITH_SECTIONS = """Om stillingen
Vi søker en engasjert kommunikasjonsrådgiver. Kvalifiserte søkere oppfordres til å søke.

Arbeidsoppgaver
- skrive og redigere tekster

Kvalifikasjoner
- høyere utdanning innen kommunikasjon, erfaring med publisering

Vi tilbyr fleksitid. Søknadsfrist: 5. januar"""


def test_the_ads_own_paragraphs_are_no_request_and_never_an_evaluation():
    assert UNDERSTANDER.understand(AD_WITH_SECTIONS).kind == "job_ad"
    found = UNDERSTANDER.understand(AD_WITH_SECTIONS + "\n\nmer engasjerende takk")
    assert (found.kind, found.task) == ("task", "annonse") and "mer engasjerende" not in found.content
    found = UNDERSTANDER.understand("Hva synes du om denne?\n" + AD_WITH_SECTIONS)
    assert (found.kind, found.task) == ("task", "annonse") and found.content.startswith("Om stillingen")


@pytest.mark.parametrize("text", ["Hei! Her er annonsen vår, kan du se på den?\n\n" + ANNONSE,
                                  "Hei! Her er annonsen vår, kan du se på den?", "god morgen, annonse"])
def test_a_greeting_in_front_of_a_request_is_no_greeting(text):
    found = UNDERSTANDER.understand(text)
    assert (found.kind, found.task) == ("task", "annonse")


@pytest.mark.parametrize("text", ["vekt kandidatene etter erfaring", "hva mener du om søkeren?",
                                  "hvilke søknader bør vi se nærmere på?", "noe å utsette på CV-en hennes?"])
def test_a_message_about_applicants_that_asks_for_no_task_is_refused(text):
    assert UNDERSTANDER.understand(text).kind == "evaluate"


def test_the_ads_own_words_about_applicants_do_not_make_it_an_evaluation():
    assert UNDERSTANDER.understand(AD_WITH_SECTIONS + "\n\nKvalifiserte søkere oppfordres til å søke.").kind \
        in ("job_ad", "task")
