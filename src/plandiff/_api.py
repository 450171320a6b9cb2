"""The public API behind ``import plandiff`` (see the package docstring): small functions over
the layers, so that a script needs no knowledge of the module layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from plandiff.errors import UsageError

if TYPE_CHECKING:
    from plandiff.engine.compare import CompareOptions
    from plandiff.engine.comparison import Comparison
    from plandiff.plans.corpus import Corpus
    from plandiff.plans.intake import ImportedDraft
    from plandiff.plans.model import PlanVersion


def load(path: str | Path) -> PlanVersion:
    """Read and validate one plan file (:class:`~plandiff.errors.InputError` carrying every
    problem found, each naming the file and the JSON path or line)."""
    from plandiff.limits import Limits
    from plandiff.plans.loading import load_plan

    return load_plan(Path(path), limits=Limits.from_env())


def load_tree(folder: str | Path) -> Corpus:
    """Every plan file of a plans tree (broken files are kept with their problems:
    ``corpus.require_valid()`` raises for them)."""
    from plandiff.limits import Limits
    from plandiff.plans.corpus import load_corpus

    return load_corpus(Path(folder), Limits.from_env())


def read_draft(path: str | Path, *, document: str = "draft", version: str | None = None,
               language: str | None = None, partial: bool = False,
               view: str = "accepted", column: str | None = None) -> ImportedDraft:
    """Import a draft as it reached you (text, Markdown, a saved web page, .eml, Word, ODF,
    PDF, Akoma Ntoso; ``.doc``/``.rtf`` through LibreOffice), in memory, as ``plandiff
    import`` reads it: ``.plan`` is the version, ``.report`` its structure report (points
    found, warnings such as "point 5 follows 3"). The version is dated by the date the draft
    states (else undated); ``version`` defaults to ``draft-<file name>``; ``partial`` says
    the text covers only part of the version (a first number other than 1 is no warning);
    ``view`` reads a Word file's tracked changes ``"accepted"`` (the text after them) or
    ``"rejected"`` (the text before them); ``column`` the version column of a Word file's
    comparison table to read (``"2"``, or words of its header).
    Its point ids are provisional (``p1``, ``p2`` ...): :func:`compare` pairs such points by
    their text, never by those ids."""
    from plandiff.limits import Limits
    from plandiff.plans.intake import DraftRequest, RevisionView, import_file
    from plandiff.plans.resolve import draft_version

    if view not in {v.value for v in RevisionView}:
        raise UsageError(f"unknown view {view!r} (choose one of: "
                         f"{', '.join(v.value for v in RevisionView)})")
    source = Path(path)
    if version is None:
        version = draft_version(source, "draft", empty="text")
    return import_file(source, DraftRequest(
        document=document, version=version, language=language, partial=partial,
        stated_date=True, limits=Limits.from_env(), view=RevisionView(view), column=column))


def compare(old: PlanVersion, new: PlanVersion, options: CompareOptions | None = None, *,
            partial: bool = False, covers: str | None = None) -> Comparison:
    """Align two versions point by point and redline every pair. ``partial`` (as ``plandiff
    diff --partial``): ``new`` covers only part of ``old``, and the points of ``old`` it
    leaves out are not reported, never removed; ``covers`` (``"1-12"``, ``"1-12,15"``, as
    ``--covers``) names the point numbers ``new`` covers and implies it."""
    from plandiff.engine.compare import compare as run

    if partial or covers:
        from plandiff.engine.partial import left_out, parse_covers

        new = left_out(old, new, parse_covers(covers))
    return run(old, new, options=options)


def render(comparison: Comparison, fmt: str = "text", *, old: PlanVersion | None = None,
           new: PlanVersion | None = None, lang: str | None = None, layout: str = "inline",
           changes_only: bool = False) -> str | bytes:
    """The comparison in one of :data:`FORMATS` (``old`` and ``new``, the compared versions,
    are needed by html and pdf, whose reports show their provenance)."""
    from plandiff.render.formats import COMPARISON_FORMATS, ComparisonInput, RenderOptions

    chosen = COMPARISON_FORMATS.get(fmt)
    if chosen is None:
        raise UsageError(f"unknown format {fmt!r} (choose one of: "
                         f"{', '.join(COMPARISON_FORMATS)})")
    if chosen.pages and (old is None or new is None):
        raise UsageError(f"{fmt} reports show both versions: pass old= and new=")
    source = ComparisonInput(comparison, old, new)  # type: ignore[arg-type]  # checked above
    return chosen.render(source, RenderOptions(lang=lang, layout=layout,
                                               changes_only=changes_only))


def render_bytes(comparison: Comparison, fmt: str = "text", **options: object) -> bytes:
    """:func:`render` as bytes (text formats in UTF-8), ready to write to a file."""
    out = render(comparison, fmt, **options)  # type: ignore[arg-type]
    return out.encode("utf-8") if isinstance(out, str) else out


def callable_module(name: str, function: str) -> None:
    """Make the module ``name`` callable as the API function of the same name.

    ``plandiff.render`` and ``plandiff.compare`` are API functions and also a package and an
    old import path: once ``plandiff.render.text`` (say) is imported, Python sets the
    attribute ``plandiff.render`` to the package, which would hide the function. A callable
    module keeps ``plandiff.render(comparison, "pdf", ...)`` working either way."""
    import sys
    from types import ModuleType

    target = globals()[function]

    class CallableModule(ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return target(*args, **kwargs)

        __doc__ = target.__doc__

    sys.modules[name].__class__ = CallableModule


def formats() -> tuple[str, ...]:
    """The names :func:`render` accepts."""
    from plandiff.render.formats import COMPARISON_FORMATS

    return tuple(COMPARISON_FORMATS)


__all__ = ["callable_module", "compare", "formats", "load", "load_tree", "read_draft",
           "render", "render_bytes"]
