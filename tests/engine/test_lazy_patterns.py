"""Patterns a diff of English texts never uses are not compiled by it (compiling a large
character class costs a millisecond or two of every cold ``plandiff diff``)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO

_CODE = """
from benchmarks.synth import generate
from plandiff.engine.compare import compare
from plandiff.engine import xref
from plandiff.plans import entities
from plandiff.plans.importer import parse_text

pair = generate(80, seed=3)
old = parse_text(pair.old_text(), document="d", version="2026-01-01-a", language="en")
new = parse_text(pair.new_text(), document="d", version="2026-02-01-b", language="en")
changes = compare(old, new).changes
assert any(c.flags for c in changes)
print(entities._cjk.cache_info().currsize, xref._reference_pattern.cache_info().currsize)
"""


def test_a_diff_of_english_texts_compiles_no_cjk_or_cyrillic_pattern() -> None:
    done = subprocess.run([sys.executable, "-c", _CODE], check=True, capture_output=True,
                          text=True, cwd=REPO,
                          env={"PYTHONPATH": f"{REPO / 'src'}:{REPO}"})
    cjk, references = map(int, done.stdout.split())
    assert cjk == 0  # the entity names' kana and kanji test serves the translation check
    assert references <= 1  # the Latin reference pattern at most
