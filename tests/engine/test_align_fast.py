"""The aligner's quick paths give what the plain ones give: Aligner.alternatives (one pass
over the candidates for every pair) what explained() reads from rivals() pair by pair."""

from __future__ import annotations

import pytest
from benchmarks.synth import generate

from plandiff.engine.align.aligner import Aligner
from plandiff.engine.align.types import AlignOptions, Evidence
from plandiff.engine.align.vectors import text_cache
from plandiff.plans.model import Point


def points(texts: list[str], prefix: str) -> list[Point]:
    return [Point.model_validate({"id": f"{prefix}{k}", "number": str(k + 1), "text": text})
            for k, text in enumerate(texts)]


@pytest.mark.parametrize(("size", "seed"), [(60, 1), (150, 2), (300, 3), (500, 4)])
def test_alternatives_are_what_explained_reads_from_rivals(size: int, seed: int) -> None:
    pair = generate(size, seed=seed)
    with text_cache():
        aligner = Aligner(points(pair.old, "o"), points(pair.new, "n"), "d@v1",
                          AlignOptions(terms=True))
        aligner.one_to_one()
        aligner.containment()
        aligner.gaps()
        aligner.leftovers()
        aligner.attach()
        drafts = [d for d in aligner.drafts if d.old and d.new]
        rivals = aligner.rivals()
        alternatives = aligner.alternatives(drafts)
        similar = 0
        for draft, alternative in zip(drafts, alternatives, strict=True):
            want = 0.0
            if draft.evidence is Evidence.SIMILARITY:
                similar += 1
                i, j = draft.old[0], draft.new[0]
                for j2, s in rivals[0].get(i, ()):
                    if j2 != j and aligner._contestable(aligner.new_owner, j2, s):
                        want = max(want, s)
                for i2, s in rivals[1].get(j, ()):
                    if i2 != i and aligner._contestable(aligner.old_owner, i2, s):
                        want = max(want, s)
            assert alternative == want
            assert aligner._explained(draft, alternative) == aligner.explained(draft, rivals)
    assert similar and any(alternatives)


@pytest.mark.parametrize("seed", range(4))
def test_named_only_as_first_written(seed: int) -> None:
    """Aligner.named_only (no other point holds the shared name: the document frequency less
    the blocked points' share is two) equals the plain count of the points of each version
    holding each name, number or synonym group, blocked points left out, on every pair of
    points sharing one; a blocked point shares nothing."""
    from collections import defaultdict

    from plandiff.engine.align.evidence import _exclusive, _named
    from plandiff.engine.align.tokens import _own_text

    pair = generate(60 + 20 * seed, seed=seed)
    names = ["Ukraine", "the European Union", "800,000 troops", "elections", "Kyiv", "2040"]
    old_texts = [f"{t} {names[k % len(names)]}" if k % 3 == 0 else t
                 for k, t in enumerate(pair.old)]
    new_texts = [f"{t} {names[k % 5]}" if k % 4 == 0 else t for k, t in enumerate(pair.new)]
    old, new = points(old_texts, "o"), points(new_texts, "n")
    with text_cache():
        aligner = Aligner(old, new, "d@v1", AlignOptions(), never_old=frozenset({"o0", "o3"}),
                          never_new=frozenset({"n4"}))
        o, n = aligner.old_side, aligner.new_side
        words = o.words()
        holders: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for side, k, blocked in ((o, 0, set(aligner.blocked_old)),
                                 (n, 1, set(aligner.blocked_new))):
            for x, ids in enumerate(side.ids):
                if x not in blocked:
                    for t in set(ids):
                        if _exclusive(words[t]):
                            holders[t][k] += 1

        def plain(i: int, j: int, synonyms: bool) -> tuple[str, ...]:
            if i in aligner.blocked_old or j in aligner.blocked_new:
                return ()
            wanted = _exclusive if synonyms else _named
            found = [t for t in o.unit(i).keys() & n.unit(j).keys()
                     if wanted(words[t]) and holders[t] == [1, 1]]
            for side, point in ((o, old[i]), (n, new[j])):
                if found and point.points:
                    own = side.mass_of(_own_text(point))
                    found = [t for t in found if t in own]
            return tuple(sorted(words[t] for t in found))

        named = 0
        for i in range(len(old)):
            for j in range(len(new)):
                for synonyms in (False, True):
                    got = aligner.named_only(i, j, synonyms=synonyms)
                    assert got == plain(i, j, synonyms), (i, j)
                    named += bool(got)
    assert named


@pytest.mark.parametrize("seed", range(5))
def test_alnum_and_exact_key_as_their_plain_forms(seed: int) -> None:
    """tokens.alnum (ASCII through bytes) and tokens.exact_key (one scan for the ASCII
    characters fold changes) equal their plain forms on random texts, ASCII or not."""
    import random
    import re
    import unicodedata

    from plandiff.engine.align.tokens import alnum, exact_key
    from plandiff.typography import fold

    rng = random.Random(seed)
    chars = [chr(c) for c in range(128)] + ["é", "’", "\u00a0", "Ж", "５", "\u00ad", "İ"]
    not_word = re.compile(r"[\W_]+")
    letters = [c for c in chars if c.isalnum()]  # ids and numbers: letters and digits only
    for _ in range(3000):
        pool = letters if rng.random() < 0.3 else chars
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert alnum(text) == not_word.sub("", unicodedata.normalize("NFKC", text).casefold())
        assert exact_key(text) == fold(text)


def test_pairs_are_the_instances_their_class_makes() -> None:
    """Aligner.result writes each Pair's fields as one dict (plandiff._frozen.new_frozen):
    every field, in the class's order, so the instance is the one Pair(...) makes."""
    from dataclasses import asdict, fields

    from plandiff.engine.align.aligner import align
    from plandiff.engine.align.types import Pair

    pair = generate(120, seed=7)
    old, new = points(pair.old, "o"), points(pair.new, "n")
    for options in (AlignOptions(), AlignOptions(terms=False)):
        found = align(old, new, old_ref="d@v1", new_ref="d@v2", options=options).pairs
        assert found
        for made in found:
            assert list(vars(made)) == [f.name for f in fields(Pair)]
            reference = Pair(**{f.name: getattr(made, f.name) for f in fields(Pair)})
            assert made == reference and asdict(made) == asdict(reference)
            assert hash(made) == hash(reference)
