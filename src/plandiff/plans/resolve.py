"""Finding a version from a command-line argument: a file path or ``DOCUMENT@VERSION``.

An argument is a path when it names an existing file or ends with ``.json``; otherwise it must
be a ``DOCUMENT@VERSION`` reference into a plans tree (``plans/`` unless told otherwise). A
path to a draft (any suffix of :data:`plandiff.plans.suffixes.DRAFT_SUFFIXES`: ``.txt``,
``.md``, ``.html``, ``.eml``, ``.docx``, ``.docm``, ``.odt``, ``.pdf``; ``.doc`` and ``.rtf``
through LibreOffice) is imported in memory
(:mod:`plandiff.plans.intake`); its point ids are provisional (``p1``, ``p2`` ...), and
:attr:`Resolver.notes` says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from plandiff.errors import InputError, UsageError
from plandiff.limits import Limits
from plandiff.plans.loading import LoadedFile, data_of, read_plan_file, require_plan
from plandiff.plans.model import DatedBy, PlanVersion
from plandiff.plans.refs import is_version_ref, split_version_ref, url_refused
from plandiff.plans.suffixes import DRAFT_SUFFIXES, MAIL_SUFFIX

if TYPE_CHECKING:
    from plandiff.plans.corpus import Corpus
    from plandiff.plans.intake.comparison import ComparisonTable
    from plandiff.plans.intake.lines import RevisionView



_WARNINGS_SHOWN = 5
"""How many of an imported draft's structure warnings a diff's notes repeat."""


def draft_version(path: Path, prefix: str, empty: str = "draft") -> str:
    """A version id for a draft read in memory: ``prefix``, then the file's name in the
    letters a version id allows (``empty`` when none is left), 100 characters at most."""
    stem = re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-._") or empty
    return f"{prefix}-{stem}"[:100].rstrip("-._")


class Resolver:
    """Resolves several arguments against one plans tree, loading the tree at most once."""

    def __init__(self, plans_root: Path, limits: Limits | None = None,
                 attachment: str | None = None) -> None:
        self.plans_root = plans_root
        self.attachment = attachment
        """``--attachment``: the attachment read from a saved e-mail (.eml) argument."""
        self._mails = 0
        self.limits = limits if limits is not None else Limits.from_env()
        self._corpus: Corpus | None = None
        self._loaded: list[LoadedFile] = []
        self.notes: list[str] = []
        """Things to tell the user (drafts imported in memory)."""
        self.drafts = 0
        """How many arguments were drafts (their ids are provisional, not evidence)."""
        self.part_signs: dict[str, tuple[str, ...]] = {}
        """Each draft argument's signs of being only a part of its version ("12-28 not in
        the text", :meth:`StructureReport.part_signs`)."""

    def data_of(self, plan: PlanVersion) -> bytes | None:
        """The exact bytes of the file this resolver loaded ``plan`` from."""
        found = data_of(self._loaded, plan)
        if found is None and self._corpus is not None:
            found = self._corpus.data_of(plan)
        return found

    def _load(self, path: Path, display: str) -> PlanVersion:
        loaded = read_plan_file(path, display, self.limits)
        plan = require_plan(loaded)
        self._loaded.append(loaded)
        return plan

    def _import(self, path: Path, arg: str, view: RevisionView | None = None,
                column: tuple[int, str] | None = None) -> PlanVersion:
        """``path`` imported in memory; ``view``: its tracked changes read so; ``column``:
        the version column (index, header) of its comparison table to read."""
        from plandiff.plans.intake import DraftRequest, import_file
        from plandiff.plans.intake.lines import RevisionView
        from plandiff.plans.intake.report import counted

        version = draft_version(path, view.value if view else f"column-{column[0] + 1}"
                                if column else f"draft-{self.drafts + 1}")
        untitled = f"{path.name} (changes {view.value})" if view else \
            f"{path.name} ({column[1]})" if column else path.name
        named = _named_date(path.stem)  # the user's choice, else the date the draft states
        mail = path.suffix.lower() == MAIL_SUFFIX
        self._mails += mail
        imported = import_file(path, DraftRequest(
            document="draft", version=version, date=named, untitled=untitled,
            attachment=self.attachment if mail else None,
            dated_by=DatedBy.FILE_NAME if named is not None else None, stated_date=True,
            limits=self.limits, view=view or RevisionView.ACCEPTED,
            column=str(column[0] + 1) if column else None), display=arg)
        self.drafts += 1
        report = imported.report
        self.part_signs[arg] = report.part_signs()
        read = f" with its tracked changes {view.value}" if view else \
            f' as its comparison table\'s column {column[0] + 1} "{column[1]}"' if column else ""
        self.notes.append(f"{arg}: imported in memory as a {report.format.value} draft{read} "
                          f"({counted(report.points, 'point')}, "
                          f"{counted(report.sub_points, 'sub-point')}, "
                          f"{len(report.warnings)} structure warning(s)); its point ids are "
                          "provisional, so points are paired by their text")
        # the warnings' own words: a point the text lacks ("3-19 missing") shows as removed
        self.notes.extend(f"{arg}: structure warning: {w.message}"
                          for w in report.warnings[:_WARNINGS_SHOWN])
        if len(report.warnings) > _WARNINGS_SHOWN:
            self.notes.append(f"{arg}: {len(report.warnings) - _WARNINGS_SHOWN} more structure "
                              "warning(s): `plandiff import` shows them all")
        return imported.plan

    def tracked(self, arg: str) -> tuple[PlanVersion, PlanVersion]:
        """A Word or OpenDocument file read twice: with every tracked change rejected (the
        text before them), then accepted (after them); a file whose table sets two versions
        side by side (a Word or OpenDocument file, a web page, a Markdown table), each column
        as its version (:mod:`.intake.comparison`); a file without any is refused with what
        to give instead."""
        from plandiff.plans.intake.comparison import ColumnNotChosen
        from plandiff.plans.intake.formats import VIEW_RULE
        from plandiff.plans.intake.lines import RevisionView

        path = Path(arg)
        refused = url_refused(arg)
        if refused is not None and not path.exists():
            raise UsageError(refused)
        give = "give NEW to compare it with (only a Word or OpenDocument file's tracked " \
               "changes are compared with no NEW)"
        if path.suffix.lower() not in DRAFT_SUFFIXES or not path.is_file():
            raise UsageError(f"{arg}: {give}" if path.is_file() or "@" in arg
                             else f"{arg}: no such file")
        try:
            before = self._import(path, arg, RevisionView.REJECTED)
        except ColumnNotChosen as exc:
            return self._columns(path, arg, exc.table)
        except InputError as exc:
            if exc.problems and exc.problems[0].rule == VIEW_RULE:  # a text, a page, a PDF
                table = self._comparison_table(path, arg)
                if table is not None:
                    return self._columns(path, arg, table)
                raise UsageError(f"{arg}: {give}") from None
            raise
        after = self._import(path, arg, RevisionView.ACCEPTED)
        if [(p.number, p.title, p.text) for p in before.walk()] == \
                [(p.number, p.title, p.text) for p in after.walk()]:
            raise UsageError(f"{arg}: no tracked changes (its text is the same with them "
                             f"rejected and accepted); {give}")
        return before, after

    def _columns(self, path: Path, arg: str, table: ComparisonTable
                 ) -> tuple[PlanVersion, PlanVersion]:
        """A comparison table's two version columns, each read as its version."""
        if len(table.versions) != 2:
            raise UsageError(f"{arg}: a comparison table of {len(table.versions)} versions "
                             f"({table.described()}); give NEW, or import each with "
                             "plandiff import --column")
        first, second = table.versions
        return (self._import(path, arg, column=(first, table.headers[first])),
                self._import(path, arg, column=(second, table.headers[second])))

    def _comparison_table(self, path: Path, arg: str) -> ComparisonTable | None:
        """The comparison table a page, a text or a Markdown file (no tracked changes to
        compare) holds, None when it holds none or cannot be read."""
        from plandiff.plans.intake.comparison import ColumnNotChosen
        from plandiff.plans.intake.formats import read_lines
        from plandiff.plans.jsonsource import read_bytes

        mail = path.suffix.lower() == MAIL_SUFFIX
        try:
            read_lines(read_bytes(path, arg, self.limits), arg, path.suffix.lower(),
                       limits=self.limits, attachment=self.attachment if mail else None)
        except ColumnNotChosen as exc:
            return exc.table
        except InputError:
            return None
        return None

    def check_attachment_used(self) -> None:
        """Refuse ``--attachment`` where no argument was a saved e-mail (.eml)."""
        if self.attachment is not None and not self._mails:
            raise UsageError(f"--attachment {self.attachment}: no argument is a saved e-mail "
                             f"message ({MAIL_SUFFIX}) to choose an attachment of")

    def __call__(self, arg: str) -> PlanVersion:
        path = Path(arg)
        refused = url_refused(arg)
        if refused is not None and not path.exists():
            raise UsageError(refused)
        if path.suffix.lower() in DRAFT_SUFFIXES and path.is_file():
            return self._import(path, arg)
        if arg.endswith(".json") or path.exists():
            if path.is_dir():
                raise InputError(f"{arg}: is a folder, not a plan file")
            if not path.exists():
                raise InputError(f"{arg}: no such file")
            if not arg.lower().endswith(".json") and not _looks_like_json(path):
                raise InputError(
                    f"{arg}: neither a plan file (JSON) nor a draft by its name (the suffix "
                    f"{path.suffix or '(none)'} is none of {', '.join(sorted(DRAFT_SUFFIXES))});"
                    " rename it, or turn it into a plan file with plandiff import --from F")
            return self._load(path, arg)
        parts = split_version_ref(arg)
        if parts is None:
            if is_version_ref(f"{arg}@v") and (self.plans_root / arg).is_dir():
                raise InputError(f"{arg}: a document, not a version: give {arg}@VERSION "
                                 f"(plandiff log {arg} lists its versions)")
            raise InputError(f"{arg}: no such file, and not a DOCUMENT@VERSION reference")
        direct = self.plans_root / parts[0] / f"{parts[1]}.json"
        if direct.is_file():
            plan = self._load(direct, str(direct))
            if plan.ref == arg:
                return plan
        if not self.plans_root.is_dir():
            raise InputError(f"{arg}: no plans folder {self.plans_root} to look it up in "
                             "(use --plans DIR or give a file path)")
        if self._corpus is None:
            # imported here: a command given two files never reads a plans tree
            from plandiff.plans.corpus import load_corpus

            self._corpus = load_corpus(self.plans_root, self.limits)
        return self._corpus.resolve(arg)


def _looks_like_json(path: Path) -> bool:
    """Whether a file with no .json name starts as a JSON object does (after a byte-order
    mark and blanks): such a file is read as a plan file, any other is refused by name."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # read as a plan file, which reports the error in full
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: the loader says how to save it
        return True
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[", b"")


def _named_date(stem: str) -> dt.date | None:
    """The date a draft's file name gives (``2025-11-20-leak``), else None."""
    for found in re.finditer(r"(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])", stem):
        with contextlib.suppress(ValueError):
            return dt.date(*map(int, found.groups()))
    return None


__all__ = ["DRAFT_SUFFIXES", "Resolver", "draft_version"]
