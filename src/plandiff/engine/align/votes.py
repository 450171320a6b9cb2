"""The votes pass: neighbouring leftovers whose closest leftover across is the same point
are restated together by it (a merge, or a split).

A function over an :class:`~plandiff.engine.align.aligner.Aligner` (run before its late
slots and joins) rather than a class of the pass chain:
:func:`~plandiff.engine.align.aligner.align` imports it only for a level whose leftovers are
weighed at all (:meth:`few_enough`), so a large pair never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from plandiff.engine.align.state import Draft
from plandiff.engine.align.types import Evidence, PairKind

if TYPE_CHECKING:
    from plandiff.engine.align.aligner import Aligner

VOTE_FLOOR = 0.05
"""Lowest score of a leftover with its closest leftover across for it to vote for that point
(:func:`shared_best`)."""


def shared_best(aligner: Aligner) -> None:
    """Two or more leftovers that stand next to each other on their side (old 9 and old 10,
    nothing but points that must stay unpaired between them), each of whose closest leftover
    on the other side is the same point (new 3), are restated together by it: a merge (or,
    new points voting for one old point, a split), for review.

    Each vote must reach :data:`VOTE_FLOOR`, rest on a telling token
    (:meth:`~plandiff.engine.align.evidence.PairEvidence.telling_tokens`) that is not one
    plain word other points hold too (``lone_word``) nor only the names of parties
    (``names_alone``), and name no other parties or topics; and each voter must share with
    the point a telling token no other voter shares, so that every one of them brings
    evidence of its own ("schools" for one, "federal" for the other), not the same notion
    counted twice. Only leftovers vote, and only for leftovers: the passes before found no
    partner for any of them, so no draft (an author's declared pair least of all) changes.
    Merges first (old points voting), then splits among the points still left over."""
    if not aligner.few_enough():
        return
    for split in (False, True):
        free_here = aligner.free_new() if split else aligner.free_old()
        free_there = aligner.free_old() if split else aligner.free_new()
        if len(free_here) < 2 or not free_there:
            continue
        voters: dict[int, list[int]] = {}
        for x in free_here:
            target = _vote(aligner, x, free_there, split)
            if target is not None:
                voters.setdefault(target, []).append(x)
        for target, group in sorted(voters.items()):
            run = _longest_run(aligner, group, split)
            if len(run) >= 2 and _own_evidence(aligner, target, run, split):
                _add_voted(aligner, target, run, split)


def _vote(aligner: Aligner, x: int, there: Sequence[int], split: bool) -> int | None:
    """The leftover across that leftover ``x`` (a new point when ``split``) comes closest to,
    when the vote stands (:func:`shared_best`); else None."""
    if split:
        score, target = max((aligner.score(i, x), -i) for i in there)
    else:
        score, target = max((aligner.score(x, j), -j) for j in there)
    target = -target
    i, j = (target, x) if split else (x, target)
    if (score < VOTE_FLOOR or not aligner.telling_shared(i, j) or aligner.lone_word(i, j)
            or aligner.names_alone(i, j) or aligner.topics_differ(i, j)
            or aligner.parties_differ(i, j)):
        return None
    return target


def _longest_run(aligner: Aligner, group: Sequence[int], split: bool) -> list[int]:
    """The longest stretch of ``group`` (points in order) standing next to each other on
    their side; the first of equals."""
    here = aligner.new_side if split else aligner.old_side
    runs = [[group[0]]]
    for x in group[1:]:
        if aligner.next_to(here, runs[-1][-1], x):
            runs[-1].append(x)
        else:
            runs.append([x])
    return max(runs, key=len)


def _own_evidence(aligner: Aligner, target: int, run: Sequence[int], split: bool) -> bool:
    """True when every voter of ``run`` shares with ``target`` a telling token no other voter
    of the run shares with it."""
    tokens = [set(aligner.telling_tokens(target, x) if split
                  else aligner.telling_tokens(x, target)) for x in run]
    return all(mine - set().union(*tokens[:k], *tokens[k + 1:])
               for k, mine in enumerate(tokens))


def _add_voted(aligner: Aligner, target: int, run: Sequence[int], split: bool) -> None:
    """Pair ``run`` with ``target``: a split of old ``target`` into the new points of ``run``,
    or a merge of the old points of ``run`` into new ``target``; the sentence says why."""
    (points, label), (others, other) = aligner.labelled(split)
    voters = " and ".join(f"{label} {points[x].number}" for x in run)
    why = (f"{voters} stand side by side and are left over, and of the {other} points left "
           f"over {other} {others[target].number} is the closest to each")
    if split:
        aligner.add(Draft((target,), tuple(run), PairKind.SPLIT, Evidence.CONTAINMENT,
                          round(aligner.coverage_old(target, run), 9), far=(why,)))
    else:
        aligner.add(Draft(tuple(run), (target,), PairKind.MERGE, Evidence.CONTAINMENT,
                          round(aligner.coverage_new(target, run), 9), far=(why,)))


__all__ = ["VOTE_FLOOR", "shared_best"]
