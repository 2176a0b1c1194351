"""``/statistikk`` (admins): counts per task and week, useful share, blocks per entity type,
prompt-bank use; ``/statistikk csv`` gives the same rows as CSV in a code block."""

from __future__ import annotations

from botbuilder.core import TurnContext
from botbuilder.dialogs import DialogContext

from bot.network.identity import Identities
from bot.network.statistics import Statistics, Summary, summarise
from dialogs import messages
from dialogs.findings_view import entity_label
from dialogs.task_definition import PromptLibrary

WEEKS_SHOWN = 4


class StatisticsAction:
    def __init__(self, statistics: Statistics, library: PromptLibrary, identities: Identities):
        self._statistics = statistics
        self._library = library
        self._identities = identities

    async def show(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        who = self._identities.who(turn_context)
        if not who.is_admin:
            await turn_context.send_activity(messages.text("network.stats_needs_admin"))
            return
        rows = await self._statistics.rows(who.tenant)
        if not rows:
            await turn_context.send_activity(messages.text("network.stats_empty"))
            return
        if rest.strip().lower() == "csv":
            csv_text = self._statistics.to_csv(rows)
            await turn_context.send_activity(
                messages.text("network.stats_csv_title") + "\n\n```csv\n" + csv_text + "```")
            return
        lines = [messages.text("network.stats_title")]
        for summary in summarise(rows)[-WEEKS_SHOWN:]:
            lines.extend(self._week_lines(summary))
        lines.append(messages.text("network.stats_csv_note"))
        await turn_context.send_activity("\n\n".join(lines))

    def _week_lines(self, summary: Summary) -> list[str]:
        none = messages.text("network.stats_none")
        answers = ", ".join(f"{self._task_title(t)} {n}" for t, n in sorted(summary.answers.items())) or none
        blocks = ", ".join(f"{entity_label(e)} {n}" for e, n in sorted(summary.blocks.items(), key=lambda x: -x[1])) \
            or none
        bank = ", ".join(f"{messages.text('network.stats_metric.' + m)} {n}" for m, n in sorted(summary.bank.items())
                         if "network.stats_metric." + m in messages.catalogue()) or none
        share = summary.useful_share
        useful = messages.text("network.stats_useful", share=f"{share:.0%}".replace("%", " %"),
                               rated=summary.useful + summary.not_useful) if share is not None \
            else messages.text("network.stats_useful_none")
        return [messages.text("network.stats_week", week=summary.week, users=summary.users),
                messages.text("network.stats_answers", answers=answers), useful,
                messages.text("network.stats_blocks", blocks=blocks), messages.text("network.stats_bank", bank=bank)]

    def _task_title(self, task_id: str) -> str:
        task = self._library.tasks.get(task_id)
        return task.title if task else (task_id or "–")
