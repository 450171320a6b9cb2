"""Small plan pairs and hand-built comparisons for the report tests.

The comparisons are written out by hand (not computed) so the report tests pin the renderer
alone: what the engine would say is the engine's tests' business."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from plandiff.engine.comparison import (
    Change,
    ChangeKind,
    Comparison,
    Flag,
    FlagKind,
    Span,
    SpanOp,
    Summary,
    VersionInfo,
)
from plandiff.plans.model import PlanVersion

E, D, INS = SpanOp.EQUAL, SpanOp.DELETE, SpanOp.INSERT


def _plan(version: str, date: str, points: list[dict[str, Any]], **extra: Any) -> PlanVersion:
    data: dict[str, Any] = {
        "document": "accord",
        "version": version,
        "title": f"Accord {version}",
        "date": date,
        "status": "draft",
        "text_kind": "paraphrase",
        "language": "en",
        "parties": ["Party A", "Party B"],
        "sources": [{"title": "Report", "publisher": "Outlet", "url": "https://example.org/r",
                     "date": "2025-11-21"}],
        "points": points,
    }
    data.update(copy.deepcopy(extra))
    return PlanVersion.model_validate(data)


def _summary(changes: Sequence[Change]) -> Summary:
    counts = dict.fromkeys(ChangeKind, 0)
    by_topic: dict[str, dict[str, int]] = {}
    for ch in changes:
        counts[ch.kind] += 1
        for topic in ch.topics:
            by_topic.setdefault(topic, {})
            by_topic[topic][ch.kind.value] = by_topic[topic].get(ch.kind.value, 0) + 1
    return Summary(
        unchanged=counts[ChangeKind.UNCHANGED], modified=counts[ChangeKind.MODIFIED],
        added=counts[ChangeKind.ADDED], removed=counts[ChangeKind.REMOVED],
        split=counts[ChangeKind.SPLIT], merged=counts[ChangeKind.MERGED],
        moved=sum(ch.moved for ch in changes), renumbered=sum(ch.renumbered for ch in changes),
        by_topic=tuple(
            (topic, tuple((k.value, kinds[k.value]) for k in ChangeKind if k.value in kinds))
            for topic, kinds in sorted(by_topic.items())
        ),
    )


def _comparison(old: PlanVersion, new: PlanVersion, changes: Sequence[Change]) -> Comparison:
    return Comparison(
        VersionInfo(old.document, old.version, old.title, old.date.isoformat()),
        VersionInfo(new.document, new.version, new.title, new.date.isoformat()),
        _summary(changes),
        tuple(changes),
    )


def change(kind: ChangeKind, old: Sequence[str], new: Sequence[str],
           old_numbers: Sequence[str], new_numbers: Sequence[str], spans: Sequence[Span],
           *, topics: Sequence[str] = (), flags: Sequence[Flag] = (), moved: bool = False,
           depth: int = 0, parent: str | None = None) -> Change:
    return Change(
        kind=kind, old=tuple(old), new=tuple(new), old_numbers=tuple(old_numbers),
        new_numbers=tuple(new_numbers), moved=moved,
        renumbered=bool(old_numbers and new_numbers and tuple(old_numbers) != tuple(new_numbers)),
        similarity=1.0 if kind is ChangeKind.UNCHANGED else 0.5, topics=tuple(topics),
        spans=tuple(spans), flags=tuple(flags), depth=depth, parent=parent,
    )


def accord() -> tuple[Comparison, PlanVersion, PlanVersion]:
    """An English pair with every kind of change: modified with flags, moved and renumbered,
    removed, added, split, merged, unchanged, sub-points, point status and notes."""
    old = _plan("v1", "2025-11-20", [
        {"id": "army-cap", "number": "6", "title": "Army cap",
         "text": "Ukraine's armed forces are capped at 600,000 personnel.",
         "topics": ["military-limits"]},
        {"id": "elections", "number": "7",
         "text": "Elections within 100 days.", "topics": ["elections"],
         "status": "disputed", "notes": "Contested by Kyiv."},
        {"id": "sanctions", "number": "8", "title": "Sanctions",
         "text": "Sanctions are lifted in stages.", "topics": ["sanctions"],
         "points": [{"id": "sanctions-a", "number": "8(a)", "text": "First stage on signature.",
                     "topics": ["sanctions"]}]},
        {"id": "funds", "number": "9", "title": "Funds",
         "text": "Frozen funds are invested in reconstruction. A fund is created.",
         "topics": ["frozen-assets"]},
        {"id": "zone-a", "number": "10", "text": "A zone is demilitarised.",
         "topics": ["demilitarized-zone"]},
        {"id": "zone-b", "number": "11", "text": "Russian forces withdraw from it.",
         "topics": ["demilitarized-zone"]},
        {"id": "amnesty", "number": "26", "title": "Amnesty",
         "text": "All parties receive full amnesty for wartime acts.", "topics": ["amnesty"]},
    ])
    new = _plan("v2", "2025-12-24", [
        {"id": "elections", "number": "1",
         "text": "Elections as soon as possible.", "topics": ["elections"],
         "status": "unconfirmed"},
        {"id": "army-cap", "number": "4", "title": "Army cap",
         "text": "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
         "topics": ["military-limits"]},
        {"id": "sanctions", "number": "5", "title": "Sanctions",
         "text": "Sanctions are lifted in stages.", "topics": ["sanctions"],
         "points": [{"id": "sanctions-a", "number": "5(a)", "text": "First stage on signature.",
                     "topics": ["sanctions"]}]},
        {"id": "funds-1", "number": "6", "title": "Investment",
         "text": "Frozen funds are invested in reconstruction.", "topics": ["frozen-assets"]},
        {"id": "funds-2", "number": "7", "title": "Fund",
         "text": "A joint fund is created.", "topics": ["frozen-assets"]},
        {"id": "zone", "number": "8", "title": "Demilitarised zone",
         "text": "A zone is demilitarised. Russian forces withdraw from it.",
         "topics": ["demilitarized-zone"]},
        {"id": "guarantees", "number": "9", "title": "Security guarantees",
         "text": "Guarantees mirror Article 5.", "topics": ["security-guarantees"]},
    ])
    changes = [
        change(ChangeKind.MODIFIED, ["elections"], ["elections"], ["7"], ["1"],
               [Span(E, "Elections "), Span(D, "within 100 days"),
                Span(INS, "as soon as possible"), Span(E, ".")],
               topics=["elections"], flags=[Flag(FlagKind.DATE, "100 days", "as soon as possible")],
               moved=True),
        change(ChangeKind.MODIFIED, ["army-cap"], ["army-cap"], ["6"], ["4"],
               [Span(E, "Ukraine's armed forces are capped at "), Span(D, "600,000"),
                Span(INS, "800,000"), Span(E, " personnel"), Span(INS, " in peacetime"),
                Span(E, ".")],
               topics=["military-limits"], flags=[Flag(FlagKind.NUMBER, "600,000", "800,000")]),
        change(ChangeKind.UNCHANGED, ["sanctions"], ["sanctions"], ["8"], ["5"],
               [Span(E, "Sanctions are lifted in stages.")], topics=["sanctions"]),
        change(ChangeKind.UNCHANGED, ["sanctions-a"], ["sanctions-a"], ["8(a)"], ["5(a)"],
               [Span(E, "First stage on signature.")], topics=["sanctions"], depth=1,
               parent="sanctions"),
        change(ChangeKind.SPLIT, ["funds"], ["funds-1", "funds-2"], ["9"], ["6", "7"],
               [Span(E, "Frozen funds are invested in reconstruction."), Span(D, " "),
                Span(INS, "\n"), Span(E, "A "), Span(INS, "joint "), Span(E, "fund is created.")],
               topics=["frozen-assets"]),
        change(ChangeKind.MERGED, ["zone-a", "zone-b"], ["zone"], ["10", "11"], ["8"],
               [Span(E, "A zone is demilitarised."), Span(D, "\n"), Span(INS, " "),
                Span(E, "Russian forces withdraw from it.")],
               topics=["demilitarized-zone"]),
        change(ChangeKind.REMOVED, ["amnesty"], [], ["26"], [],
               [Span(D, "All parties receive full amnesty for wartime acts.")],
               topics=["amnesty"]),
        change(ChangeKind.ADDED, [], ["guarantees"], [], ["9"],
               [Span(INS, "Guarantees mirror Article 5.")], topics=["security-guarantees"]),
    ]
    return _comparison(old, new, changes), old, new


def japanese() -> tuple[Comparison, PlanVersion, PlanVersion]:
    """A Japanese pair: character-level redline inside CJK text."""
    old = _plan("v1-ja", "2025-11-20", [
        {"id": "army-cap", "number": "6", "title": "兵力の上限",
         "text": "ウクライナ軍の兵力は60万人を上限とする。", "topics": ["military-limits"]},
        {"id": "amnesty", "number": "26", "title": "恩赦",
         "text": "全ての当事者は戦時中の行為について完全な恩赦を受ける。", "topics": ["amnesty"]},
    ], language="ja", text_kind="translation", title="28項目の和平案")
    new = _plan("v2-ja", "2025-12-24", [
        {"id": "army-cap", "number": "4", "title": "兵力の上限",
         "text": "ウクライナ軍の兵力は平時において80万人を上限とする。",
         "topics": ["military-limits"]},
    ], language="ja", text_kind="translation", title="20項目の枠組み")
    changes = [
        change(ChangeKind.MODIFIED, ["army-cap"], ["army-cap"], ["6"], ["4"],
               [Span(E, "ウクライナ軍の兵力は"), Span(INS, "平時において"), Span(D, "60"),
                Span(INS, "80"), Span(E, "万人を上限とする。")],
               topics=["military-limits"], flags=[Flag(FlagKind.NUMBER, "60万人", "80万人")]),
        change(ChangeKind.REMOVED, ["amnesty"], [], ["26"], [],
               [Span(D, "全ての当事者は戦時中の行為について完全な恩赦を受ける。")],
               topics=["amnesty"]),
    ]
    return _comparison(old, new, changes), old, new


def ukrainian() -> tuple[Comparison, PlanVersion, PlanVersion]:
    """A Ukrainian pair."""
    old = _plan("v1-uk", "2025-11-20", [
        {"id": "army-cap", "number": "6", "title": "Чисельність армії",
         "text": "Чисельність Збройних сил України обмежується 600 тисячами.",
         "topics": ["military-limits"]},
    ], language="uk", text_kind="translation")
    new = _plan("v2-uk", "2025-12-24", [
        {"id": "army-cap", "number": "4", "title": "Чисельність армії",
         "text": "Чисельність Збройних сил України обмежується 800 тисячами.",
         "topics": ["military-limits"]},
    ], language="uk", text_kind="translation")
    changes = [
        change(ChangeKind.MODIFIED, ["army-cap"], ["army-cap"], ["6"], ["4"],
               [Span(E, "Чисельність Збройних сил України обмежується "), Span(D, "600"),
                Span(INS, "800"), Span(E, " тисячами.")],
               topics=["military-limits"], flags=[Flag(FlagKind.NUMBER, "600", "800")]),
    ]
    return _comparison(old, new, changes), old, new


def hostile(port: int, canary: str) -> tuple[Comparison, PlanVersion, PlanVersion, list[str]]:
    """Plan text that tries to become markup, styles, template code or a request.

    Returns the comparison, both plans and the hostile strings that must appear literally."""
    base = f"http://127.0.0.1:{port}"
    strings = [
        "<script>alert(1)</script>",
        "</style><style>body{background:url(" + base + "/style.png)}</style>",
        "<!-- comment --><img src=\"" + base + "/img.png\">",
        "@import url(\"" + base + "/import.css\");",
        "url(file://" + canary + ")",
        "<link rel=\"attachment\" href=\"file://" + canary + "\">",
        "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {# note #}",
        "file:///etc/passwd",
        base + "/text-url",
        "<object data=\"" + base + "/object\"></object>",
    ]
    text = " | ".join(strings)
    title = "<b>T</b> {{ 7*7 }} </style> <script>x</script>"
    sources = [{"title": "<img src=" + base + "/src-title.png> {{ 7*7 }}",
                "publisher": "</style><link rel=stylesheet href=" + base + "/p.css>",
                "url": base + "/source?a=<b>&c=\"d\"",
                "notes": "@import url(" + base + "/n.css);"}]
    old = _plan("v1", "2025-11-20", [
        {"id": "p1", "number": "<i>1</i>", "title": title, "text": "Old " + text,
         "notes": text, "topics": ["ceasefire"]},
    ], title=title, sources=sources, notes=text, parties=["<script>p</script>"])
    new = _plan("v2", "2025-12-24", [
        {"id": "p1", "number": "<i>1</i>", "title": title, "text": "New " + text,
         "notes": "{{ 7*7 }} " + text, "topics": ["ceasefire"]},
    ], title=title, sources=sources, notes=text)
    changes = [
        change(ChangeKind.MODIFIED, ["p1"], ["p1"], ["<i>1</i>"], ["<i>1</i>"],
               [Span(D, "Old"), Span(INS, "New"), Span(E, " " + text)], topics=["ceasefire"],
               flags=[Flag(FlagKind.PARTY, "<script>a</script>", "{{ 7*7 }}")]),
    ]
    return _comparison(old, new, changes), old, new, strings


def many(count: int, *, words: int = 40) -> tuple[Comparison, PlanVersion, PlanVersion]:
    """``count`` modified points with marker words HEADn (title), BODYn (first word of the
    text) and TAILn (last word), for page-break checks."""
    filler = " ".join(["negotiated"] * words)
    old_points, new_points, changes = [], [], []
    for i in range(count):
        title = f"HEAD{i:04d} " + "long title words " * (i % 4) + f"TAIL{i:04d}"
        old_text = f"BODY{i:04d} {filler} within {i} days."
        new_text = f"BODY{i:04d} {filler} within {i + 1} days."
        old_points.append({"id": f"p{i}", "number": str(i + 1), "title": title,
                           "text": old_text, "topics": ["implementation"]})
        new_points.append({"id": f"p{i}", "number": str(i + 2), "title": title,
                           "text": new_text, "topics": ["implementation"]})
        changes.append(change(
            ChangeKind.MODIFIED, [f"p{i}"], [f"p{i}"], [str(i + 1)], [str(i + 2)],
            [Span(E, f"BODY{i:04d} {filler} within "), Span(D, str(i)), Span(INS, str(i + 1)),
             Span(E, " days.")],
            topics=["implementation"], flags=[Flag(FlagKind.DATE, f"{i} days", f"{i + 1} days")],
        ))
    old = _plan("big-1", "2025-11-20", old_points)
    new = _plan("big-2", "2025-12-24", new_points)
    return _comparison(old, new, changes), old, new
