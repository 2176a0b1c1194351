"""A Norwegian lexicon (bokmål and nynorsk) from Apertium's morphological dictionaries.

Two files in ``guardrails/ner/data/``, both read through a memory map (no load time, a few
MB of shared pages):

* ``lexicon_common.marisa``: every lower-case word form that Apertium analyses as an
  ordinary word (noun, adjective, verb, adverb, pronoun, preposition ...), about a million
  forms: ``panelet``, ``nyutdanna``, ``kommando``, ``avdelingen``.
* ``lexicon_proper.marisa``: proper nouns with their classes: given name (``Kari``),
  surname (``Hansen``), place (``Gjøvik``, ``Bergenhus``), organisation (``Microsoft``,
  ``Sivilforsvaret``), about 76,000.

Build (not part of the bot's start-up; the files are committed):

    make lexicon    # = python -m guardrails.ner.lexicon --output guardrails/ner/data

It needs Debian's ``apertium-nno-nob`` (the dictionaries) and ``lttoolbox-dev``
(``lt-print``). The compiled transducers are printed as text and walked: proper nouns
backwards from their ``<np>`` tag to the start, ordinary words forwards through the main
section. Apertium's data is GPL-2.0-or-later; so are these two files (see
``guardrails/ner/data/LEXICON-LICENSE.md``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import marisa_trie

DATA_DIR = Path(__file__).with_name("data")
COMMON_FILE = "lexicon_common.marisa"
PROPER_FILE = "lexicon_proper.marisa"
APERTIUM_DIR = Path("/usr/share/apertium/apertium-nno-nob")
TRANSDUCERS = ("nob-nno.automorf.bin", "nno-nob.automorf.bin")  # bokmål, nynorsk analysers

GIVEN_NAME, SURNAME, PLACE, ORGANISATION, OTHER_NAME = 1, 2, 4, 8, 16
PERSON_NAME = GIVEN_NAME | SURNAME
PLACE_OR_ORGANISATION = PLACE | ORGANISATION
PROPER_CLASSES = {"ant": GIVEN_NAME, "cog": SURNAME, "top": PLACE, "org": ORGANISATION, "al": OTHER_NAME}
ORDINARY_TAGS = frozenset(
    {"<n>", "<adj>", "<vblex>", "<adv>", "<pr>", "<det>", "<prn>", "<cnjcoo>", "<cnjsub>", "<ij>"}
)
MAX_WORD = 32


@dataclass(frozen=True)
class Lexicon:
    """Lookups in the two tries; an empty lexicon answers False/0 to everything."""

    common: marisa_trie.Trie
    proper: marisa_trie.RecordTrie

    @classmethod
    def load(cls, directory: Path = DATA_DIR) -> Lexicon:
        common, proper = marisa_trie.Trie(), marisa_trie.RecordTrie("<B")
        if (directory / COMMON_FILE).is_file() and (directory / PROPER_FILE).is_file():
            common.mmap(str(directory / COMMON_FILE))
            proper.mmap(str(directory / PROPER_FILE))
        return cls(common, proper)

    @classmethod
    def empty(cls) -> Lexicon:
        return cls(marisa_trie.Trie(), marisa_trie.RecordTrie("<B"))

    def is_common(self, word: str) -> bool:
        """An ordinary word form (checked in lower case)."""
        return word.lower() in self.common

    def classes(self, word: str) -> int:
        found = self.proper.get(word)
        return found[0][0] if found else 0

    def is_person_name(self, word: str) -> bool:
        return bool(self.classes(word) & PERSON_NAME)

    def is_only_person_name(self, word: str) -> bool:
        """A given name or surname that is no place, organisation or ordinary word (``Fardal``)."""
        classes = self.classes(word)
        return bool(classes & PERSON_NAME) and not classes & PLACE_OR_ORGANISATION and not self.is_common(word)

    def is_place_or_organisation(self, word: str) -> bool:
        """Known only as a place or an organisation, never as a given name or surname."""
        classes = self.classes(word)
        return bool(classes & PLACE_OR_ORGANISATION) and not classes & PERSON_NAME

    def is_organisation(self, word: str) -> bool:
        """Known as an organisation and not as a place, given name or surname (``Microsoft``)."""
        return self.classes(word) & ~OTHER_NAME == ORGANISATION


@cache
def default_lexicon() -> Lexicon:
    return Lexicon.load()


# -- building ------------------------------------------------------------------------------

class _Transducer:
    """An lttoolbox transducer printed by ``lt-print`` (AT&T text, sections split by ``--``)."""

    def __init__(self, att_text: str) -> None:
        self.arcs: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        self.back: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        self.finals: set[int] = set()
        self.section_starts: list[int] = [0]
        base = top = 0
        for line in att_text.splitlines():
            fields = line.split("\t")
            if fields[0] == "--":  # a new section numbers its states from 0 again
                base = top + 1
                self.section_starts.append(base)
            elif len(fields) >= 4:
                source, target = int(fields[0]) + base, int(fields[1]) + base
                top = max(top, source, target)
                self.arcs[source].append((target, fields[2], fields[3]))
                self.back[target].append((source, fields[2], fields[3]))
            elif fields[0].isdigit():
                self.finals.add(int(fields[0]) + base)
                top = max(top, int(fields[0]) + base)

    def _tag_tails(self, state: int, tags: str, out: set[str], depth: int = 0) -> None:
        if state in self.finals:
            out.add(tags)
        if depth > 12:
            return
        for target, symbol_in, symbol_out in self.arcs.get(state, ()):
            if symbol_in == "ε" and (symbol_out.startswith("<") or symbol_out == "ε"):
                self._tag_tails(target, tags + ("" if symbol_out == "ε" else symbol_out), out, depth + 1)

    def proper_nouns(self) -> dict[str, int]:
        """Surface form -> class bits, walking back from every ``<np>`` arc."""
        starts = set(self.section_starts)
        found: dict[str, int] = defaultdict(int)
        for source, arcs in list(self.arcs.items()):
            for target, symbol_in, symbol_out in arcs:
                if symbol_out != "<np>" or symbol_in != "ε":
                    continue
                tails: set[str] = set()
                self._tag_tails(target, "", tails)
                bits = 0
                for tail in tails:
                    if "<compound-only-L>" in tail:
                        continue
                    for name, bit in PROPER_CLASSES.items():
                        if tail.startswith(f"<{name}>"):
                            bits |= bit
                if not bits:
                    continue
                stack, seen = [(source, "")], set()
                while stack:
                    state, suffix = stack.pop()
                    if (state, suffix) in seen or len(suffix) > MAX_WORD:
                        continue
                    seen.add((state, suffix))
                    if state in starts and suffix:
                        found[suffix] |= bits
                    for previous, back_in, back_out in self.back.get(state, ()):
                        if back_out.startswith("<"):
                            continue
                        if back_in != "ε" and not (back_in.isalpha() or back_in in "-. '"):
                            continue
                        stack.append((previous, ("" if back_in == "ε" else back_in) + suffix))
        return {word: bits for word, bits in found.items() if not word.endswith("-")}

    def ordinary_words(self) -> set[str]:
        """Lower-case surface forms of ordinary words in the main (dictionary) section."""
        words: set[str] = set()
        stack: list[tuple[int, str, bool]] = [(self.section_starts[1], "", False)]
        while stack:
            state, surface, tagged = stack.pop()
            if len(surface) > MAX_WORD:
                continue
            if tagged and state in self.finals:
                words.add(surface)
            for target, symbol_in, symbol_out in self.arcs.get(state, ()):
                char = "" if symbol_in == "ε" else symbol_in
                if not tagged:
                    if symbol_out.startswith("<"):
                        if symbol_out in ORDINARY_TAGS:
                            stack.append((target, surface + char, True))
                        continue
                    if symbol_in != "ε" and not (symbol_in.isalpha() or symbol_in in "-'"):
                        continue
                    stack.append((target, surface + char, False))
                elif (symbol_out.startswith("<") or symbol_out == "ε" or symbol_in == "ε") and (
                    "compound-only-L" not in symbol_out
                ):
                    stack.append((target, surface + char, True))
        return {word for word in words if len(word) >= 2 and word.islower() and not word.endswith("-")}


def build(apertium_dir: Path, output: Path) -> tuple[int, int]:
    common: set[str] = set()
    proper: dict[str, int] = defaultdict(int)
    for name in TRANSDUCERS:
        att = subprocess.run(
            ["lt-print", str(apertium_dir / name)], check=True, capture_output=True, text=True
        ).stdout
        transducer = _Transducer(att)
        common |= transducer.ordinary_words()
        for word, bits in transducer.proper_nouns().items():
            proper[word] |= bits
    output.mkdir(parents=True, exist_ok=True)
    marisa_trie.Trie(sorted(common)).save(str(output / COMMON_FILE))
    marisa_trie.RecordTrie("<B", ((word, (bits,)) for word, bits in sorted(proper.items()))).save(
        str(output / PROPER_FILE)
    )
    return len(common), len(proper)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Norwegian lexicon from Apertium's nno-nob dictionaries.")
    parser.add_argument("--apertium", type=Path, default=APERTIUM_DIR)
    parser.add_argument("--output", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    missing = [name for name in TRANSDUCERS if not (args.apertium / name).is_file()]
    if missing:
        print(f"Apertium dictionaries missing in {args.apertium}: apt-get install apertium-nno-nob", file=sys.stderr)
        return 1
    common, proper = build(args.apertium, args.output)
    print(f"{common} ordinary word forms, {proper} proper nouns -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
