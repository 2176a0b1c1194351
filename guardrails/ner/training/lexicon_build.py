"""``python -m guardrails.ner.training.lexicon_build``: the Norwegian lexicon (two marisa tries
in ``guardrails/ner/data/``) from Apertium's nno-nob dictionaries, printed with ``lt-print``.
The runtime reader is ``guardrails.ner.lexicon.Lexicon``."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import marisa_trie

from guardrails.ner.lexicon import (
    APERTIUM_DIR,
    COMMON_FILE,
    DATA_DIR,
    MAX_WORD,
    ORDINARY_TAGS,
    PROPER_CLASSES,
    PROPER_FILE,
    TRANSDUCERS,
)

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
