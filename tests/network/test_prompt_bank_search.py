"""Prompt-bank search: Norwegian inflection and compounds, visibility, ranking."""

from __future__ import annotations

import pytest

from dialogs.prompt_bank.entries import BankEntry
from dialogs.prompt_bank.search import BankIndex

ENTRIES = [
    BankEntry("sar", "intervju", "Intervjuspørsmål for saksbehandlere", ("sar", "førstegangsintervju"), "tenant", "o1"),
    BankEntry("ann", "annonse", "Fengende overskrifter til stillingsannonsen", ("annonse",), "tenant", "o2"),
    BankEntry("nyn", "oversett", "Moderat nynorsk for kommunen", ("nynorsk",), "tenant", "o1"),
    BankEntry("scr", "screening", "Screening av krav til ledere", ("ledelse",), "private", "o1"),
    BankEntry("mine", "screening", "Mine screeningspørsmål", (), "private", "me"),
]
TITLES = {"intervju": "Intervjuspørsmål", "annonse": "Annonsetekst", "oversett": "Oversett til nynorsk",
          "screening": "Screeningspørsmål"}


@pytest.fixture(scope="module")
def index() -> BankIndex:
    return BankIndex(ENTRIES, task_titles=TITLES)


@pytest.mark.parametrize(("query", "found", "not_found"), [
    ("intervju", "sar", "ann"),                    # prefix of the compound "intervjuspørsmål"
    ("intervjuer", "sar", "nyn"),                  # plural, stemmed
    ("Intervjuspørsmålene", "sar", "ann"),         # definite plural of the compound
    ("spørsmål", "sar", "nyn"),                    # compound tail
    ("annonsene", "ann", "sar"),                   # definite plural
    ("stillingsannonser", "ann", "scr"),           # indefinite plural of the compound
    ("overskrift", "ann", "nyn"),                  # singular of "overskrifter"
    ("nynorsk kommune", "nyn", "sar"),             # two words, one inflected
    ("SAR", "sar", "ann"),                         # tag, any case
    ("saksbehandler", "sar", "ann"),               # plural in the title
])
def test_inflected_queries_find_the_right_prompt(index, query, found, not_found):
    ids = [hit.entry.id for hit in index.search(query, viewer="me")]
    assert found in ids and not_found not in ids
    assert ids[0] == found


@pytest.mark.parametrize(("viewer", "visible", "hidden"), [
    ("me", "mine", "scr"),   # my private prompt, not someone else's
    ("o1", "scr", "mine"),
])
def test_private_prompts_only_for_their_owner(index, viewer, visible, hidden):
    ids = [hit.entry.id for hit in index.search("screening", viewer=viewer)]
    assert visible in ids and hidden not in ids


def test_all_words_matching_rank_above_one_word(index):
    hits = index.search("screening ledere", viewer="o1")
    assert hits[0].entry.id == "scr" and hits[0].matched == 2
    assert all(hit.matched == 1 for hit in hits[1:])


def test_empty_query_lists_visible_prompts_most_used_first():
    used = [BankEntry("a", "intervju", "A", uses=1, scope="tenant"), BankEntry("b", "intervju", "B", uses=7,
                                                                                 scope="tenant")]
    assert [h.entry.id for h in BankIndex(used).search("", viewer="x")] == ["b", "a"]


@pytest.mark.parametrize("query", ["kanelbolle", "xyz", "og i på"])
def test_unrelated_or_stop_word_queries(index, query):
    hits = index.search(query, viewer="me")
    if query == "og i på":  # only stop words: the whole list
        assert len(hits) == 4
    else:
        assert hits == []
