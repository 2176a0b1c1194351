"""Wraps the dialog's views (text or cards) to add the HR-network touches to answers:
Teams' feedback buttons (``channelData.feedbackLoopEnabled``) and Save/Share actions."""

from __future__ import annotations

from collections.abc import Iterable

from botbuilder.schema import ActionTypes, Activity, CardAction, SuggestedActions

from bot.teams.cards.elements import action_set, message_back
from dialogs import messages
from dialogs.inspiration import PastedField
from dialogs.recovery import BlockRecovery
from dialogs.task_definition import Command, TaskDefinition, TaskInput
from dialogs.views import Views
from guardrails.findings import CheckResult
from guardrails.question_check import QuestionFinding

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"


def _network_actions() -> list[CardAction]:
    return [
        CardAction(type=ActionTypes.im_back, title=messages.text("network.answer_actions.save"), value="/lagre"),
        CardAction(type=ActionTypes.im_back, title=messages.text("network.answer_actions.share"), value="/del"),
    ]


def with_feedback(activity: Activity) -> Activity:
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    activity.channel_data = {**data, "feedbackLoopEnabled": True}
    return activity


def with_network_actions(activity: Activity) -> Activity:
    cards = [a for a in activity.attachments or [] if a.content_type == ADAPTIVE_CARD and isinstance(a.content, dict)]
    if cards:
        # Their own action set in the body: the card's bottom row already holds the dialog's
        # five follow-ups, and Teams shows at most five or six actions in one set.
        card = cards[0].content
        # messageBack: the bot receives the command text, as if typed.
        actions = [message_back(action.title, action.value) for action in _network_actions()]
        card["body"] = list(card.get("body") or []) + [action_set(actions)]
    elif activity.suggested_actions and activity.suggested_actions.actions:
        activity.suggested_actions.actions = list(activity.suggested_actions.actions) + _network_actions()
    elif not activity.attachments:
        activity.suggested_actions = SuggestedActions(actions=_network_actions())
    return activity


class NetworkViews:
    """``inner``'s views; answers get feedback buttons and Save/Share, finished prompts Save/Share."""

    def __init__(self, inner: Views) -> None:
        self._inner = inner

    @property
    def short_previews(self) -> bool:
        return getattr(self._inner, "short_previews", False)

    def answer(self, text: str, *, model: str, anonymized: bool, postedited: bool) -> Activity:
        view = self._inner.answer(text, model=model, anonymized=anonymized, postedited=postedited)
        return with_network_actions(with_feedback(view))

    def prompt_builder(self, prompt: str, *, anonymized: bool = False,
                       placeholders: tuple[tuple[str, str], ...] = ()) -> Activity:
        return with_network_actions(self._inner.prompt_builder(prompt, anonymized=anonymized,
                                                               placeholders=placeholders))

    # Everything else is the inner views' own.
    def task_started(self, task: TaskDefinition) -> Activity:
        return self._inner.task_started(task)

    def ask_input(self, item: TaskInput, *, retry: bool = False) -> Activity:
        return self._inner.ask_input(item, retry=retry)

    @property
    def inputs_apart(self) -> bool:
        return getattr(self._inner, "inputs_apart", False)

    def preview(self, task: TaskDefinition, labelled: list[tuple[str, str]], *,
                fields: tuple[PastedField, ...] = ()) -> Activity:
        return self._inner.preview(task, labelled, fields=fields)

    def choose_part(self) -> Activity:
        return self._inner.choose_part()

    def edit_part(self, label: str, current: str, *, markers: tuple[str, ...] = (),
                  example: bool = False) -> Activity:
        return self._inner.edit_part(label, current, markers=markers, example=example)

    def part_updated(self, label: str, kept: tuple[str, ...] = ()) -> Activity:
        return self._inner.part_updated(label, kept)

    def values_kept(self, kept: tuple[str, ...]) -> Activity:
        return self._inner.values_kept(kept)

    def blocked(self, result: CheckResult, excerpts: list[tuple[str, str]], rule: str, *,
                show_excerpts: bool, values_restored: bool = True,
                recovery: BlockRecovery | None = None) -> Activity:
        return self._inner.blocked(result, excerpts, rule, show_excerpts=show_excerpts,
                                   values_restored=values_restored, recovery=recovery)

    def same_ad(self, working_ad: str) -> Activity:
        return self._inner.same_ad(working_ad)

    def ask_names(self, words: list[str], *, show_words: bool) -> Activity:
        return self._inner.ask_names(words, show_words=show_words)

    def confirm_short(self, said: str, label: str) -> Activity:
        return self._inner.confirm_short(said, label)

    def failed(self, user_message: str) -> Activity:
        return self._inner.failed(user_message)

    def machine_translation(self, text: str) -> Activity:
        return self._inner.machine_translation(text)

    def note(self, key: str, **values: object) -> Activity:
        return self._inner.note(key, **values)

    def help(self, commands: Iterable[Command], task_titles: dict[str, str]) -> Activity:
        return self._inner.help(commands, task_titles)

    def requirements(self, items: list[dict[str, str]], *, title: str = "", employer: str = "",
                     minutes: int | None = None) -> Activity:
        return self._inner.requirements(items, title=title, employer=employer, minutes=minutes)

    def question_check(self, findings: list[QuestionFinding], total: int) -> Activity:
        return self._inner.question_check(findings, total)
