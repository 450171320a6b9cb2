"""A speech's subtitles, where the speaker reads the points out: the captions' words are
the text (one line a caption), without cue numbers, timings, a WebVTT header or the tags in
a caption. Before, a SubRip file's cue numbers opened points 1-5 among the spoken ones and
their timings were the points' text; a WebVTT file's spoken ordinals (``First, …``) were not
found behind the timings. The captions are the project's own words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="peace-framework", version="2025-12-05-address")

SRT = """\
1
00:00:01,000 --> 00:00:04,200
Good evening. Tonight I want to set out
the plan point by point.

2
00:00:04,400 --> 00:00:08,000
{\\an8}Point one: a full ceasefire along
the <i>entire</i> line of contact.

3
00:00:08,200 --> 00:00:12,500
Point two: all prisoners are exchanged,

4
00:00:12,600 --> 00:00:14,000
all for all.

5
00:00:14,200 --> 00:00:18,000
<font color="#ffff00">Point three:</font> elections within
one hundred days.

6
00:00:18,200 --> 00:00:19,000
Thank you.
"""

VTT = """\
WEBVTT
Kind: captions
Language: uk

NOTE auto-generated, corrected by hand

STYLE
::cue { color: white }

intro
00:00:01.000 --> 00:00:04.200 align:start position:0%
Добрий вечір. Сьогодні я
назву головні пункти.

00:00:04.400 --> 00:00:08.000
<v Президент>По-перше, повне припинення<00:00:05.100> вогню
на всій лінії зіткнення.</v>

00:00:08.200 --> 00:00:12.500
<v Президент>По-друге, обмін полоненими всіх на всіх.</v>

00:00:12.700 --> 00:00:16.000
<c.yellow>По-третє,</c> вибори протягом ста днів.
"""


def _read(text: str, name: str) -> tuple[list[tuple[str, str]], str]:
    imported = import_bytes(text.encode(), name, name[name.rindex("."):], REQUEST)
    return ([(p.number, p.text) for p in imported.plan.points],
            (imported.plan.notes or "") + " ".join(imported.report.lines()))


def test_subrip_captions_read_as_the_words_spoken() -> None:
    points, notes = _read(SRT, "address.srt")
    assert points == [("1", "a full ceasefire along the entire line of contact."),
                      ("2", "all prisoners are exchanged, all for all."),
                      ("3", "elections within one hundred days.")]
    assert "Good evening." in notes and "subtitles (6 timed captions)" in notes
    assert "-->" not in notes


def test_webvtt_captions_with_a_header_notes_voices_and_timestamps() -> None:
    points, notes = _read(VTT, "zvernennia.vtt")
    assert points == [("1", "повне припинення вогню на всій лінії зіткнення."),
                      ("2", "обмін полоненими всіх на всіх."),
                      ("3", "вибори протягом ста днів.")]
    assert "Добрий вечір." in notes
    assert "color: white" not in notes and "auto-generated" not in notes


def test_a_text_quoting_one_timing_is_no_subtitles() -> None:
    text = ("Transcript excerpt\n\n00:12:01,000 --> 00:12:05,000\n\n1. The ceasefire holds.\n"
            "2. Prisoners are exchanged.\n")
    points, notes = _read(text, "excerpt.txt")
    assert [number for number, _ in points] == ["1", "2"]
    assert "subtitles" not in notes


def test_a_subtitle_file_is_a_draft_on_the_command_line(tmp_path: Path,
                                                         cli: Callable[..., Any]) -> None:
    """``plandiff diff speech.srt draft.txt`` reads the captions as a draft; the .srt was
    taken for a plan file ("speech.srt:2:1: invalid JSON")."""
    speech = tmp_path / "speech.srt"
    speech.write_text(SRT, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("1. A full ceasefire along the entire line of contact.\n"
                     "2. All prisoners are exchanged, all for all.\n"
                     "3. Elections within ninety days.\n", encoding="utf-8")
    run = cli("diff", str(speech), str(draft))
    assert run.code == 0, run.err
    assert "invalid JSON" not in run.err and "speech.srt: imported in memory" in run.err
    assert "date: within one hundred days → within ninety days" in run.out
