"""The Markdown report read as users read it: through pandoc, in its own Markdown, in GitHub's
(gfm) and in CommonMark with pandoc's extensions. Plan text comes out as the text it is: no
list, definition, superscript, math, attribute or emoji that the plan never wrote. A missing
pandoc is a failure, not a skip (scripts/setup installs it)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from plandiff.render.markdown import escape

READERS = ("markdown", "gfm", "commonmark_x")

TEXTS = (
    "a) the parties agree",
    "(a) the parties agree",
    "iv) the fourth stage",
    "(iv) the fourth stage",
    "B) the second annex",
    "(@) an example",
    "The commission\n: meets monthly",
    "A fund of US$100bn and US$50bn of assets",
    "Costs of $$5m$$ at most",
    "Output of 10^6^ tonnes",
    "{.class} is not an attribute",
    "Agreed :smile: by both",
    "e.g. at the start",
    "At 12:00:00 sharp",
)


def _pandoc(source: str, reader: str, writer: str) -> str:
    path = shutil.which("pandoc")
    if path is None:
        pytest.fail("pandoc is needed: run scripts/setup (apt-get install pandoc)",
                    pytrace=False)
    return subprocess.run([path, "-f", reader, "-t", writer, "--wrap=none"], input=source,
                          capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.mark.parametrize("reader", READERS)
def test_escaped_plan_text_reads_back_as_itself_in_pandoc(reader: str) -> None:
    wrong = []
    for text in TEXTS:
        source = escape(text)
        html = _pandoc(source, reader, "html")
        tags = sorted(set(re.findall(r"<(\w+)", html)) - {"p", "br"})
        plain = " ".join(_pandoc(source, reader, "plain").split())
        if tags or plain != " ".join(text.split()):
            wrong.append(f"{text!r} -> {source!r}: {plain!r} {tags}")
    assert not wrong, "\n".join(wrong)


def test_the_escapes_stay_out_of_ordinary_text() -> None:
    """Only what a Markdown reader would act on is escaped: an abbreviation, a time or an
    e-mail address reads as written in the Markdown source too."""
    for text in ("e.g. at the start", "At 12:00:00 sharp", "press@example.org",
                 "A ratio of 3:1", "Article 5: ceasefire"):
        assert escape(text) == text
