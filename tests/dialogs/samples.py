"""Invented texts for the dialog tests (no real persons)."""

from stdnum.no import fodselsnummer

KRAV = """Må-krav:
• Høyere utdanning på bachelornivå, for eksempel innen HR, organisasjonspsykologi eller ledelse
• God teknologiforståelse
Bør-krav:
• Erfaring med rekruttering og arbeidspsykologiske tester"""

ANNONSE = """Rådgiver i seksjon for rekruttering
Vi søker en engasjert rådgiver som vil jobbe med rekruttering i staten. Stillingen passer for deg som
liker å jobbe med mennesker og digitale verktøy.
Arbeidsoppgaver: rådgivning til ledere i rekrutteringsprosesser, utforming av stillingsannonser og intervjuguider.
Kvalifikasjoner: høyere utdanning på masternivå innen HR eller samfunnsfag, erfaring med rekruttering er en fordel.
Vi tilbyr et godt fagmiljø, fleksibel arbeidstid og lønn etter avtale. Søknadsfrist: 1. mars."""

BOKMAL = "Vi søker en engasjert rådgiver som liker å jobbe med mennesker."


def valid_fodselsnummer(birth: str = "010170", individual: str = "123") -> str:
    """A fødselsnummer with correct check digits, built with python-stdnum."""
    base = birth + individual
    first = fodselsnummer.calc_check_digit1(base)
    return base + first + fodselsnummer.calc_check_digit2(base + first)


# An interview guide from another process (seed 000: "intervjuguide fra en annen prosess"), invented.
GUIDE = """Intervjuguide – rådgiver økonomi (annen prosess)
Innledning (5 min): presentasjon av panelet og stillingen.
Må-krav 1, høyere utdanning: Fortell om utdanningen din. Hvilke fag har du mest nytte av i arbeidet?
Må-krav 2, budsjettarbeid: Beskriv en gang du hadde ansvar for et budsjett. Hva gjorde du, og hva ble resultatet?
Bør-krav 1, økonomisystemer: Hvilke systemer har du brukt? Gi et konkret eksempel.
Avslutning (5 min): kandidatens spørsmål og videre prosess."""
