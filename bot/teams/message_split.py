"""Long text messages split under Teams' message size limit (about 28 KB per activity).

Registered per turn with ``TurnContext.on_send_activities``: a message whose text is longer
than ``max_chars`` becomes several messages, cut at paragraph, line or word boundaries.
Attachments (cards) and suggested actions stay on the last part; entities (a stream's final
marker) on the first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from copy import copy

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ActivityTypes

# Characters, not bytes: Norwegian text is mostly 1-byte UTF-8 and JSON adds overhead,
# so 12 000 characters stay far below Teams' limit even with a card attached.
MAX_MESSAGE_CHARS = 12_000


def split_text(text: str, max_chars: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Cut ``text`` into parts of at most ``max_chars``, preferring paragraph, line, word breaks."""
    parts: list[str] = []
    rest = text
    while len(rest) > max_chars:
        window = rest[:max_chars]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0)
        if cut < max_chars // 2:
            cut = max_chars
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


class MessageSplitter:
    def __init__(self, max_chars: int = MAX_MESSAGE_CHARS) -> None:
        self._max_chars = max_chars

    async def __call__(self, context: TurnContext, activities: list[Activity],
                       next_send: Callable[[], Awaitable[None]]) -> None:
        index = 0
        while index < len(activities):
            activity = activities[index]
            if activity.type == ActivityTypes.message and activity.text and len(activity.text) > self._max_chars:
                pieces = self._split(activity)
                activities[index:index + 1] = pieces  # in place: the adapter sends this very list
                index += len(pieces)
            else:
                index += 1
        await next_send()

    def _split(self, activity: Activity) -> list[Activity]:
        texts = split_text(activity.text, self._max_chars)
        pieces = []
        for number, text in enumerate(texts):
            piece = copy(activity)
            piece.text = text
            if number > 0:
                piece.entities = None
            if number < len(texts) - 1:
                piece.attachments = None
                piece.suggested_actions = None
            pieces.append(piece)
        return pieces
