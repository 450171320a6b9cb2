"""The agreement pairs of benchmarks/data/ that bench_engine.py scores (DRAFT_PAIRS, tuned-on,
and HELDOUT_PAIRS, never tuned on): every file is there, every ground-truth link names a point
the drafts import into, and the held-out set is the sixth one (issue 14, written in session
32). No test here runs the aligner on a pair: these check the data, not the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.bench_engine import DRAFT_PAIRS, HELDOUT_PAIRS, HERE, read_links

from plandiff.plans.importer import parse_text

ALL_PAIRS = DRAFT_PAIRS + HELDOUT_PAIRS


def _ids(folder: str, name: str, version: str) -> set[str]:
    text = (HERE / "data" / folder / name).read_text("utf-8")
    plan = parse_text(text, document=folder, version=version, language="en", source_label=name)
    return {p.id for p in plan.walk()}


def _link_lines(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("folder", "old_name", "new_name", "links_name"), ALL_PAIRS,
                         ids=[f"{spec[0]}:{spec[3]}" for spec in ALL_PAIRS])
def test_every_link_names_points_the_drafts_import_into(folder: str, old_name: str,
                                                       new_name: str, links_name: str) -> None:
    old_ids = _ids(folder, old_name, "2026-01-01-old")
    new_ids = _ids(folder, new_name, "2026-02-01-new")
    path = HERE / "data" / folder / links_name
    truth = read_links(path)
    assert truth, path
    assert len(_link_lines(path)) == len(truth), f"{path}: a link is listed twice"
    assert {o for o, _ in truth} <= old_ids, sorted({o for o, _ in truth} - old_ids)
    assert {n for _, n in truth} <= new_ids, sorted({n for _, n in truth} - new_ids)


def test_the_held_out_set_is_the_sixth_one() -> None:
    assert [spec[0] for spec in HELDOUT_PAIRS] == ["jcpoa", "prespa", "budapest", "colombia"]
    # The held-out sets before it were released for tuning: the last tuned-on pairs, in order.
    assert [spec[0] for spec in DRAFT_PAIRS[-12:]] == ["grain", "doha", "gaza",
                                                       "lebanon", "idlib", "tigray",
                                                       "yemen", "congo", "jeddah",
                                                       "aceh", "nepal", "thailand"]
    assert not {spec[0] for spec in HELDOUT_PAIRS} & {spec[0] for spec in DRAFT_PAIRS}


def test_the_held_out_set_is_big_enough_and_its_pairs_are_7_to_20_points_a_side() -> None:
    # 7: the Budapest Memorandum is a real short text (six paragraphs and its signing); the
    # others hold 10 to 20 points a side, as every earlier set did
    total = 0
    for folder, old_name, new_name, links_name in HELDOUT_PAIRS:
        total += len(read_links(HERE / "data" / folder / links_name))
        for name, version in ((old_name, "2026-01-01-old"), (new_name, "2026-02-01-new")):
            assert 7 <= len(_ids(folder, name, version)) <= 20, (folder, name)
    assert total >= 40, total


@pytest.mark.parametrize(("folder", "links_name"),
                         [(spec[0], spec[3]) for spec in HELDOUT_PAIRS])
def test_a_held_out_links_file_says_it_was_written_before_any_run(folder: str,
                                                                  links_name: str) -> None:
    header = (HERE / "data" / folder / links_name).read_text("utf-8").splitlines()[:3]
    assert any("written before any run of the aligner" in line for line in header), header
