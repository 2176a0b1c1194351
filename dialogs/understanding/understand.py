"""What a free-text first message asks for: a task, a greeting, help, or an evaluation of
candidates (which the bot refuses), locally and before the guardrail has seen the text.

No model is called and the text goes nowhere: this runs in prompt-builder mode too. The
phrases are data (``prompts/intents.yaml``, ``prompts/commands.yaml`` and the tasks' titles);
this module only weighs them. A pasted job ad is split from the request around it, so the
ad's own words ("gjennomføre intervjuer") do not decide the task and the ad alone becomes
the task's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import snowballstemmer
from rapidfuzz import fuzz, process

from dialogs.commands import job_ad_cue_count, looks_like_job_ad
from dialogs.task_definition import Command, PromptLibrary
from dialogs.understanding.cues import CueIndex, words
from dialogs.understanding.vocabulary import Vocabulary, default_vocabulary

Kind = Literal["task", "action", "suggest", "evaluate", "greeting", "help", "privacy", "job_ad", "unknown"]
# A message up to this long, on three lines or fewer, is all request (no pasted text in it).
SHORT_MESSAGE = 300
# Text left after the request is the task's input only when it is at least this long.
MIN_CONTENT = 80
# A paragraph around a pasted text with this many job-ad words is part of the ad.
AD_PARAGRAPH_CUES = 2
_PARAGRAPHS = re.compile(r"\n\s*\n")
_PUNCTUATION = " \t\r\n.,!?:;«»\"'()"


@dataclass(frozen=True)
class Understanding:
    kind: Kind
    task: str | None = None  # the task's id (kind task or suggest)
    command: Command | None = None  # kind action / suggest: the command meant
    content: str = ""  # text for the task's first input (a pasted ad), request removed
    scores: dict[str, float] = field(default_factory=dict)


class Understander:
    """Built once from the prompt library and ``prompts/intents.yaml``."""

    def __init__(self, library: PromptLibrary, vocabulary: Vocabulary | None = None):
        self._library = library
        self._vocabulary = vocabulary or default_vocabulary()
        classes = {name: dict(c.cues) for name, c in self._vocabulary.classes.items()}
        classes["_production"] = {cue: 1.0 for cue in self._vocabulary.production_cues}
        classes["_request"] = {cue: 1.0 for cue in self._vocabulary.request_markers}
        classes["_people"] = dict(self._vocabulary.evaluate_people)
        classes["_dampers"] = dict(self._vocabulary.evaluate_dampers)
        self._cues = CueIndex(classes)
        self._stemmer = snowballstemmer.stemmer("norwegian")
        self._examples = [(self._stemmed(example), name) for name, c in self._vocabulary.classes.items()
                          for example in c.examples]
        self._names = self._command_names()

    # --- public -------------------------------------------------------------------------
    def understand(self, text: str) -> Understanding:
        text = (text or "").strip()
        if not text.strip(_PUNCTUATION):
            return Understanding("unknown")
        named = self._named_command(text)
        if named is not None and named.kind != "suggest":
            return named
        for request in (piece for candidate in self._request_candidates(text) for piece in _pieces(candidate, text)):
            found = self._classify(request, whole=request == text)
            if found is not None and found[0] == "evaluate" and request != text and not self._asks(request):
                found = None  # the ad's own "Kvalifiserte søkere oppfordres til å søke." asks nothing
            if found is not None and named is not None and found[0] == "task":
                return named  # a near-miss of a name ("skrenings spørsmål") over a weak reading
            if found is not None:
                kind, task, scores = found
                content = _without(text, request) if kind == "task" else ""
                if content and len(content) < MIN_CONTENT and not looks_like_job_ad(content):
                    content = ""
                return Understanding(kind, task=task, content=content, scores=scores)
        if named is not None:
            return named  # "Mente du …?" only when nothing else in the message decides
        if looks_like_job_ad(text):
            return self._pasted_ad(text)
        return self._by_example(text) or Understanding("unknown")

    def named_command(self, text: str) -> Understanding | None:
        """Only a command's name or a task's title, typed whole or nearly (mid-dialog too)."""
        found = self._named_command(text)
        return found if found is not None and found.kind in ("task", "action") else None

    # --- commands, button titles and their near-misses ------------------------------------
    def _command_names(self) -> list[tuple[str, Command]]:
        names = []
        for command in self._library.commands:
            for name in (command.name, *command.aliases):
                names.append((name, command))
            if command.task:
                names.append((self._library.tasks[command.task].title.lower(), command))
        return names

    def _named_command(self, text: str) -> Understanding | None:
        """``screenig``, ``Oversett til nynorsk``, ``/intervjuspm``: a command name or a
        task's (button) title, typed whole or nearly."""
        said = text.lower().lstrip("/").strip(_PUNCTUATION)
        if not said or len(said.split()) > self._vocabulary.command_max_words:
            return None
        best_score, best = 0.0, None
        for name, command in self._names:
            score = fuzz.ratio(said, name)
            if len(name) >= 5 and " " not in said and (said.startswith(name) and len(said) - len(name) <= 4
                                                      or name.startswith(said) and len(said) >= 5):
                score = max(score, 90.0)  # /intervjuspm, "screen"
            if score > best_score:
                best_score, best = score, command
        if best is None or best_score < self._vocabulary.suggest_ratio:
            return None
        if best_score < self._vocabulary.command_ratio:
            return Understanding("suggest", task=best.task, command=best)
        if best.task:
            return Understanding("task", task=best.task, command=best)
        return Understanding("action", command=best)

    # --- free text --------------------------------------------------------------------------
    @staticmethod
    def _request_candidates(text: str) -> list[str]:
        """Where the request is: the whole of a short message; else the first paragraph (or
        line) and the last, around a pasted text."""
        if len(text) <= SHORT_MESSAGE and text.count("\n") <= 2:
            return [text]
        paragraphs = [p.strip() for p in _PARAGRAPHS.split(text) if p.strip()]
        candidates = []
        for paragraph, pick in ((paragraphs[0], 0), (paragraphs[-1], -1)):
            lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
            if len(paragraph) <= SHORT_MESSAGE + 100 and len(lines) <= 4:
                candidates.append(paragraph)
            elif lines and len(lines[pick]) <= SHORT_MESSAGE:
                candidates.append(lines[pick])
        return list(dict.fromkeys(candidates))

    def _classify(self, request: str, *, whole: bool) -> tuple[Kind, str | None, dict[str, float]] | None:
        """The class of a request: ``whole`` when it is the whole message (not a piece around
        a pasted text), which a greeting and an evaluation by its people words alone must be."""
        vocabulary = self._vocabulary
        message = words(request)
        scores = self._cues.scores(message)
        production = scores.pop("_production") > 0
        scores.pop("_request")
        people = self._cues.heaviest("_people", message)
        scores.pop("_people")
        if scores["evaluate"] > 0 and people > 0:
            scores["evaluate"] += people + vocabulary.evaluate_pair_bonus
        scores["evaluate"] = max(0.0, scores["evaluate"] - scores.pop("_dampers"))
        tasks = {name: scores[name] for name in vocabulary.task_classes()}
        best_task = max(tasks, key=lambda name: tasks[name])
        task_score = tasks[best_task] + (vocabulary.production_bonus if production and tasks[best_task] else 0)
        evaluate = scores["evaluate"]
        bar = task_score + (vocabulary.evaluate_margin if production else -vocabulary.evaluate_margin)
        if evaluate >= vocabulary.evaluate_min_score and evaluate >= bar:
            return "evaluate", None, scores
        # A privacy question asks about the bot, not for a text: any task cue outweighs it
        # ("skriv ein stillingsannonse for rådgjevar innan personvern").
        # "god morgen, annonse": a greeting in front takes nothing from the task word after it.
        bar = vocabulary.min_score - (0.5 if scores["greeting"] else 0.0)
        if task_score >= bar and task_score > scores["help"]:
            return "task", best_task, scores
        if scores["privacy"] >= vocabulary.min_score and scores["privacy"] >= scores["help"]:
            return "privacy", None, scores
        if scores["help"] >= vocabulary.min_score:
            return "help", None, scores
        short = whole and len(request) <= vocabulary.greeting_max_chars
        if short and scores["greeting"] >= vocabulary.min_score and task_score < vocabulary.min_score / 2:
            return "greeting", None, scores
        if whole and people >= vocabulary.evaluate_people_alone and task_score < vocabulary.min_score / 2:
            # About applicants, CVs or candidates and no task in it: what else is asked of them is
            # an assessment; the refusal also says what the bot can do with them instead.
            return "evaluate", None, scores
        return None

    def _asks(self, request: str) -> bool:
        """A question or a request to the bot (request markers), not a sentence of a pasted text."""
        return request.rstrip().endswith("?") or self._cues.score("_request", words(request)) > 0

    def _pasted_ad(self, text: str) -> Understanding:
        """A pasted ad whose request no cue decided: the default task if there is a request."""
        default = self._vocabulary.pasted_ad_default_task
        for request in (p for c in self._request_candidates(text) if default for p in _pieces(c, text)):
            if request == text:
                continue
            if self._cues.score("_request", words(request)) > 0 and not looks_like_job_ad(request) \
                    and not _ad_heading(request):
                return Understanding("task", task=default, content=_without(text, request))
        return Understanding("job_ad", content=text)

    def _stemmed(self, text: str) -> str:
        return " ".join(self._stemmer.stemWords(words(text)))

    def _by_example(self, text: str) -> Understanding | None:
        """A short message close to one of the examples (when no cue decided)."""
        if len(text) > SHORT_MESSAGE or not self._examples:
            return None
        found = process.extractOne(self._stemmed(text), [e for e, _ in self._examples],
                                   scorer=fuzz.token_sort_ratio)
        if found is None or found[1] < self._vocabulary.example_min_ratio:
            return None
        name = self._examples[found[2]][1]
        kind: Kind = name if name in ("evaluate", "greeting", "help", "privacy") else "task"  # type: ignore[assignment]
        return Understanding(kind, task=name if kind == "task" else None)


def _pieces(candidate: str, text: str) -> list[str]:
    """Where in a candidate the request may be: its first line ("Kan du lage screeningspørsmål
    ut frå krava?" over pasted requirements speaks for itself), then the whole candidate unless
    it is a paragraph of the ad itself (job-ad words: "Om stillingen / Vi søker en engasjert …")."""
    first_line = candidate.splitlines()[0].strip()
    pieces = [first_line] if first_line != candidate else []
    if candidate == text or job_ad_cue_count(candidate) < AD_PARAGRAPH_CUES:
        pieces.append(candidate)
    return pieces


def _ad_heading(request: str) -> bool:
    """The ad's own first lines (a title, "Om stillingen"), not a request: capitalised, no
    sentence ends in them and no line is longer than a heading ("mer engasjerende takk" is typed)."""
    lines = [line.strip() for line in request.splitlines() if line.strip()]
    return (not re.search(r"[.?!:]", request) and all(len(line) <= 60 for line in lines)
            and request[:1].isupper())


def _without(text: str, request: str) -> str:
    """The message with the request taken out: what the user pasted."""
    if request == text:
        return ""
    return text.replace(request, "", 1).strip()
