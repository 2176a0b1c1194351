"""NO_SEXUAL_ORIENTATION: sexual orientation and gender identity of a person.

Sex life and sexual orientation are a special category (GDPR art. 9); sexual orientation,
gender identity and gender expression are protected grounds in likestillings- og
diskrimineringsloven (§ 30: no questions when hiring). "Referansen sa at han er homofil"
is blocked; "uavhengig av kjønn, seksuell orientering og kjønnsidentitet" is not.
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_SEXUAL_ORIENTATION"

TERMS: tuple[str, ...] = (
    r"homofil\w*", r"homse\w*", r"lesbisk\w*", r"lesbe\w*", r"bifil\w*", r"biseksuell\w*",
    r"heterofil\w*", r"heteroseksuell\w*", r"homoseksuell\w*", r"aseksuell\w*", r"panfil\w*",
    r"panseksuell\w*", r"skeiv\w*", r"queer", r"gay", r"(?-i:LHBT\w*|LGBT\w*)",
    r"seksuell\w* orientering\w*", r"seksuell\w* legning\w*", r"legning\w*",
    r"trans", r"transperson\w*", r"transkjønn\w*", r"transkvinne\w*", r"transmann\w*",
    r"transseksuell\w*", r"ikke-?binær\w*", r"ikkje-?binær\w*", r"kjønnsinkongruens\w*",
    r"kjønnsidentitet\w*", r"kjønnsuttrykk\w*", r"kjønnsbekreft\w*", r"kjønnsstadfest\w*",
    r"kjønnsskifte\w*", r"interkjønn\w*",
    # a spouse of the same gender: "han og mannen hans", "kona hennar"
    r"(?:ekte)?mann(?:en)? hans", r"hans (?:ekte)?mann(?!\w)", r"kon(?:a|en) (?:hennes|hennar)", r"(?:hennes|hennar) kone",
    r"(?:hun|ho) og kon(?:a|en)(?!\w)", r"han og (?:ekte)?mannen(?!\w)", r"(?:ektemann|mann)(?:en)? til (?:han|ham)(?!\w)", r"kon(?:a|en) til (?:hun|ho|henne)(?!\w)", r"(?:kjæreste|partner|ektefelle|sambuar|samboer)\w* av (?:samme|same) kjønn",
)


class SexualOrientationRecognizer(PersonStatementRecognizer):
    """Sexual orientation and gender identity of a person (GDPR art. 9; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
