"""Disguised identifiers next to a context word: how many get past the guardrail, per family.

Run: .venv/bin/python bench/evasions.py [--per-family N] [--seed S] [--show-misses K]

Generates fødselsnummer, mobile and landline phone numbers, bank account numbers and
e-mail addresses (all invented, checksums valid), disguises each the way people and
evaders write them, puts it in a sentence next to a context word (``fnr``, ``tlf``,
``konto``, ``e-post`` ...), and runs the guardrail exactly as the bot builds it. A
disguise is *caught* when the decision is not ``pass`` and a finding of the expected type
is reported. Prints the pass-through rate per family and in all; asserts nothing.

The families are those of issue 11: separators between digit groups (``/ , * |``, blank
lines), markup (``**1590**86…``, ``<b>…</b>``, ``(159086)(95043)``), invisible characters
(any default-ignorable code point), dingbat and enclosed digits, other digit scripts,
spaces of other widths, a fødselsnummer split into birth date and personnummer, e-mail
written out (``at``, ``(at)``, ``snabel-a``, ``krøllalfa``, ``dot``, ``punktum`` …), and a
functional-mailbox local part on a person's own domain; plus the already-handled dots,
dashes and line breaks as a control.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from stdnum.no import fodselsnummer, kontonr

from guardrails.recognizers.no_fodselsnummer_recognizer import is_valid_identity_number as _is_identity_number
from guardrails.recognizers.no_phone_recognizer import is_personal_norwegian_number

FNR, PHONE, ACCOUNT, EMAIL = "NO_FODSELSNUMMER", "NO_PHONE", "NO_BANK_ACCOUNT", "EMAIL_ADDRESS"

PNR_JOINERS = [
    ", personnummer ", " og personnummer ", ", pnr. ", " personnr ", "\npersonnummer: ", " – personnummeret er ",
]
FIRST_NAMES = ["ingrid", "lars", "fatima", "ola", "kari", "thomas", "nora", "ahmed", "silje", "bjørn"]
SURNAMES = ["solberg", "hansen", "berg", "nguyen", "haugen", "olsen", "dahl", "khan", "lunde", "moe"]
CONTEXT_WORDS = {
    FNR: ["fødselsnummer", "fnr:", "personnummer", "fødselsnr.", "fnr"],
    PHONE: ["tlf", "mobil:", "ring", "telefon", "tlf.nr."],
    ACCOUNT: ["kontonr.", "kontonummer", "konto:", "bankkonto"],
    EMAIL: ["e-post", "epost:", "mail", "e-postadresse"],
}

SENTENCES = {
    "nb": [
        "Kandidaten ba oss bruke {context} {value} til kontrakten.",
        "Her er {context} {value} som hun oppga i søknaden.",
        "Til lønnsavdelingen: {context} {value}\nTakk!",
    ],
    "nn": [
        "Kandidaten bad oss bruke {context} {value} i kontrakten.",
        "Her er {context} {value} som ho gav opp i søknaden.",
    ],
}

# Default-ignorable and other invisible code points people paste between digits.
INVISIBLE = [
    "\u034f", "\ufe0f", "\ufe0e", "\u3164", "\u2800", "\u200b", "\u200c", "\u200d", "\ufeff",
    "\u00ad", "\u2060", "\u180e", "\u115f", "\u1160", "\uffa0", "\u061c", "\u2061", "\u17b4",
    "\U000e0020",
]
WIDE_SPACES = ["\u00a0", "\u202f", "\u2009", "\u2007", "\u3000", "\u2002"]
SEPARATORS = ["/", ",", "*", "|", " / ", " , ", " | ", "\n\n", "\n \n", ";", " * ", "+", "~", ":"]
CONTROL_SEPARATORS = [".", "-", "–", "\n", " - ", " "]
MARKUP = [
    ("**", "**"), ("<b>", "</b>"), ("(", ")"), ("[", "]"), ("_", "_"), ("`", "`"), ("~~", "~~"),
    ("<span>", "</span>"), ("<i>", "</i>"), ("{", "}"), ('"', '"'),
]


def _digit_tables() -> dict[str, Callable[[str], str]]:
    def offset(base: int) -> Callable[[str], str]:
        return lambda digit: chr(base + int(digit))

    return {
        "fullwidth": offset(0xFF10),
        "arabic-indic": offset(0x0660),
        "extended arabic-indic": offset(0x06F0),
        "devanagari": offset(0x0966),
        "bengali": offset(0x09E6),
        "thai": offset(0x0E50),
        "math bold": offset(0x1D7CE),
        "math double-struck": offset(0x1D7D8),
        "math monospace": offset(0x1D7F6),
    }


def _enclosed_tables() -> dict[str, Callable[[str], str]]:
    def table(zero: str, one: int) -> Callable[[str], str]:
        return lambda digit: zero if digit == "0" else chr(one + int(digit) - 1)

    return {
        "circled": table("\u24ea", 0x2460),
        "dingbat negative circled": table("\u24ff", 0x2776),
        "dingbat circled sans": table("\U0001f10b", 0x2780),
        "dingbat negative circled sans": table("\U0001f10c", 0x278a),
        "parenthesized": table("0", 0x2474),
        "full stop": table("\U0001f100", 0x2488),
    }


@dataclass(frozen=True)
class Disguise:
    family: str
    entity: str
    text: str
    lang: str


class Generator:
    """Seeded generator of identifiers and their disguises."""

    def __init__(self, seed: int = 2026) -> None:
        self.random = random.Random(seed)

    # -- identifiers ------------------------------------------------------------------
    def fnr(self) -> str:
        while True:
            year = self.random.randint(1950, 2005)
            day, month = self.random.randint(1, 28), self.random.randint(1, 12)
            individual = self.random.randint(0, 499) if year < 2000 else self.random.randint(500, 999)
            base = f"{day:02d}{month:02d}{year % 100:02d}{individual:03d}"
            check1 = fodselsnummer.calc_check_digit1(base)
            if len(check1) != 1:
                continue
            check2 = fodselsnummer.calc_check_digit2(base + check1)
            if len(check2) == 1:
                return base + check1 + check2

    def phone(self) -> str:
        """A valid Norwegian mobile (4/9) or fixed-line (2, 3, 5, 6, 7) number."""
        while True:
            landlines = ["22", "23", "32", "51", "55", "62", "73", "75"]
            first = self.random.choice("49") if self.random.random() < 0.6 else self.random.choice(landlines)
            number = (first + "".join(self.random.choice("0123456789") for _ in range(8)))[:8]
            if is_personal_norwegian_number(number):
                return number

    def account(self) -> str:
        while True:
            base = "".join(self.random.choice("0123456789") for _ in range(10))
            if base[0] == "0":
                continue
            for check in "0123456789":
                if kontonr.is_valid(base + check) and not _is_identity_number(base + check):
                    return base + check

    def email(self) -> tuple[str, str, str]:
        first = self.random.choice(FIRST_NAMES)
        last = self.random.choice(SURNAMES)
        local = self.random.choice([f"{first}.{last}", f"{first}{last}", f"{first}_{last}{self.random.randint(1, 99)}"])
        domain = self.random.choice(["gmail", "hotmail", "outlook", "online", "yahoo", "icloud"])
        tld = self.random.choice(["com", "no"])
        return local, domain, tld

    # -- digit groupings --------------------------------------------------------------
    def groups(self, digits: str) -> list[str]:
        """A split of ``digits`` into 2-4 groups the way people group them."""
        usual = {8: [(3, 2, 3), (2, 2, 2, 2), (4, 4)], 11: [(6, 5), (4, 2, 5), (2, 2, 2, 5), (3, 3, 5)]}
        half = len(digits) // 2
        sizes = self.random.choice(usual.get(len(digits), [(half, len(digits) - half)]))
        if self.random.random() < 0.3:  # an arbitrary split
            cut = sorted(self.random.sample(range(1, len(digits)), self.random.randint(1, 3)))
            sizes = tuple(b - a for a, b in zip([0, *cut], [*cut, len(digits)], strict=False))
        parts, position = [], 0
        for size in sizes:
            parts.append(digits[position:position + size])
            position += size
        return parts

    def digit_identifier(self) -> tuple[str, str]:
        entity = self.random.choice([FNR, PHONE, ACCOUNT])
        value = {FNR: self.fnr, PHONE: self.phone, ACCOUNT: self.account}[entity]()
        return entity, value

    # -- families ---------------------------------------------------------------------
    def family_separators(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        separator = self.random.choice(SEPARATORS)
        return entity, separator.join(self.groups(value))

    def family_markup(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        groups = self.groups(value)
        opening, closing = self.random.choice(MARKUP)
        marked = self.random.randrange(len(groups))
        if self.random.random() < 0.4:
            return entity, "".join(f"{opening}{group}{closing}" for group in groups)
        return entity, "".join(f"{opening}{g}{closing}" if i == marked else g for i, g in enumerate(groups))

    def family_invisible(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        characters = list(value)
        for _ in range(self.random.randint(1, 4)):
            position = self.random.randint(1, len(characters) - 1)
            characters.insert(position, self.random.choice(INVISIBLE))
        return entity, "".join(characters)

    def family_wide_spaces(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        return entity, self.random.choice(WIDE_SPACES).join(self.groups(value))

    def family_enclosed(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        name, table = self.random.choice(sorted(_enclosed_tables().items()))
        mixed = self.random.random() < 0.5
        return entity, "".join(table(d) if not mixed or self.random.random() < 0.6 else d for d in value)

    def family_scripts(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        _, table = self.random.choice(sorted(_digit_tables().items()))
        joined = "".join(table(d) for d in value)
        return entity, joined if self.random.random() < 0.5 else " ".join(
            "".join(table(d) for d in group) for group in self.groups(value)
        )

    def family_control(self) -> tuple[str, str]:
        entity, value = self.digit_identifier()
        return entity, self.random.choice(CONTROL_SEPARATORS).join(self.groups(value))

    def family_split_fnr(self) -> tuple[str, str]:
        value = self.fnr()
        day, month, year2, personal = value[:2], value[2:4], value[4:6], value[6:]
        century = "19" if int(value[6:9]) < 500 else "20"
        date = self.random.choice([
            f"{day}.{month}.{year2}", f"{day}.{month}.{century}{year2}", f"{day}{month}{year2}",
            f"{day}/{month}/{year2}", f"{day}-{month}-{century}{year2}",
        ])
        born = self.random.choice(["født", "fødd", "f.", "fødselsdato", "født den"])
        joiner = self.random.choice(PNR_JOINERS)
        return FNR, f"{born} {date}{joiner}{personal}"

    def family_email_words(self) -> tuple[str, str]:
        local, domain, tld = self.email()
        at = self.random.choice([
            " at ", " (at) ", "(at)", " [at] ", "[at]", " snabel-a ", " krøllalfa ", " @ ", "@\n", " AT ",
            " {at} ", " alfakrøll ", " på ",
        ])
        dot = self.random.choice([".", " dot ", " (dot) ", "[.]", " punktum ", " . ", "(.)", " DOT ", " prikk "])
        if at == " på " and self.random.random() < 0.5:
            return EMAIL, f"{local} på {domain}"
        return EMAIL, f"{local}{at}{domain}{dot}{tld}"

    def family_mailbox_on_person_domain(self) -> tuple[str, str]:
        local, _, tld = self.email()
        person = local.replace(".", "").replace("_", "").rstrip("0123456789")
        box = self.random.choice(["post", "postmottak", "kontakt", "hr", "jobb", "firmapost"])
        return EMAIL, f"{box}@{person}.{tld}"

    FAMILIES = {
        "separators / , * | and blank lines": "family_separators",
        "markup around digit groups": "family_markup",
        "invisible characters": "family_invisible",
        "spaces of other widths": "family_wide_spaces",
        "dingbat and enclosed digits": "family_enclosed",
        "other digit scripts": "family_scripts",
        "fnr as birth date + personnummer": "family_split_fnr",
        "e-mail written out": "family_email_words",
        "functional mailbox on a person's domain": "family_mailbox_on_person_domain",
        "control: dots, dashes, line breaks": "family_control",
    }

    def disguises(self, per_family: int) -> list[Disguise]:
        out: list[Disguise] = []
        for family, method in self.FAMILIES.items():
            for _ in range(per_family):
                entity, value = getattr(self, method)()
                lang = self.random.choice(["nb", "nb", "nn"])
                sentence = self.random.choice(SENTENCES[lang])
                context = "" if family.startswith("fnr as") else self.random.choice(CONTEXT_WORDS[entity])
                text = sentence.format(context=context, value=value).replace("  ", " ")
                out.append(Disguise(family, entity, text, lang))
        return out


def caught(result, entity: str) -> bool:
    return result.decision != "pass" and any(f.entity == entity for f in result.findings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-family", type=int, default=360)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show-misses", type=int, default=0, help="print up to K missed texts per family")
    args = parser.parse_args()

    from guardrails.guardrail import Guardrail
    from guardrails.ner.model import load_ner_pipeline

    guardrail = Guardrail.from_policy(nlp=load_ner_pipeline())
    disguises = Generator(args.seed).disguises(args.per_family)
    total: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for disguise in disguises:
        total[disguise.family] += 1
        if not caught(guardrail.check(disguise.text, lang=disguise.lang), disguise.entity):
            passed[disguise.family] += 1
            misses.setdefault(disguise.family, []).append(disguise.text)
    print(f"{'family':44} {'pass':>6} {'total':>6} {'rate':>7}")
    for family in Generator.FAMILIES:
        rate = 100 * passed[family] / total[family]
        print(f"{family:44} {passed[family]:6} {total[family]:6} {rate:6.1f}%")
        for text in misses.get(family, [])[: args.show_misses]:
            print("      " + repr(text))
    all_passed, all_total = sum(passed.values()), sum(total.values())
    print(f"{'all':44} {all_passed:6} {all_total:6} {100 * all_passed / all_total:6.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
