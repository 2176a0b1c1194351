"""The guardrail's block: what was found (masked, or types only in group conversations),
the rule behind it, and what the user can do."""

from __future__ import annotations

from bot.teams.cards.elements import adaptive_card, bullet_list, container, submit, text_block, text_input
from bot.teams.cards.submit import ACTION_FIELD, COMMAND_FIELD, TEXT_INPUT
from dialogs import messages
from dialogs.recovery import BlockRecovery


def blocked_card(findings: list[str], rule: str, *, anonymizable: bool, types_only: bool,
                 anonymize_offer: str | None = None, recovery: BlockRecovery | None = None) -> dict:
    """``findings``: one line per finding, already masked (or only the type's label);
    ``anonymize_offer``: what "send anonymised" does here (``dialogs.views.anonymize_offer``);
    ``recovery``: the text with the findings taken out goes into the input, ready to check and
    send, and "Fjern kontaktlinjen" is one click."""
    body = [
        container([
            text_block(messages.text("teams.card.blocked_title"), weight="Bolder", size="Medium", color="Attention"),
            text_block(messages.text("teams.card.blocked_intro")),
            bullet_list(findings),
        ], style="attention"),
        text_block(rule),
    ]
    if types_only:
        body.append(text_block(messages.text("teams.card.blocked_types_only_note"), subtle=True))
    body.append(text_block(messages.text("teams.card.blocked_what_to_do"), weight="Bolder"))
    body.append(text_block(messages.text("dialog.blocked_fix")))
    if anonymizable:
        body.append(text_block(anonymize_offer or messages.text("dialog.blocked_fix_anonymize")))
    redacted = recovery.redacted if recovery and recovery.redacted else ""
    if redacted:
        body.append(text_block(messages.text("conversation.redacted_offer")))
    body.append(text_input(TEXT_INPUT, label=messages.text("teams.card.corrected_text_label"), value=redacted,
                           placeholder=messages.text("teams.card.corrected_text_placeholder")))
    actions = [submit(messages.text("teams.card.use_corrected_text"), {})]
    if recovery and recovery.without_contact is not None:
        actions.append(submit(messages.text("conversation.suggested.remove_contact"), {ACTION_FIELD: "remove_contact"}))
    if anonymizable:
        actions.append(submit(messages.text("teams.card.send_anonymized"), {ACTION_FIELD: "anonymize"}))
    actions.append(submit(messages.text("teams.card.edit_prompt"), {ACTION_FIELD: "edit"}))
    actions.append(submit(messages.text("teams.card.cancel"), {COMMAND_FIELD: "avbryt"}))
    return adaptive_card(body, actions)
