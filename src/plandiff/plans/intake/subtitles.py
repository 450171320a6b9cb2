"""A speech's subtitles (SubRip ``.srt``, WebVTT ``.vtt``), where a speaker reads the points
out (``Point one: a full ceasefire …``, ``First, …``): the captions' words, one line a
caption, without the cue numbers, the timings, a WebVTT file's header, its notes and styles,
the cue settings and the tags inside a caption (``<v Speaker>``, ``<i>``, ``<c.yellow>``,
``<00:00:05.120>``). A caption's own line breaks are only where the player wraps it: its
lines are one line of text; a sentence that runs on into the next caption (which opens in
a small letter, and no point) is joined to it.
"""

from __future__ import annotations

import html
import re

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import TOP

__all__ = ["subtitle_lines"]

_TIMING = re.compile(r"^[ \t]*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{3}[ \t]+-->[ \t]+"
                     r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{3}(?:[ \t].*)?$")
"""A cue's timing line (``00:00:04,400 --> 00:00:08,000``, a WebVTT one with its settings
``align:start position:0%``)."""
_CUE_NUMBER = re.compile(r"^[ \t]*[0-9]{1,6}[ \t]*$")
_HEADER = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")
"""A WebVTT block that is no caption: a comment, a style sheet, a region's settings."""
_TAG = re.compile(r"</?(?:[vcibu]|lang|ruby|rt)(?:[.\s][^>]*)?>|<[0-9:.]+>", re.IGNORECASE)
_FONT = re.compile(r"</?font[^>]*>|\{\\[^}]*\}", re.IGNORECASE)
"""SubRip's own markup: ``<font color=…>``, an ASS override ``{\\an8}``."""
_ENDED = re.compile(r"[.!?…。！？\"”»)]\s*$")
"""A caption that ends its sentence."""
_LEAST = 2
"""Timed captions a text needs to be read as subtitles."""


def _cues(lines: tuple[Line, ...]) -> list[list[Line]] | None:
    """The caption lines of each cue, or None when the lines are no subtitles: a WebVTT
    header first, or at least :data:`_LEAST` timing lines, each after a blank line or a cue
    number, and nothing outside the cues but cue numbers, identifiers and blank lines."""
    filled = [line for line in lines if line.text.strip()]
    vtt = bool(filled) and bool(_HEADER.match(filled[0].text))
    if not vtt and sum(1 for line in filled if _TIMING.match(line.text)) < _LEAST:
        return None
    cues: list[list[Line]] = []
    in_cue = skipping = False
    block: list[Line] = []  # the lines of a block before its timing (a cue number, an id)
    for line in lines:
        text = line.text.strip()
        if not text:
            in_cue = skipping = False
            block = []
            continue
        if skipping:
            continue
        if _TIMING.match(text):
            cues.append([])
            in_cue = True
            continue
        if in_cue:
            cues[-1].append(line)
            continue
        if vtt and (_HEADER.match(text) or _BLOCK.match(text)):
            skipping = True  # the header's own lines (Kind:, Language:) go with it
            continue
        block.append(line)
        if len(block) > 1 or not (vtt or _CUE_NUMBER.match(text)):
            return None  # words outside any cue: a text that quotes a timing, not subtitles
    return cues if len(cues) >= _LEAST else None


def subtitle_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The spoken text of subtitles, one line a caption (where its first line is), and how
    many captions there were; other lines are returned as they are, with 0."""
    cues = _cues(lines)
    if cues is None:
        return lines, 0
    out: list[Line] = []
    for cue in cues:
        words = " ".join(_FONT.sub("", _TAG.sub("", line.text)).strip() for line in cue)
        words = html.unescape(re.sub(r"\s+", " ", words)).strip()
        if words.startswith("- "):  # a dialogue caption's speaker dash
            words = words[2:]
        if not words:
            continue
        if out and not _ENDED.search(out[-1].text) and words[0].islower() \
                and not TOP.match(words):  # a sentence run on into the next caption
            out[-1] = Line(f"{out[-1].text} {words}", out[-1].where)
        else:
            out.append(Line(words, cue[0].where))
    return tuple(out), len(cues)
