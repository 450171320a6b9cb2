"""Helpers of the press-page tests: a saved page around an article body, a pasted copy
imported, and what an import read (its points at every level, its report's messages)."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes


def page(body: str, lang: str = "en") -> bytes:
    """A saved news page whose article is ``body`` (HTML), titled "The outline"."""
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>The "
            f"outline</title></head><body><main><article>{body}</article></main></body>"
            "</html>").encode()


def tree(imported: ImportedDraft) -> list[tuple[str, str]]:
    """(number, text) of every point at every level, in order."""
    return [(p.number, p.text) for top in imported.plan.points for p in top.walk()]


def messages(imported: ImportedDraft) -> list[str]:
    """The messages of the import's report."""
    return [f.message for f in imported.report.findings]


def imported_text(text: str, request: DraftRequest, name: str = "copy.txt") -> ImportedDraft:
    """``text`` imported as a file called ``name`` (its suffix says the format)."""
    return import_bytes(text.encode(), name, "." + name.rsplit(".", 1)[1], request)


def report_text(imported: ImportedDraft) -> str:
    """The messages of the import's report, one a line."""
    return "\n".join(messages(imported))
