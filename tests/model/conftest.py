import pytest

from guardrails.pseudonymize import pseudonymize as guardrail_pseudonymize
from tests.model.guards import RecordingGuard


@pytest.fixture
def guard(guardrail) -> RecordingGuard:
    """The shared real guardrail (root conftest), recording what it checks."""
    return RecordingGuard(guardrail)


@pytest.fixture
def pseudonymize():
    return guardrail_pseudonymize
