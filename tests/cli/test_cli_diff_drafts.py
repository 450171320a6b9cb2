"""``plandiff diff`` accepts drafts directly (issue #13): imported in memory, ids provisional."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_diff_of_two_text_drafts_pairs_by_text_and_notes_provisional_ids(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.md"
    old.write_text("1. Ukraine's army is capped at 600,000.\n2. Elections within 100 days.\n",
                   encoding="utf-8")
    new.write_text("1. Elections within 100 days.\n2. Ukraine’s army is capped at 800,000.\n",
                   encoding="utf-8")
    run = cli("diff", str(old), str(new), "--format", "json")
    assert run.code == 0, run.err
    assert run.err.count("ids are provisional") == 2
    data = json.loads(run.out)
    pairs = {(tuple(c["old_numbers"]), tuple(c["new_numbers"]), c["kind"])
             for c in data["changes"]}
    # paired by text, not by the provisional ids p1/p2; the apostrophe is typography only
    assert pairs == {(("2",), ("1",), "unchanged"), (("1",), ("2",), "modified")}
    army = next(c for c in data["changes"] if c["kind"] == "modified")
    assert "".join(s["text"] for s in army["spans"] if s["op"] != "insert") == \
        "Ukraine's army is capped at 600,000."
    assert [f["kind"] for f in army["flags"]] == ["number"]


def test_an_untitled_draft_is_titled_by_its_file_name_in_the_report(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """Two pasted texts with no title line: the report's heading read "draft draft-1-old
    → draft draft-2-new", the provisional ids; a reader knows the drafts by their files."""
    old = tmp_path / "old.txt"
    new = tmp_path / "new draft.txt"
    old.write_text("1. Elections within 100 days.\n2. A fund is set up.\n", encoding="utf-8")
    new.write_text("1. Elections within 120 days.\n2. A fund is set up.\n", encoding="utf-8")
    run = cli("diff", str(old), str(new), "--format", "markdown")
    assert run.code == 0, run.err
    assert "| title | old.txt | new draft.txt |" in run.out
    page = cli("diff", str(old), str(new), "--format", "html")
    assert "<h1>old.txt → new draft.txt" in page.out
    # a draft that states its title keeps it
    new.write_text("Revised framework\n\n1. Elections within 120 days.\n2. A fund is set up.\n",
                   encoding="utf-8")
    titled = cli("diff", str(old), str(new), "--format", "markdown").out
    assert "| title | old.txt | Revised framework |" in titled


def test_a_file_that_is_neither_a_plan_file_nor_a_draft_is_refused_by_name(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A spreadsheet export or a file with no suffix was read as JSON and refused as
    "notes.csv:1:1: invalid JSON"; a plan file saved under another name still reads."""
    other = tmp_path / "b.txt"
    other.write_text("1. x\n", encoding="utf-8")
    for name, data in (("notes.csv", "point,text\n1,Ceasefire\n"), ("draft", "1. x\n")):
        odd = tmp_path / name
        odd.write_text(data, encoding="utf-8")
        run = cli("diff", str(odd), str(other))
        assert run.code == 2
        assert "neither a plan file (JSON) nor a draft by its name" in run.err
        assert "invalid JSON" not in run.err and len(run.err.strip().splitlines()) == 1
    from tests.helpers import make_plan, write_plan

    saved = write_plan(tmp_path, make_plan(version="v1", points=[
        {"id": "a", "number": "1", "text": "The parties observe a ceasefire."}]), "plan.bak")
    run = cli("diff", str(saved), str(saved))
    assert run.code == 0, run.err


def test_diff_of_a_draft_that_is_not_a_draft_is_a_one_line_input_error(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    fake = tmp_path / "statement.pdf"
    fake.write_text("1. not a PDF at all\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("1. x\n", encoding="utf-8")
    run = cli("diff", str(fake), str(other))
    assert run.code == 2
    assert run.err.strip().count("\n") == 0 and "not a PDF" in run.err


def test_diff_of_a_partial_draft_says_which_points_the_text_lacks(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A press copy that prints only some points (1, 2 and 20 of 20) diffs with the others
    shown removed: the note named only "1 structure warning(s)", so the reader could not tell
    a removal from a point the copy left out. The note now gives the warnings' words."""
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("".join(f"{n}. Provision number {n} of the plan.\n" for n in range(1, 21)),
                   encoding="utf-8")
    new.write_text("1. Provision number 1 of the plan.\n2. Provision number 2 of the plan.\n"
                   "20. Provision number 20 of the plan.\n", encoding="utf-8")
    run = cli("diff", str(old), str(new))
    assert run.code == 0, run.err
    assert "point 20 follows 2: 3-19 missing" in run.err


def test_a_draft_that_states_no_date_is_shown_undated(tmp_path: Path,
                                                      cli: Callable[..., Any]) -> None:
    """Drafts read in memory were dated 1 January 1970: the report's date row showed
    1970-01-01 and the Word redline dated every tracked change 1 Jan 1970. A draft whose file
    name holds a date (``2025-11-20-leak.txt``) is dated by it; one with none is "date not
    given", and its Word changes carry no date."""
    import zipfile

    old = tmp_path / "2025-11-20-leak.txt"
    new = tmp_path / "draft.txt"
    old.write_text("1. Ukraine's army is capped at 600,000.\n2. Elections within 100 days.\n",
                   encoding="utf-8")
    new.write_text("1. Ukraine's army is capped at 800,000.\n2. Elections within 100 days.\n",
                   encoding="utf-8")
    for fmt in ("markdown", "html"):
        run = cli("diff", str(old), str(new), "--format", fmt)
        assert run.code == 0, run.err
        assert "1970" not in run.out, fmt
        assert "2025-11-20" in run.out and "date not given" in run.out, fmt
    out = tmp_path / "r.docx"
    run = cli("diff", str(new), str(old), "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err
    document = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "w:ins " in document or "<w:ins" in document
    assert "1970" not in document
    assert 'w:date="2025-11-20T00:00:00Z"' in document  # the new version's date
    run = cli("diff", str(old), str(new), "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err
    document = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "1970" not in document and "w:date=" not in document


def test_a_draft_dated_by_what_it_states_says_where_the_date_came_from(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A draft read in memory whose file name holds no date was 'date not given' even when
    the page stated its publication date or the text opened with a date line; now it is
    dated by what it states, and every report's date row says where the date came from."""
    import zipfile

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>'
        '<meta property="article:published_time" content="2025-11-21T08:00:00+02:00"></head>'
        "<body><main><article><h1>The outline</h1><p>1. Ukraine's army is capped at "
        "800,000.</p><p>2. Elections within 100 days.</p></article></main></body></html>",
        encoding="utf-8")
    text = tmp_path / "draft.txt"
    text.write_text("Outline\nКиїв, 20 листопада 2025 р.\n\n1. Ukraine's army is capped at "
                    "600,000.\n2. Elections within 100 days.\n", encoding="utf-8")
    run = cli("diff", str(text), str(page), "--format", "markdown")
    assert run.code == 0, run.err
    assert "| date | 2025-11-20 (the draft's date line) | 2025-11-21 (page's publication " \
           "date) |" in run.out
    run = cli("diff", str(text), str(page), "--format", "html", "--lang", "ja")
    assert run.code == 0, run.err
    assert "2025-11-20（本文の日付行）" in run.out and "2025-11-21（ページの公開日）" in run.out
    outputs = []
    for name in ("a.docx", "b.docx"):
        out = tmp_path / name
        run = cli("diff", str(text), str(page), "--format", "docx", "-o", str(out),
                  "--lang", "uk")
        assert run.code == 0, run.err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]  # the same input, the same bytes
    document = zipfile.ZipFile(tmp_path / "a.docx").read("word/document.xml").decode("utf-8")
    assert 'w:date="2025-11-21T00:00:00Z"' in document  # the new draft's stated date
    assert "2025-11-21 (дата публікації сторінки)" in document
    named = tmp_path / "2025-11-24-page.html"
    named.write_bytes(page.read_bytes())
    run = cli("diff", str(text), str(named), "--format", "markdown")
    assert run.code == 0, run.err
    assert "2025-11-24 (from the file name)" in run.out  # the user's choice wins


def test_a_synopsis_of_drafts_dates_each_as_the_diff_does_never_1_january_1970(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """``plandiff synopsis a.txt b.html`` headed an undated draft's column 1970-01-01 (in
    every format, the Word file's creation date included); now 'date not given', and a
    dated draft's column says where its date came from."""
    import zipfile

    undated = tmp_path / "notes.txt"
    undated.write_text("1. A ceasefire takes effect.\n2. Elections within 100 days.\n",
                       encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>'
                    '<meta name="date" content="2025-11-21"></head><body><main><article>'
                    "<h1>Outline</h1><p>1. A ceasefire takes effect.</p><p>2. Elections "
                    "within 90 days.</p></article></main></body></html>", encoding="utf-8")
    for fmt in ("text", "markdown", "html"):
        run = cli("synopsis", str(undated), str(page), "--format", fmt)
        assert run.code == 0, run.err
        shown = html.unescape(run.out)
        assert "1970" not in shown, fmt
        assert "date not given" in shown and "2025-11-21 (page's publication date)" in shown, fmt
    run = cli("synopsis", str(undated), str(page), "--format", "json")
    assert run.code == 0, run.err
    assert [c["date"] for c in json.loads(run.out)["columns"]] == ["", "2025-11-21"]
    out = tmp_path / "s.docx"
    run = cli("synopsis", str(undated), str(page), "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err
    package = zipfile.ZipFile(out)
    assert "1970" not in package.read("word/document.xml").decode("utf-8")
    assert "1970" not in package.read("docProps/core.xml").decode("utf-8")


def test_diff_of_one_word_file_compares_its_text_before_and_after_its_tracked_changes(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """``plandiff diff redline.docx``: what a Word (or OpenDocument) file's tracked changes
    do, as a plandiff comparison: its text with every change rejected against its text with
    every change accepted, with the meaning-shift flags a reviewer wants ("shall" → "may")."""
    from tests.helpers import make_plan, write_plan

    old = make_plan(version="v1", points=[
        {"id": "a", "number": "1", "text": "The parties shall hold elections within 100 days."},
        {"id": "b", "number": "2", "text": "A joint commission monitors the line of contact."}])
    new = make_plan(version="v2", points=[
        {"id": "a", "number": "1", "text": "The parties may hold elections within 200 days."},
        {"id": "b", "number": "2", "text": "A joint commission monitors the line of contact."}])
    redline = tmp_path / "redline.docx"
    made = cli("diff", str(write_plan(tmp_path, old, "old.json")),
               str(write_plan(tmp_path, new, "new.json")), "--format", "docx",
               "-o", str(redline))
    assert made.code == 0, made.err
    run = cli("diff", str(redline))
    assert run.code == 0, run.err
    assert "draft@rejected-redline → draft@accepted-redline" in run.out
    assert "1 modified" in run.out
    assert "modality: shall → may" in run.out and "100 days → within 200 days" in run.out
    assert "tracked changes rejected" in run.err and "tracked changes accepted" in run.err
    data = json.loads(cli("diff", str(redline), "--format", "json").out)
    assert data["summary"]["modified"] == 1
    plain = tmp_path / "plain.docx"
    made = cli("diff", str(tmp_path / "old.json"), str(tmp_path / "old.json"), "--format",
               "docx", "-o", str(plain))
    assert made.code == 0, made.err
    none = cli("diff", str(plain))
    assert none.code == 2
    assert "plain.docx: no tracked changes" in none.err and "give NEW" in none.err
    text = tmp_path / "draft.txt"
    text.write_text("1. The parties hold elections.\n", encoding="utf-8")
    alone = cli("diff", str(text))
    assert alone.code == 2 and "give NEW" in alone.err
    assert len(alone.err.strip().splitlines()) == 1


def test_diff_of_one_file_reads_libreoffice_s_tracked_changes(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """The redline saved again by a real client (LibreOffice: .odt and .docx): the same
    comparison, read from the client's own tracked changes."""
    from tests.helpers import make_plan, write_plan
    from tests.plans.intake.producers import libreoffice_convert

    old = make_plan(version="v1", points=[
        {"id": "a", "number": "1", "text": "Foreign troops shall leave within 30 days."}])
    new = make_plan(version="v2", points=[
        {"id": "a", "number": "1", "text": "Foreign troops should leave within 90 days."}])
    redline = tmp_path / "redline.docx"
    assert cli("diff", str(write_plan(tmp_path, old, "old.json")),
               str(write_plan(tmp_path, new, "new.json")), "--format", "docx",
               "-o", str(redline)).code == 0
    for target in ("odt", "docx:MS Word 2007 XML"):
        folder = tmp_path / target.split(":")[0]
        folder.mkdir()
        saved = libreoffice_convert(redline, target, folder, tmp_path)
        run = cli("diff", str(saved))
        assert run.code == 0, (target, run.err)
        assert "1 modified" in run.out, (target, run.out)
        assert "modality: shall → should" in run.out, (target, run.out)


_PARTIAL_COPY = (
    "The first points of the 28-point plan, as a press copy gave them\n\n"
    "1. Ukraine's sovereignty is confirmed by all signatories.\n"
    "2. Russia, Ukraine and Europe sign a full non-aggression pact; the disputes of the "
    "last thirty years are taken as closed.\n"
    "3. Russia will not invade neighbouring countries, and NATO will not expand further.\n")


def test_diff_partial_reads_the_points_a_partial_copy_leaves_out_as_not_reported(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A press copy of the first points of the 28-point draft, diffed against the whole
    draft, reported the other 25 top-level points as removed: a reader took them for cut.
    ``--partial`` (as ``import --partial`` does) reads them as not reported; without it, a
    note says the copy looks partial and what the option does."""
    copy = tmp_path / "copy.txt"
    copy.write_text(_PARTIAL_COPY, encoding="utf-8")
    old = "peace-framework@2025-11-20-us-28-point"
    plain = cli("diff", old, str(copy), "--format", "json")
    assert plain.code == 0, plain.err
    assert json.loads(plain.out)["summary"]["removed"] >= 25
    assert "not_reported" not in json.loads(plain.out)["summary"]
    hint = [line for line in plain.err.splitlines() if "--partial" in line]
    assert len(hint) == 1 and "not reported" in hint[0], plain.err

    run = cli("diff", old, str(copy), "--format", "json", "--partial")
    assert run.code == 0, run.err
    assert "--partial" not in run.err
    data = json.loads(run.out)
    assert data["summary"]["removed"] == data["summary"]["not_reported"] >= 25
    kept = {(c["old_numbers"][0], c["new_numbers"][0]) for c in data["changes"]
            if c["new_numbers"]}
    assert kept == {("1", "1"), ("2", "2"), ("3", "3")}
    # --covers names the numbers the copy covers; the text report says "not reported"
    text = cli("diff", old, str(copy), "--covers", "1-3")
    assert text.code == 0, text.err
    assert "not reported —" in text.out and ") removed" not in text.out


_TEN_POINTS = "".join(f"{n}. {text}\n" for n, text in enumerate((
    "A ceasefire takes effect along the whole line of contact at midnight.",
    "Heavy weapons are withdrawn fifteen kilometres from the line within two weeks.",
    "The parties set up a joint commission on prisoners of war.",
    "Elections are held in the eastern districts within a year.",
    "The border is handed back to the central government after the elections.",
    "Foreign forces leave the country within ninety days.",
    "Trade across the line resumes under customs rules agreed by both sides.",
    "Schools and hospitals in the affected areas are rebuilt with donor money.",
    "Families of missing persons are told what is known about their relatives by the Red "
    "Cross.",
    "The agreement is monitored by an observer mission."), start=1))


def test_diff_partial_does_not_let_a_far_point_stretch_what_the_copy_covers(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A copy of the first three points whose third also mentions what the old point 9 says:
    the full alignment folds 9 into the copy's 3, the copy then seemed to cover points 1-9,
    and 4-8 were reported removed. Deciding what a partial copy covers, a point standing
    apart from a pair's parts does not join it."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_TEN_POINTS, encoding="utf-8")
    new.write_text(
        "The first three points as a news agency gave them\n"
        "1. Guns fall silent along the whole front line at midnight.\n"
        "2. Heavy weapons are pulled back fifteen kilometres within two weeks.\n"
        "3. A joint commission on prisoners of war is set up; it also tells families of "
        "missing persons what is known about their relatives.\n", encoding="utf-8")
    full = json.loads(cli("diff", str(old), str(new), "--format", "json").out)
    assert any(c["old_numbers"] == ["3", "9"] for c in full["changes"])  # the far join
    run = cli("diff", str(old), str(new), "--format", "json", "--partial")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    hidden = {c["old_numbers"][0] for c in data["changes"] if c.get("reported") is False}
    assert hidden == {str(n) for n in range(4, 11)}
    assert data["summary"]["removed"] == data["summary"]["not_reported"] == 7


def test_diff_partial_needs_a_new_version(tmp_path: Path, cli: Callable[..., Any]) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(_PARTIAL_COPY, encoding="utf-8")
    run = cli("diff", str(copy), "--partial")
    assert run.code == 2
    assert "--partial" in run.err and "NEW" in run.err
