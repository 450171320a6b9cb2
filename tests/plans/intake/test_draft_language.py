"""The language a draft is guessed to be in is the language of its points: a Japanese Word
redline whose sources list English titles and web addresses (more Latin letters than
Japanese characters in the whole file) is Japanese; so is a Ukrainian page with an English
notes section."""

from __future__ import annotations

import json

from plandiff.engine.compare import compare
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.model import PlanVersion
from plandiff.render.docx import render_docx
from tests.helpers import PLANS

_REQUEST = DraftRequest(document="d", version="2026-01-05-review")


def _shipped(name: str) -> PlanVersion:
    return PlanVersion.model_validate(json.loads(
        (PLANS / "peace-framework" / f"{name}.json").read_text(encoding="utf-8")))


def test_a_japanese_redline_with_english_sources_is_japanese() -> None:
    old, new = _shipped("2025-11-20-us-28-point-ja"), _shipped("2025-12-24-20-point-ja")
    got = import_bytes(render_docx(compare(old, new), old, new), "review.docx", ".docx",
                       _REQUEST)
    assert got.plan.language == "ja"


def test_points_outweigh_the_text_around_them() -> None:
    text = ("Sources and notes\n\nAssociated Press, Reuters, The Washington Post and the "
            "Financial Times reported the framework; translations by the editors.\n\n"
            "1. Сторони припиняють вогонь.\n2. Усіх полонених обмінюють.\n"
            "3. Вибори проводять за сто днів.\n")
    got = import_bytes(text.encode(), "draft.txt", ".txt", _REQUEST)
    assert got.plan.language == "uk"
    english = "1. Both sides stop firing.\n2. All detainees are swapped.\n"
    assert import_bytes(english.encode(), "d.txt", ".txt", _REQUEST).plan.language == "en"
