"""A copy that says it holds only some of the points ("the first points", "перші пункти",
"full text later"): the report says so, so that `add` suggests --partial instead of
reporting the version's other points removed. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-12-01-partial")
ITEMS = "".join(f"{n}. Step {n} is taken by both sides.\n" for n in range(1, 6))


def _messages(text: str, request: DraftRequest = REQUEST) -> list[tuple[bool, str]]:
    imported = import_bytes(text.encode(), "copy.txt", ".txt", request)
    return [(f.warning, f.message) for f in imported.report.findings]


@pytest.mark.parametrize(("lead", "tail"), [
    ("⚡️Головне з плану — перші пункти:", "Повний текст — згодом."),
    ("Ниже первые пункты документа:", ""),
    ("The first five points of the draft:", ""),
    ("Excerpts from the draft:", ""),
    ("The draft, in part:", "The full text will follow."),
    ("和平案の一部の項目は次の通り。", ""),
])
def test_a_copy_saying_it_is_a_part_is_warned_of(lead: str, tail: str) -> None:
    messages = _messages(f"{lead}\n\n{ITEMS}\n{tail}\n")
    assert any(warning and "only some of the points" in message
               for warning, message in messages), messages


@pytest.mark.parametrize("lead", [
    "We have now seen the first ten points. They read:",  # a count that is not this text's
    "The draft's five points read:",
    "Key facts about the talks:",
])
def test_a_whole_copy_is_not_warned_of(lead: str) -> None:
    messages = _messages(f"{lead}\n\n{ITEMS}")
    assert not any("only some of the points" in message for _, message in messages)


def test_a_copy_declared_partial_is_not_warned_of() -> None:
    request = DraftRequest(document="outline", version="2025-12-01-partial", partial=True)
    messages = _messages(f"Ниже первые пункты документа:\n\n{ITEMS}", request)
    assert not any("only some of the points" in message for _, message in messages)
