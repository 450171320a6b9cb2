"""Shapes of real press pages probed in the session of their own: a Japanese page's points
as a list of numbered terms (``<dl><dt>1</dt><dd>…</dd>``), list items opening with a bold
title. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

_JA = [("1", "ウクライナの主権を確認する。"), ("2", "包括的な不可侵合意を結ぶ。"),
       ("3", "北大西洋条約機構はこれ以上拡大しない。")]


@pytest.mark.parametrize("term", ["{n}", "（{n}）", "{n}."])
def test_the_page_s_text_after_a_list_of_numbered_terms_is_not_the_last_point_s(
        term: str) -> None:
    """``<dl>`` with the points' numbers as its terms, then the reporter's sentence: it ran
    into point 3 as its second paragraph (with a warning to check it)."""
    terms = "".join(f"<dt>{term.format(n=n)}</dt><dd>{text}</dd>" for n, text in _JA)
    imported = import_bytes(_page(f"<h1>和平案の要旨</h1><p>主な項目は以下の通り。</p><dl>{terms}"
                                  "</dl><p>内容は今後変わる可能性がある。</p>", "ja"),
                            "page.html", ".html", REQUEST)
    assert _tree(imported) == _JA
    assert "内容は今後変わる可能性がある。" in (imported.plan.notes or "")


def test_titled_numbered_terms_keep_their_titles_and_leave_the_page_s_text() -> None:
    """``<dt>1. 主権</dt><dd>…</dd>``: the term is the point's number and title."""
    titles = ["主権", "不可侵", "拡大"]
    terms = "".join(f"<dt>{n}. {title}</dt><dd>{text}</dd>"
                    for (n, text), title in zip(_JA, titles, strict=True))
    imported = import_bytes(_page(f"<dl>{terms}</dl><p>内容は今後変わる可能性がある。</p>", "ja"),
                            "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (n, title, text) for (n, text), title in zip(_JA, titles, strict=True)]

