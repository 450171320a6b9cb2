"""plandiff: track how a negotiated text changes from draft to draft.

The public API (each name is imported on first use, so ``import plandiff`` and
``plandiff --version`` stay fast)::

    plandiff.load(path)                 -> PlanVersion   read and validate one plan file
    plandiff.load_tree(folder)          -> Corpus        every plan file of a plans tree
    plandiff.read_draft(path, document=, version=, language=, partial=)
                                        -> ImportedDraft a draft in any format, read in
                                                         memory (.plan, .report)
    plandiff.compare(old, new)          -> Comparison    align and redline two versions
    plandiff.render(comparison, fmt, old=, new=, lang=, layout=, changes_only=)
                                        -> str | bytes   text, markdown, json, html, pdf
    plandiff.render_bytes(...)          -> bytes         the same, ready to write
    plandiff.FORMATS                    the names render accepts
    plandiff.PlandiffError, InputError, RenderError, ExitCode

Module map (layers; each imports only those below it: ARCHITECTURE.md, and the import-linter
contracts in pyproject.toml)::

    cli/         Click commands, one module per command (cmd_*.py); main() maps errors to
                 exit codes
    workflows/   validate, add (+ mapping), diff, log, synopsis, translation, build
                 (planner, typed jobs, manifest) and runner (lock, workers, signals)
    render/      formats (the one registry of output formats), common (flag text, change
                 marks, --changes-only), text, markdown, json, history, log, explain,
                 synopsis_*; report/ (view model, i18n, html: Jinja2, pdf: WeasyPrint)
    lineage/     history (lineage graph, evolution matrix), synopsis, log: data only
    engine/      align/ (pairing), redline (diff-match-patch), lcs (rapidfuzz), flags, xref,
                 fidelity, partial (what a partial text covers), compare -> comparison
                 (value types)
    plans/       jsonsource, schema (jsonschema), model (pydantic), loading, corpus, rules,
                 refs, resolve, topics, entities, serialise, importer
    errors, limits, collector, resources, atomicio, sourcedate, _text, numberwords,
                 xmlio, typography, langtags   low-level helpers

``plandiff.align`` and ``plandiff.compare``-the-module are old import paths kept as
re-exports for one release (``from plandiff.compare import ...`` still works).
"""

from __future__ import annotations

from typing import Any


def _version() -> str:
    # importlib.metadata costs a tenth of a second to import: only when the version is asked.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("plandiff")
    except PackageNotFoundError:  # pragma: no cover - a source tree without install
        return "0.0.0+unknown"


_API = {"load", "load_tree", "read_draft", "compare", "render", "render_bytes"}
_ERRORS = {"PlandiffError", "InputError", "UsageError", "RenderError", "WriteError",
           "Interrupted", "ExitCode"}


def __getattr__(name: str) -> Any:
    """The public API, imported when first used."""
    if name == "__version__":
        globals()["__version__"] = found = _version()
        return found
    if name in _API:
        from plandiff import _api

        return getattr(_api, name)
    if name == "FORMATS":
        from plandiff._api import formats

        return formats()
    if name in _ERRORS:
        from plandiff import errors

        return getattr(errors, name)
    raise AttributeError(f"module 'plandiff' has no attribute {name!r}")


__all__ = ["FORMATS", "__version__", *sorted(_API), *sorted(_ERRORS)]
