"""mask(): never the full value, at most 4 leading and 2 trailing characters."""

from __future__ import annotations

import pytest

from guardrails.masking import mask


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("01017000027", "0101•••••27"),
        ("kari@nav.no", "kari•••••no"),
        ("98765432", "98••••32"),
        ("12345", "1•••5"),
        ("abc", "•••"),
        ("Kari Nordmann", "K••• N•••••••"),
        ("Ola", "•••"),
        # numbers in groups keep their separators, not more digits
        ("412 34 567", "41• •• •67"),
        ("+47 987 65 432", "+47 98• •• •32"),
        ("0101 70 00027", "0101 •• •••27"),
        ("1234.56.78903", "1234.••.•••03"),
        ("", ""),
    ],
)
def test_mask(value: str, masked: str) -> None:
    assert mask(value) == masked


@pytest.mark.parametrize(
    "value", ["01017000027", "8601.11.17947", "x", "ab", "Kari", "Kari Nordmann", "+47 987 65 432"]
)
def test_never_the_full_value(value: str) -> None:
    masked = mask(value)
    assert masked != value and len(masked) == len(value)
    # separators kept in place reveal nothing of the value; at most 6 letters or digits do
    assert sum(1 for a, b in zip(value, masked, strict=False) if a == b and b.isalnum()) <= 6
