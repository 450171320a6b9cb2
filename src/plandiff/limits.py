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

    max_file_bytes: int = 16 * 1024 * 1024
    """A plan JSON file or text draft, in bytes."""
    max_points: int = 50_000
    """Points in one version, counting sub-points. Measured (benchmarks/bench_limits.py): one
    cold diff of two 50,000-point plans peaks at 751 MB and 77 s of CPU, within a 2-core,
    2 GiB budget; 10,000 points take 237 MB and 12 s; 100,000 would need about twice the
    50,000 figures, near the budget's edge."""
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
