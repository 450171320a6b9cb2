"""The shipped corpus in plans/: schema, lineage, translations and the facts' 28 → 20 mapping.

Deliberately independent of the plandiff package (only json, pathlib and jsonschema), so the
data is checked even while the loader is being written, and so the two can cross-check each other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "plans"
SCHEMAS = ROOT / "schemas"

PF = "peace-framework"
V28 = "2025-11-20-us-28-point"
V20 = "2025-12-24-20-point"
VE3 = "2025-11-23-e3-counter-proposal"
V28_JA = V28 + "-ja"
V20_JA = V20 + "-ja"
V28_RU = V28 + "-ru"
V20_UK = V20 + "-uk"
VEU24 = "2025-11-23-european-24-point"
VDEC11 = "2025-12-11-us-20-point-reported"

# The research facts' §4 mapping as a table: 20-point number -> the 28-point number(s) it comes
# from, for every 20-point point with a 28-point ancestor ("kept", "modified", "disputed").
# 28-pt 12 (reconstruction) feeds both 8 and 9; 20-pt 10 (US free-trade agreement) is new.
MAPPING_20_FROM_28: dict[str, tuple[str, ...]] = {
    "1": ("1",),
    "2": ("2",),
    "3": ("5",),
    "4": ("6",),
    "5": ("10",),
    "6": ("16",),
    "7": ("11",),
    "8": ("12",),
    "9": ("12",),
    "11": ("18",),
    "12": ("19",),
    "13": ("20",),
    "14": ("21",),
    "15": ("22",),
    "16": ("23",),
    "17": ("24",),
    "18": ("25",),
    "19": ("27",),
    "20": ("28",),
}
NEW_IN_20 = {"10"}
# 28-point points the mapping lists as dropped or moved out of the framework: no 20-point point
# may descend from them.
DROPPED_FROM_20 = {"3", "4", "7", "8", "9", "13", "14", "15", "17", "26"}
# Moved out of the main plan: (28-point number, document that must carry a descendant).
MOVED_OUT = [
    ("5", "security-guarantees-bilateral"),
    ("10", "security-guarantees-bilateral"),
    ("8", "security-guarantees-multilateral"),
    ("12", "reconstruction-plan"),
    ("14", "reconstruction-plan"),
    ("13", "us-russia-track"),
    ("17", "us-russia-track"),
]
# The minimum corpus the issue asks for.
REQUIRED_VERSIONS = {
    PF: {V28, VE3, V20, V28_JA, V20_JA, V28_RU, V20_UK, VEU24, VDEC11},
    "declaration-of-intent-uk-france-ukraine": {"2026-01-06-reported"},
    "security-guarantees-multilateral": {
        "2025-12-15-berlin-statement",
        "2026-01-06-paris-declaration",
    },
    "security-guarantees-bilateral": {"2025-11-21-us-draft"},
    "reconstruction-plan": {
        "2025-11-20-28-point-provisions",
        "2025-12-27-outline",
        "2026-01-22-eu-us-prosperity-framework",
    },
    "us-russia-track": {
        "2025-11-20-28-point-provisions",
        "2025-12-11-package",
        "2026-02-05-abu-dhabi",
    },
}
TOP_KEY_ORDER = [
    "$schema",
    "document",
    "version",
    "title",
    "date",
    "status",
    "text_kind",
    "language",
    "translation_of",
    "supersedes",
    "parties",
    "sources",
    "notes",
    "not_reported",
    "translation_divergences",
    "points",
]
POINT_KEY_ORDER = [
    "id",
    "number",
    "title",
    "text",
    "topics",
    "derived_from",
    "status",
    "notes",
    "points",
]
SOURCE_KEY_ORDER = ["id", "title", "publisher", "url", "date", "reliability", "notes"]
SOURCE_ID = re.compile(r"\bS\d+\b")


# --- loading


CONFIG_FILES = {"topics.json", "plandiff.json"}  # tree configuration, not plan versions


def _plan_files() -> list[Path]:
    return sorted(p for p in PLANS.glob("*/**/*.json") if p.name not in CONFIG_FILES)


def _load_all() -> dict[tuple[str, str], dict[str, Any]]:
    plans: dict[tuple[str, str], dict[str, Any]] = {}
    for path in _plan_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        plans[(path.parent.name, path.stem)] = data
    return plans


PLAN_FILES = _plan_files()
ALL = _load_all()


def walk(points: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for point in points:
        yield point
        yield from walk(point.get("points", []))


def index(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in walk(plan["points"])}


def by_number(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["number"]: p for p in plan["points"]}


def split_ref(ref: str) -> tuple[str, str, str]:
    doc, rest = ref.split("@", 1)
    version, point = rest.split("#", 1)
    return doc, version, point


def ref(doc: str, version: str, point: str) -> str:
    return f"{doc}@{version}#{point}"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS / "plan-version.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def vocabulary() -> set[str]:
    data = json.loads((SCHEMAS / "topics.json").read_text(encoding="utf-8"))
    return {t["id"] for t in data["topics"]}


def file_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


# --- the corpus exists


def test_corpus_has_the_required_versions() -> None:
    for document, versions in REQUIRED_VERSIONS.items():
        present = {v for (d, v) in ALL if d == document}
        assert versions <= present, f"{document}: missing {sorted(versions - present)}"
    bilateral = {v for (d, v) in ALL if d == "security-guarantees-bilateral"}
    assert len(bilateral) >= 2, "bilateral guarantee needs the November draft and a later state"
    assert len({v for (d, v) in ALL if d == "us-russia-track"}) >= 2


# --- schema + formats


def test_format_checker_is_not_vacuous(validator: Draft202012Validator) -> None:
    """jsonschema checks "date" on its own but "uri" only with rfc3987 or rfc3986-validator
    installed (the "format-nongpl" extra); prove both checks bite, so validation is not vacuous."""
    checker = Draft202012Validator.FORMAT_CHECKER
    assert not checker.conforms("2025-13-45", "date")
    assert checker.conforms("2025-12-24", "date")
    assert not checker.conforms("https://exa mple.com/<x>", "uri")
    assert checker.conforms("https://example.com/a?b=c", "uri")

    def format_errors(plan: dict[str, Any]) -> list[str]:
        found = []
        todo = list(validator.iter_errors(plan))
        while todo:
            error = todo.pop()
            todo.extend(error.context or [])
            if error.validator == "format":
                found.append(error.message)
        return found

    plan = json.loads(json.dumps(ALL[(PF, V28)]))
    assert format_errors(plan) == []
    plan["date"] = "2025-13-45"
    assert format_errors(plan)
    plan = json.loads(json.dumps(ALL[(PF, V28)]))
    plan["sources"][0]["date"] = "2025-02-30"
    assert format_errors(plan)
    plan = json.loads(json.dumps(ALL[(PF, V28)]))
    plan["sources"][0]["url"] = "https://exa mple.com/<x>"
    assert format_errors(plan)


@pytest.mark.parametrize("path", PLAN_FILES, ids=file_id)
def test_file_validates_against_schema(path: Path, validator: Draft202012Validator) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"$.{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in errors
    )


@pytest.mark.parametrize("path", PLAN_FILES, ids=file_id)
def test_file_is_canonically_formatted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert data.get("$schema") == "../../schemas/plan-version.schema.json"
    assert list(data) == [k for k in TOP_KEY_ORDER if k in data]
    for point in walk(data["points"]):
        assert list(point) == [k for k in POINT_KEY_ORDER if k in point], point["id"]
    for source in data["sources"]:
        assert list(source) == [k for k in SOURCE_KEY_ORDER if k in source], source["url"]


@pytest.mark.parametrize("path", PLAN_FILES, ids=file_id)
def test_path_matches_document_and_version(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.parent.parent == PLANS
    assert data["document"] == path.parent.name
    assert data["version"] == path.stem


# --- per-version rules


@pytest.mark.parametrize("key", sorted(ALL), ids=lambda k: f"{k[0]}@{k[1]}")
def test_ids_unique_at_every_level(key: tuple[str, str]) -> None:
    seen: list[str] = [p["id"] for p in walk(ALL[key]["points"])]
    duplicates = sorted({i for i in seen if seen.count(i) > 1})
    assert not duplicates, duplicates
    numbers = [p["number"] for p in walk(ALL[key]["points"])]
    assert len(set(numbers)) == len(numbers), "point numbers repeat within the version"


@pytest.mark.parametrize("key", sorted(ALL), ids=lambda k: f"{k[0]}@{k[1]}")
def test_topics_come_from_the_vocabulary(key: tuple[str, str], vocabulary: set[str]) -> None:
    for point in walk(ALL[key]["points"]):
        assert point.get("topics"), f"{point['id']} has no topic"
        unknown = set(point["topics"]) - vocabulary
        assert not unknown, f"{point['id']}: {sorted(unknown)}"


@pytest.mark.parametrize("key", sorted(ALL), ids=lambda k: f"{k[0]}@{k[1]}")
def test_provenance_is_stated(key: tuple[str, str]) -> None:
    plan = ALL[key]
    assert plan["sources"], "at least one source"
    assert plan.get("parties"), "parties"
    assert plan.get("notes", "").strip(), "version notes on reliability and gaps"
    assert plan["points"], "at least one point"
    for point in walk(plan["points"]):
        assert point["text"].strip(), point["id"]
    if plan["language"] == "en":
        assert plan["text_kind"] == "paraphrase"
        assert plan.get("translation_of") is None
    else:
        assert plan["text_kind"] == "translation"


@pytest.mark.parametrize("key", sorted(ALL), ids=lambda k: f"{k[0]}@{k[1]}")
def test_cited_source_ids_are_listed(key: tuple[str, str]) -> None:
    """Notes cite sources as S4 etc.; every cited id must be the id of one of the version's
    sources (so every citation in a report links to its source)."""
    plan = ALL[key]
    listed: set[str] = set()
    for source in plan["sources"]:
        assert SOURCE_ID.fullmatch(source.get("id", "")), (
            f"source {source['url']} has no research id (S4 etc.)")
        listed.add(source["id"])
    cited = set(SOURCE_ID.findall(plan.get("notes", "")))
    for point in walk(plan["points"]):
        cited |= set(SOURCE_ID.findall(point.get("notes", "")))
    assert cited <= listed, (
        f"cited but not listed: {sorted(cited - listed, key=lambda s: int(s[1:]))}"
    )


# --- lineage


def test_supersedes_and_translation_of_resolve_with_dates_in_order() -> None:
    for (doc, ver), plan in ALL.items():
        for field in ("supersedes", "translation_of"):
            target = plan.get(field)
            if target is None:
                continue
            assert (doc, target) in ALL, f"{doc}@{ver}: {field} {target} does not exist"
            assert ALL[(doc, target)]["date"] <= plan["date"], f"{doc}@{ver}: date runs backwards"
        old = plan.get("supersedes")
        if old is not None:
            assert ALL[(doc, old)]["language"] == plan["language"], f"{doc}@{ver} changes language"


def test_each_document_has_one_root_per_language() -> None:
    """Versions of a document form one tree per language: a single root, everything else
    superseding something."""
    roots: dict[tuple[str, str], list[str]] = {}
    for (doc, ver), plan in ALL.items():
        roots.setdefault((doc, plan["language"]), [])
        if plan.get("supersedes") is None:
            roots[(doc, plan["language"])].append(ver)
    bad = {k: v for k, v in roots.items() if len(v) != 1}
    assert not bad, bad


def test_supersedes_graph_has_no_cycles() -> None:
    for start in ALL:
        seen = {start}
        doc, ver = start
        while (nxt := ALL[(doc, ver)].get("supersedes")) is not None:
            ver = nxt
            assert (doc, ver) not in seen, f"cycle through {doc}@{ver}"
            seen.add((doc, ver))


def _all_refs() -> Iterator[tuple[tuple[str, str], dict[str, Any], str]]:
    for key, plan in ALL.items():
        for point in walk(plan["points"]):
            for r in point.get("derived_from", []):
                yield key, point, r


def test_every_derived_from_resolves_to_an_earlier_or_same_day_point() -> None:
    problems = []
    for (doc, ver), point, r in _all_refs():
        tdoc, tver, tpoint = split_ref(r)
        target = ALL.get((tdoc, tver))
        if target is None:
            problems.append(f"{doc}@{ver}#{point['id']}: no version {tdoc}@{tver}")
        elif tpoint not in index(target):
            problems.append(f"{doc}@{ver}#{point['id']}: no point {r}")
        elif target["date"] > ALL[(doc, ver)]["date"]:
            problems.append(f"{doc}@{ver}#{point['id']}: {r} is dated later")
        elif target["language"] != ALL[(doc, ver)]["language"]:
            problems.append(f"{doc}@{ver}#{point['id']}: {r} is in another language")
        elif (tdoc, tver) == (doc, ver):
            problems.append(f"{doc}@{ver}#{point['id']}: derives from its own version")
    assert not problems, "\n".join(problems)


def test_point_lineage_graph_has_no_cycles() -> None:
    graph: dict[str, list[str]] = {}
    for (doc, ver), point, r in _all_refs():
        graph.setdefault(ref(doc, ver, point["id"]), []).append(r)
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        if state.get(node) == 2:
            return
        assert state.get(node) != 1, "cycle: " + " -> ".join([*trail, node])
        state[node] = 1
        for nxt in graph.get(node, []):
            visit(nxt, [*trail, node])
        state[node] = 2

    for node in list(graph):
        visit(node, [])


def _ancestors(start: str) -> set[str]:
    graph: dict[str, list[str]] = {}
    for (doc, ver), point, r in _all_refs():
        graph.setdefault(ref(doc, ver, point["id"]), []).append(r)
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _top_refs(doc: str, ver: str, number: str) -> set[str]:
    """The top-level point with this number and all its sub-points, as references."""
    top = by_number(ALL[(doc, ver)])[number]
    return {ref(doc, ver, p["id"]) for p in walk([top])}


@pytest.mark.parametrize(("v28", "v20"), [(V28, V20), (V28_JA, V20_JA)])
def test_twenty_points_follow_the_facts_mapping(v28: str, v20: str) -> None:
    p20 = by_number(ALL[(PF, v20)])
    problems = []
    for n20, point in p20.items():
        derived = set()
        for p in walk([point]):
            derived |= set(p.get("derived_from", []))
        for n28 in MAPPING_20_FROM_28.get(n20, ()):
            top = ref(PF, v28, by_number(ALL[(PF, v28)])[n28]["id"])
            if top not in point.get("derived_from", []):
                problems.append(f"20-pt {n20} lacks derived_from 28-pt {n28} ({top})")
        for n28 in DROPPED_FROM_20:
            hit = derived & _top_refs(PF, v28, n28)
            if hit:
                problems.append(f"20-pt {n20} descends from dropped 28-pt {n28}: {sorted(hit)}")
    assert not problems, "\n".join(problems)
    assert set(p20) == set(MAPPING_20_FROM_28) | NEW_IN_20
    for n20 in NEW_IN_20:
        assert not p20[n20]["derived_from"], f"20-pt {n20} is new in the facts' mapping"
    covered = {n for sources in MAPPING_20_FROM_28.values() for n in sources}
    assert covered | DROPPED_FROM_20 == {str(n) for n in range(1, 29)}, "mapping covers all 28"


def test_e3_points_derive_from_the_same_us_point() -> None:
    e3 = ALL[(PF, VE3)]
    us = ALL[(PF, V28)]
    us_numbers = {p["number"]: p["id"] for p in walk(us["points"])}
    us_points = {p["id"]: p for p in walk(us["points"])}
    for point in walk(e3["points"]):
        if point["number"].startswith("["):
            # the project's label for an E3 addition with no US counterpart ([21a])
            assert point["id"] not in us_numbers.values(), point["id"]
            assert point["derived_from"] == [], point["id"]
            continue
        first, *named = point["derived_from"]
        assert first == ref(PF, V28, us_numbers[point["number"]]), point["id"]
        assert point["id"] == us_numbers[point["number"]], "same clause keeps its id"
        # beyond its US point, only the sub-items of that point the E3 text names
        subs = {ref(PF, V28, p["id"]) for p in walk(us_points[point["id"]]["points"])}
        assert set(named) <= subs, point["id"]
        assert not set(named) & set(e3["not_reported"]), point["id"]
    named_links = {r for p in walk(e3["points"]) for r in p["derived_from"][1:]}
    assert named_links == {ref(PF, V28, "development-fund"), ref(PF, V28, "g8-return")}, (
        "the Development Fund (S35) and the G8 (S41, S133) are named in the E3 text")
    numbers = {p["number"] for p in e3["points"]}
    assert not numbers & {"3", "26"}, "points the E3 deleted are not in the E3 version"
    assert e3["supersedes"] == V28
    assert ALL[(PF, V20)]["supersedes"] == V28, "the E3 text is a side branch"


@pytest.mark.parametrize(("n28", "document"), MOVED_OUT)
def test_moved_out_clauses_are_followed_into_their_new_document(n28: str, document: str) -> None:
    clause = _top_refs(PF, V28, n28)
    followers = [
        ref(d, v, p["id"])
        for (d, v), plan in ALL.items()
        if d == document
        for p in walk(plan["points"])
        if _ancestors(ref(d, v, p["id"])) & clause
    ]
    assert followers, f"no point in {document} descends from 28-pt {n28}"


def test_same_clause_keeps_its_id_across_versions() -> None:
    """A point deriving from exactly one point of the superseded version keeps that point's id,
    unless the earlier clause was split (several later points name it as ancestor)."""
    problems = []
    for (doc, ver), plan in ALL.items():
        old = plan.get("supersedes")
        if old is None:
            continue
        children: dict[str, list[str]] = {}
        for point in walk(plan["points"]):
            for r in point.get("derived_from", []):
                children.setdefault(r, []).append(point["id"])
        for point in plan["points"]:
            same_doc = [r for r in point.get("derived_from", []) if r.startswith(f"{doc}@{old}#")]
            tops = [
                r
                for r in same_doc
                if split_ref(r)[2] in {p["id"] for p in ALL[(doc, old)]["points"]}
            ]
            if (
                len(tops) == 1
                and len(children[tops[0]]) == 1
                and split_ref(tops[0])[2] != point["id"]
            ):
                problems.append(f"{doc}@{ver}#{point['id']} continues {tops[0]} under a new id")
    assert not problems, "\n".join(problems)


# --- counts and translations


@pytest.mark.parametrize(("version", "count"), [(V28, 28), (V28_JA, 28), (V20, 20), (V20_JA, 20)])
def test_top_level_counts(version: str, count: int) -> None:
    points = ALL[(PF, version)]["points"]
    assert len(points) == count
    assert [p["number"] for p in points] == [str(n) for n in range(1, count + 1)]


def test_28_point_sub_points() -> None:
    points = by_number(ALL[(PF, V28)])
    assert [p["number"] for p in points["10"]["points"]] == ["10(a)", "10(b)", "10(c)", "10(d)"]
    assert [p["number"] for p in points["21"]["points"]] == ["21(a)", "21(b)", "21(c)", "21(d)"]
    for n in ("12", "13", "14"):
        assert len(points[n]["points"]) >= 3, f"point {n} has its sub-items"


def test_points_12_and_14_of_the_20_points_are_disputed() -> None:
    for version in (V20, V20_JA):
        points = by_number(ALL[(PF, version)])
        assert points["12"]["status"] == "disputed"
        assert points["14"]["status"] == "disputed"
        for n, point in points.items():
            if point.get("status") == "unconfirmed":
                assert point.get("notes"), f"{version} {n}: unconfirmed without a note"


@pytest.mark.parametrize(("ja", "en"), [(V28_JA, V28), (V20_JA, V20)])
def test_japanese_versions_mirror_the_english(ja: str, en: str) -> None:
    jplan, eplan = ALL[(PF, ja)], ALL[(PF, en)]
    assert jplan["language"] == "ja"
    assert jplan["translation_of"] == en
    assert jplan["date"] == eplan["date"]
    assert jplan["status"] == eplan["status"]

    def shape(points: list[dict[str, Any]]) -> list[Any]:
        return [(p["id"], p["number"], p.get("status"), shape(p.get("points", []))) for p in points]

    assert shape(jplan["points"]) == shape(eplan["points"])
    jidx, eidx = index(jplan), index(eplan)
    for pid, jpoint in jidx.items():
        assert jpoint["topics"] == eidx[pid]["topics"], pid
        # the Japanese lineage mirrors the English one, inside the Japanese versions
        assert all(split_ref(r)[1].endswith("-ja") for r in jpoint["derived_from"]), pid
        as_english = [r.replace(f"@{V28_JA}#", f"@{V28}#") for r in jpoint["derived_from"]]
        assert as_english == eidx[pid]["derived_from"], pid
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", jpoint["text"]), f"{pid} is not Japanese"
    if jplan.get("supersedes"):
        assert jplan["supersedes"] == eplan["supersedes"] + "-ja"


# --- key facts carried over

KEY_FACTS = [
    (PF, V28, "army-cap", "600,000"),
    (PF, V20, "army-cap", "800,000"),
    (PF, VE3, "army-cap", "800,000"),
    (PF, V28, "elections", "100 days"),
    (PF, V28, "frozen-assets-us-led-fund", "$100bn"),
    (PF, V28, "frozen-assets-us-led-fund", "50%"),
    (PF, V28, "frozen-assets-european-contribution", "$100bn"),
    (PF, V28, "zaporizhzhia-npp", "50/50"),
    (PF, V20, "recovery-funds", "$800bn"),
    (PF, V20, "us-european-fund", "$200bn"),
    (PF, V28_JA, "army-cap", "60万人"),
    (PF, V20_JA, "army-cap", "80万人"),
    (PF, V28_JA, "elections", "100日"),
    (PF, V20_JA, "recovery-funds", "8000億ドル"),
    ("security-guarantees-bilateral", "2025-11-21-us-draft", "duration", "10 years"),
    ("security-guarantees-bilateral", "2026-01-27-reported", "duration", "15 years"),
    ("security-guarantees-multilateral", "2025-12-15-berlin-statement", "army-support", "800,000"),
    ("reconstruction-plan", "2025-12-27-outline", "reconstruction-cost", "$700–800bn"),
    ("reconstruction-plan", "2025-12-27-outline", "vision-2040", "2040"),
    ("reconstruction-plan", "2026-01-22-eu-us-prosperity-framework", "mobilisation-2040", "$800bn"),
    ("reconstruction-plan", "2026-01-22-eu-us-prosperity-framework", "mobilisation-2040", "2040"),
    ("reconstruction-plan", "2026-01-22-eu-us-prosperity-framework", "launch-plan", "100-day"),
    (PF, V20_UK, "army-cap", "800 000"),
    (PF, V20_UK, "recovery-funds", "800 млрд доларів"),
    (PF, V20_UK, "us-european-fund", "200 млрд доларів"),
    (PF, V28_RU, "army-cap", "600 000"),
    (PF, V28_RU, "elections", "100 дней"),
    (PF, V28_RU, "frozen-assets-us-led-fund", "100 млрд долларов"),
    (PF, V28_RU, "frozen-assets-us-led-fund", "50%"),
    (PF, V28_RU, "zaporizhzhia-npp", "50/50"),
    (PF, VDEC11, "army-cap", "800,000"),
    (PF, VDEC11, "territory-donetsk-buffer", "30%"),
    (PF, VDEC11, "eu-membership", "2027"),
    (PF, VDEC11, "zaporizhzhia-npp", "50/50"),
    ("security-guarantees-bilateral", "2026-01-27-reported", "duration", "30–50 years"),
]


@pytest.mark.parametrize(("doc", "ver", "pid", "needle"), KEY_FACTS)
def test_numbers_carry_over_exactly(doc: str, ver: str, pid: str, needle: str) -> None:
    assert needle in index(ALL[(doc, ver)])[pid]["text"]


# --- original-language versions (issue #17): the project's own Ukrainian and Russian texts


@pytest.mark.parametrize(
    ("version", "original", "language", "letters"),
    [(V20_UK, V20, "uk", "[іїєґ]"), (V28_RU, V28, "ru", "[ыэъё]")],
)
def test_original_language_versions_mirror_the_english(
    version: str, original: str, language: str, letters: str
) -> None:
    tplan, eplan = ALL[(PF, version)], ALL[(PF, original)]
    assert tplan["language"] == language
    assert tplan["text_kind"] == "translation"
    assert tplan["translation_of"] == original
    assert tplan["supersedes"] is None, "the only version in its language is its tree's root"
    assert (tplan["date"], tplan["status"]) == (eplan["date"], eplan["status"])

    def shape(points: list[dict[str, Any]]) -> list[Any]:
        return [(p["id"], p["number"], p.get("status"), shape(p.get("points", []))) for p in points]

    assert shape(tplan["points"]) == shape(eplan["points"])
    eidx = index(eplan)
    for pid, point in index(tplan).items():
        assert point["topics"] == eidx[pid]["topics"], pid
        assert point["derived_from"] == [], f"{pid}: no {language} ancestor version exists"
        assert re.search(r"[\u0400-\u04ff]", point["text"]), f"{pid} is not Cyrillic"
        assert not re.search(r"[A-Za-z]{4,}", point["text"].replace("NATO", "")), pid
    assert set(SOURCE_ID.findall(tplan["notes"])) <= {s["id"] for s in tplan["sources"]}
    # letters only this language uses, throughout the text (so uk is not Russian and vice versa)
    everything = " ".join(p["text"] for p in walk(tplan["points"]))
    assert len(re.findall(letters, everything)) >= 10


# --- facts corrected after the review (issue #17)


def test_twenty_point_labels_follow_the_mainstream_confirmation() -> None:
    """13, 16, 17, 18 and 20 are confirmed in substance by mainstream reports (S63, S62, S55,
    S73, S64); 15 and 19 rest only on low-reliability sources."""
    confirmed = {"13": "S63", "16": "S62", "17": "S55", "18": "S73", "20": "S64"}
    for version in (V20, V20_JA, V20_UK):
        points = by_number(ALL[(PF, version)])
        reliability = {s["id"]: s.get("reliability") for s in ALL[(PF, version)]["sources"]}
        for n, source in confirmed.items():
            assert "status" not in points[n], f"{version} {n}"
            assert source in points[n]["notes"] and reliability[source] == "mainstream"
        for n in ("15", "19"):
            assert points[n]["status"] == "unconfirmed", f"{version} {n}"
            cited = set(SOURCE_ID.findall(points[n]["notes"])) - {"S58"}
            assert {reliability[c] for c in cited} == {"low"}, f"{version} {n}: {cited}"
        assert index(ALL[(PF, version)])["us-european-fund"]["status"] == "unconfirmed"


@pytest.mark.parametrize(("v28", "v20"), [(V28, V20), (V28_JA, V20_JA)])
def test_twenty_point_territory_derives_from_all_four_28_point_sub_points(
    v28: str, v20: str
) -> None:
    derived = by_number(ALL[(PF, v20)])["14"]["derived_from"]
    for sub in by_number(ALL[(PF, v28)])["21"]["points"]:
        assert ref(PF, v28, sub["id"]) in derived, sub["number"]


def test_e3_point_19_rests_on_one_low_source_and_21a_is_added() -> None:
    e3 = ALL[(PF, VE3)]
    reliability = {s["id"]: s["reliability"] for s in e3["sources"]}
    npp = index(e3)["zaporizhzhia-npp"]
    assert npp["status"] == "unconfirmed"
    assert "50/50" in npp["text"] and "IAEA" in npp["text"]
    assert "not a conflict" in npp["notes"] and VEU24 in npp["notes"]
    assert "sources conflict" not in e3["notes"]
    assert reliability["S126"] == "low"
    territory = by_number(e3)["21"]
    assert [p["number"] for p in territory["points"]] == ["[21a]"]
    recapture = territory["points"][0]
    assert recapture["status"] == "unconfirmed" and "military means" in recapture["text"]
    assert "S39" in recapture["notes"] and reliability["S39"] == "low"


@pytest.mark.parametrize("version", [V28, V28_JA, V28_RU])
def test_28_point_20_and_24_stay_whole_and_14_is_not_a_140bn_conflict(version: str) -> None:
    plan = ALL[(PF, version)]
    points = by_number(plan)
    assert points["20"]["points"] == [] and points["24"]["points"] == []
    assert re.search(r"20\(a\)[–〜]\(c\)", points["20"]["notes"])
    assert "S17" in points["14"]["notes"]
    if version == V28:
        assert "(points 9, 10(d), 17;" in plan["notes"]
        assert "not a competing reading" in points["14"]["notes"]
        assert "Europe's own plan" in points["14"]["notes"]


def test_sanctions_relief_modality_is_recorded_in_every_copy() -> None:
    for doc, ver in [(PF, V28), ("us-russia-track", "2025-11-20-28-point-provisions")]:
        point = index(ALL[(doc, ver)])["sanctions-relief"]
        assert "discussed and agreed in stages" in point["notes"], f"{doc}@{ver}"
    copy = index(ALL[("reconstruction-plan", "2025-11-20-28-point-provisions")])["frozen-assets"]
    assert "Europe's own plan" in copy["notes"]


def test_paris_declaration_numbers_and_parties() -> None:
    plan = ALL[("security-guarantees-multilateral", "2026-01-06-paris-declaration")]
    assert [p["number"] for p in plan["points"]] == ["[intro]", "1", "2", "3", "4", "5"]
    assert plan["points"][0]["id"] == "guarantee-nature"
    assert by_number(plan)["3"]["id"] == "multinational-force"
    assert "United States" not in " ".join(plan["parties"])
    assert "Sources disagree on the United States" not in plan["notes"]
    assert "European-led" in by_number(plan)["3"]["notes"]


def test_berlin_statement_lineage_and_notes() -> None:
    plan = ALL[("security-guarantees-multilateral", "2025-12-15-berlin-statement")]
    assert index(plan)["army-support"]["derived_from"] == [ref(PF, VE3, "army-cap")]
    assert "UNN" in plan["notes"] and "WSJ, Politico and Axios" in plan["notes"]


def test_bilateral_guarantee_dates_and_lineage() -> None:
    bilateral = "security-guarantees-bilateral"
    assert (bilateral, "2026-01-26-reported") not in ALL
    reported = ALL[(bilateral, "2026-01-27-reported")]
    assert reported["date"] == "2026-01-27"
    assert reported["supersedes"] == "2025-11-21-us-draft", "the November draft stays the root"
    link = index(reported)["peace-deal-link"]
    assert link["status"] == "disputed" and "27 Jan" in link["notes"]
    assert "possible extension" in index(reported)["duration"]["notes"]
    draft = ALL[(bilateral, "2025-11-21-us-draft")]
    assert index(draft)["monitoring-commission"]["derived_from"] == []
    assert "in concert" in index(draft)["european-affirmation"]["notes"]
    assert "Root of this document" in draft["notes"]


def test_prosperity_framework_is_dated_22_january() -> None:
    doc = "reconstruction-plan"
    assert (doc, "2026-01-25-eu-us-prosperity-framework") not in ALL
    plan = ALL[(doc, "2026-01-22-eu-us-prosperity-framework")]
    assert plan["date"] == "2026-01-22"
    sources = {s["id"]: s for s in plan["sources"]}
    assert sources["S106"]["publisher"] == "RBC-Ukraine" and "S125" in sources
    assert "Reconstruction Investment Fund" in plan["notes"]


def test_abu_dhabi_round_lists_only_what_was_reported() -> None:
    plan = ALL[("us-russia-track", "2026-02-05-abu-dhabi")]
    assert [p["id"] for p in plan["points"]] == ["military-channel", "arms-control"]
    package = "us-russia-track@2025-12-11-package#"
    assert sorted(plan["not_reported"]) == sorted(
        package + i
        for i in ("russia-reintegration", "us-russia-economic-deal", "frozen-assets-us-firms",
                  "russia-nato-dialogue")
    )
    assert "Carried over" not in json.dumps(plan)


# Deletions the sources report, so they are neither continued nor listed as not reported.
REPORTED_DELETIONS = {
    (PF, VDEC11): {ref(PF, V28, "amnesty"), ref(PF, V28, "nato-non-membership")},
}


@pytest.mark.parametrize(
    "key", sorted(k for k, p in ALL.items() if p["status"] == "reported" and p.get("supersedes")),
    ids=lambda k: f"{k[0]}@{k[1]}",
)
def test_reported_versions_account_for_every_earlier_point(key: tuple[str, str]) -> None:
    """A version known only from reports lists only what was reported: every point of the
    version it supersedes is continued (derived_from), listed as not reported, or a reported
    deletion; nothing is carried over unchanged."""
    doc, _ = key
    plan = ALL[key]
    old = ALL[(doc, plan["supersedes"])]
    derived = {r for p in walk(plan["points"]) for r in p["derived_from"]}
    accounted = derived | set(plan.get("not_reported", [])) | REPORTED_DELETIONS.get(key, set())
    missing = [p["id"] for p in walk(old["points"])
               if ref(doc, plan["supersedes"], p["id"]) not in accounted]
    assert not missing, missing
    old_texts = {p["text"] for p in walk(old["points"])}
    copied = [p["id"] for p in walk(plan["points"]) if p["text"] in old_texts and p["points"] == []]
    assert not copied


def test_new_versions_of_the_review() -> None:
    eu24 = ALL[(PF, VEU24)]
    assert eu24["supersedes"] == V28 and eu24["date"] == "2025-11-23"
    assert [p["number"] for p in eu24["points"]] == [f"[{n}]" for n in range(1, 20)]
    assert "S43" in {s["id"] for s in eu24["sources"]}
    assert index(eu24)["army-cap"]["derived_from"] == [ref(PF, V28, "army-cap")]
    assert "No limits" in index(eu24)["army-cap"]["text"]
    dec11 = ALL[(PF, VDEC11)]
    assert dec11["status"] == "reported" and dec11["supersedes"] == V28
    for n in ("[2]", "[3]", "[4]"):
        assert by_number(dec11)[n]["status"] == "unconfirmed", n
    intent = ALL[("declaration-of-intent-uk-france-ukraine", "2026-01-06-reported")]
    assert intent["parties"] == ["United Kingdom", "France", "Ukraine"]
    assert intent["points"][0]["derived_from"] == [
        "security-guarantees-multilateral@2026-01-06-paris-declaration#multinational-force"
    ]
    config = json.loads((PLANS / "plandiff.json").read_text(encoding="utf-8"))
    assert [f"{PF}@{VDEC11}", f"{PF}@{V20}"] in config["extra_pairs"]


# Source grading: state broadcasters are state-media; republisher hosts say what they copy.
REPUBLISHER_HOSTS = {"S3", "S4", "S36", "S69", "S80", "S123"}


def test_source_grades_follow_the_readme_rules() -> None:
    grades: dict[str, set[str | None]] = {}
    for (doc, ver), plan in ALL.items():
        for source in plan["sources"]:
            grades.setdefault(source["id"], set()).add(source.get("reliability"))
            if source["id"] in REPUBLISHER_HOSTS:
                assert "Host:" in source.get("notes", ""), f"{doc}@{ver} {source['id']}"
            if source["id"] == "S116":
                assert source["reliability"] == "state-media", f"{doc}@{ver}"
    inconsistent = {sid: g for sid, g in grades.items() if len(g) > 1}
    assert not inconsistent, inconsistent


def test_every_topic_has_a_label_in_every_report_language() -> None:
    """A report in Russian (or Ukrainian, Japanese) names each point's topics in that
    language: the shipped vocabulary labels every topic in every language the reports are
    written in, so none falls back to English in the middle of a Russian page."""
    from plandiff.plans.topics import load_vocabulary
    from plandiff.render.report.i18n import LANGUAGES

    vocabulary = load_vocabulary()
    missing = [(topic.id, language) for topic in vocabulary.topics for language in LANGUAGES
               if language not in dict(topic.labels)]
    assert missing == []
