"""The Word package around a draft's body: the zip archive, read within the unpacking budget
(at most ``max_parts`` members; the parts read may unpack to at most ``max_unpacked_bytes``,
measured while reading, not taken from the archive's own claims) and through the safe XML
adapter; Word's Strict Open XML namespaces read as the transitional ones; Word's one-file
"Word XML Document" as the archive it stands for; the main part and its related parts
(numbering, styles, footnotes, comments); embedded chunks (``w:altChunk``); and what the
parts beside the body hold: footnotes and endnotes, reviewers' comments, the file's dates.
"""

from __future__ import annotations

import base64
import io
import posixpath
import re
import struct
import zipfile
import zlib
from typing import Any

from plandiff.errors import InputError
from plandiff.limits import Limits
from plandiff.plans.intake.docxml import W, attr, find
from plandiff.plans.intake.docxnumbering import format_number
from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.officetext import comment_line, comment_place
from plandiff.plans.intake.problems import input_problem
from plandiff.xmlio import XmlInputError, children, parse_untrusted, to_bytes, walk
from plandiff.xmlio import local_name as local

__all__ = ["Archive", "Chunks", "comment_anchors", "comment_places", "custom_mark",
           "flat_package", "main_part", "margin_comments", "note_texts", "properties",
           "written_by_libreoffice"]

_OFFICE_DOCUMENT = re.compile(r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"|'
                              r'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"')
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
               EOFError, OSError, RuntimeError, zlib.error, struct.error, UnicodeDecodeError)
"""What a damaged archive can raise while it is listed or unpacked."""
_LIBREOFFICE = re.compile(rb"<Application>\s*LibreOffice\b")
"""LibreOffice naming itself the writing program in ``docProps/app.xml``."""
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT = ((b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.strip("{}").encode()),
           (b"http://purl.oclc.org/ooxml/officeDocument/relationships", _RELATIONSHIPS.encode()))
"""The namespaces of Word's "Strict Open XML Document" and the transitional ones the reader
knows: the elements and attributes the reader uses are the same in both."""
class Archive:
    """The zip, with every read counted against the unpacking budget. ``named``, ``kind`` and
    ``part`` say in the errors what the archive should have been (the OpenDocument reader,
    :mod:`.odf`, reads its packages through this class too)."""

    def __init__(self, data: bytes, display: str, limits: Limits, *, named: str = "Word .docx",
                 kind: str = "Word document", part: str = "a Word part") -> None:
        self.display = display
        self.kind = kind
        self.part = part
        self.limits = limits
        self.budget = limits.max_unpacked_bytes
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            names = self.zip.infolist()
        except _ZIP_ERRORS as exc:
            raise input_problem(display, f"not a valid {named} (not a readable zip "
                                f"archive: {exc})", rule="format") from None
        if len(names) > limits.max_parts:
            raise input_problem(display, f"a zip archive of {len(names)} members, over the "
                                f"limit of {limits.max_parts} for a {kind}",
                                rule="limits")
        self.names = {info.filename: info for info in names}

    def read(self, name: str, required: bool = False) -> bytes | None:
        info = self.names.get(name)
        if info is None:
            if required:
                raise input_problem(self.display, f"a zip archive but not a {self.kind} "
                                    f"(no {name})", rule="format")
            return None
        if info.flag_bits & 0x1:
            raise input_problem(self.display, "an encrypted archive; save the document "
                                "without a password", rule="format")
        if info.file_size > self.budget:
            raise self._bomb(name)
        try:
            with self.zip.open(info) as stream:
                data = stream.read(self.budget + 1)
        except _ZIP_ERRORS as exc:
            raise input_problem(self.display, f"{name}: cannot be unpacked ({exc})",
                                rule="format") from None
        if len(data) > self.budget:
            raise self._bomb(name)
        self.budget -= len(data)
        return data

    def _bomb(self, name: str) -> Exception:
        return input_problem(self.display, f"{name} unpacks to more than "
                             f"{self.limits.max_unpacked_bytes} bytes (a zip bomb?); set "
                             "PLANDIFF_MAX_UNPACKED_BYTES to raise the limit", rule="limits")

    def xml(self, name: str, required: bool = False) -> Any:
        data = self.read(name, required)
        if data is None:
            return None
        if b"purl.oclc.org/ooxml/" in data:  # Strict Open XML: the same elements
            for strict, transitional in _STRICT:
                data = data.replace(strict, transitional)
        try:
            return parse_untrusted(data, kind=self.part)
        except XmlInputError as exc:
            at = f" (line {exc.line}, column {exc.column})" if exc.line is not None else ""
            raise input_problem(self.display, f"{name}: {exc}{at}", rule="format") from None


_MAIN_TYPE = re.compile(r'PartName="/?([^"]+)"[^>]*ContentType="[^"]*wordprocessingml\.'
                        r'(?:document|template)(?:\.macroEnabled)?(?:\.main)?\+xml"|'
                        r'ContentType="[^"]*wordprocessingml\.(?:document|template)'
                        r'(?:\.macroEnabled)?(?:\.main)?\+xml"[^>]*PartName="/?([^"]+)"',
                        re.IGNORECASE)
"""The main part as ``[Content_Types].xml`` names it (a document, a template, with macros)."""


def main_part(archive: Archive) -> str:
    """The main part: where the package's relationships point (``_rels/.rels``), else the
    part ``[Content_Types].xml`` gives the main document's type, else ``word/document.xml``."""
    for name, pattern in (("_rels/.rels", _OFFICE_DOCUMENT),
                          ("[Content_Types].xml", _MAIN_TYPE)):
        data = archive.read(name)
        match = pattern.search(data.decode("utf-8", errors="replace")) if data else None
        if match and (match.group(1) or match.group(2)) in archive.names:
            return str(match.group(1) or match.group(2))
    return "word/document.xml"


class Chunks:
    """The embedded chunks of the main part (``w:altChunk``: a page of HTML, or text, that
    Word reads in place on opening), read as lines; a chunk in another format (RTF, MHT, a
    Word file) is named in the report instead."""

    _READ = (".htm", ".html", ".xhtml", ".xht", ".txt")

    def __init__(self, archive: Archive, main: str) -> None:
        self.archive = archive
        self.skipped: list[str] = []
        folder, _, name = main.rpartition("/")
        self.folder = folder
        self.targets: dict[str, str] = {}
        self.typed: dict[str, str] = {}
        rels = archive.xml(f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels")
        for link in children(rels) if rels is not None else ():
            target = link.get("Target") or ""
            if local(link) != "Relationship" or link.get("TargetMode") == "External":
                continue
            path = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            self.targets[link.get("Id") or ""] = path
            kind = (link.get("Type") or "").rpartition("/")[2].lower()
            self.typed.setdefault(kind, path)

    def part(self, kind: str) -> str:
        """The main part's related part of type ``kind`` (``numbering``, ``styles`` …): the
        one its relationships name, else ``kind.xml`` beside it, as Word names it."""
        if kind in self.typed:
            return self.typed[kind]
        return f"{self.folder}/{kind}.xml" if self.folder else f"{kind}.xml"

    def __call__(self, element: Any) -> list[Line]:
        ident = element.get(f"{{{_RELATIONSHIPS}}}id") or ""
        part = self.targets.get(ident)
        data = self.archive.read(part) if part is not None else None
        if part is None or data is None:
            self.skipped.append(f"an embedded chunk (w:altChunk {ident or '?'}) names no part "
                                "of the file: left out")
            return []
        if not part.lower().endswith(self._READ):
            self.skipped.append(f"an embedded chunk ({part}) that Word reads in place on "
                                "opening is not read: plandiff reads HTML and text chunks; "
                                "open the file in Word and save it again to import its text")
            return []
        from plandiff.plans.intake.html import read_html
        from plandiff.plans.intake.textfile import read_text

        label = f"{self.archive.display} ({part})"
        chunk = read_text(data, label) if part.lower().endswith(".txt") else \
            read_html(data, label, self.archive.limits)
        return [*(Line(line.text, f"{part}, {line.where}") for line in chunk.lines),
                Line("", part)]


_PACKAGE = "{http://schemas.microsoft.com/office/2006/xmlPackage}"


def flat_package(data: bytes, display: str) -> bytes:
    """Word's "Word XML Document" (one XML file holding every part of the .docx, each in a
    ``pkg:part`` as XML or base64) as the .docx archive it stands for."""
    try:
        root = parse_untrusted(data, kind="a Word XML document")
    except XmlInputError as exc:
        raise input_problem(display, str(exc), rule="format") from None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in children(root):
            name = (part.get(f"{_PACKAGE}name") or "").lstrip("/")
            if local(part) != "part" or not name:
                continue
            for content in children(part):
                if local(content) == "xmlData" and children(content):
                    archive.writestr(name, to_bytes(children(content)[0], newline=False))
                elif local(content) == "binaryData":
                    try:
                        archive.writestr(name, base64.b64decode("".join(
                            str(content.text or "").split())))
                    except ValueError:
                        raise input_problem(display, f"part /{name}: its binary data is "
                                            "not base64", rule="format") from None
    return out.getvalue()


def properties(archive: Archive) -> bytes | None:
    """The core properties part (the file's dates), None when it cannot be unpacked: the
    properties are not the text, so a damaged part does not stop the import."""
    try:
        return archive.read("docProps/core.xml")
    except InputError:
        return None


def written_by_libreoffice(archive: Archive) -> bool:
    """Whether the extended properties (``docProps/app.xml``) name LibreOffice as the
    program that wrote the file (every .doc, RTF and Word 2003 file plandiff reads, which
    LibreOffice converts first); False when the part is missing or cannot be unpacked."""
    try:
        data = archive.read("docProps/app.xml")
    except InputError:
        return False
    return data is not None and _LIBREOFFICE.search(data) is not None


def title_property(core: bytes | None) -> str | None:
    """The document's Title property (``dc:title`` of the core properties ``core``), None
    when it has none or the part cannot be read (the properties are not the text)."""
    if not core:
        return None
    try:
        root = parse_untrusted(core, kind="Word's document properties")
    except XmlInputError:
        return None
    element = root.find("{http://purl.org/dc/elements/1.1/}title")
    return str(element.text or "") if element is not None else None


def _everything(element: Any) -> bool:
    return True


def comment_anchors(body: Any) -> dict[str, str]:
    """The words each comment is anchored on (between its ``w:commentRangeStart`` and
    ``w:commentRangeEnd``), by the comment's id: what the comment concerns. Deleted text is
    not among them (``w:delText``); paragraphs are joined by a space."""
    if next(body.iter(f"{W}commentRangeStart"), None) is None:
        return {}  # no comment on a range of words: no walk
    words: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for node in body.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}t", f"{W}p",
                          f"{W}tab", f"{W}br"):
        name = local(node)
        ident = attr(node, "id") or ""
        if name == "commentRangeStart":
            open_ids.append(ident)
            words.setdefault(ident, [])
        elif name == "commentRangeEnd" and ident in open_ids:
            open_ids.remove(ident)
        elif open_ids:
            text = node.text or "" if name == "t" else " "
            for opened in open_ids:
                words[opened].append(text)
    return {ident: " ".join("".join(parts).split()) for ident, parts in words.items()}


def comment_places(body: Any, anchors: dict[str, str]) -> dict[str, str]:
    """Where each comment covering no words stands (a point comment: its
    ``w:commentReference`` with no range, or an empty one, around it), by the comment's id:
    the words of its paragraph either side of the mark (:func:`~.officetext.comment_place`).
    Deleted text is not among them (``w:delText``)."""
    places: dict[str, str] = {}
    before: list[str] = []
    waiting: list[tuple[str, str]] = []  # (id, the words before) of the paragraph's marks

    def settle() -> None:
        after = "".join(before)
        for ident, said in waiting:
            places[ident] = comment_place(said, after[len(said):])
        waiting.clear()

    for node in body.iter(f"{W}p", f"{W}t", f"{W}tab", f"{W}br", f"{W}commentReference"):
        name = local(node)
        if name == "p":
            settle()
            before = []
        elif name == "commentReference":
            ident = attr(node, "id") or ""
            if not anchors.get(ident) and ident not in places:
                waiting.append((ident, "".join(before)))
        else:
            before.append(node.text or "" if name == "t" else " ")
    settle()
    return {ident: place for ident, place in places.items() if place}


def margin_comments(archive: Archive, part: str, anchors: dict[str, str] | None = None,
                    extended: str | None = None,
                    places: dict[str, str] | None = None) -> tuple[str, ...]:
    """Reviewers' comments in the margin (``Author: text``, in the file's order, with the
    words each is anchored on, ``anchors`` by comment id, and whether it is resolved, as the
    ``extended`` part, commentsExtended.xml, says: :func:`~.officetext.comment_line`; a
    comment on no words, where it stands, ``places`` by comment id: :func:`comment_places`):
    not the draft's text, so they go to the end of the version's notes, never through the
    parser, as an office suite's web page's comments do."""
    root = archive.xml(part)
    if root is None:
        return ()
    done, parents = _comment_threads(archive, extended)
    comments = [comment for comment in children(root) if local(comment) == "comment"]
    authors = {_last_paragraph_id(comment): attr(comment, "author") or "" for comment in comments}
    out: list[str] = []
    for comment in comments:
        text = _paragraphs_text(comment)
        if text:
            anchor = (anchors or {}).get(attr(comment, "id") or "", "")
            last = _last_paragraph_id(comment)
            parent = parents.get(last) if last else None
            out.append(comment_line(attr(comment, "author") or "", text, anchor,
                                    resolved=last in done,
                                    place=(places or {}).get(attr(comment, "id") or "", ""),
                                    reply_to=None if parent is None else authors.get(parent, "")))
    return tuple(out)


def _last_paragraph_id(comment: Any) -> str:
    """The ``w14:paraId`` of a comment's last paragraph (how commentsExtended.xml names the
    comment), ``""`` when it has none."""
    paragraphs = [p for p in children(comment) if local(p) == "p"]
    return str(paragraphs[-1].get(f"{_W14}paraId") or "") if paragraphs else ""


_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"


def _comment_threads(archive: Archive, part: str | None) -> tuple[set[str], dict[str, str]]:
    """What commentsExtended.xml says of the comments (each named by the ``w14:paraId`` of
    its last paragraph), as Word and LibreOffice write it: the ones marked resolved
    (``w15:done="1"``), and each reply's comment it answers (``w15:paraIdParent``)."""
    root = archive.xml(part) if part else None
    if root is None:
        return set(), {}
    done: set[str] = set()
    parents: dict[str, str] = {}
    for entry in root.iter(f"{_W15}commentEx"):
        ident = str(entry.get(f"{_W15}paraId") or "")
        if not ident:
            continue
        if entry.get(f"{_W15}done") in ("1", "true"):
            done.add(ident)
        if entry.get(f"{_W15}paraIdParent"):
            parents[ident] = str(entry.get(f"{_W15}paraIdParent"))
    return done, parents


def _paragraphs_text(element: Any) -> str:
    """The words of a note's or a comment's paragraphs, on one line."""
    text = " ".join("".join(str(t.text or "") for t in walk(p, _everything)
                            if local(t) == "t").strip()
                    for p in walk(element, _everything) if local(p) == "p")
    return " ".join(text.split())


_NOTE_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}
"""The formats of the note marks when neither the settings nor the section name one (Word's:
footnotes 1, 2, 3; endnotes i, ii, iii)."""


def _note_formats(archive: Archive, chunks: Chunks, body: Any) -> dict[str, str]:
    """The format of each kind of note's marks: the settings' (``w:endnotePr/w:numFmt``),
    the body's last section's over them (Word numbers the notes as that section says)."""
    formats = dict(_NOTE_FORMATS)
    for holder in (archive.xml(chunks.part("settings")),
                   find(body, "sectPr") if body is not None else None):
        for kind in formats:
            fmt = attr(find(holder, f"{kind}Pr", "numFmt"), "val")
            if fmt:
                formats[kind] = fmt
    return formats


def custom_mark(run: Any) -> tuple[str, str, str] | None:
    """(kind, id, mark) when ``run`` holds a note reference whose mark is typed after it
    (``customMarkFollows``: "*", "†"), the mark being the run's text; None otherwise."""
    for child in children(run):
        kind = local(child).removesuffix("Reference")
        if kind in ("footnote", "endnote") and attr(child, "customMarkFollows") in (
                "1", "true", "on"):
            mark = "".join(str(t.text or "") for t in children(run) if local(t) == "t")
            return kind, attr(child, "id") or "", mark.strip()
    return None


def note_texts(archive: Archive, chunks: Chunks, body: Any = None
               ) -> list[tuple[str, str, tuple[str, str]]]:
    """The footnotes and endnotes (``[1] text``, ``[i] text``: in the order of the files,
    each under the mark Word shows, so an endnote and a footnote never share one; a note
    whose mark is typed, ``[*] text``, takes no number), so that their text reaches the
    notes of the point that refers to it, or the version's, instead of nowhere: each as
    where it is, its text and its key (``("footnote", id)``, as a reference names it)."""
    out: list[tuple[str, str, tuple[str, str]]] = []
    formats = _note_formats(archive, chunks, body)
    marks = (custom_mark(run) for run in (body.iter(f"{W}r") if body is not None else ()))
    typed = {(found[0], found[1]): found[2] for found in marks if found and found[2]}
    for part, kind in (("footnotes", "footnote"), ("endnotes", "endnote")):
        root = archive.xml(chunks.part(part))
        if root is None:
            continue
        count = 0
        for note in children(root):
            if local(note) != kind or attr(note, "type") not in (None, "normal"):
                continue
            text = _paragraphs_text(note)
            key = (kind, attr(note, "id") or "")
            mark = typed.get(key)
            if text and mark:  # the note repeats its typed mark before its text
                text = text.removeprefix(mark).strip() or text
                out.append((f"{kind} {mark}", f"[{mark}] {text}", key))
            elif text:
                count += 1
                out.append((f"{kind} {count}",
                            f"[{format_number(count, formats[kind])}] {text}", key))
    return out
