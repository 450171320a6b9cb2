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
