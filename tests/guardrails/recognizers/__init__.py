"""Tests of the identifier recognizers (fødselsnummer, phone, bank account, e-mail, address, IBAN, card)."""
