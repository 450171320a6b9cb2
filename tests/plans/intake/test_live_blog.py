"""A live blog that publishes a draft inside one of its entries: each entry opens with its
time stamp (``10:42 GMT``), the newest first, so the entries older than the draft's come
after the list. A time stamp alone on a line opens the next entry: what follows it is not the
last point's text. As saved, printed by Chromium, saved as Word by LibreOffice and pasted.
Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import chromium_pdf
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-live")

POINTS = ["The parties confirm the sovereignty of the state.",
          "A full ceasefire takes effect 72 hours after signature.",
          "An international mission monitors the line of contact."]

PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Peace talks live | The Ledger</title></head><body><main><article>
<h1>Peace talks live: draft text published</h1>
<div class="update"><time>11:05 GMT</time><h2>Delegations arrive in Geneva</h2>
<p>The delegations arrived shortly after ten in the morning.</p></div>
<div class="update"><time>10:42 GMT</time><h2>The draft text in full</h2>
<p>We have obtained the draft. It reads:</p>
<ol>{"".join(f"<li>{p}</li>" for p in POINTS)}</ol></div>
<div class="update"><time>10:15 GMT</time>
<p>Good morning and welcome to our live coverage of the talks in Geneva.</p></div>
</article></main></body></html>
"""

PASTED = ("Peace talks live: draft text published\n\n11:05 GMT\nDelegations arrive in Geneva\n"
          "The delegations arrived shortly after ten in the morning.\n\n10:42 GMT\n"
          "The draft text in full\nWe have obtained the draft. It reads:\n\n"
          + "".join(f"{n}. {p}\n" for n, p in enumerate(POINTS, 1))
          + "\nUpdated 10.15am\nGood morning and welcome to our live coverage of the talks "
          "in Geneva.\n")


def _check(imported: ImportedDraft, name: str) -> None:
    assert [p.text for p in imported.plan.points] == POINTS, name
    assert "Good morning and welcome" in (imported.plan.notes or ""), name
    assert not imported.report.warnings, (name, imported.report.lines())


def test_a_live_blogs_older_entry_after_the_list_is_not_the_last_point(tmp_path: Path) -> None:
    page = tmp_path / "live.html"
    page.write_text(PAGE, encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "live.pdf", tmp_path)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for path in (page, pdf, tmp_path / "office" / "live.docx"):
        _check(import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST), path.name)
    _check(import_bytes(PASTED.encode(), "live.txt", ".txt", REQUEST), "live.txt")


def test_a_time_inside_a_point_stays_its_text() -> None:
    """A time that is not alone on its line, or alone on a line in the middle of a
    sentence (wrapped from a narrow column)."""
    text = ("1. The ceasefire takes effect at\n00:00 GMT on the day after signature.\n"
            "2. Talks resume at 10:00 GMT in Geneva.\n"
            "3. The exchange of prisoners begins at\n06:00 GMT\non the third day.\n")
    points = import_bytes(text.encode(), "t.txt", ".txt", REQUEST).plan.points
    assert [p.text for p in points] == [
        "The ceasefire takes effect at 00:00 GMT on the day after signature.",
        "Talks resume at 10:00 GMT in Geneva.",
        "The exchange of prisoners begins at 06:00 GMT on the third day."]


def test_another_entry_s_numbered_list_is_not_a_second_part_of_the_draft() -> None:
    """A live blog's other entries have numbered lists of their own (drones downed by
    region): numbered from 1 again, the list was read as a second part of the draft ("1-3,
    1-2 in 2 parts"). Of the entries' lists that start at 1, the longest is the draft's; the
    others' entries are left out and counted. A list that goes on from the draft's numbers
    in another entry (points 4-5 posted later) is the draft's."""
    def entry(time: str, body: str) -> str:
        return f'<div class="update"><time>{time}</time>{body}</div>'

    points = "".join(f"<li>{p}</li>" for p in POINTS)
    others = entry("10:02 GMT", "<h2>Drones downed overnight</h2><p>The air force said:</p>"
                   "<ol><li>Kharkiv region: two</li><li>Sumy region: one</li></ol>")
    page = ("<html><body><main><h1>Live</h1>"
            + entry("11:05 GMT", "<p>Delegations arrive.</p>")
            + entry("10:42 GMT", f"<h2>The draft</h2><ol>{points}</ol>") + others
            + "</main></body></html>")
    imported = import_bytes(page.encode(), "live.html", ".html", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert [p.text for p in imported.plan.points] == POINTS
    assert any(f.kind == "dropped" and "live blog" in f.message
               for f in imported.report.findings)
    later = ("<html><body><main><h1>Live</h1>"
             + entry("11:05 GMT", '<ol start="4"><li>Sanctions are lifted in stages.</li>'
                     "<li>Elections follow within a hundred days.</li></ol>")
             + entry("10:42 GMT", f"<ol>{points}</ol>") + entry("10:15 GMT", "<p>Hello.</p>")
             + "</main></body></html>")
    numbers = [p.number for p in import_bytes(later.encode(), "live.html", ".html",
                                              REQUEST).plan.points]
    assert sorted(numbers, key=int) == ["1", "2", "3", "4", "5"]


def test_a_pasted_live_blog_s_other_entries_lists_are_no_parts_of_the_draft() -> None:
    """A live blog copied as text: the draft's entry and two others each with a numbered
    list of their own, every entry under its time stamp. The three lists were read as
    three parts of the draft ("1-2, 1-3, 1-3 in 3 parts"); the longest is the draft's, the
    others go to the notes under their entries' stamps, with their numbers."""
    text = ("Peace talks live\n\n11:05 GMT\nKyiv reacts\nAn official named two concerns:\n"
            "1. the size of the army;\n2. who guarantees the ceasefire.\n\n"
            "10:42 GMT\nThe draft text in full\nWe have obtained the draft. It reads:\n"
            + "".join(f"{n}. {p}\n" for n, p in enumerate(POINTS, 1))
            + "4. Elections follow within a hundred days.\n"
            "\n10:15 GMT\nGood morning. Three things to know:\n1. Talks start at eleven.\n"
            "2. Europe has a counter-proposal.\n3. Moscow is silent.\n")
    imported = import_bytes(text.encode(), "live.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        *((str(n), p) for n, p in enumerate(POINTS, 1)),
        ("4", "Elections follow within a hundred days.")]
    notes = imported.plan.notes or ""
    for said in ("1. the size of the army;", "2. who guarantees the ceasefire.",
                 "1. Talks start at eleven.", "3. Moscow is silent."):
        assert said in notes
    assert notes.index("11:05 GMT") < notes.index("1. the size of the army;") \
        < notes.index("10:15 GMT") < notes.index("1. Talks start at eleven.")
    assert any("live blog" in f.message and "own" in f.message
               for f in imported.report.findings), imported.report.lines()


def test_many_entries_with_lists_of_their_own_are_read_in_linear_time() -> None:
    """Hundreds of entries, each under its stamp with a list of two of its own, and one
    with the draft's longer list: each moved list must not cost a pass over every point."""
    from tests.helpers import assert_linear_cpu

    def read(n: int) -> None:
        entries = "".join(f"\n{k // 60 % 24:02d}:{k % 60:02d} GMT\nEntry {k} says:\n"
                          f"1. Alpha item {k} reads here.\n2. Beta item {k} reads there.\n"
                          for k in range(n))
        text = ("Live\n\n23:59 GMT\nThe draft:\n"
                + "".join(f"{m}. {p}\n" for m, p in enumerate(POINTS, 1)) + entries)
        imported = import_bytes(text.encode(), "live.txt", ".txt", REQUEST)
        assert [p.text for p in imported.plan.points] == POINTS

    assert_linear_cpu(read, 800)
