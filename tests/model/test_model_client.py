"""ModelClient with the real openai client against the fake server on 127.0.0.1."""

from __future__ import annotations

import pytest

from bot.model.model_client import ModelClient
from bot.model.types import ModelError
from bot.settings import Settings
from dialogs import messages
from dialogs.ports import PromptRequest
from tests.fakes.fake_openai_server import FakeOpenAIServer, default_answer

REQUEST = PromptRequest(
    system="Du er en erfaren rekrutteringsrådgiver i offentlig sektor.",
    user="Skriv fem overskrifter til en stillingsannonse for en rådgiver i HR-avdelingen.",
    task="annonse",
)


@pytest.fixture
async def client(openai_settings, guard, pseudonymize):
    client = ModelClient.from_settings(openai_settings, guard, pseudonymize)
    yield client
    await client.close()


class Deltas:
    def __init__(self) -> None:
        self.parts: list[str] = []

    async def __call__(self, delta: str) -> None:
        self.parts.append(delta)


async def test_plain_answer_comes_from_the_server(client, fake_openai: FakeOpenAIServer):
    answer = await client.ask(REQUEST)

    [sent] = fake_openai.requests
    assert sent.path == "/v1/chat/completions"
    assert sent.messages == [
        {"role": "system", "content": REQUEST.system},
        {"role": "user", "content": REQUEST.user},
    ]
    assert sent.body["model"] == "gpt-4o-mini"
    assert sent.body["temperature"] == pytest.approx(0.4)
    assert "authorization" not in {name.lower() for name in sent.headers}
    assert answer.text == default_answer(sent.body)
    assert (answer.mode, answer.model, answer.anonymized) == ("model", "gpt-4o-mini", False)
    assert answer.elapsed_ms > 0


async def test_streamed_deltas_arrive_in_order_and_make_the_answer(client, fake_openai: FakeOpenAIServer):
    scripted = "Forslag 1: Bli vår nye rådgiver\nForslag 2: Vil du forme framtidens HR?\nForslag 3: Jobb med folk"
    fake_openai.queue_answer(scripted)
    deltas = Deltas()

    answer = await client.ask(REQUEST, on_delta=deltas)

    assert len(deltas.parts) > 3
    assert "".join(deltas.parts) == answer.text == scripted
    assert fake_openai.requests[0].body["stream"] is True


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_azure_uses_deployment_path_and_api_version(azure_settings, guard, fake_openai, stream):
    client = ModelClient.from_settings(azure_settings, guard)
    try:
        answer = await client.ask(REQUEST, on_delta=Deltas() if stream else None)
    finally:
        await client.close()

    [sent] = fake_openai.requests
    assert sent.path == "/openai/deployments/aktiv-gpt4o/chat/completions"
    assert sent.query == {"api-version": "2024-10-21"}
    assert answer.text == default_answer(sent.body)
    assert client.describe() == f"azure:aktiv-gpt4o @ 127.0.0.1:{fake_openai.port}"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize(
    ("status", "retry_after", "kind", "message_key", "values"),
    [
        (429, 7, "rate_limited", "model.rate_limited_seconds", {"seconds": 7}),
        (429, None, "rate_limited", "model.rate_limited", {}),
        (500, None, "server_error", "model.server_error", {}),
        (503, 2, "server_error", "model.server_error", {}),
        (401, None, "auth", "model.auth", {}),
        (403, None, "auth", "model.auth", {}),
        (400, None, "bad_request", "model.bad_request", {}),
        (404, None, "bad_request", "model.bad_request", {}),
    ],
)
async def test_http_failures_become_model_errors(
    client, fake_openai, stream, status, retry_after, kind, message_key, values
):
    fake_openai.fail_next(status=status, retry_after=retry_after)

    with pytest.raises(ModelError) as caught:
        await client.ask(REQUEST, on_delta=Deltas() if stream else None)

    assert caught.value.kind == kind
    assert caught.value.retry_after == (float(retry_after) if retry_after is not None else None)
    assert caught.value.user_message == messages.text(message_key, **values)
    assert len(fake_openai.requests) == 1  # no silent retries

    recovered = await client.ask(REQUEST)  # the failure was one-off: the next try works
    assert recovered.text == default_answer(fake_openai.requests[1].body)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize(("delay", "times_out"), [(1.5, True), (0.05, False)])
async def test_slow_server_times_out(fake_openai, guard, stream, delay, times_out):
    settings = Settings(openai_api_key="sk-test", openai_base_url=fake_openai.base_url, model_timeout_seconds=0.5)
    client = ModelClient.from_settings(settings, guard)
    fake_openai.delay_next(delay)
    try:
        if times_out:
            with pytest.raises(ModelError) as caught:
                await client.ask(REQUEST, on_delta=Deltas() if stream else None)
            assert caught.value.kind == "timeout"
            assert caught.value.user_message == messages.text("model.timeout")
        else:
            answer = await client.ask(REQUEST, on_delta=Deltas() if stream else None)
            assert answer.text == default_answer(fake_openai.requests[0].body)
    finally:
        await client.close()


async def test_unreachable_server_is_a_connection_error(guard):
    server = FakeOpenAIServer()
    base_url = await server.start()
    await server.stop()  # nothing listens on that port any more
    client = ModelClient.from_settings(Settings(openai_api_key="sk-test", openai_base_url=base_url), guard)
    try:
        with pytest.raises(ModelError) as caught:
            await client.ask(REQUEST)
    finally:
        await client.close()
    assert caught.value.kind == "connection"
    assert caught.value.user_message == messages.text("model.connection")


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_prompt_builder_returns_the_prompt_and_sends_nothing(fake_openai, guard, stream):
    settings = Settings()
    assert settings.model_provider == "none"
    client = ModelClient.from_settings(settings, guard)
    deltas = Deltas()

    answer = await client.ask(REQUEST, on_delta=deltas if stream else None)

    assert answer.text == REQUEST.full_text
    assert (answer.mode, answer.model) == ("prompt-builder", "")
    assert deltas.parts == ([REQUEST.full_text] if stream else [])
    assert guard.checked == [REQUEST.full_text]
    assert fake_openai.requests == []
    assert client.describe() == "prompt-builder"


async def test_describe_names_model_and_host_but_no_secret(openai_settings, guard, fake_openai):
    client = ModelClient.from_settings(openai_settings, guard)
    description = client.describe()
    await client.close()
    assert description == f"openai:gpt-4o-mini @ 127.0.0.1:{fake_openai.port}"
    assert openai_settings.openai_api_key not in description
