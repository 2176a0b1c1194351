"""The name gate: the NER reads only the sentences where a name can be, and nothing is lost."""

from __future__ import annotations

import pytest

from guardrails.ner.model import load_ner_pipeline
from guardrails.ner.name_gate import NameGate, is_cased, sentence_starts, with_context
from guardrails.ner.names import default_names
from guardrails.nlp_engine import NorwegianNlpEngine, blank_norwegian
from guardrails.recognizers.no_person_recognizer import NoPersonRecognizer
from guardrails.token_table import token_table


@pytest.fixture(scope="module")
def gate() -> NameGate:
    return NameGate(default_names())


@pytest.fixture(scope="module")
def ner():
    nlp = load_ner_pipeline()
    assert nlp is not None, "the committed NER model is missing"
    return nlp


def picked_text(gate: NameGate, text: str) -> list[str] | None:
    doc = blank_norwegian()(text)
    table = token_table(doc)
    ranges = gate.ranges(table)
    if ranges is None:
        return None
    return ["".join(t.text_with_ws for t in doc[a:b]).strip() for a, b in ranges]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word inside the sentence: read
        ("Du vil samarbeide med Kari Nordmann i teamet.", ["Du vil samarbeide med Kari Nordmann i teamet."]),
        # only an ordinary word or a heading at the start: skipped
        ("Arbeidsoppgaver\n- Utvikle rutiner for rekruttering.", []),
        ("Stillingen er fast. Vi søker en rådgiver.", []),
        # an unknown word at the start could be a name: read
        ("Xiaoling begynner i august.", ["Xiaoling begynner i august."]),
        # a known name that is also an ordinary word, at the start: read
        ("Per begynner i august.", ["Per begynner i august."]),
        # acronyms are not names in a cased text
        ("Du jobber med HR og IT-systemer i CV-en.", []),
        # nynorsk, a name after a cue in the second sentence only
        ("Vi søkjer ein rådgivar. Spørsmål kan rettast til Ola Nordmann.", ["Spørsmål kan rettast til Ola Nordmann."]),
    ],
)
def test_gate_picks_sentences_that_may_hold_a_name(gate: NameGate, text: str, expected: list[str]) -> None:
    assert picked_text(gate, text) == expected


def test_text_typed_without_capitals_is_read_whole(gate: NameGate) -> None:
    text = "hei, jeg heter kari nordmann og søker stillingen som rådgiver i etaten deres."
    assert not is_cased(text.split())
    assert picked_text(gate, text) is None


def test_sentence_starts_after_punctuation_bullets_and_line_breaks() -> None:
    words = ["Hei", "Kari", ".", "Ring", "meg", "\n", "-", "Ola", ":", "Ja"]
    space = [w == "\n" for w in words]
    assert sentence_starts(words, space) == {0, 3, 6, 7, 9}


def test_context_widens_and_merges_ranges() -> None:
    assert with_context([(2, 4), (9, 12), (30, 31)], size=32, context=3) == [(0, 15), (27, 32)]


GATED_TEXTS = [
    (
        "Kontaktperson: seksjonssjef Kari Nordmann, Direktoratet for forvaltning og økonomistyring.\n\n"
        "Arbeidsoppgaver\n- Gjennomføre rekrutteringsprosesser\n- Utforme annonser\n\n"
        "Vi har kontorer i Oslo og Bergen. Spørsmål kan rettes til Ole Hansen.",
        ["Kari Nordmann", "Ole Hansen"],
    ),
    (  # a lone unknown word before a colon, read without its context, looked like a name
        "Stillingsannonsen:\nRådgiver i seksjon for rekruttering\nVi søker en engasjert rådgiver.\n"
        "Søkerens kontaktperson er Ole Hansen.",
        ["Ole Hansen"],
    ),
    (
        "Søkjarar kan kontakte Kari Nordmann i Statsforvaltaren i Vestland. Ho svarar på spørsmål om stillinga.",
        ["Kari Nordmann"],
    ),
]


@pytest.mark.parametrize(("text", "names"), GATED_TEXTS)
def test_gated_ner_gives_the_same_persons_as_the_whole_text(ner, text: str, names: list[str]) -> None:
    recognizer = NoPersonRecognizer(supported_language="nb")

    def persons(engine: NorwegianNlpEngine) -> list[str]:
        artifacts = engine.process_text(text, "nb")
        assert artifacts.tokens.text == text
        for entity in artifacts.entities:  # offsets point into the original text
            assert text[entity.start_char:entity.end_char] == entity.text
        return sorted(text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"], artifacts))

    gated = persons(NorwegianNlpEngine(ner, gate=NameGate(default_names())))
    assert gated == persons(NorwegianNlpEngine(ner))
    assert gated == sorted(names)


def test_token_table_matches_spacy_tokens() -> None:
    text = "«Hei» Kari!\n\n- Ring 22 33 44 55, eller skriv til kari.nordmann@example.no.  Takk."
    doc = blank_norwegian()(text)
    table = token_table(doc, text)
    assert table.words == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.space == [t.is_space for t in doc]
    assert table.punct == [t.is_punct for t in doc]
    assert table.trailing_space == [bool(t.whitespace_) for t in doc]
    assert token_table(doc) is table  # cached on the doc
