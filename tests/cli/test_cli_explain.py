"""``plandiff diff --explain``: how every pair was made, in text, Markdown and JSON; pairs the
aligner is unsure of are marked "review" in every format and counted in the summary."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.helpers import Run, make_plan, write_plan


def _pair(tmp_path: Path) -> tuple[str, str]:
    old = make_plan(version="v1", points=[
        {"id": "army", "number": "1",
         "text": "The armed forces of Party B are capped at 600,000 personnel in peacetime."},
        {"id": "weekly", "number": "2",
         "text": "The monitoring mission reports to the joint commission every week."},
        {"id": "monthly", "number": "3",
         "text": "The monitoring mission reports to the joint commission every month."},
        {"id": "vote", "number": "4",
         "text": "Elections are held within 100 days of signature under observation."}])
    new = make_plan(version="v2", points=[
        {"id": "cap", "number": "1",
         "text": "The armed forces of Party B are capped at 800,000 personnel in peacetime."},
        {"id": "reports", "number": "2",
         "text": "The monitoring mission reports to the joint commission regularly."},
        {"id": "vote", "number": "3",
         "text": "Elections are held within 100 days of signature under observation."}])
    return (str(write_plan(tmp_path, old, "old.json")),
            str(write_plan(tmp_path, new, "new.json")))


def test_text_explains_every_pair_and_marks_the_close_call(cli: Callable[..., Run],
                                                          tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    run = cli("diff", old, new, "--explain")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert "1 to review (low-confidence pairing)" in lines[1]
    why = [line.strip() for line in lines if line.strip().startswith("why:")]
    assert len(why) == 3  # three pairs, one line each
    assert any(w.startswith("why: same point id") for w in why)
    army = next(w for w in why if "armed" in w)
    assert army.startswith("why: similar text (score ") and "confidence 1.00" in army
    close = next(w for w in why if "monitoring" in w)
    assert close.endswith("— review")
    assert any(line.startswith("2 modified, review") for line in lines)
    plain = cli("diff", old, new)
    assert not any("why:" in line for line in plain.out.splitlines())
    assert "modified, review" in plain.out  # marked with or without --explain


def test_json_and_markdown_explain(cli: Callable[..., Run], tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    data = json.loads(cli("diff", old, new, "--format", "json", "--explain").out)
    assert data["summary"]["review"] == 1
    paired = [c for c in data["changes"] if c["old"] and c["new"]]
    assert all("explain" in c for c in paired)
    assert not any("explain" in c for c in data["changes"] if not (c["old"] and c["new"]))
    army = next(c for c in paired if c["new"] == ["cap"])["explain"]
    assert army["evidence"] == "similarity" and army["confidence"] == 1.0
    assert "armed" in army["terms"] and army["why"].startswith("similar text")
    reviewed = [c for c in data["changes"] if c.get("review")]
    assert len(reviewed) == 1 and reviewed[0]["new"] == ["reports"]
    assert reviewed[0]["explain"]["confidence"] < 0.5
    plain = json.loads(cli("diff", old, new, "--format", "json").out)
    assert not any("explain" in c for c in plain["changes"])
    md = cli("diff", old, new, "--format", "markdown", "--explain").out
    assert md.count("*Why:*") == 3
    assert "| pairings to review (low confidence) | 1 |" in md
    assert "| review |" not in md  # counted once, in its own words


def test_html_marks_review(cli: Callable[..., Run], tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    html = cli("diff", old, new, "--format", "html").out
    badge = '<span class="badge review">review</span>'
    # one pairing marked in the body; the legend shows the same badge once, to explain it
    assert html.split('id="points"', 1)[1].count(badge) == 1
    assert html.count(badge) == 2
    assert "pairings to review (low confidence)" in html


def test_shipped_28_to_20_explains_every_link(cli: Callable[..., Run]) -> None:
    data = json.loads(cli("diff", "peace-framework@2025-11-20-us-28-point",
                          "peace-framework@2025-12-24-20-point", "--format", "json",
                          "--explain").out)
    paired = [c for c in data["changes"] if c["old"] and c["new"]]
    assert len(paired) >= 15
    for change in paired:
        why = change["explain"]
        assert why["evidence"] in {"declared", "id", "text", "similarity", "containment"}
        assert why["why"]
        if why["evidence"] == "declared":  # the words that support a link the file states
            assert why["terms"]
            assert not why["channels"]  # a declared link is not scored
    assert data["summary"].get("review", 0) <= 2


def test_explain_splits_the_score_by_evidence_channel(cli: Callable[..., Run],
                                                     tmp_path: Path) -> None:
    """A pair carried by a synonym ("the polls" for "elections"), a name standing for a
    party ("Kyiv" for Ukraine) and a number written two ways shows each channel."""
    old = make_plan(version="v1", points=[
        {"id": "vote", "number": "1",
         "text": "Ukraine holds elections within 100 days, funded with $2bn."},
        {"id": "sea", "number": "2",
         "text": "Navigation on the Black Sea stays free for commercial shipping."}])
    new = make_plan(version="v2", points=[
        {"id": "polls", "number": "1",
         "text": "Kyiv goes to the polls inside 100 days, with 2 billion dollars of funding."},
        {"id": "ships", "number": "2",
         "text": "Navigation on the Black Sea stays free for commercial shipping."}])
    old_path = str(write_plan(tmp_path, old, "old.json"))
    new_path = str(write_plan(tmp_path, new, "new.json"))
    data = json.loads(cli("diff", old_path, new_path, "--format", "json", "--explain").out)
    vote = next(c for c in data["changes"] if c["new"] == ["polls"])["explain"]
    assert vote["evidence"] == "similarity"
    assert {"synonyms", "entities", "numbers"} <= set(vote["channels"])
    assert abs(sum(vote["channels"].values()) - vote["score"]) < 0.01
    assert vote["position"] is False
    text = cli("diff", old_path, new_path, "--explain").out
    why = next(line.strip() for line in text.splitlines() if "synonyms" in line)
    assert why.startswith("why: similar text") and "numbers" in why and "entities" in why


def test_a_declared_link_shows_the_words_its_texts_share(cli: Callable[..., Run],
                                                        tmp_path: Path) -> None:
    """A link the file states (``derived_from``) is not scored, but the reviewer checking it
    sees what the two texts share, and nothing when they share nothing."""
    old = make_plan(version="v1", points=[
        {"id": "army", "number": "1",
         "text": "The armed forces of Party B are capped at 600,000 personnel."},
        {"id": "sea", "number": "2", "text": "Navigation on the Black Sea stays free."}])
    new = make_plan(version="v2", supersedes="v1", date="2025-12-01", points=[
        {"id": "cap", "number": "1", "derived_from": ["accord@v1#army"],
         "text": "Party B keeps armed forces of up to 800,000 personnel in peacetime."},
        {"id": "odd", "number": "2", "derived_from": ["accord@v1#sea"],
         "text": "Elections follow within 100 days."}])
    root = tmp_path / "plans"
    write_plan(root, old)
    write_plan(root, new)
    data = json.loads(cli("diff", str(root / "accord" / "v1.json"),
                          str(root / "accord" / "v2.json"), "--format", "json",
                          "--explain").out)
    army = next(c for c in data["changes"] if c["new"] == ["cap"])["explain"]
    assert army["evidence"] == "declared"
    assert {"armed", "personnel"} <= set(army["terms"]) and army["channels"] == {}
    assert army["why"].startswith("declared link (derived_from) (confidence 1.00): ")
    odd = next(c for c in data["changes"] if c["new"] == ["odd"])["explain"]
    assert odd["evidence"] == "declared" and odd["terms"] == []
    plain = cli("diff", str(root / "accord" / "v1.json"), str(root / "accord" / "v2.json"))
    assert "armed, personnel" not in plain.out
