"""How a pair was made, in a few words: the ``--explain`` line of the text and Markdown
redlines, and the ``explain`` object of the diff JSON (one wording for every format)."""

from __future__ import annotations

from typing import Any

from plandiff.engine.comparison import Change, ChangeKind

_HOW = {
    "declared": "declared link (derived_from)",
    "id": "same point id",
    "text": "same text",
    "similarity": "similar text",
    "containment": "containment",
}


def paired(change: Change) -> bool:
    """True for a change that pairs old and new points (not an added or removed point)."""
    return change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED)


def explanation(change: Change) -> str:
    """``similar text (score 0.41, confidence 0.62): guarantee, article, attack`` and the
    like; empty for added and removed points."""
    if not paired(change):
        return ""
    how = _HOW.get(change.evidence, change.evidence)
    if change.leftover:
        how += ", each other's best match among the leftovers"
    if change.position:
        how += ", the only leftovers between the same two pairs"
    if change.across:
        how += ", across parents"
    details = []
    if change.evidence in ("similarity", "containment"):
        details.append(f"score {change.score:.2f}")
    details.append(f"confidence {change.confidence:.2f}")
    if change.channels:
        details.append("evidence " + ", ".join(f"{name} {value:.2f}"
                                                for name, value in change.channels))
    line = f"{how} ({'; '.join(details)})"
    if change.join:
        line += f"; {change.join}"
    if change.absorbed:
        line += "; sub-points folded into the partner's text"
    if change.terms:
        line += ": " + ", ".join(change.terms)
    if change.review:
        line += " — review"
    return line


def explain_object(change: Change) -> dict[str, Any]:
    """The ``explain`` object of a paired change in the diff JSON."""
    return {
        "evidence": change.evidence,
        "confidence": round(change.confidence, 3) + 0.0,
        "score": round(change.score, 4) + 0.0,
        "terms": list(change.terms),
        "absorbed": change.absorbed,
        "leftover": change.leftover,
        "position": change.position,
        "join": change.join,
        "channels": {name: round(value, 4) + 0.0 for name, value in change.channels},
        "why": explanation(change),
    }


__all__ = ["explain_object", "explanation", "paired"]
