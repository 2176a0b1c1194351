"""``/hjelp`` as a card: the commands (from prompts/commands.yaml) and the three privacy rules."""

from __future__ import annotations

from bot.teams.cards.elements import adaptive_card, fact_set, numbered_list, submit, text_block
from bot.teams.cards.submit import COMMAND_FIELD
from dialogs import messages
from dialogs.task_definition import Command


def help_card(commands: list[Command], task_titles: dict[str, str]) -> dict:
    body = [
        text_block(messages.text("teams.card.help_title"), weight="Bolder", size="Medium"),
        text_block(messages.text("teams.card.help_intro")),
        text_block(messages.text("teams.card.help_commands_title"), weight="Bolder"),
        fact_set([(f"/{c.name}", c.description) for c in commands]),
        text_block(messages.text("teams.card.help_rules_title"), weight="Bolder"),
        numbered_list([messages.text("teams.card.help_rule_1"), messages.text("teams.card.help_rule_2"),
                       messages.text("teams.card.help_rule_3")]),
    ]
    actions = [submit(task_titles[c.task], {COMMAND_FIELD: c.name}) for c in commands if c.task]
    return adaptive_card(body, actions)
