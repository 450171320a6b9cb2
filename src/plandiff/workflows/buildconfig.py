"""``plans/plandiff.json``: what ``plandiff build`` makes beyond what the corpus implies.

The file is optional. Its shape is published as ``schemas/plandiff-config.schema.json``::

    {
      "extra_pairs": [["peace-framework@2025-11-20-us-28-point",
                       "peace-framework@2025-12-24-20-point"]],
      "formats": ["html", "pdf", "json", "md", "docx"],
      "history": true
    }

``extra_pairs`` adds comparisons (each ``[OLD, NEW]``, both ``DOCUMENT@VERSION`` in the same
language); ``formats`` chooses the files written per comparison (default: all five; leave
out ``docx`` to stop the Word redline beside each PDF);
``history`` switches the per-document history pages (default on). Every problem is reported
with the file, the JSON path and the line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from plandiff.errors import InputError, Problem
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.corpus import Corpus
from plandiff.plans.jsonsource import format_path, load_json_file
from plandiff.plans.refs import split_version_ref
from plandiff.plans.schema import schema_errors
from plandiff.render.formats import SITE_SUFFIXES

CONFIG_NAME = "plandiff.json"
CONFIG_SCHEMA = "plandiff-config.schema.json"
FORMATS = SITE_SUFFIXES
"""The files written per comparison, as the config names them (from the format registry)."""


Place = tuple[int | None, int | None]
"""A line and a column in the config file (``None`` where unknown)."""


@dataclass(frozen=True)
class PairPlace:
    """Where one of ``extra_pairs`` stands in the file: its index there (a repeated pair is
    kept once) and the line and column of the pair and of each side."""

    index: int
    pair: Place
    sides: tuple[Place, Place]


@dataclass(frozen=True)
class BuildConfig:
    """The build settings of one plans tree."""

    extra_pairs: tuple[tuple[str, str], ...] = ()
    formats: tuple[str, ...] = FORMATS
    history: bool = True
    places: tuple[PairPlace, ...] = ()
    """Where each of ``extra_pairs`` stands in the file, in the same order."""


def load_config(root: Path, limits: Limits = DEFAULT_LIMITS,
                display: str | None = None) -> BuildConfig:
    """Read ``root/plandiff.json`` (defaults when absent); :class:`InputError` when invalid."""
    path = root / CONFIG_NAME
    if not os.path.lexists(path):
        return BuildConfig()
    shown = display if display is not None else str(path)
    document = load_json_file(path, shown, limits)
    problems = [Problem(file=shown, path=format_path(where), message=message,
                        line=document.line_of(where), column=document.column_of(where),
                        rule="config")
                for where, message in schema_errors(document.data, CONFIG_SCHEMA)]
    if problems:
        raise InputError(problems[0].format(), tuple(problems))
    data = document.data
    pairs: list[tuple[str, str]] = []
    places: list[PairPlace] = []

    def place(where: tuple[str | int, ...]) -> Place:
        return document.line_of(where), document.column_of(where)

    for index, item in enumerate(data.get("extra_pairs", [])):
        old, new = str(item[0]), str(item[1])
        for side, ref in enumerate((old, new)):
            if split_version_ref(ref) is None:
                where = ("extra_pairs", index, side)
                problems.append(Problem(file=shown, path=format_path(where),
                                        message=f"{ref!r} is not DOCUMENT@VERSION",
                                        line=document.line_of(where),
                                        column=document.column_of(where), rule="config"))
        if old == new:
            at: tuple[str, int] = ("extra_pairs", index)
            problems.append(Problem(file=shown, path=format_path(at),
                                    message="compares a version with itself",
                                    line=document.line_of(at),
                                    column=document.column_of(at), rule="config"))
        pair = (old, new)
        if pair not in pairs:
            pairs.append(pair)
            places.append(PairPlace(index, place(("extra_pairs", index)),
                                    (place(("extra_pairs", index, 0)),
                                     place(("extra_pairs", index, 1)))))
    if problems:
        raise InputError(problems[0].format(), tuple(problems))
    formats = tuple(f for f in FORMATS if f in data.get("formats", FORMATS))
    return BuildConfig(extra_pairs=tuple(pairs), formats=formats,
                       history=bool(data.get("history", True)), places=tuple(places))


def check_pairs(config: BuildConfig, corpus: Corpus, display: str) -> list[Problem]:
    """Problems with ``extra_pairs`` that need the corpus: missing versions, mixed languages."""
    problems: list[Problem] = []
    for position, (old_ref, new_ref) in enumerate(config.extra_pairs):
        where = (config.places[position] if position < len(config.places)
                 else PairPlace(position, (None, None), ((None, None), (None, None))))
        index = where.index
        old, new = corpus.version(old_ref), corpus.version(new_ref)
        for side, (ref, plan) in enumerate(((old_ref, old), (new_ref, new))):
            if plan is None:
                line, column = where.sides[side]
                problems.append(Problem(file=display, path=f"$.extra_pairs[{index}][{side}]",
                                        message=f"{ref}: no such version in the plans tree",
                                        line=line, column=column, rule="config"))
        if old is not None and new is not None and old.language != new.language:
            line, column = where.pair
            problems.append(Problem(file=display, path=f"$.extra_pairs[{index}]",
                                    message=f"{old_ref} is in {old.language!r} but {new_ref} "
                                    f"is in {new.language!r}; diffs compare one language",
                                    line=line, column=column, rule="config"))
    return problems


def checked_config(root: Path, corpus: Corpus, display: str,
                   limits: Limits = DEFAULT_LIMITS) -> BuildConfig:
    """The build settings of the plans tree ``root`` (shown as ``display``), read and checked
    against its ``corpus``: :class:`InputError` holding every problem when they are wrong, as
    ``build`` stops on them and ``validate`` reports them."""
    config = load_config(root, limits, display)
    problems = check_pairs(config, corpus, display)
    if problems:
        raise InputError(problems[0].format(), tuple(problems))
    return config
