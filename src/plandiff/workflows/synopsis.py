"""``plandiff synopsis``'s library call: the versions named on the command line (or every
version of a document) are loaded, and the synopsis is built from them
(:func:`plandiff.lineage.synopsis.build_synopsis`, which reads no file)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from plandiff.errors import InputError, UsageError
from plandiff.lineage.history import default_language
from plandiff.lineage.synopsis import Synopsis, SynopsisFilters, build_synopsis
from plandiff.plans.corpus import load_corpus
from plandiff.plans.resolve import Resolver
from plandiff.plans.topics import load_vocabulary


def synopsis_of(refs: Sequence[str], *, plans_root: Path, document: str | None = None,
                language: str | None = None, base: str | None = None,
                filters: SynopsisFilters | None = None) -> Synopsis:
    """Load the columns and build the synopsis: ``refs`` are paths or ``DOCUMENT@VERSION``;
    with ``document``, every version of it in ``language`` (default: English, or its first
    language) in date order. ``base`` names one of the columns. Unknown topics are an
    :class:`InputError` listing the vocabulary's ids."""
    filters = filters if filters is not None else SynopsisFilters()
    if document is not None:
        if refs:
            raise UsageError("give versions or --all DOCUMENT, not both")
        corpus = load_corpus(plans_root)
        corpus.require_valid(document)
        lang = language or default_language(corpus, document)
        plans = corpus.versions_of(document, lang)
        if not plans:
            have = sorted({p.language for p in corpus.versions_of(document)})
            raise UsageError(f"{document} has no version in {lang!r} "
                             f"(languages: {', '.join(have)})")
    else:
        if not refs:
            raise UsageError("give at least one version (REF ...), or DOCUMENT --all")
        resolve = Resolver(plans_root)
        plans = [resolve(r) for r in refs]
    vocabulary = load_vocabulary(plans_root if plans_root.is_dir() else None)
    unknown = sorted(set(filters.topics) - vocabulary.ids())
    if unknown:
        raise InputError(f"--topic {unknown[0]}: not in the topic vocabulary (known: "
                         f"{', '.join(sorted(vocabulary.ids()))})")
    index = None
    if base is not None:
        chosen = [i for i, p in enumerate(plans) if p.ref == base or base == p.version]
        if not chosen:
            raise UsageError(f"--base {base}: not one of the columns "
                             f"({', '.join(p.ref for p in plans)})")
        index = chosen[0]
    return build_synopsis(plans, base=index, filters=filters)


__all__ = ["synopsis_of"]
