"""The controlled topic vocabulary: shipped ``schemas/topics.json`` plus an optional
``topics.json`` at the top of a plans tree."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from plandiff.errors import InputError, Problem
from plandiff.plans.jsonsource import format_path, load_json_file
from plandiff.plans.schema import TOPICS_SCHEMA, schema_errors
from plandiff.resources import schema_dir


@dataclass(frozen=True)
class Topic:
    """One topic: id, labels by language, optional PA-X codes."""

    id: str
    labels: tuple[tuple[str, str], ...]
    pax: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        """The label in ``language``, falling back to English, then the id."""
        table = dict(self.labels)
        return table.get(language) or table.get("en") or self.id


@dataclass(frozen=True)
class Vocabulary:
    """All known topics, by id."""

    topics: tuple[Topic, ...]

    def ids(self) -> frozenset[str]:
        """The set of topic ids."""
        return frozenset(t.id for t in self.topics)

    def get(self, topic_id: str) -> Topic | None:
        """The topic with this id, if any."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        return None

    def label(self, topic_id: str, language: str) -> str:
        """Human label of a topic id in a language (the id itself when unknown)."""
        topic = self.get(topic_id)
        return topic.label(language) if topic else topic_id


def _read(path: Path, display: str) -> tuple[Topic, ...]:
    document = load_json_file(path, display)
    problems = tuple(
        Problem(file=display, path=format_path(where), message=message, rule="schema",
                line=document.line_of(where), column=document.column_of(where))
        for where, message in schema_errors(document.data, TOPICS_SCHEMA)
    )
    if problems:
        raise InputError(problems[0].format(), problems)
    return tuple(
        Topic(id=t["id"], labels=tuple(sorted(t["labels"].items())), pax=tuple(t.get("pax", ())))
        for t in document.data["topics"]
    )


def load_vocabulary(plans_root: Path | None = None) -> Vocabulary:
    """The shipped vocabulary, extended by ``<plans_root>/topics.json`` when it exists."""
    topics = list(_read(schema_dir() / "topics.json", "schemas/topics.json"))
    if plans_root is not None:
        extra = plans_root / "topics.json"
        if os.path.lexists(extra):  # present in any form: read it or say why not
            known = {t.id for t in topics}
            topics.extend(t for t in _read(extra, str(extra)) if t.id not in known)
    return Vocabulary(tuple(topics))
