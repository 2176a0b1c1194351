import pytest

from tests.model.guards import REAL_GUARD, RecordingGuard, make_guard, make_pseudonymize


@pytest.fixture(scope="session")
def model_test_guard(request):
    """The guard for these tests, built once: the shared real ``guardrail`` fixture when
    the root conftest offers it, else our own (real if importable, else the stand-in)."""
    if REAL_GUARD:
        try:
            return request.getfixturevalue("guardrail")
        except pytest.FixtureLookupError:
            pass
    return make_guard()


@pytest.fixture
def guard(model_test_guard) -> RecordingGuard:
    return RecordingGuard(model_test_guard)


@pytest.fixture
def pseudonymize():
    return make_pseudonymize()
