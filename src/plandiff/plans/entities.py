"""The multilingual name table of parties and places (``data/entities.json``), extended by a
plans tree's ``plandiff.json`` (``"entities": [...]``, same shape).

Each entity has a stable id and its names by language (en, ja, uk, ru ...). A name matches
case-sensitively (but a capitalised stem ending in ``*`` also matches in lower case: the
adjectives of Ukrainian and Russian); Latin and Cyrillic names on word boundaries; a ``*``
stands for the rest of a word (inflected forms: ``Верховн* Рад*``); Japanese (and other CJK)
names match anywhere. Where names
overlap, the longest wins. Names of every language are looked for in every text (a Japanese
text may write NATO in Latin letters).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from plandiff._text import JAPANESE, class_body
from plandiff.errors import InputError, Problem
from plandiff.plans.jsonsource import format_path, load_json_file
from plandiff.resources import package_dir

CONFIG_NAME = "plandiff.json"


@dataclass(frozen=True)
class Entity:
    """A party or place and its names."""

    id: str
    names: tuple[tuple[str, tuple[str, ...]], ...]
    """(language, names) pairs."""

    def all_names(self) -> tuple[str, ...]:
        """Every name in every language."""
        return tuple(n for _, names in self.names for n in names)


def _entities(data: Any) -> list[Entity]:
    return [Entity(id=item["id"], names=tuple(sorted(
        (lang, tuple(names)) for lang, names in item["names"].items())))
        for item in data.get("entities", [])]


def _packaged(name: str) -> Any:
    """A JSON file of the package's ``data/`` folder, read."""
    return json.loads((package_dir() / "data" / name).read_text(encoding="utf-8"))


@cache
def _shipped() -> Any:
    return _packaged("entities.json")


@cache
def shipped_entities() -> tuple[Entity, ...]:
    """The table that ships with plandiff."""
    return tuple(_entities(_shipped()))


@cache
def flag_places() -> tuple[Entity, ...]:
    """The places only the meaning-shift flags add to the shipped table
    (``data/flag_places.json``, same shape): towns whose coming or going a reviewer should
    see (Enerhodar, エネルホダル, Енергодар). The aligner and the translation check read
    :func:`shipped_entities` alone, so a place added here changes no link."""
    return tuple(_entities(_packaged("flag_places.json")))


@cache
def flag_aliases() -> tuple[Entity, ...]:
    """Other names of one party or place that only the meaning-shift flags read
    (``data/flag_aliases.json``, same shape, each entity with the ``source`` of its names):
    a person's nom de guerre ("Timochenko" for Rodrigo Londoño), a city named by what it is
    ("the Hungarian capital" for Budapest). The aligner and the translation check read
    :func:`shipped_entities` alone."""
    return tuple(_entities(_packaged("flag_aliases.json")))


@cache
def shipped_stands_for() -> Mapping[str, str]:
    """Entity id → the id of the entity it stands for in press usage (``stands_for`` in
    ``data/entities.json``: "Kyiv" for Ukraine, "the White House" for the United States):
    the one table of such aliases, read by the flags and by the aligner's entity channel."""
    table: dict[str, str] = dict(sorted(_shipped().get("stands_for", {}).items()))
    return MappingProxyType(table)


@cache
def shipped_groups() -> Mapping[str, frozenset[str]]:
    """Entity id of a group → the ids of its members (``groups`` in ``data/entities.json``:
    the E3 are the United Kingdom, France and Germany), for the flags: a text naming the
    group and one naming all its members name the same parties."""
    table = {group: frozenset(members)
             for group, members in sorted(_shipped().get("groups", {}).items())}
    return MappingProxyType(table)


def _check(data: Any, display: str, place_of: Any) -> None:
    problems: list[tuple[tuple[str | int, ...], str]] = []
    items = data.get("entities") if isinstance(data, dict) else None
    if items is None:
        return
    if not isinstance(items, list):
        problems.append((("entities",), "must be an array"))
    else:
        for index, item in enumerate(items):
            where: tuple[str | int, ...] = ("entities", index)
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) \
                    or not isinstance(item.get("names"), dict):
                problems.append((where, "needs an id (string) and names (object)"))
                continue
            for lang, names in item["names"].items():
                if not isinstance(names, list) or not all(
                        isinstance(n, str) and n.strip("*") for n in names):
                    problems.append(((*where, "names", lang), "must be an array of names"))
    if problems:
        places = [place_of(w) or (None, None) for w, _ in problems]
        found = tuple(Problem(display, format_path(w), m, line=line, column=column,
                              rule="config")
                      for (w, m), (line, column) in zip(problems, places, strict=True))
        raise InputError(found[0].format(), found)


def load_entities(plans_root: Path | None) -> tuple[Entity, ...]:
    """The shipped table plus the ``entities`` of ``plans_root/plandiff.json``: an entity
    with a shipped id adds names to it, a new id adds an entity."""
    table = {e.id: e for e in shipped_entities()}
    if plans_root is None:
        return tuple(table.values())
    path = plans_root / CONFIG_NAME
    if not os.path.lexists(path):
        return tuple(table.values())
    document = load_json_file(path, str(path))
    _check(document.data, str(path), document.place_of)
    for extra in _entities(document.data if isinstance(document.data, dict) else {}):
        known = table.get(extra.id)
        if known is None:
            table[extra.id] = extra
            continue
        merged: dict[str, tuple[str, ...]] = dict(known.names)
        for lang, names in extra.names:
            merged[lang] = tuple(dict.fromkeys((*merged.get(lang, ()), *names)))
        table[extra.id] = Entity(extra.id, tuple(sorted(merged.items())))
    return tuple(table.values())


@cache
def _cjk() -> re.Pattern[str]:
    """Any kana or kanji (compiled on first use: its large character class takes a
    millisecond or two to compile, and only the translation check uses it)."""
    return re.compile(f"[{class_body(JAPANESE, astral=False)}]")


_LETTER = r"A-Za-z0-9\u00c0-\u024fА-Яа-яЁёІіЇїЄєҐґ"
"""Letters of the scripts whose words are separated by spaces: a Latin or Cyrillic name must
not touch one (a CJK character next to it is fine: ``NATOの``)."""


def _pattern(name: str) -> str:
    stem = name[:-1] if name.endswith("*") else name
    body = rf"[{_LETTER}'’]*".join(re.escape(piece) for piece in stem.split("*"))
    if _cjk().search(stem):
        return body
    tail = rf"[{_LETTER}'’]*" if name.endswith("*") else rf"(?![{_LETTER}])"
    if name.endswith("*") and stem[:1].isupper() and not stem.isupper():
        # An inflected stem also starts the adjective, written in lower case in Ukrainian
        # and Russian: Росси* matches российский, Європ* matches європейський.
        first = stem[0]
        body = f"[{re.escape(first)}{re.escape(first.lower())}]" + body[len(re.escape(first)):]
    return rf"(?<![{_LETTER}]){body}{tail}"


@cache
def _compiled(entities: tuple[Entity, ...]) -> tuple[re.Pattern[str], Mapping[str, str]]:
    owner: dict[str, str] = {}
    for entity in entities:
        for name in entity.all_names():
            owner.setdefault(name, entity.id)
    names = sorted(owner, key=lambda n: (-len(n.rstrip("*")), n))
    groups = [f"(?P<n{i}>{_pattern(n)})" for i, n in enumerate(names)]
    by_group = {f"n{i}": owner[n] for i, n in enumerate(names)}
    return re.compile("|".join(groups) or r"(?!)"), by_group


def mentioned(text: str, entities: Sequence[Entity]) -> dict[str, str]:
    """Entity id → the first name of it in ``text``; a state Japanese press names by one
    character joined to others (米欧, 米ロ: :func:`joined_names`) too, where its id is one of
    ``entities``."""
    pattern, by_group = _compiled(tuple(entities))
    out: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        group = match.lastgroup
        if group is not None:
            out.setdefault(by_group[group], match.group())
            taken.append(match.span())
    if _JOINED_FIRST.intersection(text):
        ids = {entity.id for entity in entities}
        for start, end, entity in joined_names(text):
            if entity in ids and not any(s < end and start < e for s, e in taken):
                out.setdefault(entity, text[start:end])
    return out


JOINED_NAMES = MappingProxyType({
    "米": "united-states", "欧": "europe", "ロ": "russia", "露": "russia", "ウ": "ukraine",
    "英": "united-kingdom", "仏": "france", "独": "germany", "中": "china"})
"""The one-character names Japanese press joins to name two or three states at once (米欧,
米ロ, 英仏独): each character is its state (ids of ``data/entities.json``)."""
JOINED_FIRSTS = "米欧露英仏独"
"""The characters of :data:`JOINED_NAMES` that open a run of them (ロ, ウ and 中 only follow
another: ロシア, ウクライナ and 中国 open with them)."""
_JOINED_FIRST = frozenset(JOINED_FIRSTS)
_JOINED = (r"(?<![\u4e00-\u9fff])[米欧露英仏独][米欧ロ露ウ英仏独中]{1,2}"
           r"(?![\u30a0-\u30ff\u30fc州国])")
"""Two or three such characters, not after a kanji (日中 is "daytime", 中米 Central America:
neither opens with a state's character here) and not before katakana (米ロシア is 米 and
ロシア), 州 or 国 (欧州, 米国 are names of their own)."""


@cache
def _joined() -> re.Pattern[str]:
    return re.compile(_JOINED)


def joined_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of each character of a run of joined one-character names in
    ``text`` (米欧 names the United States and Europe); a run that repeats a character (米米)
    is none."""
    out: list[tuple[int, int, str]] = []
    for match in _joined().finditer(text):
        start, end = match.span()
        if len(set(match.group())) == end - start:
            out.extend((at, at + 1, JOINED_NAMES[text[at]]) for at in range(start, end))
    return out


__all__ = ["JOINED_FIRSTS", "JOINED_NAMES", "Entity", "flag_aliases", "flag_places", "joined_names",
           "load_entities", "mentioned", "shipped_entities", "shipped_groups",
           "shipped_stands_for"]
