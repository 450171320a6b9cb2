"""The Markdown report read as users read it: through pandoc, in its own Markdown, in GitHub's
(gfm) and in CommonMark with pandoc's extensions. Plan text comes out as the text it is: no
list, definition, superscript, math, attribute or emoji that the plan never wrote. A missing
pandoc is a failure, not a skip (scripts/setup installs it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

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


def _native_inlines(markdown: str, *commands: list[str]) -> str:
    """``markdown`` through the pandoc ``commands`` (each reading the one before's output)
    into a .docx, then the .docx read back as pandoc's native document."""
    path = shutil.which("pandoc")
    if path is None:
        pytest.fail("pandoc is needed: run scripts/setup (apt-get install pandoc)",
                    pytrace=False)
    data = markdown.encode("utf-8")
    for command in commands:
        data = subprocess.run([path, *command], input=data, capture_output=True, check=True,
                              timeout=120).stdout
    return subprocess.run([path, "-f", "docx", "-t", "native"], input=data,
                          capture_output=True, check=True, timeout=120).stdout.decode("utf-8")


def test_the_readme_s_route_to_word_keeps_the_redline(cli: Any) -> None:
    """The Markdown report of the 28→20 pair made a Word file as the README says (pandoc
    reading it as GitHub renders it, through HTML) keeps every deletion struck through and
    every insertion underlined, and reads back from the .docx so; pandoc's Markdown reader
    straight to .docx drops the <del>/<ins> tags, which the README warns about."""
    run = cli("diff", "peace-framework@2025-11-20-us-28-point",
              "peace-framework@2025-12-24-20-point", "--format", "markdown")
    assert run.code == 0, run.err
    report = run.out
    assert "<del>to be confirmed anew</del><ins>reaffirmed, and every signatory confirms it " \
           "by signing</ins>" in report
    routed = _native_inlines(report, ["-f", "gfm", "-t", "html"], ["-f", "html", "-t", "docx"])
    assert re.search(r'Strikeout\s*\[\s*Str "to"\s*,\s*Space\s*,\s*Str "be"', routed)
    assert re.search(r'Underline\s*\[\s*Str "reaffirmed,"', routed)
    # A deletion across a line break is struck in one run per line.
    assert routed.count("Strikeout") >= report.count("<del>") > 20
    assert routed.count("Underline") >= report.count("<ins>") > 20
    direct = _native_inlines(report, ["-f", "gfm", "-t", "docx"])
    assert "Strikeout" not in direct and "Underline" not in direct
