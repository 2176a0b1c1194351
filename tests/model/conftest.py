import pytest

from tests.fakes.openai_fixtures import azure_settings, fake_openai, openai_settings  # noqa: F401
from tests.model.guards import RecordingGuard, make_guard


@pytest.fixture(scope="session")
def guard_parts():
    """(guard, pseudonymize): loaded once, the real guardrail is slow to start."""
    return make_guard()


@pytest.fixture
def guard(guard_parts) -> RecordingGuard:
    return RecordingGuard(guard_parts[0])


@pytest.fixture
def pseudonymize(guard_parts):
    return guard_parts[1]
