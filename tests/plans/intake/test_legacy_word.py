"""Old Word formats read through LibreOffice (plandiff.plans.intake.soffice): binary Word
(.doc), RTF and Word 2003 XML, each made by LibreOffice itself from a .docx written here, and
RTF files written here as Word writes them (a code page, ``\\'xx`` escapes, ``\\uN?``
characters, a list table with ``{\\listtext …}`` numbers). These tests need LibreOffice
(``.ci/run`` installs it): without it they fail, they are not skipped. Conversions are few:
each file is made once per module and read once, or twice where the test is that two reads
agree."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from plandiff.errors import ExitCode, InputError
from plandiff.limits import Limits
from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes, soffice
from plandiff.plans.intake.draft import PointsBy
from plandiff.plans.intake.lines import RevisionView
from plandiff.plans.intake.soffice import find_soffice
from tests.helpers import REPO, Run
from tests.plans.intake.test_word_real_files import (
    _CORE_TITLE,
    _cover_page,
    docx,
    level,
    numbered,
    para,
    run,
)

REQUEST = DraftRequest(document="treaty", version="2026-01-01-legacy")

_LIST = (f'<w:abstractNum w:abstractNumId="0">{level(0, "decimal", "%1.")}'
         f'{level(1, "lowerLetter", "(%2)")}</w:abstractNum>'
         '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
_HEADING = '<w:pStyle w:val="Heading1"/>'
_ARTICLES = (f'<w:abstractNum w:abstractNumId="0">{level(0, "decimal", "Article %1", _HEADING)}'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
_OUTLINE = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
            "</w:style>")
"""Word's outline numbering: the "Heading 1" style numbered ``Article 1``, ``Article 2`` …"""
_INSERTED = ('<w:ins w:id="1" w:author="Drafter A" w:date="2026-01-05T10:00:00Z">'
             + run(" within thirty days") + "</w:ins>")
_DELETED = ('<w:del w:id="2" w:author="Drafter B" w:date="2026-01-05T11:00:00Z"><w:r>'
            '<w:delText xml:space="preserve"> at once</w:delText></w:r></w:del>')


def _list_body(changes: bool) -> str:
    """Four numbered points, the third with two lettered sub-points; with ``changes``, a
    tracked insertion in the second and a tracked deletion in the fourth."""
    return (para(run("The parties stop fire along the whole line."), numbered(1))
            + para(run("Prisoners are exchanged, all for all")
                   + (_INSERTED if changes else run(" within thirty days")) + run("."),
                   numbered(1))
            + para(run("A monitoring body is set up, made of:"), numbered(1))
            + para(run("observers named by each side;"), numbered(1, 1))
            + para(run("observers named by neutral states."), numbered(1, 1))
            + para(run("Sanctions are lifted") + (_DELETED if changes else "")
                   + run(" in stages."), numbered(1)))


COVER_TITLE = "Framework Agreement on Peace"
_TITLE_CONTROL = "<w:sdt><w:sdtPr>" + _CORE_TITLE.format(alias="Title") + "</w:sdtPr><w:sdtContent>"
LIST_TREE = [("1", "The parties stop fire along the whole line."),
             ("2", "Prisoners are exchanged, all for all within thirty days."),
             ("3", "A monitoring body is set up, made of:"),
             ("3(a)", "observers named by each side;"),
             ("3(b)", "observers named by neutral states."),
             ("4", "Sanctions are lifted in stages.")]
ARTICLE_ROWS = (("Cessation of hostilities", "The parties stop fire along the whole line."),
                ("Exchange of prisoners", "All prisoners are exchanged, all for all."),
                ("Elections", "Elections are held within one year."))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """LibreOffice's .doc and .rtf of a numbered list with tracked changes and of a text in
    auto-numbered articles, and its Word 2003 XML of the list without changes (its Word 2003
    XML export writes tracked changes as plain text), of the articles and of the cover page:
    four conversions."""
    assert find_soffice(), "LibreOffice is needed (scripts/setup and .ci/run install it)"
    work = tmp_path_factory.mktemp("legacy")
    sources = work / "sources"
    sources.mkdir()
    (sources / "list.docx").write_bytes(docx(_list_body(changes=True), _LIST))
    (sources / "clean.docx").write_bytes(docx(_list_body(changes=False), _LIST))
    (sources / "articles.docx").write_bytes(docx("".join(
        para(run(head), _HEADING) + para(run(text)) for head, text in ARTICLE_ROWS),
        _ARTICLES, _OUTLINE))
    (sources / "cover.docx").write_bytes(docx(
        _cover_page(para(_TITLE_CONTROL + run(COVER_TITLE) + "</w:sdtContent></w:sdt>"))
        + "".join(para(run(text), numbered(1)) for _, text in ARTICLE_ROWS),
        _LIST, title_property=COVER_TITLE))
    out = work / "made"
    for target, names in (("doc:MS Word 97", ("list", "articles", "cover")),
                          ("rtf", ("list", "articles", "cover")),
                          ("odt", ("cover",)),
                          ("xml:MS Word 2003 XML", ("clean", "articles", "cover"))):
        subprocess.run([str(find_soffice()), f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(out),
                        *(str(sources / f"{name}.docx") for name in names)],
                       check=True, capture_output=True, timeout=180)
    return {path.name: path for path in out.iterdir()}


@pytest.mark.parametrize("name", ["cover.doc", "cover.rtf", "cover.odt", "cover.xml"])
def test_a_cover_page_title_survives_libreoffice(made: dict[str, Path], name: str) -> None:
    """Word's cover page title, a content control bound to the Title property: LibreOffice's
    .doc, .rtf and .odt keep it only as a plain paragraph (a form field) of the same words
    and the property itself; that paragraph is the version's title, as in the .docx (it went
    to the notes with the ministry's name, the version untitled)."""
    draft = _import(made[name])
    assert draft.plan.title == COVER_TITLE
    assert [point.text for point in draft.plan.walk()] == [text for _, text in ARTICLE_ROWS]
    assert "Ministry of Foreign Affairs" in (draft.plan.notes or "")
    assert COVER_TITLE not in (draft.plan.notes or "")


def _import(path: Path, limits: Limits | None = None) -> ImportedDraft:
    request = REQUEST if limits is None else DraftRequest(
        document=REQUEST.document, version=REQUEST.version, limits=limits)
    return import_bytes(path.read_bytes(), path.name, path.suffix, request)


def _tree(draft: ImportedDraft) -> list[tuple[str, str]]:
    return [(point.number, point.text) for point in draft.plan.walk()]


def _notes(draft: ImportedDraft) -> list[str]:
    return [line for line in draft.report.lines() if ": note: " in line]


@pytest.mark.parametrize(("name", "what"), [("list.doc", "an old binary Word file (.doc)"),
                                            ("list.rtf", "an RTF document")])
def test_a_numbered_list_with_tracked_changes_in_doc_and_rtf(made: dict[str, Path], name: str,
                                                             what: str) -> None:
    """Word's "1." numbers and "(a)" sub-points come through LibreOffice's .docx, the
    tracked changes too (accepted, as in a .docx), and the report says both."""
    draft = _import(made[name])
    assert _tree(draft) == LIST_TREE
    notes = _notes(draft)
    assert any(f"{what} converted to .docx by LibreOffice " in note for note in notes), notes
    assert any("tracked changes (1 insertion(s), 1 deletion(s))" in note
               and "(by author: Drafter A 1 insertion(s); Drafter B 1 deletion(s))" in note
               for note in notes), notes


def test_a_numbered_list_in_word_2003_xml(made: dict[str, Path]) -> None:
    draft = _import(made["clean.xml"])
    assert _tree(draft) == LIST_TREE
    assert any("a Word 2003 XML document converted to .docx by LibreOffice" in note
               for note in _notes(draft))


def test_word_2003_xml_keeps_its_heading_styles(made: dict[str, Path]) -> None:
    """LibreOffice's .docx of a Word 2003 XML file names each style "w" and its name as
    OpenDocument writes it (``wHeading_20_1``, id ``WHeading201``): read as "Heading 1",
    its headings are headings (they were body text, and the file had no points at all by
    headings). LibreOffice's Word 2003 XML export itself drops the link between the heading
    style and its ``Article %1`` numbering, so the articles are read by their headings."""
    draft = import_bytes(made["articles.xml"].read_bytes(), "articles.xml", ".xml", DraftRequest(
        document=REQUEST.document, version=REQUEST.version, points_by=PointsBy.HEADINGS))
    assert draft.plan.title == ARTICLE_ROWS[0][0]  # a first "Heading 1", no "Title"
    assert [(point.title, point.text) for point in draft.plan.walk()] == list(ARTICLE_ROWS[1:])


@pytest.mark.parametrize("name", ["articles.doc", "articles.rtf"])
def test_auto_numbered_article_headings(made: dict[str, Path], name: str) -> None:
    """Outline numbering (``Article %1`` on the "Heading 1" style): each article a point,
    its heading the title."""
    draft = _import(made[name])
    assert [(point.number, point.title, point.text) for point in draft.plan.walk()] == [
        (str(n), head, text) for n, (head, text) in enumerate(ARTICLE_ROWS, 1)]


def test_a_doc_reads_the_same_twice_and_nothing_is_left_behind(
        made: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        cli: Callable[..., Run]) -> None:
    """Two imports of one .doc write the same bytes; the draft is not changed, and the
    temporary folder (the copy, LibreOffice's profile and its .docx) is removed."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    draft = tmp_path / "draft.doc"
    draft.write_bytes(made["list.doc"].read_bytes())
    before = draft.read_bytes(), draft.stat().st_mtime_ns
    for out in ("one.json", "two.json"):
        result = cli("import", str(draft), "--document", "treaty", "--version",
                     "2026-01-01-legacy", "-o", str(tmp_path / out))
        assert result.code == ExitCode.OK, result.err
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert (draft.read_bytes(), draft.stat().st_mtime_ns) == before
    assert list(temporary.iterdir()) == []


def test_diff_takes_a_doc_draft(made: dict[str, Path], tmp_path: Path,
                                cli: Callable[..., Run]) -> None:
    """``plandiff diff`` imports a .doc in memory, as it does a .docx: against the same
    list typed as text, nothing differs."""
    typed = tmp_path / "list.txt"
    typed.write_text("".join(f"{number}. {text}\n" if "(" not in number else
                             f"   ({number[-2]}) {text}\n" for number, text in LIST_TREE),
                     encoding="utf-8")
    result = cli("diff", str(made["list.doc"]), str(typed), "--exit-code")
    assert result.code == ExitCode.OK, result.err
    assert f"{made['list.doc']}: imported in memory as a docx draft" in result.err


def _escaped(text: str, codec: str, as_unicode: str = "") -> str:
    """RTF text as Word writes it: ASCII as is, other characters as ``\\'xx`` bytes of the
    code page, those in ``as_unicode`` as ``\\uN?`` (signed 16-bit, one fallback ``?``)."""
    out = []
    for char in text:
        if char.isascii():
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(char, char))
        elif char in as_unicode:
            code = ord(char)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            out.append("".join(f"\\'{byte:02x}" for byte in char.encode(codec)))
    return "".join(out)


_LIST_TABLE = (r"{\*\listtable{\list\listtemplateid1\listhybrid"
               r"{\listlevel\levelnfc0\levelnfcn0\leveljc0\levelstartat1\levelfollow0"
               r"{\leveltext\'02\'00.;}{\levelnumbers\'01;}\fi-360\li720}"
               r"{\listlevel\levelnfc4\levelnfcn4\leveljc0\levelstartat1\levelfollow0"
               r"{\leveltext\'03(\'01);}{\levelnumbers\'02;}\fi-360\li1440}"
               r"\listid1}}{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}")
"""One list: level 1 numbered ``1.``, level 2 lettered ``(a)``."""


def _rtf(page: int, charset: int, font: str, items: list[tuple[int, str]], codec: str,
         as_unicode: str = "") -> bytes:
    """An RTF file in code page ``page`` of ``items`` (level, text), each paragraph in the
    list with the number a reader without lists shows in ``{\\listtext …}``."""
    paragraphs, top, sub = [], 0, 0
    for depth, text in items:
        top, sub = (top + 1, 0) if depth == 0 else (top, sub + 1)
        label = f"{top}." if depth == 0 else f"({'abcdefgh'[sub - 1]})"
        paragraphs.append(rf"{{\listtext\pard\plain\f0 {label}\tab}}\pard\plain\ls1"
                          rf"\ilvl{depth}\fi-360\li{720 * (depth + 1)}\f0 "
                          + _escaped(text, codec, as_unicode) + r"\par")
    return (rf"{{\rtf1\ansi\ansicpg{page}\uc1\deff0{{\fonttbl{{\f0\fnil\fcharset{charset} "
            + _escaped(font, codec) + ";}}\n" + _LIST_TABLE + "\n" + "\n".join(paragraphs)
            + "\n}\n").encode("ascii")


_CYRILLIC = [(0, "Сторони припиняють вогонь уздовж усієї лінії зіткнення."),
             (0, "Полонених обмінюють за формулою «всіх на всіх»."),
             (0, "Створюється місія спостерігачів, до якої входять:"),
             (1, "представники кожної сторони;"),
             (1, "представники нейтральних держав — за згодою сторін."),
             (0, "Вибори проводяться протягом року, ґрунтуючись на законі № 1.")]
_JAPANESE = [(0, "両当事者は、接触線の全域で戦闘を停止する。"),
             (0, "捕虜は全員を全員と交換する。"),
             (0, "監視団を設置し、次の者で構成する。"),
             (1, "各当事者が指名する者"),
             (1, "中立国が指名する者（双方の合意による）"),
             (0, "選挙は一年以内に実施する。")]


@pytest.mark.parametrize(("page", "charset", "font", "items", "codec", "as_unicode"), [
    (1251, 204, "Times New Roman", _CYRILLIC, "cp1251", "«»№"),
    (932, 128, "ＭＳ 明朝", _JAPANESE, "cp932", "。")], ids=["cyrillic-1251", "japanese-932"])
def test_rtf_in_a_code_page_with_a_list_table(tmp_path: Path, page: int, charset: int,
                                              font: str, items: list[tuple[int, str]],
                                              codec: str, as_unicode: str) -> None:
    """Windows-1251 and Shift-JIS (code page 932) bytes and ``\\uN?`` characters read as
    the text they stand for; the list's numbers and letters kept."""
    path = tmp_path / "draft.rtf"
    path.write_bytes(_rtf(page, charset, font, items, codec, as_unicode))
    top, sub, expected = 0, 0, []
    for depth, text in items:
        top, sub = (top + 1, 0) if depth == 0 else (top, sub + 1)
        expected.append((str(top) if depth == 0 else f"{top}({'abcdefgh'[sub - 1]})", text))
    assert _tree(_import(path)) == expected


def test_an_rtf_whose_last_paragraph_is_a_sub_point(tmp_path: Path) -> None:
    """LibreOffice reads the list level of an RTF file's last paragraph as the first: the
    last sub-point (b) came out as point 3. The copy it converts ends with an empty
    paragraph, and the file itself is not changed."""
    path = tmp_path / "draft.rtf"
    written = _rtf(1252, 0, "Arial", [(0, "The parties stop fire."),
                                      (0, "A monitoring body is set up, made of:"),
                                      (1, "observers named by each side;"),
                                      (1, "observers named by neutral states.")], "cp1252")
    path.write_bytes(written)
    assert _tree(_import(path)) == [("1", "The parties stop fire."),
                                    ("2", "A monitoring body is set up, made of:"),
                                    ("2(a)", "observers named by each side;"),
                                    ("2(b)", "observers named by neutral states.")]
    assert path.read_bytes() == written


# --- without LibreOffice, and LibreOffice misbehaving (no conversion: a stand-in program) --

def test_without_libreoffice_an_rtf_is_refused_with_what_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Run]) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    draft = tmp_path / "draft.rtf"
    draft.write_bytes(_rtf(1252, 0, "Arial", [(0, "One point.")], "cp1252"))
    result = cli("import", str(draft), "--document", "treaty", "--version",
                 "2026-01-01-legacy", "-o", str(tmp_path / "out.json"))
    assert result.code == ExitCode.INPUT
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"{draft}: an RTF document"), result.err
    assert "install LibreOffice" in lines[0] and "Traceback" not in result.err
    assert not (tmp_path / "out.json").exists()


def _stand_in(folder: Path, script: str) -> None:
    """A program named ``soffice`` first on PATH, running ``script`` (POSIX shell)."""
    folder.mkdir()
    program = folder / "soffice"
    program.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)


def test_libreoffice_over_time_is_killed_with_its_children(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A conversion that hangs: stopped at the time limit, the helper it started killed too
    (the whole process group), and a one-line error that says how to allow longer. The limit
    is counted from when the stand-in has started its helper (plandiff's start of it waits
    for the line it prints then), so a loaded machine, slow to start it, changes nothing."""
    pids = tmp_path / "pids"
    _stand_in(tmp_path / "bin", f"sleep 300 &\necho $$ $! > {pids}\necho started\nwait\n")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    start = subprocess.Popen

    def started(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        child: subprocess.Popen[bytes] = start(*args, **kwargs)
        assert child.stdout is not None
        child.stdout.readline()  # the stand-in has started its helper
        return child

    monkeypatch.setattr(soffice.subprocess, "Popen", started)
    draft = tmp_path / "draft.rtf"
    draft.write_bytes(_rtf(1252, 0, "Arial", [(0, "One point.")], "cp1252"))
    with pytest.raises(InputError) as caught:
        _import(draft, Limits(max_convert_seconds=1))
    shell, helper = (int(pid) for pid in pids.read_text(encoding="utf-8").split())
    try:
        message = str(caught.value)
        assert "did not finish converting it within 1 s" in message, message
        assert "PLANDIFF_MAX_CONVERT_SECONDS" in message and "\n" not in message
        assert _gone(shell, within=10) and _gone(helper, within=10)
    finally:
        _end_group(shell)


def _stopped_setup(tmp_path: Path, script: str) -> tuple[Path, Path, dict[str, str]]:
    """For the stop tests: LibreOffice's stand-in running ``script``, an empty temporary
    folder, a one-point .rtf draft; the draft, the folder and the environment to run in."""
    _stand_in(tmp_path / "bin", script)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    draft = tmp_path / "draft.rtf"
    draft.write_bytes(_rtf(1252, 0, "Arial", [(0, "One point.")], "cp1252"))
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "TMPDIR": str(temporary), "PYTHONPATH": str(REPO / "src")}
    return draft, temporary, env


def _stopped_cleanly(process: subprocess.Popen[bytes], err: bytes, stand_in: tuple[int, int],
                     temporary: Path) -> None:
    """plandiff ended as SIGTERM ends it (exit 143, "interrupted", no traceback), the
    stand-in's shell and helper are gone, and the temporary folder is empty."""
    assert process.returncode == ExitCode.TERMINATED, err
    assert b"interrupted (SIGTERM)" in err and b"Traceback" not in err
    assert all(_gone(pid, within=10) for pid in stand_in)
    assert list(temporary.iterdir()) == []


def test_plandiff_stopped_by_sigterm_kills_libreoffice_and_removes_its_folder(
        tmp_path: Path) -> None:
    """``kill`` or a CI job's end (SIGTERM) while LibreOffice converts: exit code 143, the
    process group killed, the temporary folder (the copy, the profile) removed."""
    started = tmp_path / "started"
    os.mkfifo(started)
    draft, temporary, env = _stopped_setup(
        tmp_path, f"sleep 300 &\necho $$ $! > {started}\nwait\n")
    with _line_from(started) as line:
        process = subprocess.Popen([sys.executable, "-m", "plandiff", "import", str(draft),
                                    "--document", "treaty", "--version", "2026-01-01-legacy"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        shell, helper = (int(pid) for pid in line().split())  # the stand-in has started
    try:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=120)  # a hang guard, not a time budget
        _stopped_cleanly(process, err, (shell, helper), temporary)
    finally:
        _end_group(shell)


@contextlib.contextmanager
def _line_from(fifo: Path) -> Iterator[Callable[[], str]]:
    """Open ``fifo`` (a named pipe) for reading without blocking; the function given waits
    for the first line a writer puts in it (up to 300 s, a hang guard: a loaded machine
    starts Python slowly) and returns it."""
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    keep = os.open(fifo, os.O_WRONLY)  # no end of file while no writer has come yet

    def line() -> str:
        data = b""
        watch = select.poll()
        watch.register(reader, select.POLLIN)
        while not data.endswith(b"\n"):
            assert watch.poll(300_000), "LibreOffice's stand-in never started"
            data += os.read(reader, 4096)
        return data.decode("utf-8")

    try:
        yield line
    finally:
        os.close(keep)
        os.close(reader)


def test_sigterm_while_libreoffice_starts_kills_it_too(tmp_path: Path) -> None:
    """SIGTERM that comes while LibreOffice is being started, before plandiff holds its
    process (on a loaded machine, ``kill`` right after the start): exit code 143 all the
    same, LibreOffice's process group killed, the temporary folder removed. The signal is
    sent at that moment by tests/plans/intake/stopped_while_starting.py, not raced."""
    pids = tmp_path / "pids"
    draft, temporary, env = _stopped_setup(
        tmp_path, f"sleep 300 &\necho $$ $! > {pids}\necho started\nwait\n")
    process = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "plans" / "intake" / "stopped_while_starting.py"),
         "import", str(draft), "--document", "treaty", "--version", "2026-01-01-legacy"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _, err = process.communicate(timeout=120)  # a hang guard, not a time budget
    shell, helper = (int(pid) for pid in pids.read_text(encoding="utf-8").split())
    try:
        _stopped_cleanly(process, err, (shell, helper), temporary)
    finally:
        _end_group(shell)


def _end_group(group: int) -> None:
    """Kill what is left of a stand-in's process group, so a failed test leaves nothing
    running (its ``sleep 300``)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def _gone(pid: int, within: float) -> bool:
    """Whether ``pid`` has ended, or ends within ``within`` seconds: killed with SIGKILL, a
    process on a loaded machine is not always gone by the time ``kill`` returns (it dies when
    next scheduled), so the check waits on its end (a pidfd turns readable when the process
    exits) rather than looking once."""
    try:
        descriptor = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        watch = select.poll()
        watch.register(descriptor, select.POLLIN)
        watch.poll(int(within * 1000))
    finally:
        os.close(descriptor)
    return not _alive(pid)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a killed process no one has reaped yet, a zombie, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return False
    return state[0] not in ("Z", "X")


def test_libreoffice_runs_headless_with_a_throwaway_profile_that_runs_no_macro(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What LibreOffice is started with: headless, a profile in the temporary folder whose
    settings switch macros off and never update links, a copy of the draft (not the user's
    path); it writing no .docx is a one-line error naming the file."""
    seen = tmp_path / "seen"
    _stand_in(tmp_path / "bin", f'printf "%s\\n" "$@" > {seen}/argv\n'
                                'for arg; do case "$arg" in -env:UserInstallation=file://*)\n'
                                f'  cp "${{arg#-env:UserInstallation=file://}}/user/'
                                f'registrymodifications.xcu" {seen}/profile;; esac; done\n')
    seen.mkdir()
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    draft = tmp_path / "draft.rtf"
    draft.write_bytes(_rtf(1252, 0, "Arial", [(0, "One point.")], "cp1252"))
    with pytest.raises(InputError) as caught:
        _import(draft)
    assert "draft.rtf: an RTF document that LibreOffice could not convert" in str(caught.value)
    argv = (seen / "argv").read_text(encoding="utf-8").splitlines()
    assert "--headless" in argv and argv[argv.index("--convert-to") + 1].startswith("docx:")
    assert not argv[-1].startswith(str(tmp_path)) and argv[-1].endswith(".rtf")
    profile = (seen / "profile").read_text(encoding="utf-8")
    for setting in ('"DisableMacrosExecution" oor:op="fuse"><value>true',
                    '"MacroSecurityLevel" oor:op="fuse"><value>3',
                    '"Executable" oor:op="fuse"><value>false',
                    '"Link" oor:op="fuse"><value>2'):
        assert setting in profile, setting


# --- refused before LibreOffice starts ----------------------------------------------------

_WORD_2003 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
              'xmlns:aml="http://schemas.microsoft.com/aml/2001/core"><w:body>'
              '<w:p><w:r><w:t>1. Prisoners are exchanged</w:t></w:r><aml:annotation aml:id="0" '
              'w:type="Word.Insertion" aml:author="Drafter A"><aml:content><w:r>'
              '<w:t> within thirty days</w:t></w:r></aml:content></aml:annotation></w:p>'
              "</w:body></w:wordDocument>")


def test_word_2003_xml_with_tracked_changes_is_refused() -> None:
    """LibreOffice drops the text of Word 2003 XML's tracked changes (inserted and deleted
    alike): refused, not read with the inserted words missing."""
    with pytest.raises(InputError) as caught:
        import_bytes(_WORD_2003.encode(), "draft.xml", ".xml", REQUEST)
    message = str(caught.value)
    assert message.startswith("draft.xml: a Word 2003 XML document with 1 tracked change(s)")
    assert "accept or reject the changes in Word" in message


def test_an_ole_file_that_holds_no_word_document_is_refused() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "Workbook".encode("utf-16-le")
    with pytest.raises(InputError, match="names no Word document"):
        import_bytes(data, "sheet.xls", ".xls", REQUEST)


def test_an_rtf_named_txt_is_named_for_what_it_is() -> None:
    with pytest.raises(InputError) as caught:
        import_bytes(b"{\\rtf1\\ansi {\\pard 1. One point.\\par}}", "draft.txt", ".txt",
                     REQUEST)
    assert "named .txt but the content is an RTF document" in str(caught.value)


def test_an_rtf_nested_too_deep_is_refused_before_libreoffice_starts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice 7.4 had not converted 600,000 nested groups after two minutes: the
    nesting is checked first, against the markup depth limit."""
    data = b"{\\rtf1\\ansi " + b"{\\pard \\{ " * 1_001 + b"1. One point." + b"}" * 1_002

    def no_start(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError("LibreOffice was started")

    monkeypatch.setattr(soffice.subprocess, "Popen", no_start)
    with pytest.raises(InputError, match=r"nest over 1000 deep.*PLANDIFF_MAX_MARKUP_DEPTH"):
        import_bytes(data, "deep.rtf", ".rtf", REQUEST)


@pytest.mark.parametrize("suffix", ["doc", "rtf"])
def test_a_point_struck_or_inserted_whole_in_doc_and_rtf_takes_no_number(
        tmp_path: Path, suffix: str) -> None:
    """A numbered point deleted whole (its paragraph mark deleted too, as Word deletes it)
    and one inserted whole: LibreOffice's .doc and .rtf keep the struck and inserted text
    but not the revision on the paragraph mark, so the paragraph left empty by the view
    read still took its number ("3 follows 1", then 4 and 5). A numbered paragraph whose
    text is all gone in the view read is read as gone with its mark, as in the .docx, and
    the report says so."""
    by = 'w:author="Drafter A" w:date="2026-01-05T10:00:00Z"'
    struck = (f'<w:del w:id="3" {by}><w:r><w:delText>Ukraine gives up its claim to the '
              "occupied regions.</w:delText></w:r></w:del>")
    added = f'<w:ins w:id="4" {by}>' + run("Elections are held within 100 days.") + "</w:ins>"
    body = (para(run("The parties stop fire along the whole line."), numbered(1))
            + para(struck, numbered(1) + f'<w:rPr><w:del w:id="5" {by}/></w:rPr>')
            + para(run("All prisoners are exchanged, all for all."), numbered(1))
            + para(added, numbered(1) + f'<w:rPr><w:ins w:id="6" {by}/></w:rPr>')
            + para(run("Sanctions are lifted in stages."), numbered(1)))
    source = tmp_path / "whole.docx"
    source.write_bytes(docx(body, _LIST))
    subprocess.run([str(find_soffice()), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", suffix, "--outdir", str(tmp_path),
                    str(source)], check=True, capture_output=True, timeout=180)
    converted = tmp_path / f"whole.{suffix}"
    for view, texts in (
            ("accepted", ["The parties stop fire along the whole line.",
                          "All prisoners are exchanged, all for all.",
                          "Elections are held within 100 days.",
                          "Sanctions are lifted in stages."]),
            ("rejected", ["The parties stop fire along the whole line.",
                          "Ukraine gives up its claim to the occupied regions.",
                          "All prisoners are exchanged, all for all.",
                          "Sanctions are lifted in stages."])):
        for path in (source, converted):
            draft = import_bytes(path.read_bytes(), path.name, path.suffix, DraftRequest(
                document="treaty", version="2026-01-01-legacy", view=RevisionView(view)))
            assert _tree(draft) == [(str(n), text) for n, text in enumerate(texts, 1)], \
                (path.name, view)
            assert not draft.report.warnings, (path.name, view)
        change = {"accepted": "deletion read as a deletion",
                  "rejected": "insertion read as an insertion"}[view]
        assert any(f"1 numbered paragraph(s) whose text is all a tracked {change} with its "
                   "paragraph mark" in note for note in _notes(draft)), _notes(draft)
