"""A saved page's bytes before they are parsed: the encoding its text is read in
(:func:`decode_html`) and how deep its markup nests (:func:`check_depth`, a limit checked on
the bytes, before a tree builder whose time grows faster than the depth ever sees them).

A page saved whole in one file (SingleFile, "Save Page As… complete") carries its images,
fonts and a script's data as base64, megabytes of it in a few attribute values and strings:
the depth check passes over it (:func:`tag_bytes`), as it holds no tag.
"""

from __future__ import annotations

import codecs
import re

from plandiff.limits import Limits
from plandiff.plans.intake.encodings import CODECS as _CODECS
from plandiff.plans.intake.encodings import guess_encoding, seven_bit_japanese, text_codec
from plandiff.plans.intake.problems import input_problem

__all__ = ["check_depth", "decode_html", "tag_bytes"]

_TAG_SCAN = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})[^<>]*?(/?)>")
_VOID = frozenset({b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link",
                   b"meta", b"source", b"track", b"wbr", b"p", b"li", b"dt", b"dd", b"tr",
                   b"td", b"th", b"option", b"optgroup", b"rb", b"rt", b"rp", b"colgroup",
                   b"tbody", b"thead", b"tfoot", b"caption", b"param"})
"""Elements that never nest by themselves (void, or closed implicitly by the next one)."""
_BASE64 = re.compile(rb"""([,"'(][A-Za-z0-9+/]{32})[A-Za-z0-9+/]{223,}([A-Za-z0-9+/])""")
"""A run of base64 at least 256 characters long after a ``data:`` URI's comma, a quote or a
CSS ``url(``: the run's first 32 characters (as much as :data:`_TAG_SCAN` reads for a tag's
name) and its last (a ``/`` before ``>`` closes a tag) are all the tag scan can see of it."""
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_MARKUP = re.compile(rb"<[^<>]*>|&[#a-zA-Z0-9]{1,10};")


def decode_html(data: bytes, display: str, declared: str | None = None
                ) -> tuple[str, str | None]:
    """The page's text: a byte-order mark, else UTF-16 when its text reads as it (NUL bytes:
    no page in UTF-8 has them), else ISO-2022-JP when its escapes say so (it is
    seven-bit, so it would pass for UTF-8), else UTF-8, else the charset ``declared`` outside
    the page (an MHTML part's header), else the one its ``<meta>`` names (windows-1251 and the
    like; read as a browser reads the label, :func:`_browser_codec`), else the legacy
    encoding its text reads best in (:mod:`plandiff.plans.intake.encodings`), else
    windows-1252 as browsers do. With the text, what the structure report should say about
    the encoding (None for UTF-8)."""
    for bom, codec, name in ((b"\xef\xbb\xbf", "utf-8", None),
                             (b"\xff\xfe", "utf-16-le", "UTF-16 (little-endian)"),
                             (b"\xfe\xff", "utf-16-be", "UTF-16 (big-endian)")):
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return text, None if name is None else f"read as {name} (its byte-order mark)"
    if b"\x00" in data:  # UTF-16 with no byte-order mark: NULs pass for UTF-8
        wide = guess_encoding(data)
        if wide is not None and wide.name.startswith("UTF-16"):
            return wide.text, f"not UTF-8: read as {wide.name} (guessed: no byte-order mark)"
    seven_bit = seven_bit_japanese(data)
    if seven_bit is not None:
        return seven_bit.text, f"not UTF-8: read as {seven_bit.name} (its escapes)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4096])
    label = declared or (match.group(1).decode("ascii") if match else None)
    if label:
        codec = _browser_codec(label)
        if codec == "utf-8":
            return _not_utf8(data)
        if codec and not codec.startswith("utf-16"):
            return _declared(data, codec, label)
    guess = guess_encoding(_MARKUP.sub(b" ", data))  # the text, not the tags, tells
    if guess is not None and b"\x00" not in data:
        return data.decode(_CODECS.get(guess.name, "cp1252"), errors="replace"), (
            f"not UTF-8: read as {guess.name} (guessed from its text; the page names no "
            "usable charset)")
    return data.decode("cp1252", errors="replace"), (
        "not UTF-8 and no usable charset: read as Windows-1252, as browsers do; check the "
        "text")


_WESTERN = frozenset({"cp1252", "iso8859-1", "latin-1", "iso8859-15"})
"""Codecs a template names by default (``iso-8859-1``, ``windows-1252``) whatever the text is
in: every byte reads in them, so only the text tells when they are wrong."""


def _declared(data: bytes, codec: str, label: str) -> tuple[str, str]:
    """A page in the legacy charset its ``<meta>`` names (``label``, read by ``codec``);
    read in the encoding its text reads best in instead when the charset is wrong: a
    multi-byte one its bytes break (Shift_JIS said to be EUC-JP), or a Western one a
    template put over text in another (windows-1251 under ``iso-8859-1``, which a browser
    read right by the server's header)."""
    said = f"not UTF-8: read as {label} (the page's charset)"
    try:
        text = data.decode(codec)
        if codecs.lookup(codec).name not in _WESTERN:
            return text, said
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    guess = guess_encoding(_MARKUP.sub(b" ", data))
    if guess is not None and not guess.name.startswith("UTF-16"):
        guessed = codecs.lookup(_CODECS.get(guess.name, "cp1252")).name
        if guessed not in _WESTERN and guessed != codecs.lookup(codec).name:
            return data.decode(guessed, errors="replace"), (
                f"not UTF-8: the page says {label} but its text reads as {guess.name}: "
                "read so (guessed from its text)")
    return text, said


def _not_utf8(data: bytes) -> tuple[str, str]:
    """A page that says UTF-8 and is not valid UTF-8: read in the legacy encoding its text
    reads best in when most of its non-ASCII bytes are no UTF-8 (a windows-1251 or Shift_JIS
    page under a template's ``<meta charset="utf-8">``), else as UTF-8 with the stray bytes
    replaced with U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    if replaced > sum(1 for ch in text if ord(ch) > 0x7F) - replaced:
        guess = guess_encoding(_MARKUP.sub(b" ", data))
        if guess is not None and not guess.name.startswith("UTF-16"):
            return data.decode(_CODECS.get(guess.name, "cp1252"), errors="replace"), (
                f"the page says UTF-8 but is not: read as {guess.name} (guessed from its "
                "text)")
    return text, ("the page says UTF-8 but is not valid UTF-8: bytes that are not were "
                  "replaced with \ufffd")


_BROWSER_LABELS = {"x-sjis": "cp932", "windows-31j": "cp932", "ms_kanji": "cp932",
                   "csshiftjis": "cp932", "windows-874": "cp874", "x-gbk": "gb18030"}
"""Labels browsers know and Python's codecs do not (the WHATWG Encoding Standard's)."""
_BROWSER_CODECS = {"shift_jis": "cp932", "iso8859-1": "cp1252", "ascii": "cp1252",
                   "iso8859-9": "cp1254", "iso8859-11": "cp874", "tis-620": "cp874",
                   "gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949",
                   "big5": "big5hkscs"}
"""The encoding a browser reads a label as where Python's codec of that name is a subset:
a page labelled Shift_JIS is Windows-31J (``①`` is not in Shift_JIS proper), one labelled
ISO-8859-1 or ASCII is Windows-1252 (its curly quotes and dashes), and so on."""


def _browser_codec(label: str) -> str:
    """The Python codec a browser's reading of the charset ``label`` is ("" when unknown)."""
    label = label.strip().lower()
    if label in _BROWSER_LABELS:
        return _BROWSER_LABELS[label]
    name = text_codec(label)
    return "" if name is None else _BROWSER_CODECS.get(name, name)


def check_depth(data: bytes, display: str, limits: Limits) -> None:
    """Refuse markup nested deeper than ``limits.max_markup_depth`` before parsing it (an HTML
    tree builder takes time quadratic in the depth of some nestings)."""
    depth = 0
    deepest = 0
    for match in _TAG_SCAN.finditer(tag_bytes(data)):
        closing, name, selfclosing = match.groups()
        name = name.lower()
        if name in _VOID or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limits.max_markup_depth:
                raise input_problem(display, f"HTML nested more than {limits.max_markup_depth} "
                                    "elements deep; not a page a reader sees (set "
                                    "PLANDIFF_MAX_MARKUP_DEPTH to raise the limit)",
                                    rule="limits")


def tag_bytes(data: bytes) -> bytes:
    """``data`` with the middle of each long base64 run (:data:`_BASE64`) taken out: it holds
    no ``<`` or ``>``, so the tags :data:`_TAG_SCAN` reads in it are the tags it reads in
    ``data``, names, closing and self-closing slashes alike (a page cannot hide nesting in
    it), without walking the megabytes of a page's inlined images."""
    return _BASE64.sub(rb"\1\2", data)
