"""A Markdown file's backslash escapes (``\\$100bn``, ``\\[sic\\]``, ``\\#1``), as pandoc,
Notion and plandiff's own Markdown write a literal character: the character is the text,
the backslash is not. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-12-01-notes")


def _texts(data: str, name: str = "draft.md") -> list[str]:
    imported = import_bytes(data.encode(), name, name[name.rindex("."):], REQUEST)
    return [p.text for top in imported.plan.points for p in top.walk()]


def test_escaped_punctuation_in_markdown_reads_as_the_character() -> None:
    """``\\$100bn`` kept its backslash (plandiff's own synopsis writes money so)."""
    text = ("# Notes\n\n"
            "1. A fund of \\$100bn is set up \\[as drafted\\], with 50\\% for rebuilding.\n"
            "2. Point \\#3 of the old text \\(the sanctions\\) is dropped \\~ for now.\n"
            "3. The rule \\{a\\} holds at 1\\:2, says the \\\\ sign.\n")
    assert _texts(text) == [
        "A fund of $100bn is set up [as drafted], with 50% for rebuilding.",
        "Point #3 of the old text (the sanctions) is dropped ~ for now.",
        "The rule {a} holds at 1:2, says the \\ sign."]


def test_a_backslash_in_plain_text_stays() -> None:
    """A plain text's backslash is the text's (a path, a typed ``\\$``)."""
    assert _texts("1. Files go to C:\\drafts\\$new.\n2. Done.\n", "draft.txt") == [
        "Files go to C:\\drafts\\$new.", "Done."]


def test_escaped_emphasis_marks_are_no_emphasis() -> None:
    """``\\*all\\*`` is Markdown's literal "*all*": it lost its marks as emphasis and
    kept the backslashes (``\\all\\``); the escape stays, the marks with it."""
    text = "1. The parties and \\*all\\* others sign.\n2. Next.\n"
    assert _texts(text) == ["The parties and \\*all\\* others sign.", "Next."]
