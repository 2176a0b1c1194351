from tests.fakes.fixtures import anonymous_settings, stub_connector  # noqa: F401
