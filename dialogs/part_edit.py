"""Editing AKTIV parts without losing what the user pasted in.

A part's template holds ``{name}`` where an input goes. When the user edits a part by
typing, they see the template with each *pasted* text (a multiline input such as the job
ad, or Apertium's draft) as a named marker, ``[Stillingsannonse]``, and short inputs (the
role, the number of questions) filled in. Their new text becomes the part's template again:

* markers they keep or type (``[Stillingsannonse]``, or ``{annonse}``) become placeholders,
  filled once when the prompt is rendered;
* an input copied back word for word (a card's field shows the part filled in) becomes its
  placeholder too, so later changes to the input still reach the part;
* a pasted text the part used that would now be missing from the whole prompt is put back
  at the end of the part under its label, and the caller tells the user. Only when the new
  text still holds a good piece of it (the user edited the ad where it stands in a card)
  is it left as the user wrote it.

An inspiration example gets a short lead-in ("Her er et eksempel på et svar jeg liker:") unless it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogs import messages
from dialogs.draft import Draft, input_values, part_templates
from dialogs.replies import starts_with_example_lead_in
from dialogs.task_definition import DERIVED_VALUES, PLACEHOLDER, TaskDefinition

_MARKER = re.compile(r"\[([^\[\]\n]{1,80})\]")
# An input shorter than this is not looked for, word for word, inside an edited part.
_MIN_VALUE_TO_MATCH = 12
# A line or sentence of a pasted text at least this long, found in the new text, means the
# user edited the pasted text where it stands rather than leaving it out.
_MIN_PIECE = 25


@dataclass(frozen=True)
class PartEdits:
    """New templates per part, and the labels of pasted texts that were put back."""

    templates: dict[str, str]
    kept: tuple[str, ...] = ()


def value_labels(task: TaskDefinition) -> dict[str, str]:
    """Every value a template can hold → its Norwegian label (``annonse`` → ``Stillingsannonse``)."""
    labels = {name: messages.text(f"dialog.value_labels.{name}") for name in DERIVED_VALUES}
    labels.update({item.name: item.label for item in task.inputs})
    return labels


def pasted_names(task: TaskDefinition) -> frozenset[str]:
    """Values a prompt must not lose silently: pasted texts and the machine translation."""
    names = {item.name for item in task.inputs if item.multiline}
    if task.machine_translation:
        names.add("maskinoversettelse")
    if task.requirements is not None:
        names |= {"kravliste", "tidsplan"}  # the checklist and the plan are texts too, shown as markers
    return frozenset(names)


def marker(label: str) -> str:
    return f"[{label}]"


def editable_text(task: TaskDefinition, draft: Draft, part: str,
                  marked: frozenset[str] | None = None) -> tuple[str, tuple[str, ...]]:
    """The part as the user edits it, and the markers in it (each once, in order). ``marked``: the
    values shown as markers (default: every pasted text, ``pasted_names``)."""
    values = input_values(task, draft)
    labels = value_labels(task)
    pasted = pasted_names(task) if marked is None else marked
    shown: list[str] = []

    def show(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in pasted and name in labels:
            shown.append(marker(labels[name]))
            return shown[-1]
        return values.get(name, match.group(0))

    text = PLACEHOLDER.sub(show, part_templates(task, draft)[part]).strip()
    return text, tuple(dict.fromkeys(shown))


def apply_edits(task: TaskDefinition, draft: Draft, texts: dict[str, str]) -> PartEdits:
    """The user's new texts (part → text) as templates; pasted texts they dropped are kept."""
    values = input_values(task, draft)
    labels = value_labels(task)
    before = part_templates(task, draft)
    new = {part: _as_template(text, values, labels) for part, text in texts.items()}
    if new.get("inspirasjon") and not starts_with_example_lead_in(new["inspirasjon"]):
        new["inspirasjon"] = messages.text("dialog.example_lead_in") + "\n" + new["inspirasjon"]
    after = {**before, **new}
    used = {name for template in after.values() for name in PLACEHOLDER.findall(template)}
    kept: list[str] = []
    for part in new:
        for name in dict.fromkeys(PLACEHOLDER.findall(before[part])):
            if (name in pasted_names(task) and name in values and name not in used
                    and not _edited_where_it_stands(values[name], texts[part])):
                block = messages.text("dialog.kept_value", label=labels[name], placeholder="{" + name + "}")
                new[part] = f"{new[part]}\n\n{block}" if new[part] else block
                used.add(name)
                kept.append(labels[name])
    return PartEdits(templates=new, kept=tuple(kept))


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _fold(label: str) -> str:
    return " ".join(label.split()).casefold()


def _as_template(text: str, values: dict[str, str], labels: dict[str, str]) -> str:
    text = _lines(text)
    for name, value in sorted(values.items(), key=lambda item: len(item[1]), reverse=True):
        value = _lines(value)
        if len(value) >= _MIN_VALUE_TO_MATCH:
            text = text.replace(value, "{" + name + "}")
    by_label = {_fold(label): name for name, label in labels.items() if name in values}

    def placeholder(match: re.Match[str]) -> str:
        name = by_label.get(_fold(match.group(1)))
        return "{" + name + "}" if name else match.group(0)

    return _MARKER.sub(placeholder, text)


def _edited_where_it_stands(value: str, text: str) -> bool:
    text = _lines(text)
    pieces = (piece.strip() for piece in re.split(r"\n+|(?<=[.!?])\s+", _lines(value)))
    return any(len(piece) >= _MIN_PIECE and piece in text for piece in pieces)
