"""Size limits enforced before expensive work, configurable through the environment.

Each limit has a default that fits every real negotiated text we know of with a wide margin;
users with bigger documents raise it with an environment variable (``PLANDIFF_MAX_FILE_BYTES``
and so on), documented in the README.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

MAX_VALUE = 2**62
"""Largest accepted setting: "no practical limit" without overflowing a size argument."""


@dataclass(frozen=True)
class Limits:
    """Maximum sizes plandiff accepts."""

    max_file_bytes: int = 24 * 1024 * 1024
    """A plan JSON file or text draft, in bytes. A 50,000-point plan of ~50-word points is
    about 19 MB: this lets the points limit be the one that binds (16 MiB, the old default,
    refused such a plan), and two files this size stay near 1 GB of memory in a diff."""
    max_points: int = 50_000
    """Points in one version, counting sub-points. Measured (benchmarks/bench_limits.py,
    benchmarks/results-limits.md, 2026-12-01): one cold diff of two 10,000-point plans takes
    11 s of CPU time and 212 MB, 50,000 points 73 s and 758 MB, 100,000 points 201 s and
    1,365 MB. 100,000 still fits 2 GiB, but with a third of it left for longer points or
    adversarial texts and minutes of CPU time; 50,000 keeps a 2-core, 2 GiB machine well
    inside its budget."""
    max_depth: int = 64
    """JSON nesting depth (arrays and objects)."""
    max_text_chars: int = 200_000
    """Characters in one text field."""
    max_files: int = 10_000
    """Plan files in one validated or built tree."""
    max_pages: int = 2_000
    """Pages of an imported PDF draft."""
    max_markup_depth: int = 1_000
    """Element nesting of an imported HTML page."""
    max_unpacked_bytes: int = 256 * 1024 * 1024
    """Bytes a .docx or PDF draft may unpack to (zip members, compressed streams)."""
    max_parts: int = 2_000
    """Members of a .docx archive."""
    max_convert_seconds: int = 120
    """Seconds LibreOffice may take to convert a .doc, .rtf or Word 2003 XML draft to .docx
    (a page of text takes about 2 s, most of it LibreOffice's start; a slow machine, a long
    treaty or a first start that builds the font cache take longer)."""

    @property
    def max_point_depth(self) -> int:
        """Levels of sub-points a plan file can hold within ``max_depth``: a point level takes
        two JSON levels (its ``points`` array and the point's object), and the version's object
        and a point's own lists (``topics``, ``notes``) one each (31 with the default)."""
        return max(1, (self.max_depth - 2) // 2)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Limits:
        """Defaults, overridden by ``PLANDIFF_MAX_*`` variables holding positive integers."""
        env = os.environ if env is None else env
        values: dict[str, int] = {}
        for f in fields(cls):
            raw = env.get("PLANDIFF_" + f.name.upper())
            if raw is None:
                continue
            try:
                number = int(raw)
            except ValueError:
                continue
            if number > 0:
                values[f.name] = min(number, MAX_VALUE)
        return cls(**values)


DEFAULT_LIMITS = Limits()
