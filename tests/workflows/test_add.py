"""``plandiff add``: new versions linked to the latest one, ids carried over, written safely."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.errors import WriteError
from plandiff.plans.loading import load_plan
from plandiff.workflows import add as add_module
from plandiff.workflows.add import AddRequest, add_version
from tests.helpers import Run, assert_no_traceback, make_plan, write_plan

DRAFT_V1 = """# Accord, first draft
1. The parties observe a full ceasefire from the day of signing.
2. Ukraine's armed forces are capped at 600,000 personnel.
3. Elections are held within 100 days of signing.
4. A joint commission monitors the ceasefire line.
"""

# Renumbered, reordered, one clause edited, one dropped, one new.
DRAFT_V2 = """# Accord, second draft
1. Elections are held within 100 days of signing.
2. A humanitarian committee arranges an all-for-all exchange of prisoners.
3. The parties observe a full ceasefire from the day of signing.
4. Ukraine's armed forces are capped at 800,000 personnel in peacetime.
"""


def _tree(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    write_plan(plans, make_plan(version="2025-11-20-v1"))
    return plans


def _draft(tmp_path: Path, text: str, name: str = "draft.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _no_temporary_files(folder: Path) -> None:
    assert not [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_add_text_draft_links_to_the_latest_version(cli: Callable[..., Run],
                                                    tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    draft = _draft(tmp_path, "1. The parties shall observe a ceasefire.\n"
                   "2. Elections within 200 days.\n3. A brand-new clause on heritage sites.\n")
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-12-01-v2",
              "--plans", str(plans), "--status", "leaked-draft",
              "--source-url", "https://example.org/leak", "--source-publisher", "Example News")
    assert run.code == 0, run.err
    target = plans / "accord" / "2025-12-01-v2.json"
    plan = load_plan(target)
    assert plan.supersedes == "2025-11-20-v1"
    assert plan.date.isoformat() == "2025-12-01"  # from the version id
    assert plan.status.value == "leaked-draft"
    assert plan.sources[0].publisher == "Example News"
    assert [p.id for p in plan.points] == ["one", "two", "p3"]
    assert plan.points[0].derived_from == ("accord@2025-11-20-v1#one",)
    assert plan.points[1].topics == ("elections",)  # carried with the id
    assert "supersedes 2025-11-20-v1" in run.out
    assert "ids: 2 carried over" in run.out
    assert "100 days -> within 200 days" in run.out or "date" in run.out
    assert json.loads(target.read_text(encoding="utf-8"))["$schema"].endswith(
        "plan-version.schema.json")
    # The tree as a whole still validates.
    assert cli("validate", str(plans)).code == 0


def test_id_carry_over_on_a_renumbered_draft_imported_from_text(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    first = add_version(AddRequest(source=_draft(tmp_path, DRAFT_V1, "v1.txt"),
                                   plans_root=plans, document="accord",
                                   version="2025-11-20-v1"))
    assert first.predecessor is None and first.created_folder
    v1 = {p.text: p.id for p in first.plan.points}
    assert sorted(v1.values()) == ["p1", "p2", "p3", "p4"]  # the importer's ids

    second = add_version(AddRequest(source=_draft(tmp_path, DRAFT_V2, "v2.txt"),
                                    plans_root=plans, document="accord",
                                    version="2025-12-24-v2"))
    plan = second.plan
    by_number = {p.number: p for p in plan.points}
    # Same clause, new number: the id follows the clause, not the number.
    assert by_number["1"].id == v1["Elections are held within 100 days of signing."]  # p3
    assert by_number["3"].id == v1["The parties observe a full ceasefire from the day of "
                                   "signing."]  # p1
    assert by_number["4"].id == v1["Ukraine's armed forces are capped at 600,000 personnel."]
    # The new clause keeps a fresh id that no old clause had (p2 was the army cap,
    # p4 the dropped commission): never the id of a different old point.
    assert by_number["2"].id not in v1.values()
    assert by_number["2"].derived_from == ()
    assert by_number["4"].derived_from == ("accord@2025-11-20-v1#p2",)
    ids = [p.id for p in plan.walk()]
    assert len(ids) == len(set(ids))
    carried = dict(second.carried)
    assert carried["p1"] == "p3" and carried["p3"] == "p1"
    # The comparison against v1 now pairs by id: the army cap is modified with its flag.
    assert second.comparison is not None
    army = next(c for c in second.comparison.changes if c.new == (by_number["4"].id,))
    assert army.kind.value == "modified" and army.renumbered
    assert ("600,000", "800,000") in [(f.old, f.new) for f in army.flags]
    removed = [c for c in second.comparison.changes if c.kind.value == "removed"]
    assert [c.old for c in removed] == [("p4",)]


def test_keep_ids_only_proposes_links(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    add_version(AddRequest(source=_draft(tmp_path, DRAFT_V1, "v1.txt"), plans_root=plans,
                           document="accord", version="2025-11-20-v1"))
    result = add_version(AddRequest(source=_draft(tmp_path, DRAFT_V2, "v2.txt"),
                                    plans_root=plans, document="accord",
                                    version="2025-12-24-v2", keep_ids=True))
    assert result.carried == ()
    by_number = {p.number: p for p in result.plan.points}
    assert by_number["3"].derived_from == ("accord@2025-11-20-v1#p1",)
    # The draft's own "p1" (now the elections clause) would clash with a different old
    # point: it is renamed, never silently paired by id.
    assert by_number["1"].id != "p1"
    assert ("p1", by_number["1"].id) in result.renamed


def test_add_json_plan_keeps_the_authors_ids_and_links(tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    source = make_plan(version="2025-12-01-v2", date="2025-12-01")
    # The author says "two" continues the old "one": ids and link are the author's.
    source["points"][1]["derived_from"] = ["accord@2025-11-20-v1#one"]
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(source), encoding="utf-8")
    result = add_version(AddRequest(source=path, plans_root=plans))
    plan = result.plan
    assert plan.supersedes == "2025-11-20-v1"
    assert [p.id for p in plan.walk()] == ["one", "two", "two-a"]
    assert plan.point_index()["two"].derived_from == ("accord@2025-11-20-v1#one",)
    assert result.carried == () and result.renamed == ()
    assert result.path == plans / "accord" / "2025-12-01-v2.json"


def test_add_json_plan_with_a_new_name_for_an_old_clause(tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    source = make_plan(version="2025-12-01-v2", date="2025-12-01")
    source["points"][1]["points"][0]["id"] = "observers"
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(source), encoding="utf-8")
    result = add_version(AddRequest(source=path, plans_root=plans))
    points = result.plan.point_index()
    assert "two-a" in points and "observers" not in points
    assert ("observers", "two-a") in result.carried
    assert points["two-a"].derived_from == ("accord@2025-11-20-v1#two-a",)
    assert points["one"].derived_from == ("accord@2025-11-20-v1#one",)


def test_new_document_folder_is_created(cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    draft = _draft(tmp_path, "1. Ceasefire.\n2. Elections.\n")
    run = cli("add", str(draft), "--document", "annex", "--version", "v1",
              "--date", "2026-01-05", "--plans", str(plans))
    assert run.code == 0, run.err
    assert (plans / "annex" / "v1.json").is_file()
    assert "created the document folder" in run.out
    assert "supersedes: nothing" in run.out


def test_never_overwrites_an_existing_version(cli: Callable[..., Run],
                                              tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    target = plans / "accord" / "2025-11-20-v1.json"
    before = target.read_bytes()
    draft = _draft(tmp_path, "1. Something else entirely.\n")
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-11-20-v1",
              "--plans", str(plans))
    assert run.code == 2
    assert "already exists" in run.err and "--force" in run.err
    assert target.read_bytes() == before
    assert_no_traceback(run)


def test_force_keeps_a_backup_and_says_where(cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    target = plans / "accord" / "2025-11-20-v1.json"
    before = target.read_bytes()
    draft = _draft(tmp_path, "1. The parties shall observe a ceasefire now.\n")
    argv = ("add", str(draft), "--document", "accord", "--version", "2025-11-20-v1",
            "--plans", str(plans), "--force")
    run = cli(*argv)
    assert run.code == 0, run.err
    backup = target.with_name("2025-11-20-v1.json.bak-1")
    assert backup.read_bytes() == before
    assert "2025-11-20-v1.json.bak-1" in run.out
    assert load_plan(target).points[0].text == "The parties shall observe a ceasefire now."
    run = cli(*argv)  # a second --force keeps the first backup and makes another
    assert run.code == 0
    assert backup.read_bytes() == before
    assert target.with_name("2025-11-20-v1.json.bak-2").is_file()
    assert cli("validate", str(plans)).code == 0  # backups are not plan files


_ACT = ("Стаття 13. Громади самі вирішують місцеві питання.\n"
        "Стаття 14. Ради діють у межах своїх повноважень:\n"
        "1) ухвалюють бюджет громади;\n"
        "2) призначають виконавчий комітет.\n"
        "Стаття 14-А. Сусідні громади можуть утворити спільну раду.\n"
        "Стаття 15. Закон набирає чинності наступного дня.\n")


def test_force_keeps_the_ids_of_the_version_it_replaces(cli: Callable[..., Run],
                                                        tmp_path: Path) -> None:
    """A version replaced with --force by its draft read again (a typo mended) keeps the ids
    its file gave the same points: an older plandiff named article 14-А ``p14-3``, which
    today's importer names ``p14-a``, and the next version's ``derived_from`` points at
    ``p14-3``. The point got a new id and the replacement was refused (a dangling link)."""
    plans = tmp_path / "plans"
    first = _draft(tmp_path, _ACT, "act.txt")
    argv = ("--document", "act", "--plans", str(plans), "--partial")
    assert cli("add", str(first), "--version", "2026-01-10-v1", *argv[:-1]).code == 0
    target = plans / "act" / "2026-01-10-v1.json"
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["points"][2]["id"] == "p14-a"
    saved["points"][2]["id"] = "p14-3"  # as the file an older plandiff wrote
    target.write_text(json.dumps(saved, ensure_ascii=False, indent=2), encoding="utf-8")
    second = _draft(tmp_path, _ACT.replace("наступного дня", "через місяць"), "act2.txt")
    assert cli("add", str(second), "--version", "2026-01-20-v2", *argv).code == 0
    later = load_plan(plans / "act" / "2026-01-20-v2.json")
    assert later.points[2].derived_from == ("act@2026-01-10-v1#p14-3",)
    mended = _draft(tmp_path, _ACT.replace("самі вирішують", "самостійно вирішують"),
                    "act-mended.txt")
    run = cli("add", str(mended), "--version", "2026-01-10-v1", "--force", *argv[:-1])
    assert run.code == 0, run.err
    replaced = load_plan(target)
    assert [p.id for p in replaced.walk()] == ["p13", "p14", "p14-1", "p14-2", "p14-3", "p15"]
    assert replaced.points[0].text == "Громади самостійно вирішують місцеві питання."
    assert "ids of 6 point(s) kept from the file it replaces" in run.out + run.err
    assert cli("validate", str(plans)).code == 0
    # --keep-ids keeps the draft's own ids, as it says (the link is then refused)
    run = cli("add", str(mended), "--version", "2026-01-10-v1", "--force", "--keep-ids",
              *argv[:-1])
    assert run.code == 2 and "no point 'p14-3'" in run.err


def test_crash_while_writing_leaves_no_torn_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    plans = _tree(tmp_path)
    draft = _draft(tmp_path, DRAFT_V1)
    real_write = os.write
    calls = {"n": 0}

    def half_then_crash(fd: int, data: Any) -> int:
        calls["n"] += 1
        real_write(fd, bytes(data)[: max(1, len(data) // 2)])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_crash)
    with pytest.raises(WriteError, match="No space left"):
        add_version(AddRequest(source=draft, plans_root=plans, document="accord",
                               version="2025-12-01-v2"))
    monkeypatch.undo()
    assert calls["n"] == 1
    assert not (plans / "accord" / "2025-12-01-v2.json").exists()
    _no_temporary_files(plans)


def test_crash_at_the_final_link_leaves_nothing(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    plans = _tree(tmp_path)
    draft = _draft(tmp_path, DRAFT_V1)

    def crash(*args: Any, **kwargs: Any) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "link", crash)
    with pytest.raises(WriteError):
        add_version(AddRequest(source=draft, plans_root=plans, document="accord",
                               version="2025-12-01-v2"))
    monkeypatch.undo()
    assert not (plans / "accord" / "2025-12-01-v2.json").exists()
    _no_temporary_files(plans)


def test_crash_while_replacing_with_force_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plans = _tree(tmp_path)
    target = plans / "accord" / "2025-11-20-v1.json"
    before = target.read_bytes()
    draft = _draft(tmp_path, "1. Replaced text.\n")

    def crash(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt  # the process dies right before the rename

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        add_version(AddRequest(source=draft, plans_root=plans, document="accord",
                               version="2025-11-20-v1", force=True))
    monkeypatch.undo()
    assert target.read_bytes() == before  # the old version, whole
    assert target.with_name("2025-11-20-v1.json.bak-1").read_bytes() == before
    _no_temporary_files(plans)


def test_two_concurrent_adds_exactly_one_wins(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Both adds pass every check before either writes (forced by a barrier): the
    no-overwrite write lets exactly one of them create the file."""
    plans = _tree(tmp_path)
    drafts = [_draft(tmp_path, f"1. Draft number {n} says the parties shall agree.\n",
                     f"d{n}.txt") for n in (1, 2)]
    barrier = threading.Barrier(2, timeout=60)
    real = add_module.validate_candidate

    def validate_then_wait(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        barrier.wait()
        return found

    monkeypatch.setattr(add_module, "validate_candidate", validate_then_wait)
    outcomes: list[object] = [None, None]

    def run(index: int) -> None:
        try:
            outcomes[index] = add_version(AddRequest(
                source=drafts[index], plans_root=plans, document="accord",
                version="2025-12-01-v2"))
        except Exception as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    winners = [o for o in outcomes if isinstance(o, add_module.AddResult)]
    losers = [o for o in outcomes if isinstance(o, WriteError)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert "already exists" in str(losers[0])
    target = plans / "accord" / "2025-12-01-v2.json"
    plan = load_plan(target)  # complete and valid
    assert plan.points[0].text == winners[0].plan.points[0].text
    _no_temporary_files(plans)


def _add_in_process(args: tuple[str, str, int]) -> str:
    plans, draft, _ = args
    try:
        add_version(AddRequest(source=Path(draft), plans_root=Path(plans), document="accord",
                               version="2025-12-01-v2"))
    except WriteError as exc:
        return f"lost: {exc.message}"
    return "won"


def test_concurrent_adds_in_separate_processes(tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    draft = _draft(tmp_path, DRAFT_V1)
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else None)
    with context.Pool(4) as pool:
        outcomes = pool.map(_add_in_process, [(str(plans), str(draft), n) for n in range(4)])
    assert outcomes.count("won") == 1, outcomes
    assert all("already exists" in o for o in outcomes if o != "won")
    load_plan(plans / "accord" / "2025-12-01-v2.json")
    _no_temporary_files(plans)


def test_invalid_result_is_refused_before_anything_is_written(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    source = make_plan(version="2025-12-01-v2", date="2025-12-01")
    source["points"][0]["topics"] = ["not-a-topic"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(source), encoding="utf-8")
    run = cli("add", str(path), "--plans", str(plans))
    assert run.code == 2
    assert "unknown topic 'not-a-topic'" in run.err
    assert not (plans / "accord" / "2025-12-01-v2.json").exists()
    assert_no_traceback(run)


def test_text_draft_needs_document_and_version(cli: Callable[..., Run],
                                               tmp_path: Path) -> None:
    run = cli("add", str(_draft(tmp_path, "1. x\n")), "--plans", str(_tree(tmp_path)))
    assert run.code == 2 and "--document and --version" in run.err
    assert_no_traceback(run)


def test_missing_source_and_bad_options(cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    run = cli("add", str(tmp_path / "missing.txt"), "--document", "accord", "--version",
              "2025-12-01-v2", "--plans", str(plans))
    assert run.code == 2 and "missing.txt" in run.err
    run = cli("add", str(_draft(tmp_path, "1. x\n")), "--document", "accord", "--version",
              "v2", "--plans", str(plans))
    assert run.code == 2 and "--date" in run.err  # no date anywhere
    run = cli("add", str(_draft(tmp_path, "1. x\n")), "--document", "accord", "--version",
              "2025-12-01-v2", "--plans", str(plans), "--source-url", "ftp://x")
    assert run.code == 2 and "source 1" in run.err
    for r in (run,):
        assert_no_traceback(r)


def test_earlier_date_links_to_the_version_before_it(tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    write_plan(plans, make_plan(version="2026-01-10-v3", date="2026-01-10",
                                supersedes="2025-11-20-v1"))
    draft = _draft(tmp_path, "1. The parties shall observe a ceasefire.\n")
    result = add_version(AddRequest(source=draft, plans_root=plans, document="accord",
                                    version="2025-12-01-v2"))
    assert result.plan.supersedes == "2025-11-20-v1"
    assert any("dated after" in note for note in result.notes)


def test_add_a_translation(cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    write_plan(plans, make_plan(version="2025-11-20-v1-ja", language="ja",
                                translation_of="2025-11-20-v1", points=[
                                    {"id": "one", "number": "1", "text": "当事者は停戦を守る。"}]))
    draft = _draft(tmp_path, "1. 当事者は30日以内に停戦を守る。\n")
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-12-01-v2-ja",
              "--translation-of", "2025-11-20-v1", "--plans", str(plans))
    assert run.code == 0, run.err
    plan = load_plan(plans / "accord" / "2025-12-01-v2-ja.json")
    assert plan.language == "ja"  # detected from the text
    assert plan.supersedes == "2025-11-20-v1-ja"  # the latest version in Japanese
    assert plan.translation_of == "2025-11-20-v1"
    assert plan.points[0].id == "one"


def test_explicit_supersedes_makes_a_side_branch(cli: Callable[..., Run],
                                                 tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    write_plan(plans, make_plan(version="2025-12-01-v2", date="2025-12-01",
                                supersedes="2025-11-20-v1"))
    draft = _draft(tmp_path, "1. The parties shall observe a ceasefire, says the E3.\n")
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-12-05-e3",
              "--supersedes", "2025-11-20-v1", "--plans", str(plans))
    assert run.code == 0, run.err
    assert load_plan(plans / "accord" / "2025-12-05-e3.json").supersedes == "2025-11-20-v1"
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-12-06-x",
              "--supersedes", "nope", "--plans", str(plans))
    assert run.code == 2 and "no version accord@nope" in run.err
    assert_no_traceback(run)


def test_a_text_draft_takes_the_parties_of_the_version_it_supersedes(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A press copy names no parties: the new version had none, and its report showed the
    parties' row empty beside the earlier version's. They are carried over, and said so;
    ``--party`` still sets them, and a plan JSON file keeps its own."""
    plans = tmp_path / "plans"
    write_plan(plans, make_plan(version="2025-11-20-v1", parties=["Ukraine", "Russia"]))
    draft = _draft(tmp_path, "1. The parties shall observe a ceasefire.\n")
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-12-01-v2",
              "--plans", str(plans))
    assert run.code == 0, run.err
    assert load_plan(plans / "accord" / "2025-12-01-v2.json").parties == ("Ukraine", "Russia")
    assert "parties carried over from 2025-11-20-v1: Ukraine, Russia" in run.out
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-12-02-v3",
              "--plans", str(plans), "--party", "Ukraine", "--party", "United States")
    assert run.code == 0, run.err
    assert load_plan(plans / "accord" / "2025-12-02-v3.json").parties == (
        "Ukraine", "United States")
    assert "parties carried over" not in run.out


def test_a_point_the_saved_version_pairs_is_paired_by_add_too(cli: Callable[..., Run],
                                                               tmp_path: Path) -> None:
    """A press copy's "Відкрите питання: територія." between two points it restates was
    proposed as removed + added: the draft, which has no topics yet, gave the aligner too
    little to place it; the saved version (its neighbours' topics carried over) paired it
    with the territory clause on every later diff, while add had given it a new id. add
    now proposes what the saved version gives: the pair, and the clause keeps its id."""
    plans, args = _uk_press_tree(tmp_path)
    run = cli(*args)
    assert run.code == 0, run.err
    assert "- -> 14  added" not in run.out and "14 -> -  removed" not in run.out
    assert any(line.strip().startswith("14 -> 14  pair") for line in run.out.splitlines())
    plan = load_plan(plans / "peace-framework" / "2026-02-03-19-point-uk.json")
    assert {p.number: p.id for p in plan.points}["14"] == "territory"


def test_a_mapping_csv_keeps_apart_what_it_calls_removed_and_added(cli: Callable[..., Run],
                                                                    tmp_path: Path) -> None:
    """The reviewer's CSV says the press copy's 14 is not the territory clause: a second
    alignment with the carried topics (which pairs them otherwise) must not pair them."""
    plans, args = _uk_press_tree(tmp_path)
    mapping = tmp_path / "map.csv"
    assert cli(*args, "--dry-run", "--mapping-out", str(mapping)).code == 0
    lines = mapping.read_text("utf-8").splitlines()
    assert any(line.startswith("14,14,pair,") for line in lines)
    lines = [line for line in lines if not line.startswith("14,14,")]
    mapping.write_text("\n".join([*lines, "14,,removed,,,", ",14,added,,,"]) + "\n", "utf-8")
    run = cli(*args, "--mapping", str(mapping))
    assert run.code == 0, run.err
    plan = load_plan(plans / "peace-framework" / "2026-02-03-19-point-uk.json")
    point = {p.number: p for p in plan.points}["14"]
    assert point.id != "territory" and not point.derived_from


def test_an_unedited_mapping_csv_of_a_settled_pair_reads_back_the_same(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """The CSV of a mapping whose 14 -> 14 pair the second alignment made, read back
    unedited, gives the same mapping (not the pair made a reviewer's declared link)."""
    _, args = _uk_press_tree(tmp_path)
    args = (*args, "--dry-run")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*args, "--mapping-out", str(first)).code == 0
    assert any(line.startswith("14,14,pair,") for line in first.read_text("utf-8").splitlines())
    run = cli(*args, "--mapping", str(first), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")


def _uk_press_tree(tmp_path: Path) -> tuple[Path, tuple[str, ...]]:
    """A plans tree holding the shipped Ukrainian 20-point version alone, and the ``add``
    arguments that add the Ukrainian press summary of a later 19-point text to it."""
    root = Path(__file__).resolve().parents[2]
    plans = tmp_path / "plans"
    (plans / "peace-framework").mkdir(parents=True)
    name = "2025-12-24-20-point-uk.json"
    data = json.loads((root / "plans" / "peace-framework" / name).read_text("utf-8"))
    for key in ("$schema", "supersedes", "translation_of"):
        data.pop(key, None)
    (plans / "peace-framework" / name).write_text(json.dumps(data, ensure_ascii=False),
                                                 encoding="utf-8")
    draft = root / "tests" / "fixtures" / "press" / "uk-19-point-summary.txt"
    return plans, ("add", str(draft), "--document", "peace-framework", "--version",
                   "2026-02-03-19-point-uk", "--language", "uk", "--plans", str(plans))


def test_a_new_file_follows_the_tree_s_own_schema_reference(cli: Callable[..., Run],
                                                            tmp_path: Path) -> None:
    """A plans tree with no ``schemas/`` beside it whose files point to the schema their own
    way (a copy in the repository, the published address): a new file follows them, rather
    than pointing into wherever plandiff happens to be installed on this machine."""
    plans = tmp_path / "repo" / "plans"
    (plans / "accord").mkdir(parents=True)
    first = tmp_path / "v1.txt"
    first.write_text("1. The parties observe a ceasefire.\n2. Elections within 100 days.\n",
                     encoding="utf-8")
    assert cli("add", str(first), "--document", "accord", "--version", "2025-11-20-v1",
               "--plans", str(plans), "--source-url", "https://example.org/a").code == 0
    stored = plans / "accord" / "2025-11-20-v1.json"
    own = "../../docs/plan-version.schema.json"
    data = json.loads(stored.read_text("utf-8"))
    assert "site-packages" in data["$schema"] or "src/plandiff" in data["$schema"] \
        or "schemas" in data["$schema"]
    data["$schema"] = own
    stored.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    second = tmp_path / "v2.txt"
    second.write_text("1. The parties observe a full ceasefire.\n2. Elections within 90 days.\n",
                      encoding="utf-8")
    run = cli("add", str(second), "--document", "accord", "--version", "2025-12-01-v2",
              "--plans", str(plans), "--source-url", "https://example.org/b")
    assert run.code == 0, run.err
    added = json.loads((plans / "accord" / "2025-12-01-v2.json").read_text("utf-8"))
    assert added["$schema"] == own


def test_a_broken_version_file_of_the_document_stops_the_latest_version_guess(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """The latest version's file, broken by a bad merge, is no reason to supersede the one
    before it: ``add`` cannot tell which version the draft follows, so it refuses in one line
    naming the file, unless ``--supersedes`` names the version; a stray .json elsewhere in the
    tree is no version of this document and changes nothing."""
    plans = _tree(tmp_path)
    latest = plans / "accord" / "2025-11-25-v1b.json"
    write_plan(plans, make_plan(version="2025-11-25-v1b", date="2025-11-25",
                                supersedes="2025-11-20-v1"))
    latest.write_text(latest.read_text(encoding="utf-8").replace('"status": "draft",',
                                                                 '"status": "draft"', 1),
                      encoding="utf-8")
    (plans / "site.json").write_text('{"name": "press-page"}\n', encoding="utf-8")
    draft = _draft(tmp_path, "1. The parties shall observe a ceasefire.\n")
    args = ("add", str(draft), "--document", "accord", "--version", "2025-12-01-v2",
            "--plans", str(plans))
    run = cli(*args)
    assert run.code == 2, run.out
    assert_no_traceback(run)
    (line,) = run.err.strip().splitlines()
    assert "2025-11-25-v1b.json" in line and "--supersedes" in line, line
    assert not (plans / "accord" / "2025-12-01-v2.json").exists()
    run = cli(*args, "--supersedes", "2025-11-20-v1")
    assert run.code == 0, run.err
    assert load_plan(plans / "accord" / "2025-12-01-v2.json").supersedes == "2025-11-20-v1"
    # A JSON file in the document's folder that is no plan at all is named as such, not by
    # the first property a plan would need.
    latest.unlink()
    (plans / "accord" / "package.json").write_text('{"name": "site"}\n', encoding="utf-8")
    run = cli(*args[:5], "2025-12-02-v3", *args[6:])
    assert run.code == 2, run.out
    (line,) = run.err.strip().splitlines()
    assert "package.json" in line and "no plan" in line and "required" not in line, line


def test_the_same_draft_added_again_under_a_new_version_is_pointed_out(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """The same press copy added a second time under another version name is written (it may
    be a re-issue), but the output says that every point is the same as in the version it
    supersedes, before the user builds a history with an empty step in it."""
    plans = tmp_path / "plans"
    draft = _draft(tmp_path, DRAFT_V1)
    first = cli("add", str(draft), "--document", "accord", "--version", "2025-11-20-v1",
                "--plans", str(plans))
    assert first.code == 0, first.err
    assert "same as" not in first.out
    again = cli("add", str(draft), "--document", "accord", "--version", "2025-11-21-v1b",
                "--plans", str(plans))
    assert again.code == 0, again.err
    notes = [line for line in again.out.splitlines() if "same as" in line]
    assert notes and notes[0].startswith("note: ") and "2025-11-20-v1" in notes[0], again.out
    edited = _draft(tmp_path, DRAFT_V1.replace("100 days", "90 days"), "edited.txt")
    third = cli("add", str(edited), "--document", "accord", "--version", "2025-11-22-v1c",
                "--plans", str(plans))
    assert third.code == 0 and "same as" not in third.out, third.out


_PASTED = ("Accord — second draft, as pasted from a news site\n"
           "1. Elections are held within 100 days of signing.\n"
           "2. A humanitarian committee arranges an “all for all” exchange of prisoners.\n"
           "3. The parties observe a full ceasefire from the day of signing – monitored.\n"
           "4. A reconstruction fund of €100 billion is set up.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_add_reads_a_draft_pasted_on_standard_input(cli: Callable[..., Run], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    encoding: str) -> None:
    """`plandiff add -` reads the draft from standard input (a text pasted into a pipe, as
    `import -` does), in whatever encoding the clipboard tool or the editor saved it; the
    source is the standard input, and no prompt for the source address reads from it."""
    import io
    import sys

    class PastedStdin:
        buffer = io.BytesIO(_PASTED.encode(encoding))

        @staticmethod
        def isatty() -> bool:
            return False

    plans = _tree(tmp_path)
    monkeypatch.setattr(sys, "stdin", PastedStdin())
    run = cli("add", "-", "--document", "accord", "--version", "2025-12-01-v2",
              "--plans", str(plans), "--status", "leaked-draft",
              "--source-url", "https://example.org/leak")
    assert run.code == 0, run.err
    assert_no_traceback(run)
    plan = load_plan(plans / "accord" / "2025-12-01-v2.json")
    assert [p.text for p in plan.points] == [line.split(". ", 1)[1]
                                             for line in _PASTED.splitlines()[1:]]
    assert plan.supersedes == "2025-11-20-v1"
