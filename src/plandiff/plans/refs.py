"""References: ``DOCUMENT@VERSION`` for a version, ``DOCUMENT@VERSION#POINT`` for a point."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plandiff.plans.model import POINT_ID, SLUG

_VERSION_REF = re.compile(SLUG[1:-1] + "@" + SLUG[1:-1])
_POINT_REF = re.compile(
    r"(?P<document>" + SLUG[1:-1] + r")@(?P<version>" + SLUG[1:-1] + r")#(?P<point>"
    + POINT_ID[1:-1] + ")"
)


@dataclass(frozen=True, order=True)
class PointRef:
    """A parsed point reference."""

    document: str
    version: str
    point: str

    @property
    def version_ref(self) -> str:
        """``DOCUMENT@VERSION`` of the version holding the point."""
        return f"{self.document}@{self.version}"

    def __str__(self) -> str:
        return f"{self.document}@{self.version}#{self.point}"


def parse_point_ref(text: str) -> PointRef | None:
    """``DOCUMENT@VERSION#POINT`` → :class:`PointRef`, or None when malformed."""
    match = _POINT_REF.fullmatch(text)
    if match is None or ".." in text:
        return None
    return PointRef(match["document"], match["version"], match["point"])


def is_version_ref(text: str) -> bool:
    """True for a well-formed ``DOCUMENT@VERSION``."""
    return _VERSION_REF.fullmatch(text) is not None and ".." not in text


def split_version_ref(text: str) -> tuple[str, str] | None:
    """``DOCUMENT@VERSION`` → (document, version), or None when malformed."""
    if not is_version_ref(text):
        return None
    document, _, version = text.partition("@")
    return document, version


_URL = re.compile(r"(?:https?|ftp|file)://\S+", re.IGNORECASE)


def url_refused(arg: str) -> str | None:
    """Why ``arg``, given where a file or a reference is read, is not read: a web address
    (plandiff never fetches anything, so that a report shows what its user saw), with what to
    give instead; None for anything else."""
    if _URL.fullmatch(arg.strip()) is None:
        return None
    return (f"{arg.strip()}: plandiff reads saved files and fetches nothing; save the page "
            "from your browser (\"Web page, HTML only\" or \"complete\", or .mhtml) and give "
            "that file, or copy its text and paste it into `plandiff import -` or "
            "`plandiff add -`")
