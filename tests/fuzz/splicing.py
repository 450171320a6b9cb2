"""The splice every fuzz target tries: fuzzed bytes put into a valid seed (a draft, a plan),
which reaches deeper than random bytes do. It imports no plandiff module, so a target that
imports it instruments nothing more."""

from __future__ import annotations

import atheris


def spliced(seed: bytes, data: bytes, longest_cut: int = 32) -> bytes:
    """``seed`` with the rest of ``data`` put in at a place ``data`` chooses, and up to
    ``longest_cut`` bytes of the seed there taken out."""
    provider = atheris.FuzzedDataProvider(data)
    at = provider.ConsumeIntInRange(0, len(seed))
    cut = provider.ConsumeIntInRange(0, longest_cut)
    return seed[:at] + provider.ConsumeBytes(provider.remaining_bytes()) + seed[at + cut:]
