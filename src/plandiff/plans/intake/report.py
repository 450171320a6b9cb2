"""The structure report that ends every import: what was found, and what looks wrong.

Warnings (each with the place in the draft it comes from):

- numbering gaps (``point 3 follows point 1: 2 is missing``) and repeats or steps back, at the
  top level and among numbered sub-points (a restart at 1 right after a heading opens a new
  part: the draft's structure, not a warning; the summary lists each part's numbers);
- a point much longer than the others (over three times the median and over 600 characters):
  a list was probably swallowed;
- the count a title, headline or preamble announces ("20 points", "28-point plan", "２０項目",
  "план из 28 пунктов", "二十八の項目", in words or kanji: "Twenty Eight Point", "из
  двадцати пунктов", "с двадцатью восемью пунктами", "二十八項目") against the count found;
- a first point that is not 1 (unless the version is declared partial);
- the text outside the points saying it holds only some of them ("the first points",
  "перші пункти", "full text later", "一部の項目"), unless the version is declared partial
  or a count it announces names the points not there already;
- a line that looked like a point number but was read as text (``No. 5``) is not reported: the
  parser's rules are exact.

Information (not warnings): text outside points (went to the notes), editorial asides moved to
notes, points found in the middle of a line, what the format reader left out (page furniture,
navigation).
"""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from plandiff.errors import ExitCode, PlandiffError, Problem
from plandiff.plans.intake.lines import AuthorChanges, DraftFormat
from plandiff.plans.intake.nextpage import NEXT_PAGE_SAID, next_page_note
from plandiff.plans.intake.numwords import KANJI, WORD, number_value
from plandiff.plans.intake.parser import FW_DIGITS, Node, Parse
from plandiff.plans.intake.paywall import PAYWALL_SAID, paywall_note

__all__ = ["Finding", "StructureReport", "StructureWarnings", "counted", "structure_report"]

_LONG_FACTOR = 3.0
_WARNING_EVENTS = frozenset({"tail", "listed"})
"""Parser events that ask the user to look (the rest are information)."""
_LONG_MIN_CHARS = 600
_PROSE_WORDS_FROM = 10
"""In prose, a count in words below this is a few of the points, not their number."""
_SENTENCE_END = re.compile(r"[.。]\s*$")
"""The end of a sentence of prose (a headline ends with none, or with a question)."""
_SEP = r"[ \t\u00a0\u2010\u2011-]"
_NO = r"(?:の(?=項目|条項))?"
"""A Japanese count joined to the word for point by の (``二十八の項目``, ``28の条項``; not
``28の条件``, 28 conditions)."""
_ANNOUNCED = re.compile(
    r"(?<![0-9A-Za-z０-９\u00c0-\u024f\u0400-\u04ff_.'\u2019第数何午"
    r"一二三四五六七八九十百])(?:"
    r"(?P<n>[0-9０-９]{1,3})" + _SEP + r"*" + _NO +
    r"(?:point|пункт|item|clause|article|項目|項|条|か条|カ条|ヶ条|ヵ条|ケ条|箇条"
    r"|个(?=要点|点|条|项)|[點点](?![钟鐘半分整0-9０-９]))"
    r"|(?P<w>" + WORD + "(?:" + _SEP + "*" + WORD + r")?)"
    r"(?!(?!пункт)[A-Za-z\u0400-\u04ff'\u2019])"  # двадцатипунктный: one word
    + _SEP + r"*(?:point|пункт|item|clause|article)"
    r"|(?P<k>" + KANJI + r")" + _NO + r"(?:項目|項|か条|カ条|ヶ条|ヵ条|ケ条|箇条|条))",
    re.IGNORECASE,
)
"""A count of points a title or preamble announces: in digits, in words (English, Russian,
Ukrainian: :mod:`.numwords`) or in kanji, before the word for a point (a number before
anything else, "28 countries", "20 years", "28个国家", is no count; nor is an ordinal,
第二十八条, or an hour, 下午3点)."""


_STORIES = re.compile(r"article|item", re.IGNORECASE)
_READING = re.compile(r"\b(?:read|reading|readers?|free|month|week|subscri\w*|unlimited|"
                      r"stories|newsletters?|left|remaining|missed|popular|recommended|"
                      r"trending)\b", re.IGNORECASE)
"""A page's words about reading its own articles or items (a metered paywall's "You have 3
of 20 free articles left this month", "Read 20 articles a month"): a count of articles
there, in the text around the list, is none; in a headline it still is ("The plan runs to 20
articles")."""


_OTHER_POINTS = re.compile(
    r"\w*[ \t\u00a0]+(?:пропуск|обогрев|незламн|временного|тимчасового|along|across"
    r"|on the (?:front|line|map|border)|of (?:the )?(?:front|contact|border))", re.IGNORECASE)
"""Points that are places ("5 пунктов пропуска", checkpoints; "пунктів незламності";
"20 points along the front"), not a plan's."""
_CHANGE = re.compile(
    r"(?<!\w)(?:rose|fell|dropped|gained|lost|climbed|slipped|jumped|plunged|surged|slid"
    r"|вырос(?:ла|ло|ли)?|упал[аои]?|снизил(?:ся|ась|ось|ись)|подня(?:лся|лась|лось|лись)"
    r"|опустил(?:ся|ась|ось|ись)|зріс|зросл[аои]|впа(?:в|ла|ло|ли)|знизи(?:вся|лася|лось|лися)"
    r"|виріс)(?:[ \t\u00a0]+(?:by|на|almost|nearly|about|more than|почти|около|майже|близько))*"
    r"[ \t\u00a0]+$", re.IGNORECASE)
"""A change by so many points before the count ("the index fell 20 points", "рейтинг вырос
на 5 пунктов"): a score's points, not a plan's."""


_MORE = re.compile(r"(?<!\w)(?:ще|ещ[её]|another|further|additional|other|інші|другие"
                   r"|остальн\w*|решта|first|last|next|remaining|перш\w+|перв\w+"
                   r"|последн\w+|останн\w+|наступн\w+|следующ\w+)[ \t\u00a0]+$",
                   re.IGNORECASE)
"""A count of points more or other than those read so far, or of some of them ("Ще два
пункти:", "Ещё 2 пункта", "another two points": a live blog's entry adding to the list;
"the first ten points", "the remaining 10 points", "первые 10 пунктов"), not the plan's
number."""


_CHANGED_TO = re.compile(r"[^\W\d_]*[)）]?[ \t\u00a0\u3000]*(?:から|to|до|→|->)"
                         r"[ \t\u00a0\u3000]*(?P<n>[0-9０-９]{1,3})(?![0-9０-９.,])"
                         r"(?=[ \t\u00a0\u3000]*(?:$|[,.;:!?)）、。]"
                         r"|-?(?:point|пункт|item|clause|article)|項目|項|条))", re.IGNORECASE)
"""A count changed to another after it ("28 points to 20", "28 points → 20 points",
"２８項目から２０項目に", a plandiff report's "plan (28 points) → 20-point framework"): the
later is the count of the text the line heads."""


@dataclass(frozen=True)
class Finding:
    """One line of the structure report."""

    where: str
    message: str
    warning: bool
    kind: str
    missing: str = ""
    """For a gap in the points' numbering: the numbers missing there (``3``, ``15-16``)."""


@dataclass(frozen=True)
class StructureReport:
    """What an import found: counts, numbers, warnings and information."""

    file: str
    format: DraftFormat
    points: int
    sub_points: int
    numbers: tuple[str, ...]
    announced: int | None
    findings: tuple[Finding, ...]
    parts: tuple[tuple[str, ...], ...] = ()
    """The numbers of each part when the numbering restarts at 1 in each (empty when it
    never does)."""
    tracked: tuple[AuthorChanges, ...] = ()
    """The file's pending tracked changes per author (an office document's)."""

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.warning)

    def part_signs(self) -> tuple[str, ...]:
        """What says the text is only a part of its version, in a few words each: the
        points its numbering skips, a count it announces and does not hold, a paywall's cut
        (none when the import was told it is a part: those are not warnings then)."""
        signs = []
        gaps = [f.missing for f in self.warnings if f.missing]
        if gaps:
            signs.append(f"{', '.join(gaps)} missing")
        if self._count_short():
            signs.append(f"it announces {self.announced}, {self.points} found")
        if any(f.kind == "reader" and f.message.startswith(PAYWALL_SAID)
               for f in self.warnings):
            signs.append("a paywall cuts it")
        said = next((f.message for f in self.warnings if f.kind == "part"), None)
        if said is not None:
            signs.append("it says so " + said[said.index("("):])
        return tuple(signs)

    def _count_short(self) -> bool:
        """It holds fewer points than it announces, and a warning says so."""
        return self.announced is not None and self.announced > self.points and any(
            f.kind == "count" for f in self.warnings)

    def short_of_its_count_only(self) -> bool:
        """The one sign of a part (:meth:`part_signs`) is a count it announces and does not
        hold: numbered 1 to n with nothing skipped or cut, fewer than it announces, as a
        summary of the whole version in fewer points is."""
        return self._count_short() and len(self.part_signs()) == 1

    def summary(self) -> str:
        """One line: ``draft.pdf (pdf): 20 points, 14 sub-points, numbered 1-20; 1 warning``."""
        numbers = ""
        if self.parts:
            numbers = ", numbered " + ", ".join(_span(p) for p in self.parts) + \
                f" in {len(self.parts)} parts"
        elif self.numbers:
            numbers = f", numbered {_span(self.numbers)}"
        return (f"{self.file} ({self.format.value}): {counted(self.points, 'point')}, "
                f"{counted(self.sub_points, 'sub-point')}{numbers}; "
                f"{counted(len(self.warnings), 'warning')}")

    def lines(self) -> list[str]:
        """The summary, then each finding as ``file:place: warning: message``."""
        out = [self.summary()]
        for f in self.findings:
            level = "warning" if f.warning else "note"
            place = f"{self.file}:{f.where}" if f.where else self.file
            out.append(f"{place}: {level}: {f.message}")
        return out

    def to_json(self) -> str:
        data = {
            "file": self.file, "format": self.format.value, "points": self.points,
            "sub_points": self.sub_points, "numbers": list(self.numbers),
            "announced": self.announced, "parts": [list(p) for p in self.parts],
            "tracked_changes": [{"author": t.author, "insertions": t.insertions,
                                 "deletions": t.deletions, "moves": t.moves,
                                 "restyled": t.restyled} for t in self.tracked],
            "warnings": [{"where": f.where, "kind": f.kind, "message": f.message}
                         for f in self.findings if f.warning],
            "notes": [{"where": f.where, "kind": f.kind, "message": f.message}
                      for f in self.findings if not f.warning],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def counted(count: int, noun: str) -> str:
    """``1 point``, ``2 points``, ``0 sub-points``: a count with its noun in the right number."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _span(numbers: tuple[str, ...]) -> str:
    return f"{numbers[0]}-{numbers[-1]}" if len(numbers) > 1 else numbers[0]


class StructureWarnings(PlandiffError):
    """``--strict`` and the structure report has warnings: exit code 1, nothing written."""

    exit_code = ExitCode.FINDINGS

    def __init__(self, report: StructureReport) -> None:
        problems = tuple(Problem(file=report.file, path=f.where, message=f.message,
                                 rule="structure") for f in report.warnings)
        super().__init__(f"{report.file}: {len(problems)} structure warning(s) and --strict; "
                         "nothing was written", problems)
        self.report = report

    def lines(self) -> list[str]:
        """The one line that says why nothing was written: the warnings themselves are in
        the structure report, which the command has already shown."""
        return [f"plandiff: {self.message}"]


def _base(label: str) -> str:
    """The number a label starts with (``14`` of an inserted article's ``14^1``, ``14a``)."""
    return label[:len(label) - len(label.lstrip("0123456789"))]


def _value(label: str) -> int | None:
    text = label.translate(FW_DIGITS)
    return int(text) if text.isdigit() else None


def _sequence(nodes: Sequence[Node], what: str, out: list[Finding], *,
              first_expected: bool, under: str = "") -> None:
    """Findings on the numbering of ``nodes`` (the points, or the sub-points ``under`` one
    point): a start other than 1 (when ``first_expected``), repeats, steps back, gaps."""
    previous: Node | None = None
    for node in nodes:
        value = _value(node.label) if node.style in ("top", "paragraph", "paren-digit") \
            else None
        if value is None:
            if previous is None or _base(node.label) != previous.label:
                previous = None  # an article inserted after the one before (14¹, 14a) keeps
            continue  # the count going: 15 follows 14
        if previous is None:
            if first_expected and value != 1 and what != "point":
                # --partial and --covers speak of the version's points, not of a point's list
                out.append(Finding(node.where, f"{what} {node.number} opens the list under "
                                   f"{under}: its numbering starts at {value}, not 1", True,
                                   "start"))
            elif first_expected and value != 1:
                out.append(Finding(node.where, f"numbering starts at {value}, not 1 (use "
                                   "--partial or --covers if the text covers only part of "
                                   "the version)", True, "start"))
        elif node.part != previous.part and value == 1:
            pass  # a part's numbering restarting at 1 after its heading: the draft's structure
        else:
            before = int(previous.label)
            if value == before:
                out.append(Finding(node.where, f"{what} {node.number} appears twice (also at "
                                   f"{previous.where})", True, "repeat"))
            elif value < before:
                out.append(Finding(node.where, f"{what} {node.number} comes after "
                                   f"{previous.number}: numbering goes back", True, "repeat"))
            elif value > before + 1:
                missing = f"{before + 1}" if value == before + 2 else \
                    f"{before + 1}-{value - 1}"
                out.append(Finding(node.where, f"{what} {node.number} follows "
                                   f"{previous.number}: {missing} missing", True, "gap",
                                   missing if what == "point" else ""))
        previous = node


def _announced(parse: Parse, title: str | None,
               headline: str | None = None) -> tuple[int, ...]:
    """The count of points the title or headline announces, else the first the preamble
    (a headline in it) or a heading does; in a sentence of the preamble's prose (a paragraph
    of more than one line, or one that ends as a sentence does) a count in words under ten is
    none ("Kyiv objects to two points.", "против двух пунктов.": some of the points, not
    their number). A count changed to another ("28 points → 20") gives the later, then the
    earlier: the text is either side of the change (a Word redline read with its tracked
    changes accepted or rejected). None found: empty."""
    texts = [(t, False) for t in (title, parse.title, headline) if t]
    page = len(texts)
    texts += [(" ".join(p), len(p) > 1 or _SENTENCE_END.search(p[0]) is not None)
              for p in parse.notes if p]
    texts += [(h, False) for h, _ in parse.headings]
    for index, (text, prose) in enumerate(texts):
        for match in _ANNOUNCED.finditer(text):
            if index >= page and _STORIES.search(match.group()) and _READING.search(text):
                continue  # "Read 20 articles a month for free": the site's, not the plan's
            if _OTHER_POINTS.match(text, match.end()) \
                    or _CHANGE.search(text, max(0, match.start() - 60), match.start()) \
                    or _MORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "5 пунктов пропуска", "the index fell 20 points", "ще два
                # пункти": no plan's count
            digits = match.group("n")
            value = int(digits.translate(FW_DIGITS)) if digits else \
                number_value(match.group("w") or match.group("k"))
            later = _CHANGED_TO.match(text, match.end())
            if later is not None:  # "from 28 points to 20", "２８項目から２０項目に": 20
                changed = int(later.group("n").translate(FW_DIGITS))
                return (changed,) if value is None else (changed, value)
            if value is not None and (digits or not (prose and value < _PROSE_WORDS_FROM)):
                return (value,)
    return ()


_PART_SAID = re.compile(
    r"\b(?:the\s+)?first\s+(?:(?P<en>[0-9]{1,3}|[a-z-]+)\s+)?points\b"
    r"|\bfull\s+text\s+(?:will\s+follow|follows\s+later|to\s+follow|(?:will\s+come\s+)?later"
    r"|soon)|\bexcerpts?\b|\bsome\s+of\s+the\s+points\b|\bin\s+part\b"
    r"|\bперв(?:ые|ых)\s+(?:(?P<ru>[0-9]{1,3}|[а-яё]+)\s+)?пункт\w*"
    r"|\bперш(?:і|их)\s+(?:(?P<uk>[0-9]{1,3}|[а-яіїєґ']+)\s+)?пункт\w*"
    r"|\bполн(?:ый|ого)\s+текст[^.!?\n]{0,20}(?:позже|позднее|будет|опубликуем)"
    r"|\bповн(?:ий|ого)\s+текст[^.!?\n]{0,20}(?:згодом|пізніше|буде|опублікуємо)"
    r"|\bвыдержк|\bуривк|\bчастина\s+пунктів|\bчасть\s+пунктов|\bнекоторые\s+пункты"
    r"|\bдеякі\s+пункти|一部の(?:項目|内容)|抜粋|全文は(?:後|追って)",
    re.IGNORECASE)
"""What a copy says of itself when it holds only some of the points ("the first points",
"перші пункти", "full text later", "excerpts", "一部の項目"); with a count ("the first ten
points"), only when it is the count of the points found (a live blog's entry bringing the
first ten of twenty says nothing of the text)."""


def _said_part(parse: Parse, texts: Sequence[str | None]) -> str | None:
    """The words in which the text outside the points says it holds only some of them
    (:data:`_PART_SAID`), or None."""
    outside = [t for t in texts if t] + [" ".join(p) for p in parse.notes if p] + [
        h for h, _ in parse.headings] + parse.after + parse.after_last
    for text in outside:
        for match in _PART_SAID.finditer(text):
            count = match.group("en") or match.group("ru") or match.group("uk")
            value = (int(count) if count.isdigit() else number_value(count)) if count else None
            if value is None or value == len(parse.points):
                return match.group().strip()
    return None


def _missing(parse: Parse, announced: int) -> str:
    """``: 7-12 not in the text`` (the announced numbers no point has; none is made up)."""
    found = {_value(p.label) for p in parse.points}
    absent = [n for n in range(1, announced + 1) if n not in found]
    if not absent:
        return ""
    runs: list[list[int]] = []
    for n in absent:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return f": {spans} not in the text"


def structure_report(parse: Parse, *, file: str, fmt: DraftFormat, title: str | None = None,
                     headline: str | None = None, partial: bool = False,
                     summary: bool = False,
                     dropped: Sequence[tuple[str, int]] = (),
                     reader_notes: Sequence[str] = (),
                     compared: bool = False,
                     reader_warnings: Sequence[tuple[str, str]] = (),
                     tracked: Sequence[AuthorChanges] = ()) -> StructureReport:
    """The report of one parse (call it before building the plan: titles are not yet split;
    ``headline``: a structured-data headline the page's title is not, for the count it
    announces; ``summary``: the text is declared a summary, which restates the points it
    announces in fewer)."""
    # what the reader could not read first: it explains the gaps reported after it
    findings = [Finding(where, paywall_note(said), False, "reader")
                if partial and said.startswith(PAYWALL_SAID)  # the part --partial declares
                else Finding(where, next_page_note(said), False, "reader")
                if partial and said.startswith(NEXT_PAGE_SAID)
                else Finding(where, said, True, "reader") for where, said in reader_warnings]
    _sequence(parse.points, "point", findings, first_expected=not partial)
    for node in parse.points:
        for parent in node.walk():
            subs = [c for c in parent.children if c.style in ("paragraph", "paren-digit")]
            if subs:
                _sequence(subs, "sub-point", findings, first_expected=True,
                          under=parent.number)
    lengths = [len(n.text) for n in parse.points]
    if len(lengths) >= 4:
        median = statistics.median(lengths)
        for node, size in zip(parse.points, lengths, strict=True):
            if size > _LONG_MIN_CHARS and size > _LONG_FACTOR * max(median, 1):
                findings.append(Finding(node.where, f"point {node.number} is {size} characters, "
                                        f"{size / max(median, 1):.1f} times the median: a list "
                                        "may have been read into it", True, "long"))
    empty = [node for top in parse.points for node in top.walk()
             if not node.text.strip() and not node.title and not node.children]
    if empty:
        numbers = ", ".join(node.number for node in empty[:5]) + (
            f" and {len(empty) - 5} more" if len(empty) > 5 else "")
        findings.append(Finding(empty[0].where, f"{len(empty)} point(s) with no text ("
                                f"{numbers}): their text may have been read elsewhere, "
                                "into the notes or another point", True, "empty"))
    counts = _announced(parse, title, headline)
    announced = counts[0] if counts else None
    if announced is not None and len(parse.points) not in counts and not partial:
        if compared:
            findings.append(Finding("", f"the text announces {announced} points: a count of "
                                    "the comparison table's (its rows, or another version's "
                                    f"points), not checked against the {len(parse.points)} "
                                    "of the column read", False, "count"))
        elif summary and len(parse.points) < announced:
            findings.append(Finding("", f"a summary: the text announces {announced} points "
                                    f"and restates them in {len(parse.points)}", False,
                                    "count"))
        else:
            findings.append(Finding("", f"the text announces {announced} points but "
                                    f"{len(parse.points)} were found"
                                    f"{_missing(parse, announced)}", True, "count"))
    short = any(f.kind == "count" and f.warning for f in findings)  # it names the gap already
    said = None if partial or summary or short else _said_part(
        parse, (title, parse.title, headline))
    if said is not None:
        findings.append(Finding("", f"the text says it holds only some of the points "
                                f"(\"{said[:40]}\")", True, "part"))
    if parse.outside:
        findings.append(Finding(parse.outside[0], f"{len(parse.outside)} line(s) outside the "
                                "points went to the version's notes", False, "outside"))
    headings = len(parse.headings) - len(parse.as_written)
    if headings:  # speaker lines and a page's text are counted on their own
        findings.append(Finding("", f"{headings} heading(s) "
                                "between points went to "
                                "the version's notes", False, "outside"))
    findings.extend(Finding(e.where, e.message, e.kind in _WARNING_EVENTS, e.kind)
                    for e in parse.events)
    findings.extend(Finding("", f"left out {count} {what}", False, "dropped")
                    for what, count in dropped if count)
    findings.extend(Finding("", note, False, "reader") for note in reader_notes)
    below = sum(p.count() - 1 for p in parse.points)
    parts = tuple(tuple(p.number for p in parse.points if p.part == part)
                  for part in range(1, parse.parts + 1))
    return StructureReport(file=file, format=fmt, points=len(parse.points), sub_points=below,
                           numbers=tuple(p.number for p in parse.points), announced=announced,
                           findings=tuple(findings), parts=parts, tracked=tuple(tracked))
