"""``plandiff log``'s library call: load a plans tree and return one document's log (the
data comes from :mod:`plandiff.lineage.log`, the text from :mod:`plandiff.render.log`)."""

from __future__ import annotations

from pathlib import Path

from plandiff.errors import InputError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.lineage.log import DocumentLog, document_log
from plandiff.plans.corpus import load_corpus


def log_for(root: Path, document: str, language: str | None = None,
            limits: Limits = DEFAULT_LIMITS) -> DocumentLog:
    """Load the plans tree at ``root`` and return the log of ``document``."""
    if not root.is_dir():
        raise InputError(f"{root}: no such plans folder")
    corpus = load_corpus(root, limits)
    corpus.require_valid(document)
    return document_log(corpus, document, language)


__all__ = ["log_for"]
