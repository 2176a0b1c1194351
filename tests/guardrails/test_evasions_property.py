"""Property tests: valid identifiers, disguised the way people (and evaders) write them,
inside realistic job-ad text, are always found, and the finding points at exactly the
disguised characters of the ORIGINAL text."""

from __future__ import annotations

import datetime
from typing import cast

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from guardrails.recognizers.no_fodselsnummer_recognizer import is_valid_identity_number
from guardrails.recognizers.no_phone_recognizer import is_dotted_date, is_personal_norwegian_number
from tests.guardrails.identifiers import bank_account, complete_identity_number, identifier_guardrail

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SEPARATORS = [" ", "-", ".", "\n", "\r\n", " - ", "\t", "\u00a0", "–"]
DIGIT_FORMS = {
    "ascii": lambda d: d,
    "fullwidth": lambda d: chr(ord("０") + int(d)),
    "arabic-indic": lambda d: chr(0x0660 + int(d)),
    "math bold": lambda d: chr(0x1D7CE + int(d)),
}

AD_TEXT = {
    "nb": [
        "Vi søker en engasjert rådgiver til HR-avdelingen. Søknadsfrist 15. mars 2025. {context} {value}. "
        "Lønn etter avtale, ltr. 60-70.",
        "Kandidaten har relevant erfaring fra offentlig sektor.\n{context}\n{value}\nSaksnr. 2024/12345.",
    ],
    "nn": [
        "Vi søkjer ein engasjert rådgjevar til HR-avdelinga. {context} {value}, og søknadsfristen er 15. mars.",
        "Kandidaten har erfaring frå offentleg sektor. {context}: {value} – stillingskode 1434.",
    ],
}

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def identity_numbers(draw) -> str:
    date = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2039, 12, 31)))
    if date.year < 2000:
        individual = draw(st.integers(0, 499))
    else:
        individual = draw(st.integers(500, 999))
    kind = draw(st.sampled_from(["fnr", "d", "h", "synthetic"]))
    day = date.day + (40 if kind == "d" else 0)
    month = date.month + {"h": 40, "synthetic": 80}.get(kind, 0)
    number = complete_identity_number(f"{day:02d}{month:02d}{date.year % 100:02d}{individual:03d}")
    assume(number is not None)
    return cast(str, number)  # assume() rules None out; mypy cannot see it


@st.composite
def phone_numbers(draw) -> str:
    number = draw(st.sampled_from("4923567")) + "".join(
        draw(st.lists(st.sampled_from("0123456789"), min_size=7, max_size=7))
    )
    assume(is_personal_norwegian_number(number))
    return number


@st.composite
def account_numbers(draw) -> str:
    number = bank_account("".join(draw(st.lists(st.sampled_from("0123456789"), min_size=10, max_size=10))))
    assume(number is not None and not is_valid_identity_number(number))
    return cast(str, number)


@st.composite
def disguised(draw, digits: str) -> str:
    """Digits in odd groups, odd digit forms, zero-width characters between them."""
    form = DIGIT_FORMS[draw(st.sampled_from(sorted(DIGIT_FORMS)))]
    cuts = sorted(draw(st.sets(st.integers(1, len(digits) - 1), max_size=4)))
    pieces: list[str] = []
    previous = 0
    for cut in [*cuts, len(digits)]:
        group = digits[previous:cut]
        pieces.append("".join(
            form(d) + (draw(st.sampled_from(ZERO_WIDTH)) if draw(st.booleans()) and i < len(group) - 1 else "")
            for i, d in enumerate(group)
        ))
        previous = cut
    joined = pieces[0]
    for piece in pieces[1:]:
        joined += draw(st.sampled_from(SEPARATORS)) + piece
    return joined


def assert_found(entity: str, context: str, value: str, lang: str, template: str) -> None:
    prefix, suffix = template.split("{value}")
    prefix = prefix.format(context=context)
    text = prefix + value + suffix.format(context=context)
    result = identifier_guardrail().check(text, lang=lang)
    spans = [(f.entity, f.start, f.end) for f in result.findings]
    assert (entity, len(prefix), len(prefix) + len(value)) in spans, (text, spans)
    assert result.decision == "block"


@SETTINGS
@given(number=identity_numbers(), data=st.data(), lang=st.sampled_from(["nb", "nn"]))
def test_identity_numbers_always_found(number: str, data, lang: str) -> None:
    value = data.draw(disguised(number))
    template = data.draw(st.sampled_from(AD_TEXT[lang]))
    assert_found(
        "NO_FODSELSNUMMER", data.draw(st.sampled_from(["Fnr", "Fødselsnummer", "D-nummer", "Ref"])),
        value, lang, template,
    )


@SETTINGS
@given(number=phone_numbers(), data=st.data(), lang=st.sampled_from(["nb", "nn"]))
def test_phone_numbers_always_found(number: str, data, lang: str) -> None:
    value = data.draw(st.sampled_from(["", "+47 ", "0047 ", "+47"])) + data.draw(disguised(number))
    assume(not is_dotted_date(value))
    template = data.draw(st.sampled_from(AD_TEXT[lang]))
    assert_found(
        "NO_PHONE", data.draw(st.sampled_from(["Ring meg på", "Tlf", "Mobil", "Telefonnummer"])), value, lang, template
    )


@SETTINGS
@given(number=account_numbers(), data=st.data(), lang=st.sampled_from(["nb", "nn"]))
def test_account_numbers_always_found(number: str, data, lang: str) -> None:
    value = data.draw(disguised(number))
    template = data.draw(st.sampled_from(AD_TEXT[lang]))
    assert_found(
        "NO_BANK_ACCOUNT", data.draw(st.sampled_from(["Kontonummer", "Kontonr.", "Lønnskonto"])), value, lang, template
    )
