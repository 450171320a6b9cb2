"""Translation fidelity: numbers, dates, negation and parties compared across languages;
seeded errors of every kind found in a copy of the Japanese 20-point file (with file and
line, in every format); the shipped translations clean; records of intended divergences
honoured; the name table extended from plans/plandiff.json."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.engine.fidelity import check_translation, compare_point
from plandiff.plans.entities import load_entities, mentioned, shipped_entities
from plandiff.plans.model import DivergenceKind, PlanVersion, Point
from plandiff.workflows.translation import check_translations
from tests.helpers import PLANS, Run

JA_20 = PLANS / "peace-framework" / "2025-12-24-20-point-ja.json"
ENTITIES = shipped_entities()


def _point(text: str) -> Point:
    return Point(id="p", number="1", text=text)


def _kinds(original: str, translation: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.value) for f in
            compare_point(_point(original), _point(translation), ENTITIES)]


@pytest.mark.parametrize(("original", "translation"), [
    ("Ukraine's army is capped at 600,000.", "ウクライナ軍の上限は60万人とする。"),
    ("A fund of $800 billion.", "8000億ドルの基金。"),
    ("Elections within 100 days.", "100日以内に選挙を行う。"),
    ("A fund of $200bn.", "2000億ドルの基金。"),
    ("Ukraine's army is capped at 600,000.", "Армія України обмежена 600 тисячами."),
    ("A fund of $800 billion.", "Фонд на 800 млрд доларів."),
    ("Ukraine's army is capped at 600,000.", "Армия Украины ограничена 600 тыс."),
    ("for twenty years", "二十年間"),
    ("a bilateral guarantee", "2国間の保証"),
    ("Ukraine, the United States and Russia run it.", "ウクライナ、米国、ロシアの3者で運営する。"),
    ("from 1 January 2026", "2026年1月1日から"),
    ("from 1 January 2026", "з 1 січня 2026 року"),
    ("by 23 Dec 2025", "к 23 декабря 2025"),
    ("NATO does not expand.", "NATOは拡大しない。"),
    ("The guarantee no longer applies.", "保証は失効する。"),
    ("The Russian side agrees.", "Російська сторона погоджується."),
    ("recognised as Russian", "признаются российскими"),
    ("mediated by the United States", "при посредничестве Соединённых Штатов"),
    ("free trade with the United States", "вільну торгівлю зі Сполученими Штатами"),
    ("Bilateral guarantees are not ruled out.", "Двосторонні гарантії не виключаються."),
    ("the Verkhovna Rada ratifies it", "її ратифікує Верховна Рада"),
    ("the Zaporizhzhia nuclear power plant", "Запорожская АЭС"),
    # states named by one character joined to others, as Japanese press writes them
    ("A US–European fund of $200bn.", "2000億ドルの米欧の基金。"),
    ("Talks between the United States and Russia resume.", "米ロ協議が再開される。"),
    ("The United States and Britain back the plan.", "米英は計画を支持する。"),
    # a group named on one side, all its members on the other
    ("Britain, France and Germany back the plan.", "英仏独は計画を支持する。"),
    ("The E3 back the plan.", "英国、フランス、ドイツは計画を支持する。"),
])
def test_equivalent_texts_have_no_finding(original: str, translation: str) -> None:
    assert _kinds(original, translation) == []


@pytest.mark.parametrize(("original", "translation", "expected"), [
    ("capped at 600,000", "上限は80万人", [("number", "600000")]),
    ("A fund of $800 billion.", "8000万ドルの基金。", [("number", "800000000000")]),
    ("Elections within 100 days.", "選挙は100日以内に行わない。", [("negation", "translation")]),
    ("NATO does not expand.", "NATOは拡大する。", [("negation", "original")]),
    ("from 1 January 2026", "2026年2月1日から", [("date", "2026-01-01"), ("date", "2026-02-01")]),
    ("Russia withdraws.", "ベラルーシは撤退する。", [("party", "belarus"), ("party", "russia")]),
    ("capped at 600,000", "обмежена 800 тисячами", [("number", "600000")]),
])
def test_divergences_are_found(original: str, translation: str,
                               expected: list[tuple[str, str]]) -> None:
    assert _kinds(original, translation) == expected


def _seed(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A copy of the Japanese 20-point file with one error of every kind, and the line of
    each seeded point's text."""
    text = JA_20.read_text(encoding="utf-8")
    edits = {
        "army-cap": ("平時に80万人の兵力", "平時に60万人の兵力"),
        "no-change-by-force": ("武力で変更しないと約束する", "武力で変更すると約束する"),
        "non-aggression-pact": ("ロシアとウクライナは完全かつ", "ベラルーシとウクライナは完全かつ"),
        "elections": ("できるだけ早く選挙を実施する", "2026年3月1日までに選挙を実施する"),
    }
    for old, new in edits.values():
        assert text.count(old) == 1
        text = text.replace(old, new)
    data = json.loads(text)
    data["points"] = [p for p in data["points"] if p["id"] != "peace-council"]
    tmp_path.mkdir(parents=True, exist_ok=True)
    seeded = tmp_path / "copy-20-point-ja.json"
    seeded.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    lines = seeded.read_text(encoding="utf-8").splitlines()
    where = {}
    for point, (_, new) in edits.items():
        where[point] = next(i for i, line in enumerate(lines, 1) if new in line)
    return seeded, where


def test_seeded_errors_of_every_kind_are_found_with_file_and_line(tmp_path: Path) -> None:
    seeded, lines = _seed(tmp_path)
    report = check_translations([str(seeded)], PLANS)
    found = {(f.finding.point, f.finding.kind.value, f.finding.value): f
             for f in report.findings}
    assert set(found) == {
        ("army-cap", "number", "800000"),
        ("no-change-by-force", "negation", "original"),
        ("non-aggression-pact", "party", "belarus"),
        ("non-aggression-pact", "party", "russia"),
        ("elections", "date", "2026-03-01"),
        ("peace-council", "missing", "peace-council"),
    }
    for (point, _, _), item in found.items():
        assert item.file == str(seeded)
        if point in lines:
            assert item.line == lines[point], point
            assert item.path.endswith(".text")
    assert found[("peace-council", "missing", "peace-council")].path == "$.points"


def test_seeded_errors_in_github_text_and_json_formats(cli: Callable[..., Run],
                                                       tmp_path: Path) -> None:
    seeded, lines = _seed(tmp_path)
    github = cli("check-translation", str(seeded), "--format", "github")
    assert github.code == 1
    assert (f"::error file={seeded},line={lines['army-cap']},"
            "title=plandiff translation number::") in github.out
    assert "60万" in github.out
    text = cli("check-translation", str(seeded))
    assert text.code == 1
    assert f"{seeded}:{lines['no-change-by-force']}: " in text.out
    assert "6 finding(s) in 1 translation(s)" in text.err
    data = json.loads(cli("check-translation", str(seeded), "--format", "json").out)
    assert data["checked"] == ["peace-framework@2025-12-24-20-point-ja"]
    assert {f["kind"] for f in data["findings"]} == {"number", "negation", "party", "date",
                                                      "missing"}


def test_shipped_translations_are_clean(cli: Callable[..., Run]) -> None:
    run = cli("check-translation", "--plans", str(PLANS))
    assert run.code == 0, run.out
    assert run.out == ""
    assert "0 finding(s) in " in run.err
    assert cli("validate", "--translations", str(PLANS)).code == 0


def test_validate_translations_reports_findings(cli: Callable[..., Run],
                                                tmp_path: Path) -> None:
    tree = tmp_path / "plans"
    shutil.copytree(PLANS / "peace-framework", tree / "peace-framework")
    target = tree / "peace-framework" / JA_20.name
    target.write_text(target.read_text("utf-8").replace("平時に80万人", "平時に60万人"), "utf-8")
    plain = cli("validate", str(tree))
    assert plain.code == 0
    run = cli("validate", "--translations", str(tree))
    assert run.code == 1
    assert "number: number '800,000' (800000) of the original is '60万'" in run.out


def _pair() -> tuple[PlanVersion, dict[str, object]]:
    original = PlanVersion.model_validate(json.loads(
        (PLANS / "peace-framework" / "2025-12-24-20-point.json").read_text("utf-8")))
    data = json.loads(JA_20.read_text("utf-8"))
    data["points"][3]["text"] = data["points"][3]["text"].replace("80万人", "60万人")
    return original, data


def test_a_recorded_divergence_is_honoured_and_a_stale_record_reported() -> None:
    original, data = _pair()
    unrecorded = check_translation(original, PlanVersion.model_validate(data), ENTITIES)
    assert [(f.kind, f.value) for f in unrecorded] == [(DivergenceKind.NUMBER, "800000")]
    data["translation_divergences"] = [
        {"point": "army-cap", "kind": "number", "value": "800000",
         "reason": "The Japanese source gives 60万."},
        {"point": "sovereignty", "kind": "negation", "reason": "Nothing here any more."}]
    findings = check_translation(original, PlanVersion.model_validate(data), ENTITIES)
    assert [(f.code, f.kind, f.point, f.stale) for f in findings] == [
        ("stale-record", DivergenceKind.NEGATION, "sovereignty", True)]
    assert "no longer found" in findings[0].message


def test_a_record_with_another_value_does_not_hide_the_finding() -> None:
    original, data = _pair()
    data["translation_divergences"] = [
        {"point": "army-cap", "kind": "number", "value": "700000", "reason": "Another."}]
    findings = check_translation(original, PlanVersion.model_validate(data), ENTITIES)
    assert {(f.code, f.stale) for f in findings} == {("number", False), ("stale-record", True)}


def test_the_name_table_is_extended_from_plandiff_json(tmp_path: Path) -> None:
    (tmp_path / "plandiff.json").write_text(json.dumps({"entities": [
        {"id": "crimea", "names": {"ja": ["クリミア半島"]}},
        {"id": "enerhodar", "names": {"en": ["Enerhodar"], "ja": ["エネルホダル"]}}]}),
        encoding="utf-8")
    entities = load_entities(tmp_path)
    assert mentioned("エネルホダルと Enerhodar", entities) == {"enerhodar": "エネルホダル"}
    assert mentioned("クリミア半島", entities) == {"crimea": "クリミア半島"}
    assert "crimea" not in mentioned("クリミア半島", [e for e in entities
                                                  if e.id != "crimea"])
    assert load_entities(tmp_path)[0].id == shipped_entities()[0].id


def test_a_broken_name_table_is_an_input_error(cli: Callable[..., Run],
                                               tmp_path: Path) -> None:
    tree = tmp_path / "plans"
    shutil.copytree(PLANS / "peace-framework", tree / "peace-framework")
    (tree / "plandiff.json").write_text('{"entities": [{"id": "x", "names": {"en": [1]}}]}',
                                        encoding="utf-8")
    run = cli("check-translation", "--plans", str(tree))
    assert run.code == 2
    assert "plandiff.json:1:43: $.entities[0].names.en" in run.err
    assert "Traceback" not in run.err


def test_a_version_that_is_not_a_translation_is_a_usage_error(cli: Callable[..., Run]) -> None:
    run = cli("check-translation", "peace-framework@2025-12-24-20-point", "--plans", str(PLANS))
    assert run.code == 2
    assert "is not a translation" in run.err


def test_a_document_names_all_its_translations(cli: Callable[..., Run], tmp_path: Path) -> None:
    # "check-translation peace-framework" was refused: no such file, no DOCUMENT@VERSION
    tree = tmp_path / "plans"
    shutil.copytree(PLANS / "peace-framework", tree / "peace-framework")
    shutil.copytree(PLANS / "reconstruction-plan", tree / "reconstruction-plan")
    seeded = tree / "peace-framework" / "2025-12-24-20-point-ja.json"
    seeded.write_text(seeded.read_text(encoding="utf-8").replace("80万人", "60万人"),
                      encoding="utf-8")
    run = cli("check-translation", "peace-framework", "--plans", str(tree), "--format", "json")
    assert run.code == 1, run.err
    checked = json.loads(run.out)["checked"]
    translations = [p.stem for p in (tree / "peace-framework").glob("*.json")
                    if json.loads(p.read_text(encoding="utf-8"))["translation_of"]]
    assert sorted(checked) == sorted(f"peace-framework@{t}" for t in translations)
    assert len(checked) >= 3
    assert any(f["in_translation"] == "60万" for f in json.loads(run.out)["findings"])
    none = cli("check-translation", "reconstruction-plan", "--plans", str(tree))
    assert none.code == 2
    assert none.err.strip() == ("plandiff: reconstruction-plan: no version of this document "
                                "is a translation (none has translation_of)")
    unknown = cli("check-translation", "no-such-document", "--plans", str(tree))
    assert unknown.code == 2 and "nor a document of the plans tree" in unknown.err


def test_a_folder_outside_the_tree_is_checked(cli: Callable[..., Run], tmp_path: Path) -> None:
    seeded, lines = _seed(tmp_path / "drafts")
    run = cli("check-translation", str(seeded.parent), "--plans", str(PLANS))
    assert run.code == 1
    assert f"{seeded}:{lines['army-cap']}: " in run.out


@pytest.mark.parametrize("args", [("--plans", "/nonexistent-plans"), ("{empty}",)])
def test_nothing_to_check_is_an_input_error(cli: Callable[..., Run], tmp_path: Path,
                                            args: tuple[str, ...]) -> None:
    (tmp_path / "empty").mkdir()
    argv = [a.replace("{empty}", str(tmp_path / "empty")) for a in args]
    run = cli("check-translation", *argv)
    assert run.code == 2
    assert len(run.err.strip().splitlines()) == 1 and "Traceback" not in run.err


def test_a_state_named_by_one_joined_character_is_missed_when_left_out() -> None:
    # 米欧 names Europe too: a translation that says 米国 alone leaves Europe out; and a
    # state's own name (米国, 欧州) is no joined run
    assert _kinds("A US–European fund of $200bn.", "2000億ドルの米国の基金。") == [
        ("party", "europe")]
    assert mentioned("米国と欧州の基金", ENTITIES) == {"united-states": "米国", "europe": "欧州"}
    assert mentioned("米欧の基金", ENTITIES) == {"united-states": "米", "europe": "欧"}
    assert mentioned("米米の基金", ENTITIES) == {}


def test_a_group_is_not_all_its_members_when_one_is_left_out() -> None:
    assert _kinds("Britain and France back the plan.", "英仏独は計画を支持する。") == [
        ("party", "e3"), ("party", "france"), ("party", "united-kingdom")]
