"""The bot's answers to a free-text message that starts no task by itself: a greeting, the
refusal to evaluate candidates, "Mente du …?", and the fallback. Every sentence comes from
``prompts/messages/conversation.yaml``; the four tasks are read from the prompt library."""

from __future__ import annotations

from botbuilder.core import MessageFactory
from botbuilder.schema import ActionTypes, Activity, CardAction

from dialogs import messages
from dialogs.task_definition import Command, PromptLibrary


def task_buttons(library: PromptLibrary) -> list[CardAction]:
    """One button per task, titled with the task's title, that sends its command."""
    return [CardAction(type=ActionTypes.im_back, title=library.tasks[c.task].title, value=f"/{c.name}")
            for c in library.task_commands() if c.task]


def greeting(library: PromptLibrary) -> Activity:
    lines = "\n".join(messages.text("conversation.task_line", title=library.tasks[c.task].title, name=c.name,
                                    description=c.description)
                      for c in library.task_commands() if c.task)
    return MessageFactory.suggested_actions(task_buttons(library), messages.text("conversation.greeting", tasks=lines))


def help_tasks_line(library: PromptLibrary) -> str:
    """The four tasks by title, for the end of the help text."""
    titles = [f"**{library.tasks[c.task].title}** (/{c.name})" for c in library.task_commands() if c.task]
    return messages.text("conversation.help_tasks", titles=", ".join(titles))


def refuse_evaluation(library: PromptLibrary) -> Activity:
    """Why the bot never ranks, scores or shortlists people, and what it offers instead."""
    offers = [c for c in library.task_commands() if c.task in ("intervju", "screening")]
    buttons = [CardAction(type=ActionTypes.im_back, title=library.tasks[c.task].title, value=f"/{c.name}")
               for c in offers if c.task]
    return MessageFactory.suggested_actions(buttons, messages.text("conversation.refuse_evaluation"))


def suggestion(library: PromptLibrary, command: Command) -> Activity:
    if command.task:
        title = library.tasks[command.task].title
        text = messages.text("conversation.suggest_task", title=title, name=command.name)
    else:
        title = command.name
        text = messages.text("conversation.suggest_action", name=command.name, description=command.description)
    buttons = [CardAction(type=ActionTypes.im_back, title=title, value=f"/{command.name}"),
               CardAction(type=ActionTypes.im_back, title=messages.text("conversation.suggest_no"), value="/hjelp")]
    return MessageFactory.suggested_actions(buttons, text)


def not_understood(library: PromptLibrary) -> Activity:
    return MessageFactory.suggested_actions(task_buttons(library), messages.text("conversation.unknown"))
