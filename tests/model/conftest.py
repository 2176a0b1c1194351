from tests.fakes.openai_fixtures import azure_settings, fake_openai, openai_settings  # noqa: F401
