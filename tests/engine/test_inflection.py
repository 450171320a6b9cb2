"""Inflected forms each version writes alone are one word (engine/align/inflection.py)."""

from __future__ import annotations

import pytest

from plandiff.engine.align import AlignOptions, align, vectors
from plandiff.engine.align.inflection import bare, inflected_groups, joins
from tests.helpers import numbered_points


@pytest.mark.parametrize(("word", "expected"), [
    ("needs", "need"), ("mines", "mine"), ("mined", "mine"), ("mining", "mine"),
    ("looted", "loot"), ("stopped", "stop"), ("parties", "party"), ("carried", "carry"),
    ("taxes", "tax"), ("reaches", "reach"), ("agreed", "agree"), ("agrees", "agree"),
    ("exceed", "excee"), ("exceeds", "excee"), ("buildings", "build"), ("called", "call"),
    # too short, or no inflection at all
    ("need", "need"), ("gas", "gas"), ("press", "press"), ("status", "status"),
    ("this", "this"), ("thing", "thing"), ("things", "thing"), ("shed", "shed"),
    ("speed", "speed")])
def test_bare_drops_an_english_inflection(word: str, expected: str) -> None:
    assert bare(word) == expected


def test_forms_join_only_where_each_version_writes_its_own() -> None:
    stems = ["need", "relief", "needs", "needed", "mines", "mined", "армія"]
    groups = inflected_groups(stems)
    assert groups == [[0, 2, 3], [4, 5]]
    # "need" old only, "needs" new only: one word; "needed", in both, keeps its own
    assert joins(groups, old={0, 1, 3, 4}, new={1, 2, 3, 5}) == {2: 0, 5: 4}
    # "need" in both versions: the new's "needs" is a word of its own
    assert joins(groups, old={0, 4}, new={0, 2, 4}) == {}


def _pair_texts() -> tuple[list[str], list[str]]:
    return (["Relief reaches all civilians in need, without arbitrary restriction.",
             "Vessels are guided through the mined waters by local pilots.",
             "Prisoners of war are exchanged all for all."],
            ["Prisoners are swapped all for all.",
             "Freighters go around the mines with pilots.",
             "Relief gets to everyone who needs it quickly."])


def test_a_reworded_clause_pairs_on_a_word_inflected_differently() -> None:
    """ "in need" and "who needs it": on the old cut to six letters the two shared nothing
    but "relief" (a frequent word here: two of the six points), and the clause went unpaired
    (fails before inflection.py)."""
    old_texts, new_texts = _pair_texts()
    result = align(numbered_points("o", old_texts), numbered_points("n", new_texts),
                   old_ref="a", new_ref="b", options=AlignOptions(use_ids=False))
    pair = next(p for p in result.pairs if p.old == ("o0",))
    assert pair.new == ("n2",)
    assert "need" in pair.terms
    assert not result.unmatched_old and not result.unmatched_new


@pytest.mark.parametrize("numpy", [False, True])
def test_joined_forms_share_one_token_and_its_document_frequency(
        numpy: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read one word at a time or all at once with numpy, "need" (old) and "needs" (new)
    become one token held by two points; "mined" and "mines" likewise (fails before
    inflection.py: four tokens, each held by one point)."""
    monkeypatch.setattr(vectors, "worth_it", lambda chars: numpy)
    old_texts, new_texts = _pair_texts()
    old, new = vectors._vectorise(numbered_points("o", old_texts),
                                  numbered_points("n", new_texts))
    need, needs = old.vocab["need"], new.vocab["needs"]
    assert need in old.ids[0] and need in new.ids[2] and needs not in new.ids[2]
    assert old.df[need] == 2 and needs not in old.df
    mine = old.vocab["mined"]
    assert mine in new.ids[1] and old.df[mine] == 2
    assert new.mass_of("everyone who needs it").keys() >= {need}
