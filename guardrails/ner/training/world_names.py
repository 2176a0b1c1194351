"""First names and surnames from Faker's person providers, filtered by NorNE train.

    pip install faker   # a build-time tool only; the bot reads the committed lists
    python -m guardrails.ner.training.world_names --corpus PATH

NorNE train gives about 960 first names; job applicants and contact persons in Norway
carry names from everywhere. Faker (MIT licence) ships first names for some 80 locales and
surnames for many; this keeps the Latin-script ones and drops any that NorNE train shows to
be an ordinary word (seen in lower case even once), or a capitalised word that is more often not a
person than a person (``Bergen``, ``Manager``), and any heading, cue or organisation word.
Surnames come only from the locales in ``SURNAME_LOCALES``: English, German and Dutch
surname lists are full of ordinary words (``Green``, ``Koch``) that would cost precision.
Writes ``world_first_names.txt`` and ``world_surnames.txt`` into ``guardrails/ner/data``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from guardrails.ner.names import DATA_DIR, NameResources
from guardrails.ner.training.corpus import DIALECTS, read_split
from guardrails.ner.training.name_lists import name_evidence

SURNAME_LOCALES = ("no_NO", "sv_SE", "da_DK", "fi_FI", "is_IS")
FIRST_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
HEADER = (
    "# {what} from Faker {version} person providers (MIT licence), filtered by NorNE train;\n"
    "# built by python -m guardrails.ner.training.world_names. Do not edit by hand.\n"
)


def _words(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [word for word in value if isinstance(word, str)]
    return []


def _latin_name(word: str) -> bool:
    return (
        len(word) >= 3
        and word[0].isupper()
        and word.replace("-", "").isalpha()
        and all("LATIN" in unicodedata.name(char, "") or char == "-" for char in word)
    )


def faker_names(surname_locales: Iterable[str] = SURNAME_LOCALES) -> tuple[set[str], set[str]]:
    import faker.providers.person as person  # build-time only

    first, last = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except Exception:  # a locale that does not import is skipped
            continue
        for attribute in FIRST_NAME_ATTRIBUTES:
            first.update(_words(getattr(provider, attribute, None)))
        if module.name in surname_locales:
            last.update(_words(getattr(provider, "last_names", None)))
    return {w for w in first if _latin_name(w)}, {w for w in last if _latin_name(w)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="NorNE root (train split only is read)")
    parser.add_argument("--output", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    import faker

    names = NameResources.load()
    excluded = names.common_words | names.not_names | names.context_cues | names.organisation_words
    train = (s for d in DIALECTS for s in read_split(args.corpus, d, "train"))
    per_counts, capitalised_other, lower_other = name_evidence(train)

    def keep(word: str) -> bool:
        lowered = word.lower()
        ordinary = lowered in excluded or lower_other[lowered] > 0
        return not ordinary and capitalised_other[word] <= per_counts[word]

    first, last = faker_names()
    for what, words, file_name in (
        ("First names", first, "world_first_names.txt"), ("Surnames", last, "world_surnames.txt"),
    ):
        kept = sorted(w for w in words if keep(w))
        path = args.output / file_name
        path.write_text(HEADER.format(what=what, version=faker.VERSION) + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"{path}: {len(kept)} of {len(words)}")


if __name__ == "__main__":
    main()
