"""Which legacy encoding a draft that is not UTF-8 is in, by reading it as each candidate.

Drafts saved by older editors and mail clients arrive as Windows-1251, KOI8-R or KOI8-U
(Ukrainian, Russian), now and then as DOS's CP866 (Ukrainian CP1125) or Mac Cyrillic,
Shift-JIS or EUC-JP (Japanese), GB18030 (its subsets GBK and GB2312) or Big5
(Chinese), Windows-1252 (Western European), or UTF-16 without a byte-order mark. Each
candidate is decoded strictly; a candidate that fails, or whose text
outside ASCII is not mostly letters of its own script and the punctuation that goes with
them, is out; so is Windows-1252 when its accented letters are not fewer than its ASCII
ones (Western text is mostly ASCII letters; Windows-1251 read as Windows-1252 is
``Ñóâåðåíèòåò``, in the same mix of capitals and small letters as the right reading). Of
the rest, the one with the fewest misfit characters wins (:func:`_misfits`: a capital inside a
word, a mark between two letters, a letter no Russian or Ukrainian word has: Mac Cyrillic read
as Windows-1251 is ``заЯвлЯют``, ``Укра»ни``, CP866 ``‘гўҐаҐ­ЁвҐв``), then the one whose
letters are mostly small letters (a Cyrillic text read in the wrong one of Windows-1251 and
KOI8-R comes out in capitals). Japanese is written with kana between its kanji: a reading
with none is no Japanese (Chinese read as EUC-JP is kanji alone, none of them the right
ones), unless no other reading is clean and no Chinese one fits (a short text of kanji
alone, "第一項。"). An opening quotation mark that nothing closes is a misfit too
(Windows-1251's "Т" is Mac Cyrillic's "“"). Chinese is tried when nothing else reads, or
only a reading in capitals mostly (GBK read as Windows-1251 is ``Л«·ЅИ·ИПОЪ``): the reading
with no kana and the larger share of the commonest characters wins (GBK read as Big5, or
Big5 as GB18030, is rare characters). Nothing is
guessed from a handful of bytes: at least :data:`_MIN_SIGNALS` characters outside ASCII.
ISO-2022-JP, seven-bit, is told apart by its escapes (:func:`seven_bit_japanese`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

__all__ = ["CODECS", "Guess", "guess_encoding", "seven_bit_japanese", "text_codec"]

_MIN_SIGNALS = 4
_PLAUSIBLE_SHARE = 0.9
_TYPOGRAPHY = frozenset("«»„“”‘’‚–—…№•·\u00a0\u00ad°§©®€")


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _japanese(ch: str) -> bool:
    return ("\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
            or "\uff01" <= ch <= "\uff5e" or ch in "\u2460\u25cb\u25cf\u203b")


def _kana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff"


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _chinese(ch: str) -> bool:
    return _han(ch) or "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff5e"


_COMMON_HAN = frozenset(
    "的一是不了在人有和中国國大为為上个個们們这這来來到说說时時地要就出会會也对對方发發"
    "与與于於年以及等将將关關问問题題双雙停火战戰平议議协協各其并並已由此将所新全部进進行")
"""The commonest characters of Chinese prose, in simplified and traditional forms: the
right reading of a Chinese text has many of them, a wrong one few."""
_MIN_COMMON = 0.08
_MOSTLY_SMALL = 0.5
"""Below this share of small letters a reading in a cased script may be Chinese misread."""
_MIN_KANA = 0.05
"""Kana among a Japanese text's kana and kanji at least (prose has a third or more)."""


def _latin(ch: str) -> bool:
    return "\u00c0" <= ch <= "\u024f" and ch not in "\u00d7\u00f7"


@dataclass(frozen=True)
class _Candidate:
    codec: str
    name: str
    script: Callable[[str], bool]
    """The test of a character of the candidate's script."""
    own_script: bool = True
    """The text is mostly in that script: more of its letters than ASCII letters (a French
    text read as Windows-1251 has a few Cyrillic letters among many Latin ones)."""
    kana: bool | None = None
    """True: the reading must hold kana (Japanese); False: none (Chinese)."""


_CANDIDATES = (
    _Candidate("cp1251", "Windows-1251", _cyrillic),
    _Candidate("koi8_r", "KOI8-R", _cyrillic),
    _Candidate("koi8_u", "KOI8-U", _cyrillic),
    _Candidate("cp866", "CP866 (DOS)", _cyrillic),
    _Candidate("cp1125", "CP1125 (DOS Ukrainian)", _cyrillic),
    _Candidate("mac_cyrillic", "Mac Cyrillic", _cyrillic),
    _Candidate("cp932", "Shift-JIS", _japanese, kana=True),
    _Candidate("euc_jp", "EUC-JP", _japanese, kana=True),
    _Candidate("cp1252", "Windows-1252", _latin, own_script=False),
)
_CHINESE = (
    _Candidate("gb18030", "GB18030", _chinese, kana=False),
    _Candidate("big5", "Big5", _chinese, kana=False),
)

CODECS = {c.name: c.codec for c in (*_CANDIDATES, *_CHINESE)}
"""The codec of each candidate, by the name a :class:`Guess` carries."""


@dataclass(frozen=True)
class Guess:
    text: str
    name: str
    """The encoding's usual name, for the structure report (``Windows-1251``)."""


def _plausible(text: str, candidate: _Candidate) -> tuple[bool, float]:
    """Whether the text reads as the candidate's script, and the share of small letters
    among its cased letters outside ASCII (1.0 when none are cased)."""
    outside = [ch for ch in text if ord(ch) > 0x7f]
    if len(outside) < _MIN_SIGNALS:
        return False, 0.0
    letters = sum(1 for ch in outside if candidate.script(ch))
    if letters + sum(1 for ch in outside if ch in _TYPOGRAPHY) < _PLAUSIBLE_SHARE * len(outside):
        return False, 0.0
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if candidate.own_script and letters < ascii_letters:
        return False, 0.0
    if not candidate.own_script and letters >= ascii_letters:
        return False, 0.0  # Cyrillic read as Windows-1252: "Ñóâåðåíèòåò", no Western text
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc"
                   and ch not in "\n\r\t\f")
    if controls:
        return False, 0.0
    if candidate.kana is not None:
        kana = sum(1 for ch in outside if _kana(ch))
        han = sum(1 for ch in outside if _han(ch))
        if candidate.kana and kana < _MIN_KANA * (kana + han):
            return False, 0.0  # no Japanese: Chinese read as EUC-JP is kanji alone
        if not candidate.kana and (kana or not han):
            return False, 0.0
    cased = [ch for ch in outside if ch.lower() != ch.upper()]
    small = sum(1 for ch in cased if ch.islower())
    return True, small / len(cased) if cased else 1.0


_NATIVE_CYRILLIC = frozenset(
    [chr(c) for c in range(0x410, 0x450)] + list("ЁёІіЇїЄєҐґ"))
"""The letters of the Russian and Ukrainian alphabets; Serbian, Macedonian and Belarusian
letters (``ѕ``, ``ј``, ``ў``) are what a wrong Cyrillic code page turns them into."""


def _misfits(text: str) -> int:
    """Characters outside ASCII that a right reading rarely has: a Cyrillic letter of no
    Russian or Ukrainian word, a capital after a small letter, a mark glued between two
    letters, an opening quotation mark that nothing closes (Windows-1251's "Т" read as Mac
    Cyrillic is "“")."""
    unclosed = max(0, text.count("“") - text.count("”") - text.count("„")) \
        + max(0, text.count("«") - text.count("»"))
    return unclosed + sum(1 for i, ch in enumerate(text) if ord(ch) > 0x7f and (
        (_cyrillic(ch) and ch not in _NATIVE_CYRILLIC)
        or (ch.isupper() and i > 0 and text[i - 1].islower())
        or (not ch.isalpha() and 0 < i < len(text) - 1 and text[i - 1].isalpha()
            and text[i + 1].isalpha() and ch not in "\u00ad\u2019")))


def _utf16(data: bytes) -> Guess | None:
    """UTF-16 without a byte-order mark: the byte order whose text is plain text."""
    if len(data) % 2:
        return None
    best: tuple[float, Guess] | None = None
    for codec, name in (("utf-16-le", "UTF-16 (little-endian)"),
                        ("utf-16-be", "UTF-16 (big-endian)")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text or any(unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")
                           and ch not in "\n\r\t\f" for ch in text):
            continue
        if not any(ch in text for ch in "\n \u3000"):
            continue  # text has lines or words
        share = sum(1 for ch in text if (ch.isascii() and (ch.isprintable() or ch.isspace()))
                    or _latin(ch) or _cyrillic(ch) or _japanese(ch)
                    or ch in _TYPOGRAPHY) / len(text)
        if share >= _PLAUSIBLE_SHARE and (best is None or share > best[0]):
            best = (share, Guess(text, name))
    return best[1] if best else None


_JIS_ESCAPES = re.compile(rb"\x1b\$[@B]|\x1b\$\(D|\x1b\([BJI]")
"""The escapes that switch ISO-2022-JP between ASCII and its two-byte sets."""


def seven_bit_japanese(data: bytes) -> Guess | None:
    """ISO-2022-JP (Japanese e-mail's encoding, and old pages'): seven-bit, so valid UTF-8
    and ASCII byte for byte but for its escape characters; told by its escapes switching to
    a two-byte set (``ESC $ B``) and decoding strictly to text with no control characters
    left. None for anything else."""
    if b"\x1b$" not in data or not _JIS_ESCAPES.search(data):
        return None
    for codec in ("iso2022_jp", "iso2022_jp_2004", "iso2022_jp_ext"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f" for ch in text):
            return Guess(text, "ISO-2022-JP")
    return None


def _readings(data: bytes, candidates: tuple[_Candidate, ...]
              ) -> Iterator[tuple[_Candidate, str, float]]:
    """Each candidate's strict reading of ``data`` that is plausible (:func:`_plausible`),
    with its share of small letters."""
    for candidate in candidates:
        try:
            text = data.decode(candidate.codec)
        except UnicodeDecodeError:
            continue
        ok, small = _plausible(text, candidate)
        if ok:
            yield candidate, text, small


def guess_encoding(data: bytes) -> Guess | None:
    """The draft's text in the legacy encoding it reads best in, or None (see the module
    notes). Call it only for data that is not valid UTF-8."""
    if b"\x00" in data:
        return _utf16(data)
    best: tuple[int, float, Guess] | None = None
    for candidate, text, small in _readings(data, _CANDIDATES):
        misfits = -_misfits(text)
        if best is None or (misfits, small) > best[:2]:
            best = (misfits, small, Guess(text, candidate.name))
    # A Japanese text of kanji alone (a heading, two short items) reads in no Japanese
    # candidate, which asks for kana; it is one when nothing reads cleanly and no Chinese
    # reading does either (kanji alone are Chinese read as EUC-JP more often).
    kanji = _kanji_reading(data) if best is None or best[0] < 0 else None
    if best is not None and best[1] >= _MOSTLY_SMALL and kanji is None:
        return best[2]
    return _chinese_guess(data) or kanji or (best[2] if best else None)


def _kanji_reading(data: bytes) -> Guess | None:
    """The first Japanese candidate's reading of ``data`` that is plausible Japanese but for
    holding no kana (:func:`guess_encoding`); None when none is."""
    for candidate in _CANDIDATES:
        if not candidate.kana:
            continue
        try:
            text = data.decode(candidate.codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text, replace(candidate, kana=None))[0] and not any(map(_kana, text)):
            return Guess(text, candidate.name)
    return None


def _chinese_guess(data: bytes) -> Guess | None:
    """Chinese text in GB18030 or Big5: the reading with the larger share of the commonest
    characters (:data:`_COMMON_HAN`), if it has enough of them."""
    best: tuple[float, Guess] | None = None
    for candidate, text, _ in _readings(data, _CHINESE):
        han = [ch for ch in text if _han(ch)]
        share = sum(1 for ch in han if ch in _COMMON_HAN) / len(han) if han else 0.0
        if share >= _MIN_COMMON and (best is None or share > best[0]):
            best = (share, Guess(text, candidate.name))
    return best[1] if best else None


def text_codec(label: str) -> str | None:
    """Python's name of the text encoding a file's charset ``label`` names, or None: a name
    Python does not know, one holding a NUL, or one of its byte transforms that decode no text
    (``base64``, ``rot13``, ``zlib``, ``hex``), which a page or a message may name all the
    same."""
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    try:
        b" ".decode(name)  # a byte transform raises LookupError: "not a text encoding"
    except LookupError:
        return None
    except UnicodeError:  # a text encoding that reads no lone space (UTF-16)
        pass
    return name
