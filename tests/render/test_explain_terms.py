"""`diff --explain` names the shared words a reader recognises: in Japanese, the run both
texts hold, not the aligner's overlapping character pairs."""

from __future__ import annotations

import json
from collections.abc import Callable

from tests.helpers import REPO, Run
from tests.render.test_json_schemas import errors


def test_explain_shows_japanese_terms_as_the_words_both_texts_share(
        cli: Callable[..., Run]) -> None:
    """`diff --explain` (text and the JSON's "why") showed the aligner's overlapping
    character pairs as they came ("侵協, 結, 不可, 可侵, 協定" for 不可侵協定); pairs that
    chain into a run both texts hold are shown as that run, as the review step shows them."""
    press = REPO / "benchmarks" / "data" / "press"
    args = ("diff", str(press / "28-point-press-ja.txt"), str(press / "20-point-press-ja.txt"),
            "--explain")
    text = cli(*args)
    assert text.code == 0, text.err
    assert "不可侵協定" in text.out and "侵協" not in text.out.replace("不可侵協定", "")
    data = json.loads(cli(*args, "--format", "json").out)
    whys = [c["explain"]["why"] for c in data["changes"] if "explain" in c]
    assert any("不可侵協定" in why for why in whys)
    for why in whys:
        cjk = [t for t in why.rpartition(": ")[2].removesuffix(" — review").split(", ")
               if t and not t.isascii()]
        assert not any(a != b and a[-1] == b[0] and len(a) == len(b) == 2
                       for a in cjk for b in cjk), why
    assert errors(data) == []


def test_a_hyphenated_compound_is_one_word_of_a_far_join(cli: Callable[..., Run]) -> None:
    """A far join needs two of the leftover's words in what the pair's whole says beyond its
    parts (``JoinPasses.words_beyond``). The 20-point text's "free-trade agreement with the
    United States" had joined a press copy's point 23 ("use the Dnipro for trade … free grain
    shipments") as a split through "free" and "trade": the parts of one compound are one
    notion, counted once."""
    args = ("diff", str(REPO / "benchmarks" / "data" / "press" / "28-point-press.txt"),
            str(REPO / "plans" / "peace-framework" / "2025-12-24-20-point.json"),
            "--format", "json")
    run = cli(*args)
    assert run.code == 0, run.err
    changes = json.loads(run.out)["changes"]
    assert [(c["kind"], c["old"]) for c in changes if "us-free-trade" in c["new"]] == [
        ("added", [])]
    assert [c["new"] for c in changes if c["old"] == ["p23"]] == [["dnipro-black-sea"]]
