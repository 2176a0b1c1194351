"""A block for a special category names the category and the law, not a masked ordinary word."""

from __future__ import annotations

import pytest

from dialogs import messages
from guardrails.masking import mask


@pytest.mark.parametrize(("detail", "word", "label", "law"), [
    ("Kandidaten var sykemeldt hele fjoråret.", "sykemeldt", "Helseopplysning", "arbeidsmiljøloven § 9-3"),
    ("Hun er gravid og skal ha permisjon i vår.", "gravid", "Graviditet og familie",
     "likestillings- og diskrimineringsloven § 30"),
])
async def test_special_category_block_names_category_and_law(chat, detail, word, label, law):
    await chat.say_text("/annonse Rådgiver i HR\nVi søker en rådgiver med høyere utdanning innen HR. " + detail)
    blocked = await chat.say_text("send")
    assert messages.text("dialog.blocked_title") in blocked
    assert f"{label}: " in blocked and law in blocked
    assert mask(word) not in blocked
