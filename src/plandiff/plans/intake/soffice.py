"""Adapter for LibreOffice (``soffice``): the only module that starts it, or any process.

An old binary Word file (.doc), an RTF file and a Word 2003 XML file are read by having a
headless LibreOffice convert them to a .docx, which the Word reader then reads like any other.
Everything happens in a private temporary folder that is removed afterwards: the draft's
bytes are copied there (the user's file is never opened by LibreOffice, nor changed), the
converted file is written there, and LibreOffice runs with a throwaway user profile there
(``-env:UserInstallation``), so it neither reads nor changes the user's own profile and does
not hand the job to a LibreOffice the user has open.

No macro runs. A headless ``--convert-to`` loads the document without showing it and with no
one to answer a prompt, and LibreOffice's default macro security level (2, "High") runs only
macros signed by a trusted author or kept in a trusted folder, of which a new profile has
none (measured with LibreOffice 7.4: a flat OpenDocument file whose Basic macro, bound to
the document's load event, writes a file did not write it on a headless ``--convert-to``,
with a new profile or one set to level 0, "Low"). That default is not left to chance: the
throwaway profile is written before LibreOffice starts, with macro execution switched off
outright (``DisableMacrosExecution``, which LibreOffice honours whatever the level), the
level at 3 ("Very high"), Word's VBA code neither loaded nor made executable, and links to
other files or the web not updated on loading (Writer's ``Update/Link`` = 2, "never").

LibreOffice is given a time limit (:attr:`~plandiff.limits.Limits.max_convert_seconds`); it
runs in a process group of its own, which is killed whole when the limit passes or plandiff
is stopped, so no ``soffice.bin`` is left behind. The library never prints or exits: every
failure is an input problem naming the file (exit code 2).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from plandiff.atomicio import atomic_write_bytes, atomic_write_text
from plandiff.errors import Interrupted
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.problems import input_problem

__all__ = ["KINDS", "Converted", "find_soffice", "to_docx"]

KINDS = {
    "doc": ("an old binary Word file (.doc)", "doc"),
    "rtf": ("an RTF document", "rtf"),
    "word-2003": ("a Word 2003 XML document", "xml"),
    "odt": ("an OpenDocument text (.odt)", "odt"),
    "fodt": ("a flat OpenDocument text (.fodt)", "fodt"),
}
"""The formats read through LibreOffice: how the report names each, and the extension its
copy is given (LibreOffice's type detection reads the content; the extension agrees)."""

_PROGRAMS = ("soffice", "libreoffice")
_MACOS = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
"""Where LibreOffice's macOS installer puts the program (it adds nothing to ``PATH``)."""
_TARGET = "docx:MS Word 2007 XML"
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Filter/Import/VBA"><prop
 oor:name="Load" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Filter/Import/VBA"><prop
 oor:name="Executable" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop
 oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
"""
"""The throwaway profile's settings (``registrymodifications.xcu``): see the module notes."""
_WORD_2003_REVISION = re.compile(rb"""\btype=["']Word\.(?:Insertion|Deletion)["']""")
"""A tracked insertion or deletion of Word 2003 XML (an ``aml:annotation``): LibreOffice 7.4
drops its text on import, inserted or deleted (measured), so such a file is refused rather
than read with text silently missing."""
_BRACE = re.compile(rb"\\[\\{}]|[{}]")
"""A brace that opens or closes an RTF group, or an escaped one (``\\{``, ``\\}``, ``\\\\``)."""
_PAR_END = re.compile(rb"(?<!\\)\\par\Z")
"""A paragraph mark (``\\par``, not an escaped backslash and ``par``) at the end."""
_APPLICATION = re.compile(rb"<Application>LibreOffice/([0-9][0-9.]*)")
_APP_XML_BYTES = 64 * 1024


@dataclass(frozen=True)
class Converted:
    """A draft converted to a .docx, and what the report says of it."""

    data: bytes
    note: str


def find_soffice() -> str | None:
    """The LibreOffice program on ``PATH`` (``soffice``, else ``libreoffice``), else where
    the macOS installer puts it, or None."""
    found = next((found for found in map(shutil.which, _PROGRAMS) if found), None)
    return found or (_MACOS if os.access(_MACOS, os.X_OK) else None)


def to_docx(data: bytes, display: str, kind: str,
            limits: Limits = DEFAULT_LIMITS) -> Converted:
    """``data`` (a format of :data:`KINDS`) converted to a .docx by headless LibreOffice."""
    what, extension = KINDS[kind]
    if len(data) > limits.max_file_bytes:
        raise input_problem(display, f"over the limit of {limits.max_file_bytes} bytes (set "
                            "PLANDIFF_MAX_FILE_BYTES to raise it)", rule="limit")
    if kind == "rtf" and _too_deep(data, limits.max_markup_depth):
        raise input_problem(display, f"{what} whose groups ({{…}}) nest over "
                            f"{limits.max_markup_depth} deep (set PLANDIFF_MAX_MARKUP_DEPTH to "
                            "raise it)", rule="limit")
    revisions = len(_WORD_2003_REVISION.findall(data)) if kind == "word-2003" else 0
    if revisions:
        raise input_problem(display, f"{what} with {revisions} tracked change(s), which "
                            "LibreOffice leaves out when it reads the file (inserted and "
                            "deleted text alike); accept or reject the changes in Word and "
                            "save it as a Word Document (.docx) first", rule="format")
    program = find_soffice()
    if program is None:
        raise input_problem(display, f"{what}: plandiff reads it through LibreOffice, which is "
                            "not installed (no soffice or libreoffice on PATH); install "
                            "LibreOffice (Writer is enough: Debian's and Ubuntu's "
                            "libreoffice-writer-nogui), or save the file as .docx, PDF or "
                            "text first",
                            rule="format")
    with tempfile.TemporaryDirectory(prefix="plandiff-soffice-") as folder:
        work = Path(folder)
        source = work / f"draft.{extension}"
        # a private folder of our own: new files, written as every plandiff file is
        atomic_write_bytes(source, _last_paragraph_closed(data) if kind == "rtf" else data,
                           overwrite=False)
        profile = work / "profile"
        atomic_write_text(profile / "user" / "registrymodifications.xcu", _PROFILE,
                          overwrite=False)
        out = work / "out"
        out.mkdir()
        _run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
              "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck",
              "--convert-to", _TARGET, "--outdir", str(out), str(source)],
             display, what, limits.max_convert_seconds)
        converted = out / "draft.docx"
        if not converted.is_file():
            raise input_problem(display, f"{what} that LibreOffice could not convert (it "
                                "wrote no .docx: damaged, password-protected or not a "
                                "document); open it in Word or LibreOffice and save it as "
                                ".docx", rule="format")
        if converted.stat().st_size > limits.max_unpacked_bytes:
            raise input_problem(display, f"LibreOffice's .docx of it is over the limit of "
                                f"{limits.max_unpacked_bytes} bytes (set "
                                "PLANDIFF_MAX_UNPACKED_BYTES to raise it)", rule="limit")
        docx = converted.read_bytes()
    version = _version(docx)
    by = f"LibreOffice {version}" if version else "LibreOffice"
    return Converted(docx, f"{what} converted to .docx by {by} and read as that .docx")


def _last_paragraph_closed(rtf: bytes) -> bytes:
    """An RTF file whose last paragraph ends with ``\\par`` right before the closing
    braces, with an empty plain paragraph after it. LibreOffice 7.4 reads the list level of
    an RTF file's last paragraph as the list's first (``\\ilvl1`` read as ``\\ilvl0``: a
    list's last sub-point (b) became a point of its own, measured); it reads the level right
    when another paragraph follows. The copy LibreOffice converts is changed, never the
    file."""
    body = rtf.rstrip(b"}\x00 \t\r\n")
    if len(body) == len(rtf) or not _PAR_END.search(body[-16:]):
        return rtf
    return body + b"\\pard\\par" + rtf[len(body):]


def _too_deep(rtf: bytes, limit: int) -> bool:
    """Whether an RTF file's groups nest deeper than ``limit`` (a linear scan; an escaped
    brace ``\\{`` is text). LibreOffice 7.4 had not converted 600,000 nested groups after
    120 s (measured), where Word's own files nest a few dozen deep."""
    depth = 0
    for brace in _BRACE.finditer(rtf):
        token = brace.group()
        if token == b"{":
            depth += 1
            if depth > limit:
                return True
        elif token == b"}":
            depth = max(depth - 1, 0)
    return False


def _run(command: list[str], display: str, what: str, seconds: int) -> None:
    """Run LibreOffice in a process group of its own, killed whole when it is over time,
    when plandiff is stopped, and after it exits (a helper it left running)."""
    with _terminate_stops() as stop:
        try:
            child = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     start_new_session=True)
        except OSError as exc:
            raise input_problem(display, f"{what}: LibreOffice ({command[0]}) could not be "
                                f"started ({exc.strerror or exc}); save the file as .docx, "
                                "PDF or text first", rule="format") from None
        try:
            stop.watch(child)
            _, err = child.communicate(timeout=seconds)
        except subprocess.TimeoutExpired:
            _kill(child)
            raise input_problem(display, f"{what}: LibreOffice did not finish converting it "
                                f"within {seconds} s (set PLANDIFF_MAX_CONVERT_SECONDS to "
                                "allow longer)", rule="limit") from None
        finally:
            _kill(child)
            stop.watch(None)
    if child.returncode != 0:
        said = " ".join(err.decode("utf-8", errors="replace").split())[-200:]
        raise input_problem(display, f"{what} that LibreOffice could not convert (exit "
                            f"code {child.returncode}{': ' + said if said else ''}); open it "
                            "in Word or LibreOffice and save it as .docx", rule="format")


class _Stop:
    """What SIGTERM does while LibreOffice runs: notes the signal and kills LibreOffice's
    process group, if it is running; it raises nothing. A handler that raised could do so
    anywhere in the main thread: inside ``subprocess.Popen`` before plandiff holds the
    child (LibreOffice then ran on, found under load), or in the ``finally`` before the
    group is killed. The conversion ends as LibreOffice dies, and :func:`_terminate_stops`
    raises :class:`Interrupted` once the handler is gone."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._child: subprocess.Popen[bytes] | None = None

    def watch(self, child: subprocess.Popen[bytes] | None) -> None:
        """Kill ``child`` (on SIGTERM, or now if SIGTERM came already); None: no more."""
        self._child = child
        if child is not None and self.signum is not None:
            _kill_group(child)

    def handle(self, signum: int, frame: object) -> None:
        self.signum = signum
        child = self._child
        if child is not None and child.returncode is None:  # not reaped: its group is its own
            _kill_group(child)


@contextlib.contextmanager
def _terminate_stops() -> Iterator[_Stop]:
    """SIGTERM (``kill``, ``timeout``, a CI job's end) while LibreOffice runs: its process
    group killed and :class:`Interrupted` raised, so that the temporary folder is removed (by
    default Python ends at once, leaving both). Only in the main thread, and only when no
    one handles SIGTERM already (``plandiff build`` does); Ctrl-C raises KeyboardInterrupt,
    which cleans up the same way."""
    stop = _Stop()
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield stop
        return
    signal.signal(signal.SIGTERM, stop.handle)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if stop.signum is not None:  # a stop outranks what the conversion came to
            raise Interrupted(stop.signum)


def _kill(child: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice's process group (whatever is left of it) and reap the child."""
    _kill_group(child)
    child.wait()


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice's process group, without waiting (safe in a signal handler, which
    must not wait: the main thread it interrupts may be waiting on the child)."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):  # the group is gone
            os.killpg(child.pid, signal.SIGKILL)
    else:  # no process groups (Windows): the child alone
        with contextlib.suppress(OSError):
            child.kill()


def _version(docx: bytes) -> str | None:
    """LibreOffice's version as it wrote it in the .docx's ``docProps/app.xml``."""
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as archive:
            info = archive.getinfo("docProps/app.xml")
            if info.file_size > _APP_XML_BYTES:
                return None
            found = _APPLICATION.search(archive.read(info))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return None
    return found.group(1).decode("ascii") if found else None
