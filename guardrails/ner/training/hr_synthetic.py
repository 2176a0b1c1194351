"""Synthetic HR-domain training sentences for the NER (build time only, no network).

    python -m guardrails.ner.training.hr_synthetic --count 20 --seed 1234     # print a sample

NorNE is news; the guardrail reads recruitment text typed in Teams and pasted job ads.
This module fills hand-written templates (``data/hr_templates.yaml``: chat lines, ad
fields, minutes, e-mails, in bokmål and nynorsk) with the name lists under ``data/``
(NorNE-train first names and surnames, the world lists, the templates' own lists of
first names that are ordinary words, surnames that are ordinary words, foreign names)
and with vocabularies of look-alikes that are not persons (headings, job titles,
products, organisations and streets named after people, ships, works of art, places
that are first names, ferry routes, laws). Entities are labelled PER, ORG or LOC as
NorNE would; products, ships, works, laws and headings stay outside (NorNE's PROD,
MISC and EVT are mapped to outside by ``corpus.py`` too).

Sentences are tokenised with the guardrail's own fast tokenizer (the one the NER runs
behind in the bot), so the training tokens are the tokens the model sees at run time.
A share of sentences (per template group, ``lower`` in the YAML) is lower-cased whole,
as people type in chat. The same seed gives the same sentences.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
import yaml

from guardrails.ner.training.corpus import Sentence
from guardrails.tokenizer import fast_tokenizer

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TEMPLATES_PATH = DATA_DIR / "hr_templates.yaml"
STANDARDS = ("nb", "nn")
LABELS = ("PER", "ORG", "LOC")
DEFAULT_COUNT = 12000

# {slot}, {LABEL:slot}, {slot^}, {PER:slot+s}
SLOT = re.compile(r"\{(?:(?P<label>PER|ORG|LOC):)?(?P<name>[a-z_0-9]+)(?P<poss>\+s)?(?P<cap>\^)?\}")
PERSON_SLOTS = frozenset({
    "first", "first_no", "first_word", "first_foreign", "first_hyph", "surname", "surname_word",
    "surname_foreign", "full", "full_foreign", "initial_surname",
})
NUMBER_SLOTS = frozenset({
    "num", "phone", "postcode", "refnr", "year", "pct", "salary", "houseno", "time", "date", "code4",
})


@dataclass(frozen=True)
class Template:
    standard: str  # "nb" or "nn"
    group: str  # "chat" or "doc"
    text: str


def _read_names(*file_names: str) -> tuple[str, ...]:
    names: set[str] = set()
    for file_name in file_names:
        path = DATA_DIR / file_name
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#") and word[0].isupper() and " " not in word:
                names.add(word)
    return tuple(sorted(names))


def possessive(name: str) -> str:
    """Norwegian genitive: ``Strand`` -> ``Strands``, ``Al-Nouri`` -> ``Al-Nouris``, ``Hans`` -> ``Hans'``."""
    return name + "'" if name[-1].lower() in "sxz" else name + "s"


class HrSentenceGenerator:
    """Fills the templates with names and vocabularies; deterministic for a given seed."""

    def __init__(self, seed: int = 1234, templates_path: Path = TEMPLATES_PATH) -> None:
        spec = yaml.safe_load(templates_path.read_text(encoding="utf-8"))
        self.lower = {group: float(p) for group, p in spec["lower"].items()}
        self.vocab: dict[str, tuple[str, ...]] = {k: tuple(str(v) for v in vs) for k, vs in spec["vocab"].items()}
        self.templates = [
            Template(standard, group, text)
            for standard, groups in spec["templates"].items()
            for group, texts in groups.items()
            for text in texts
        ]
        self.first_no = _read_names("first_names.txt", "common_first_names.txt")
        self.first_world = _read_names("world_first_names.txt")
        self.surname_no = _read_names("surnames.txt", "common_surnames.txt")
        self.surname_world = _read_names("world_surnames.txt")
        self.rng = random.Random(seed)
        self.tokenizer = fast_tokenizer(spacy.blank("nb").vocab)

    # -- slots ------------------------------------------------------------------------
    def _pick(self, name: str, standard: str) -> str:
        for key in (f"{name}_{standard}", name):
            if key in self.vocab:
                return self.rng.choice(self.vocab[key])
        raise KeyError(f"no vocabulary for slot {name!r} ({standard})")

    def _first(self) -> str:
        draw = self.rng.random()
        if draw < 0.55:
            return self.rng.choice(self.first_no)
        if draw < 0.75:
            return self.rng.choice(self.first_world)
        if draw < 0.90:
            return self.rng.choice(self.vocab["first_word"])
        return self.rng.choice(self.vocab["first_foreign"])

    def _surname(self) -> str:
        draw = self.rng.random()
        if draw < 0.5:
            return self.rng.choice(self.surname_no)
        if draw < 0.7:
            return self.rng.choice(self.vocab["surname_word"])
        if draw < 0.85:
            return self.rng.choice(self.surname_world)
        return self.rng.choice(self.vocab["surname_foreign"])

    def _person(self, name: str) -> str:
        rng = self.rng
        if name == "first":
            return self._first()
        if name == "first_no":
            return rng.choice(self.first_no)
        if name in ("first_word", "first_foreign", "surname_word", "surname_foreign"):
            return rng.choice(self.vocab[name])
        if name == "first_hyph":
            return f"{rng.choice(self.first_no)}-{rng.choice(self.first_no)}"
        if name == "surname":
            return self._surname()
        if name == "initial_surname":
            return f"{rng.choice(self.first_no)[0]}. {self._surname()}"
        if name == "full_foreign":
            first = rng.choice(self.vocab["first_foreign"]) if rng.random() < 0.6 else rng.choice(self.first_world)
            return f"{first} {rng.choice(self.vocab['surname_foreign'])}"
        if name == "full":
            parts = [self._first()]
            if rng.random() < 0.15:
                parts.append(rng.choice(self.first_no))  # middle name
            parts.append(self._surname())
            if rng.random() < 0.1:
                parts.append(rng.choice(self.surname_no))  # double surname
            return " ".join(parts)
        raise KeyError(name)

    def _number(self, name: str, standard: str) -> str:
        rng = self.rng
        if name == "num":
            return str(rng.randint(15, 90))
        if name == "phone":
            if rng.random() < 0.5:
                return f"{rng.randint(20, 99)} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3))
            return f"{rng.choice('49')}{rng.randint(0, 99):02d} {rng.randint(0, 99):02d} {rng.randint(0, 999):03d}"
        if name == "postcode":
            return f"{rng.randint(1, 9999):04d}"
        if name == "refnr":
            return rng.choice([f"{rng.randint(2019, 2026)}/{rng.randint(1, 9999)}",
                               f"{rng.randint(19, 26)}/{rng.randint(0, 99999):05d}",
                               f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])
        if name == "year":
            return str(rng.randint(2019, 2027))
        if name == "pct":
            return str(rng.choice([20, 40, 50, 60, 75, 80, 100]))
        if name == "salary":
            low = rng.randint(45, 80) * 10
            return rng.choice([f"{low} 000–{low + rng.randint(5, 20) * 10} 000",
                               f"ltr. {rng.randint(30, 60)}–{rng.randint(61, 80)}",
                               f"LR{rng.randint(20, 30)}, alternativ {rng.randint(1, 9)}"])
        if name == "houseno":
            return str(rng.randint(1, 120)) + rng.choice(["", "", "", "A", "B"])
        if name == "time":
            return f"{rng.randint(8, 15)}.{rng.choice(['00', '15', '30', '45'])}"
        if name == "date":
            months = self.vocab[f"month_{standard}"]
            return rng.choice([f"{rng.randint(1, 28)}. {rng.choice(months)}",
                               f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2025, 2027)}"])
        if name == "code4":
            return str(rng.randint(1000, 1999))
        raise KeyError(name)

    def _fill(self, name: str, standard: str, label: str | None) -> str:
        if name in PERSON_SLOTS:
            if label != "PER":
                raise ValueError(f"person slot {name!r} must be labelled PER")
            return self._person(name)
        if name in NUMBER_SLOTS:
            return self._number(name, standard)
        return self._pick(name, standard)

    # -- sentences ----------------------------------------------------------------------
    def render(self, template: Template) -> tuple[str, list[tuple[int, int, str]]]:
        """The filled text and its entity spans as character offsets."""
        text: list[str] = []
        spans: list[tuple[int, int, str]] = []
        position = 0
        cursor = 0
        for match in SLOT.finditer(template.text):
            literal = template.text[cursor:match.start()]
            text.append(literal)
            position += len(literal)
            value = self._fill(match["name"], template.standard, match["label"])
            if match["poss"]:
                value = possessive(value)
            if match["cap"]:
                value = value[:1].upper() + value[1:]
            if match["label"]:
                previous = spans[-1] if spans else None
                joins = previous and previous[2] == match["label"] == "PER" and literal == " "
                # "{PER:first} {PER:surname}": one name
                if joins and previous is not None and previous[1] == position - 1:
                    spans[-1] = (previous[0], position + len(value), "PER")
                else:
                    spans.append((position, position + len(value), match["label"]))
            text.append(value)
            position += len(value)
            cursor = match.end()
        text.append(template.text[cursor:])
        return "".join(text), spans

    def sentence(self, template: Template) -> Sentence:
        text, spans = self.render(template)
        if self.rng.random() < self.lower.get(template.group, 0.4):
            lowered = text.lower()
            if len(lowered) == len(text):  # same offsets
                text = lowered
        doc = self.tokenizer(text)
        entities = []
        for start, end, label in spans:
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is None:
                raise ValueError(f"entity {text[start:end]!r} does not align with tokens in {text!r}")
            entities.append((span.start, span.end, label))
        return Sentence(
            words=tuple(t.text for t in doc),
            spaces=tuple(bool(t.whitespace_) for t in doc),
            entities=tuple(entities),
        )

    def generate(self, count: int = DEFAULT_COUNT) -> list[Sentence]:
        return [self.sentence(self.rng.choice(self.templates)) for _ in range(count)]


def labelled_text(sentence: Sentence) -> str:
    """The sentence with its entities bracketed: ``intervju med [Bakke]PER``."""
    opens = {start for start, _, _ in sentence.entities}
    closes = {end - 1: label for _, end, label in sentence.entities}
    out = []
    for index, word in enumerate(sentence.words):
        piece = ("[" if index in opens else "") + word + (f"]{closes[index]}" if index in closes else "")
        out.append(piece + (" " if sentence.spaces[index] else ""))
    return "".join(out)


def hr_sentences(count: int = DEFAULT_COUNT, seed: int = 1234) -> list[Sentence]:
    """``count`` synthetic HR sentences for training (deterministic for ``seed``)."""
    return HrSentenceGenerator(seed).generate(count)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args(argv)
    for sentence in hr_sentences(args.count, args.seed):
        print(labelled_text(sentence))

if __name__ == "__main__":
    main()
