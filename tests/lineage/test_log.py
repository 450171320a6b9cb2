"""``plandiff log``: versions of a document in date order with change counts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from plandiff.lineage.log import document_log
from plandiff.plans.corpus import load_corpus
from plandiff.render.log import change_line
from tests.helpers import PLANS, Run, assert_no_traceback, make_plan, write_plan


def test_log_of_the_peace_framework_lists_every_version_in_date_order(
        cli: Callable[..., Run]) -> None:
    run = cli("log", "peace-framework", "--plans", str(PLANS), "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    versions = data["versions"]
    assert [v["version"] for v in versions][:2] == ["2025-11-20-us-28-point",
                                                    "2025-11-20-us-28-point-ja"]
    dates = [v["date"] for v in versions]
    assert dates == sorted(dates)
    by_id = {v["version"]: v for v in versions}
    root = by_id["2025-11-20-us-28-point"]
    assert root["changes"] is None and root["points"] == 28 and root["points_total"] > 28
    twenty = by_id["2025-12-24-20-point"]
    assert twenty["supersedes"] == "2025-11-20-us-28-point"
    assert twenty["points"] == 20
    changes = twenty["changes"]
    assert set(changes) == {"unchanged", "modified", "added", "removed", "split", "merged",
                            "moved", "renumbered"}
    assert changes["modified"] > 0 and changes["removed"] > 0 and changes["renumbered"] > 0
    assert twenty["flags"] > 0  # 600,000 -> 800,000 at least


def test_log_text_is_a_table_with_a_legend(cli: Callable[..., Run]) -> None:
    run = cli("log", "security-guarantees-bilateral", "--plans", str(PLANS))
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0].startswith("security-guarantees-bilateral: 2 version(s)")
    assert "2025-11-21-us-draft" in lines[2] and "(first version)" in lines[2]
    assert "vs 2025-11-21-us-draft" in lines[3]
    assert lines[-1].startswith("changes:")


def test_log_language_filter(cli: Callable[..., Run]) -> None:
    run = cli("log", "peace-framework", "--plans", str(PLANS), "--language", "ja",
              "--format", "json")
    assert run.code == 0
    assert {v["language"] for v in json.loads(run.out)["versions"]} == {"ja"}


def test_log_unknown_document_is_an_input_error(cli: Callable[..., Run]) -> None:
    run = cli("log", "no-such-document", "--plans", str(PLANS))
    assert run.code == 2
    assert "no such document" in run.err and "peace-framework" in run.err
    assert_no_traceback(run)


def test_log_missing_plans_folder(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("log", "accord", "--plans", str(tmp_path / "nowhere"))
    assert run.code == 2 and "no such plans folder" in run.err
    assert_no_traceback(run)


def test_log_counts_match_a_small_tree(tmp_path: Path) -> None:
    write_plan(tmp_path, make_plan(version="v1"))
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1")
    v2["points"][0]["text"] = "The parties shall observe a ceasefire at once."
    v2["points"].append({"id": "three", "number": "3", "text": "A new clause.",
                         "topics": ["monitoring"]})
    write_plan(tmp_path, v2)
    log = document_log(load_corpus(tmp_path), "accord")
    assert [e.version for e in log.entries] == ["v1", "v2"]
    counts = dict(log.entries[1].changes or ())
    assert counts["modified"] == 1 and counts["added"] == 1 and counts["unchanged"] == 2
    assert change_line(log.entries[1].changes) == "=2 ~1 +1"
    assert log.entries[0].points_total == 3


def test_log_counts_points_a_partial_version_does_not_report_on(cli: Callable[..., Run]
                                                                ) -> None:
    run = cli("log", "peace-framework", "--plans", str(PLANS))
    assert run.code == 0
    [e3] = [line for line in run.out.splitlines() if "e3-counter-proposal  " in line]
    assert "+1 ×29 >2 (18 of the removed not reported) vs" in e3
    data = json.loads(cli("log", "peace-framework", "--plans", str(PLANS),
                          "--format", "json").out)
    by_version = {e["version"]: e for e in data["versions"]}
    assert by_version["2025-11-23-e3-counter-proposal"]["changes"]["not_reported"] == 18
    assert "not_reported" not in by_version["2025-12-24-20-point"]["changes"]


def test_change_line_writes_annotation_counts_as_notes() -> None:
    line = change_line((("unchanged", 2), ("modified", 1), ("not_reported", 4),
                        ("review", 3), ("references", 1)))
    assert line == ("=2 ~1 (4 of the removed not reported) (3 to review) "
                    "(1 stale reference(s))")
