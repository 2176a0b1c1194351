"""/del over real HTTP: proactive post to the HR-network channel at the stub Bot Connector,
including the connector's error when the bot is not installed in that team."""

from __future__ import annotations

from bot.composition import build_components
from bot.settings import Settings
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message

CHANNEL_ID = "19:hr-nettverk@thread.tacv2"
TEAM_ID = "19:team@thread.tacv2"
PERSONAL = "a:conv-sharing"


def _channel_message(text: str, service_url: str) -> dict:
    activity = make_message(text, service_url, conversation_type="channel",
                            conversation_id=f"{CHANNEL_ID};messageid=1")
    activity["channelData"].update({"channel": {"id": CHANNEL_ID}, "team": {"id": TEAM_ID}})
    return activity


async def _say(client, connector, text: str) -> str:
    before = len(connector.activities)
    response = await client.post("/api/messages", json=make_message(text, connector.service_url,
                                                                    conversation_id=PERSONAL))
    assert response.status in (200, 201)
    return "\n".join(a.get("text") or "" for a in connector.activities[before:])


async def _interview_preview(client, connector) -> None:
    await _say(client, connector, "/intervju")
    await _say(client, connector, "Må-krav: god teknologiforståelse")
    await _say(client, connector, "rådgiver i HR")


def _creates(connector) -> list:
    return [call for call in connector.calls if call.route == "create"]


async def test_admin_sets_channel_then_prompt_is_posted_there(stub_connector, guardrail):
    settings = Settings(storage="memory")  # anonymous local mode: the local user is admin
    bot = build_components(settings, guardrail=guardrail).bot
    async with serve(settings, bot) as client:
        assert "ikke satt opp noen kanal" in await _say(client, stub_connector, "/del")
        await client.post("/api/messages", json=_channel_message("/del kanal", stub_connector.service_url))
        assert any("kanalen for HR-nettverket" in t for t in stub_connector.texts())
        await _interview_preview(client, stub_connector)
        reply = await _say(client, stub_connector, "/del Fungerte godt for oss")
    assert "Delt i HR-nettverkets kanal" in reply
    (create,) = _creates(stub_connector)
    assert create.body["isGroup"] is True
    assert create.body["channelData"]["channel"]["id"] == CHANNEL_ID
    card = create.body["activity"]["attachments"][0]["content"]
    texts = " ".join(block.get("text", "") for block in card["body"])
    assert "Fungerte godt for oss" in texts and "Delt av Testbruker" in texts
    assert "god teknologiforståelse" not in texts  # the input stays out: only the part templates
    action = card["actions"][0]
    assert action["title"] == "Bruk denne prompten"
    assert action["data"]["msteams"]["text"].startswith("/promptbank bruk ")


async def test_configured_channel_and_bot_not_installed(stub_connector, guardrail):
    settings = Settings(storage="memory", network_team_id=TEAM_ID, network_channel_id=CHANNEL_ID)
    bot = build_components(settings, guardrail=guardrail).bot
    async with serve(settings, bot) as client:
        await _interview_preview(client, stub_connector)
        stub_connector.fail_with(403, "BotNotInConversationRoster")
        create_failures = len(_creates(stub_connector))
        # The error reply itself also fails at the stub; so we look at what the bot tried to send.
        await client.post("/api/messages", json=make_message("/del", stub_connector.service_url,
                                                             conversation_id=PERSONAL))
        stub_connector.recover()
    assert len(_creates(stub_connector)) == create_failures + 1
    tried = [call.body.get("text", "") for call in stub_connector.calls
             if call.route in ("send", "reply") and call.body]
    assert any("ikke lagt til i det teamet" in text for text in tried)


async def test_personal_data_in_a_comment_blocks_the_share(stub_connector, guardrail):
    settings = Settings(storage="memory", network_team_id=TEAM_ID, network_channel_id=CHANNEL_ID)
    bot = build_components(settings, guardrail=guardrail).bot
    async with serve(settings, bot) as client:
        await _interview_preview(client, stub_connector)
        reply = await _say(client, stub_connector, "/del Brukt for Kari Nordmann, ring 412 34 567")
    assert "Ikke lagret eller delt" in reply
    assert _creates(stub_connector) == []


async def test_sharing_an_answer_needs_confirmation(stub_connector, guardrail, openai_settings, fake_openai):
    settings = openai_settings.model_copy(update={"storage": "memory", "network_team_id": TEAM_ID,
                                                  "network_channel_id": CHANNEL_ID})
    bot = build_components(settings, guardrail=guardrail).bot
    fake_openai.queue_answer("1. Beskriv et prosjekt der du brukte ny teknologi. (Må-krav: teknologiforståelse)")
    async with serve(settings, bot) as client:
        await _interview_preview(client, stub_connector)
        await _say(client, stub_connector, "send")
        ask = await _say(client, stub_connector, "/del svar")
        assert "Vil du dele **svaret**" in ask and _creates(stub_connector) == []
        done = await _say(client, stub_connector, "/del svar ja")
    assert "Delt i HR-nettverkets kanal" in done
    card = _creates(stub_connector)[0].body["activity"]["attachments"][0]["content"]
    assert any("Beskriv et prosjekt" in block.get("text", "") for block in card["body"])


async def test_only_admins_set_the_channel(stub_connector, guardrail):
    settings = Settings(storage="memory", admins=("aad-someone-else",))
    bot = build_components(settings, guardrail=guardrail).bot
    async with serve(settings, bot) as client:
        await client.post("/api/messages", json=_channel_message("/del kanal", stub_connector.service_url))
    assert any("Bare en AKTIV-administrator" in t for t in stub_connector.texts())


async def test_answers_carry_feedback_and_save_share_actions_in_cards(stub_connector, guardrail, openai_settings,
                                                                     fake_openai):
    settings = openai_settings.model_copy(update={"storage": "memory"})
    bot = build_components(settings, guardrail=guardrail, teams=True).bot
    fake_openai.queue_answer("1. Beskriv et prosjekt der du brukte ny teknologi.")
    async with serve(settings, bot) as client:
        await _interview_preview(client, stub_connector)
        before = len(stub_connector.activities)
        await client.post("/api/messages", json=make_message("send", stub_connector.service_url,
                                                             conversation_id=PERSONAL))
        await stub_connector.wait_for_activities(before + 1)
    answers = [a for a in stub_connector.activities[before:] if (a.get("channelData") or {}).get("feedbackLoopEnabled")]
    assert answers, "the answer should enable Teams' feedback buttons"
    card = answers[-1]["attachments"][0]["content"]
    action_sets = [element for element in card["body"] if element.get("type") == "ActionSet"]
    commands = [action["data"]["msteams"]["text"] for action_set in action_sets for action in action_set["actions"]
                if "msteams" in action.get("data", {})]
    assert "/lagre" in commands and "/del" in commands
