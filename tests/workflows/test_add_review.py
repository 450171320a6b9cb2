"""``plandiff add``'s review step: the printed mapping, --link/--unlink/--new, the mapping CSV
round trip, --dry-run, and corrections recorded so that a later diff gives the same result."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from plandiff.engine.align.aligner import align
from plandiff.engine.compare import compare
from plandiff.plans.corpus import load_corpus
from plandiff.plans.loading import load_plan
from plandiff.workflows.add import AddRequest, add_version
from plandiff.workflows.mapping import Corrections, mapping_rows
from tests.helpers import PLANS, REPO, Run, assert_no_traceback

V1 = """# Accord, first draft
1. The parties observe a full ceasefire from the day of signing.
2. Ukraine's armed forces are capped at 600,000 personnel.
3. Elections are held within 100 days of signing.
4. A joint commission monitors the ceasefire line.
"""

V2 = """# Accord, second draft
1. Elections are held within 100 days of signing.
2. A joint commission of observers is set up for the ceasefire line and reports monthly.
3. The parties observe a full ceasefire from the day of signing.
4. Ukraine's armed forces are capped at 800,000 personnel in peacetime.
"""

ARGS = ("--document", "accord", "--version", "2025-12-24-v2")


def _tree(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    (tmp_path / "v1.txt").write_text(V1, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(V2, encoding="utf-8")
    add_version(AddRequest(source=tmp_path / "v1.txt", plans_root=plans, document="accord",
                           version="2025-11-20-v1"))
    return plans


def _add(tmp_path: Path, **extra: object) -> object:
    return add_version(AddRequest(source=tmp_path / "v2.txt", plans_root=tmp_path / "plans",
                                  document="accord", version="2025-12-24-v2",
                                  **extra))  # type: ignore[arg-type]


def test_the_proposed_mapping_is_printed_with_kind_confidence_and_evidence(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    run = cli("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--dry-run")
    assert run.code == 0, run.err
    assert "dry run, nothing written" in run.out
    assert not (plans / "accord" / "2025-12-24-v2.json").exists()
    lines = run.out.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("mapping (old -> new"))
    rows = [line.strip() for line in lines[start + 1:start + 5]]
    assert "3 -> 1  pair  1.00  same text" in rows
    assert "1 -> 3  pair  1.00  same text" in rows
    army = next(r for r in rows if r.startswith("2 -> 4  pair"))
    assert "similar text: " in army and "armed" in army
    commission = next(r for r in rows if r.startswith("4 -> 2  pair"))
    assert "commission" in commission


def test_corrections_set_ids_links_and_are_recorded(tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    result = _add(tmp_path, corrections=Corrections(unlinks=("4",), new=("2",),
                                                    links=(("2", "4"),)))
    plan = result.plan  # type: ignore[attr-defined]
    by_number = {p.number: p for p in plan.points}
    assert by_number["2"].derived_from == ()
    assert by_number["4"].derived_from == ("accord@2025-11-20-v1#p2",)
    assert by_number["4"].id == "p2"
    assert plan.alignment is not None
    assert plan.alignment.against == "2025-11-20-v1"
    assert plan.alignment.unlinked == ("accord@2025-11-20-v1#p4",)
    assert plan.alignment.new == (by_number["2"].id,)
    # The file on disk carries the record, and a later diff honours it.
    saved = load_plan(plans / "accord" / "2025-12-24-v2.json")
    assert saved.alignment == plan.alignment
    old = load_plan(plans / "accord" / "2025-11-20-v1.json")
    changes = compare(old, saved).changes
    kinds = {(c.old, c.new): c.kind.value for c in changes}
    assert kinds[(("p4",), ())] == "removed"
    assert kinds[((), (by_number["2"].id,))] == "added"


def test_without_corrections_the_commission_is_paired(tmp_path: Path) -> None:
    _tree(tmp_path)
    result = _add(tmp_path)
    plan = result.plan  # type: ignore[attr-defined]
    assert plan.alignment is None
    assert {p.number: p.id for p in plan.points}["2"] == "p4"


def test_mapping_csv_round_trip(cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    out = tmp_path / "map.csv"
    run = cli("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--dry-run",
              "--mapping-out", str(out))
    assert run.code == 0, run.err
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "old,new,kind,confidence,evidence,review"
    # The reviewer says the commission (old 4) went nowhere and new 2 is new.
    edited = [line for line in text.splitlines() if not line.startswith("4,2,")]
    edited += ["4,,removed,,", ",2,added,,"]
    out.write_text("\n".join(edited) + "\n", encoding="utf-8")
    run = cli("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans),
              "--mapping", str(out))
    assert run.code == 0, run.err
    saved = json.loads((plans / "accord" / "2025-12-24-v2.json").read_text("utf-8"))
    assert saved["alignment"]["unlinked"] == ["accord@2025-11-20-v1#p4"]
    assert len(saved["alignment"]["new"]) == 1
    assert "corrections recorded in the file: 1 unlinked, 1 new" in run.out


def test_bad_corrections_are_one_line_input_errors(cli: Callable[..., Run],
                                                   tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans))
    for extra, words in ((("--link", "9=1"), "no old point '9'"),
                         (("--link", "1"), "expected OLD=NEW"),
                         (("--new", "7"), "no new point '7'"),
                         (("--link", "1=3", "--unlink", "1"), "both linked and unlinked")):
        run = cli(*base, *extra)
        assert run.code == 2, (extra, run.out)
        assert words in run.err
        assert_no_traceback(run)
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    run = cli(*base, "--mapping", str(bad))
    assert run.code == 2 and "bad.csv:1:" in run.err
    assert not (plans / "accord" / "2025-12-24-v2.json").exists()


def test_a_split_that_takes_old_sub_points_along_is_labelled_split() -> None:
    """28#12 → 20#8 + 20#9 takes 12(a)–(c) along (20#8's derived_from names them): one row
    from several old places to two new points is a split, not a merge."""
    corpus = load_corpus(Path(__file__).resolve().parents[2] / "plans")
    old = corpus.resolve("peace-framework@2025-11-20-us-28-point")
    new = corpus.resolve("peace-framework@2025-12-24-20-point")
    rows = mapping_rows(align(old.points, new.points, old_ref=old.ref, new_ref=new.ref),
                        old.points, new.points)
    row = next(r for r in rows if r.new == ("8", "9"))
    assert row.kind == "split"
    assert row.old[0] == "12" and "12(a)" in row.old


def test_an_unedited_mapping_csv_gives_the_same_mapping(cli: Callable[..., Run],
                                                         tmp_path: Path) -> None:
    """The README's review of the press copy against the 28-point draft: the CSV that
    --mapping-out writes, read back with --mapping unedited, keeps the proposed mapping.
    Its split and merge rows name the sub-points folded into the pair (``12;12(a);12(b);
    12(c)`` → ``8;9``): they are not links from a sub-point to a whole point."""
    draft = REPO / "benchmarks" / "data" / "press" / "20-point-press.txt"
    base = ("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
            "--version", "2025-12-24-press", "--date", "2025-12-24", "--status", "reported",
            "--source-url", "https://example.org/a", "--supersedes",
            "2025-11-20-us-28-point", "--dry-run")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    run = cli(*base, "--mapping-out", str(first))
    assert run.code == 0, run.err
    assert any(line.startswith("12;12(a)") for line in first.read_text("utf-8").splitlines())
    again = cli(*base, "--mapping", str(first), "--mapping-out", str(second))
    assert again.code == 0, again.err
    assert second.read_text("utf-8") == first.read_text("utf-8")


def test_a_mapping_csv_keeps_its_removed_rows_removed(cli: Callable[..., Run],
                                                       tmp_path: Path) -> None:
    """Unlinking one pair in the CSV (28#18 → 20#11 made ``18,,removed``) frees points for
    the aligner; the points the CSV lists as removed stay removed (here 28#14 and its
    sub-points would otherwise pair with 20#9), and nothing else the CSV says changes."""
    draft = REPO / "benchmarks" / "data" / "press" / "20-point-press.txt"
    base = ("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
            "--version", "2025-12-24-press", "--date", "2025-12-24", "--status", "reported",
            "--source-url", "https://example.org/a", "--supersedes",
            "2025-11-20-us-28-point", "--dry-run")
    first, edited, second = (tmp_path / f"{n}.csv" for n in ("first", "edited", "second"))
    assert cli(*base, "--mapping-out", str(first)).code == 0
    lines = ["18,,removed,,," if line.startswith("18,11,") else line
             for line in first.read_text("utf-8").splitlines()]
    assert "18,,removed,,," in lines
    edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = cli(*base, "--mapping", str(edited), "--mapping-out", str(second))
    assert run.code == 0, run.err
    removed = {line.split(",")[0] for line in lines if line.endswith(",removed,,,")}
    again = second.read_text("utf-8").splitlines()
    assert {"14", "14(a)", "18"} <= removed
    assert removed == {line.split(",")[0] for line in again
                       if line.endswith(",removed,,,")}
    pairs = [line.split(",")[:2] for line in lines if ",pair," in line and line[0] != "1"]
    assert all(any(line.startswith(f"{o},{n},pair,") for line in again) for o, n in pairs)


def test_a_mapping_csv_saved_with_semicolons_or_tabs_is_read(cli: Callable[..., Run],
                                                            tmp_path: Path) -> None:
    """A spreadsheet in a locale whose decimal mark is a comma saves the CSV with ``;``
    between the cells (and a BOM and CRLF), quoting the cells that join several places
    with ``;``; a tab-separated save is read too."""
    plans = _tree(tmp_path)
    out = tmp_path / "map.csv"
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans))
    assert cli(*base, "--dry-run", "--mapping-out", str(out)).code == 0
    rows = list(csv.reader(out.read_text("utf-8").splitlines()))
    rows = [row for row in rows if row[:2] != ["4", "2"]] + [["4", "", "removed"],
                                                          ["", "2", "added"]]
    for delimiter in (";", "\t"):
        edited = tmp_path / f"edited{len(delimiter)}{ord(delimiter)}.csv"
        with edited.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        run = cli(*base, "--dry-run", "--mapping", str(edited))
        assert run.code == 0, (delimiter, run.err)
        assert "4 -> -  removed" in run.out and "- -> 2  added" in run.out


def test_a_mapping_csv_link_that_cannot_be_kept_names_the_file_and_row(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A CSV row linking a whole point to a sub-point is refused in one line that names the
    file and the row (as an unknown point is), and --link names itself."""
    draft = REPO / "benchmarks" / "data" / "press" / "20-point-press.txt"
    base = ("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
            "--version", "2025-12-24-press", "--date", "2025-12-24", "--status", "reported",
            "--source-url", "https://example.org/a", "--supersedes",
            "2025-11-20-us-28-point", "--dry-run")
    bad = tmp_path / "bad.csv"
    assert cli(*base, "--mapping-out", str(bad)).code == 0
    lines = [line for line in bad.read_text("utf-8").splitlines()
             if not line.startswith(",9(a),added")]
    row = next(k for k, line in enumerate(lines, start=1) if line.startswith("6,4,pair,"))
    lines[row - 1] = "6,9(a),pair,,"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = cli(*base, "--mapping", str(bad))
    assert run.code == 2
    assert f"{bad}:{row}: the link 6 -> 9(a) cannot be kept" in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)
    run = cli(*base, "--link", "6=9(a)")
    assert run.code == 2 and "--link 6=9(a): the link 6 -> 9(a) cannot be kept" in run.err


def test_a_row_making_a_point_both_split_and_merged_says_so(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A row added beside the proposal's that makes old 5 go to new 3 and 4 while new 4 still
    comes from old 6 asks for a split and a merge at once, which no pair is: the one line
    says that and which rows to settle, not that the points are sub-points (they are whole
    points, with no parents)."""
    draft = REPO / "benchmarks" / "data" / "press" / "20-point-press.txt"
    base = ("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
            "--version", "2025-12-24-press", "--date", "2025-12-24", "--status", "reported",
            "--source-url", "https://example.org/a", "--supersedes",
            "2025-11-20-us-28-point", "--dry-run")
    edited = tmp_path / "map.csv"
    assert cli(*base, "--mapping-out", str(edited)).code == 0
    text = edited.read_text("utf-8")
    assert "\n5,3,pair," in text and "\n6,4,pair," in text
    edited.write_text(text + "5,4,,,,\n", encoding="utf-8")
    run = cli(*base, "--mapping", str(edited))
    assert run.code == 2
    assert_no_traceback(run)
    (line,) = run.err.strip().splitlines()
    assert "the link 5 -> 4 cannot be kept" in line and "parents" not in line, line
    assert "both split and merged" in line and "old 6" in line, line


def test_a_mapping_csv_that_links_and_removes_one_point_is_refused(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A row pairing a point and another row saying it has no partner contradict each
    other (as --link with --unlink does): refused with the file and both rows, not settled
    silently for the link."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--dry-run")
    for extra, words in (("1,,removed", "old point 1 is paired on row 2 and removed on row 3"),
                         (",3,added", "new point 3 is paired on row 2 and added on row 3")):
        bad = tmp_path / "bad.csv"
        bad.write_text(f"old,new,kind\n1,3,pair\n{extra}\n", encoding="utf-8")
        run = cli(*base, "--mapping", str(bad))
        assert run.code == 2, run.out
        assert f"{bad}:3: {words}" in run.err
        assert_no_traceback(run)


def test_mapping_out_never_replaces_a_file_that_is_not_a_mapping(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """--mapping-out given the draft itself (or any other file that is not a mapping CSV)
    replaced it with the CSV: the draft was lost. It is refused; an empty file is written,
    and a mapping CSV that holds this mapping already is replaced."""
    plans = _tree(tmp_path)
    draft = tmp_path / "v2.txt"
    base = ("add", str(draft), *ARGS, "--plans", str(plans), "--dry-run", "--mapping-out")
    notes = tmp_path / "notes.csv"
    notes.write_text("my own notes\n", encoding="utf-8")
    for target in (draft, notes):
        before = target.read_bytes()
        run = cli(*base, str(target))
        assert run.code == 2, run.out
        assert f"{target}: not a mapping CSV" in run.err
        assert target.read_bytes() == before
        assert_no_traceback(run)
    mapping = tmp_path / "map.csv"
    mapping.write_text("", encoding="utf-8")
    assert cli(*base, str(mapping)).code == 0
    written = mapping.read_bytes()
    assert written.startswith(b"old,new,kind,confidence,evidence,review\n")
    assert cli(*base, str(mapping)).code == 0 and mapping.read_bytes() == written


def test_mapping_out_never_replaces_a_reviewers_edits(cli: Callable[..., Run],
                                                      tmp_path: Path) -> None:
    """Run again as first typed (``--dry-run --mapping-out map.csv``), the command replaced
    the map.csv the reviewer had edited with the proposal: the corrections were lost without
    a word; and given as both --mapping and --mapping-out, the file lost the reviewer's own
    notes column. Both are refused, the file kept; a file that holds this mapping already,
    or the one --mapping read with nothing of the reviewer's beyond the mapping, is replaced."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--dry-run",
            "--source-url", "https://example.org/a")
    mapping = tmp_path / "map.csv"
    assert cli(*base, "--mapping-out", str(mapping)).code == 0
    rows = list(csv.reader(mapping.read_text("utf-8").splitlines()))
    rows = [[*row, "note"] for row in rows if row[:2] != ["4", "2"]]
    rows += [["4", "", "removed", "", "", "", "checked twice"], ["", "2", "added"]]
    with mapping.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    edited = mapping.read_bytes()
    for extra in ((), ("--mapping", str(mapping))):
        run = cli(*base, *extra, "--mapping-out", str(mapping))
        assert run.code == 2, (extra, run.out)
        assert run.err.startswith(f"plandiff: {mapping}: ") and "not replacing it" in run.err
        assert len(run.err.strip().splitlines()) == 1
        assert mapping.read_bytes() == edited
        assert_no_traceback(run)
    assert "(column G" in run.err and "note" in run.err
    # A word of the reviewer's in the review column (which the CSV writes anew) is theirs too.
    with mapping.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [*row[:5], "checked"] if row[:2] == ["1", "3"] else row[:6] for row in rows)
    run = cli(*base, "--mapping", str(mapping), "--mapping-out", str(mapping))
    assert run.code == 2 and "'review' (column F" in run.err, run.err
    # Without the notes, the file --mapping reads is replaced by the mapping it states.
    with mapping.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(row[:6] for row in rows)
    run = cli(*base, "--mapping", str(mapping), "--mapping-out", str(mapping))
    assert run.code == 0, run.err
    assert "4,,removed,,," in mapping.read_text("utf-8").splitlines()


def test_a_mapping_csv_merge_row_keeps_the_pair_the_proposal_had(cli: Callable[..., Run],
                                                                  tmp_path: Path) -> None:
    """A reviewer turns a proposed pair into a merge (``3,1,pair`` and ``2,,removed`` made
    one row ``2;3,1,merge``): both old points are the new point's sources. The pair the
    proposal already had must not give way to the one link the reviewer added (old 3 was
    reported removed, and new 1 derived from old 2 alone)."""
    plans = _tree(tmp_path)
    first, edited, second = (tmp_path / f"{n}.csv" for n in ("first", "edited", "second"))
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--dry-run")
    assert cli(*base, "--mapping-out", str(first)).code == 0
    lines = first.read_text("utf-8").splitlines()
    assert any(line.startswith("3,1,pair,") for line in lines)
    kept = [line for line in lines if not line.startswith(("3,1,", "2,4,"))]
    edited.write_text("\n".join([*kept, "2;3,1,merge,,,", ",4,added,,,"]) + "\n",
                      encoding="utf-8")
    run = cli(*base, "--mapping", str(edited), "--mapping-out", str(second))
    assert run.code == 0, run.err
    rows = list(csv.reader(second.read_text("utf-8").splitlines()))
    assert ["2;3", "1", "merge"] in [row[:3] for row in rows]
    assert not any(row[0] in ("2", "3") and row[2] == "removed" for row in rows)


FOLDED_V1 = """# Accord, first draft
1. The parties observe a full ceasefire from the day of signing.
2. Inspections of vessels are carried out by a joint centre in Istanbul with the participation of Türkiye and the United Nations.
(a) inspection teams consist of representatives of each party;
(b) an inspection must be completed within 48 hours.
3. Elections are held within 100 days of signing.
"""  # noqa: E501

# Point 2 restated flat: its sub-point (b) folded into its text, (a) dropped.
FOLDED_V2 = """# Accord, second draft
1. The parties observe a full ceasefire from the day of signing.
2. Inspections of vessels are carried out by a joint centre in Istanbul with Türkiye and the UN taking part; an inspection must be completed within 24 hours.
3. Elections are held within 100 days of signing.
"""  # noqa: E501


def test_a_point_that_folded_its_own_sub_point_in_keeps_its_id(tmp_path: Path) -> None:
    """Old 2 and its sub-point 2(b) restated as one flat new 2 (a "merge" of a point with
    its own sub-point) is still point 2: it keeps the old id, with both in derived_from, and
    is not renamed to a fresh id as a merge of several points is."""
    (tmp_path / "v1.txt").write_text(FOLDED_V1, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(FOLDED_V2, encoding="utf-8")
    plans = tmp_path / "plans"
    add_version(AddRequest(source=tmp_path / "v1.txt", plans_root=plans, document="accord",
                           version="2025-11-20-v1"))
    old = load_plan(plans / "accord" / "2025-11-20-v1.json")
    parent = old.points[1]
    assert [p.number for p in parent.points] == ["2(a)", "2(b)"]
    _add(tmp_path)
    new = load_plan(plans / "accord" / "2025-12-24-v2.json")
    point = new.points[1]
    assert point.id == parent.id
    assert set(point.derived_from) == {f"{old.ref}#{parent.id}",
                                       f"{old.ref}#{parent.points[1].id}"}


def test_a_point_that_carved_sub_points_out_of_its_text_keeps_its_id(tmp_path: Path) -> None:
    """The other way: old flat 2 restated as new 2 with a sub-point carved out of its text
    (a "split" of one point into itself and its sub-point) keeps old 2's id."""
    (tmp_path / "v1.txt").write_text(FOLDED_V2, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(FOLDED_V1.replace("48 hours", "24 hours"), encoding="utf-8")
    plans = tmp_path / "plans"
    add_version(AddRequest(source=tmp_path / "v1.txt", plans_root=plans, document="accord",
                           version="2025-11-20-v1"))
    old = load_plan(plans / "accord" / "2025-11-20-v1.json")
    _add(tmp_path)
    new = load_plan(plans / "accord" / "2025-12-24-v2.json")
    assert [p.number for p in new.points[1].points] == ["2(a)", "2(b)"]
    assert new.points[1].id == old.points[1].id


SUMMARY = """# The framework in brief

1. Security. Sovereignty is reaffirmed; Russia and Ukraine sign a non-aggression agreement watched by satellites and drones; the US, NATO and European states give guarantees modelled on Article 5; the army stays at 800,000 in peacetime; Ukraine stays non-nuclear under the NPT.
2. Politics. Elections are held as soon as possible after signing; a Peace Council chaired by Donald Trump oversees the deal.
"""  # noqa: E501


def test_a_link_that_replaces_a_proposed_merge_says_so(cli: Callable[..., Run],
                                                       tmp_path: Path) -> None:
    """A reviewer adding old 11 (non-nuclear status) to the proposed merge 1-6 -> 1 with
    ``--link 11=1`` replaced the merge (the links to a point are all it came from): 1-6
    became removed with nothing said. The note names what the link dropped and the links
    that keep it; a point the reviewer unlinked is not named."""
    draft = tmp_path / "summary.txt"
    draft.write_text(SUMMARY, encoding="utf-8")
    base = ("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
            "--version", "2025-12-26-brief", "--supersedes", "2025-12-24-20-point",
            "--text-kind", "summary", "--source-url", "https://example.org/b", "--dry-run")
    plain = cli(*base)
    assert plain.code == 0, plain.err
    assert any(row.strip().startswith("1, 2, 3, 4, 5, 6 -> 1") for row in
               plain.out.splitlines()), plain.out
    linked = cli(*base, "--link", "11=1")
    assert linked.code == 0, linked.err
    notes = [line for line in linked.out.splitlines() if line.startswith("note: --link")]
    assert notes == ["note: --link: new 1 now comes from old 11 alone (the links to a point "
                     "are all it came from); the proposal also paired old 1, 2, 3, 4, 5, 6 "
                     "with it, now removed; to keep them give --link 1=1 --link 2=1 --link 3=1 "
                     "--link 4=1 --link 5=1 --link 6=1 --link 11=1"]
    unlinked = cli(*base, "--link", "11=1", "--unlink", "1", "--unlink", "2", "--unlink", "3",
                   "--unlink", "4", "--unlink", "5", "--unlink", "6")
    assert unlinked.code == 0, unlinked.err
    assert "note: --link" not in unlinked.out
    kept = cli(*base, *(f"--link={n}=1" for n in (1, 2, 3, 4, 5, 6, 11)))
    assert kept.code == 0, kept.err
    assert "note: --link" not in kept.out
    assert any(row.strip().startswith("1, 2, 3, 4, 5, 6, 11 -> 1") for row in
               kept.out.splitlines()), kept.out
