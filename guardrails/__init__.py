"""Norwegian personal-data guardrail built on Presidio.

Public interface::

    from guardrails import Guardrail, CheckResult, Finding
    guardrail = Guardrail.from_policy()          # loads guardrails/policy.yaml
    result = guardrail.check(text, lang="nb")    # CheckResult(decision="block"|"ask"|"pass", ...)

Pure detection and policy: text in, findings and a decision out. Knows nothing about
Teams, dialogs or models.
"""

from guardrails.findings import CheckResult, Decision, Finding

__all__ = ["CheckResult", "Decision", "Finding", "Guardrail"]


def __getattr__(name: str):
    # Lazy: importing the package must stay cheap; the engine pulls in Presidio and spaCy.
    if name == "Guardrail":
        from guardrails.guardrail import Guardrail

        return Guardrail
    raise AttributeError(name)
