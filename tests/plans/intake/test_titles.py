"""Short title lines over the points' text, told by the whole draft's shape
(src/plandiff/plans/intake/titles.py). Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")
TITLED = [("Sovereignty", "Ukraine is sovereign and all sides confirm its borders."),
          ("Ceasefire", "A ceasefire takes effect once both sides accept the plan."),
          ("Frozen assets", "Frozen assets fund the rebuilding of Ukraine's cities.")]


def _points(text: str) -> list[tuple[str, str | None, str]]:
    imported = import_bytes(text.encode(), "press.txt", ".txt", REQUEST)
    return [(p.number, p.title, p.text) for p in imported.plan.points]


def test_a_title_line_over_each_point_s_text_is_its_title() -> None:
    """Pasted from a page whose titles were bold: "1. Sovereignty", then the text, on the
    next line or after a blank line. The title ran into the text ("Sovereignty Ukraine is
    sovereign …") or stayed its first paragraph."""
    expected = [(str(n), title, text) for n, (title, text) in enumerate(TITLED, 1)]
    for gap in ("\n", "\n\n"):
        draft = "".join(f"{n}. {title}{gap}{text}\n\n" for n, (title, text) in
                        enumerate(TITLED, 1))
        assert _points(draft) == expected, repr(gap)
    japanese = ("1. 主権\nウクライナの主権をすべての当事者が確認する。\n"
                "2. 停戦\n双方が受け入れれば停戦が発効する。\n"
                "3. 凍結資産\n凍結資産をウクライナの復興に充てる。\n")
    assert [p[1] for p in _points(japanese)] == ["主権", "停戦", "凍結資産"]


def test_the_shape_must_hold_for_the_whole_draft() -> None:
    """One point whose first line is a sentence (it ends in a full stop), a wrapped line as
    long as the next, a first line going on in small letters, or fewer than three points:
    no first line is a title."""
    sentence = "".join(f"{n}. {title}\n{text}\n\n" for n, (title, text) in
                       enumerate(TITLED, 1)) + "4. Elections follow.\nThey are held in 100 days.\n"
    assert all(title is None for _, title, _ in _points(sentence))
    wrapped = ("1. The parties agree that the Russian\n"
               "Federation and Ukraine stop firing at once.\n"
               "2. Monitors from neutral states watch\nThe whole line and report each week.\n"
               "3. Detainees are exchanged in stages\nAll for all, within one hundred days.\n")
    assert all(title is None for _, title, _ in _points(wrapped))
    lower = "".join(f"{n}. {title}\n{text[0].lower()}{text[1:]}\n\n" for n, (title, text) in
                    enumerate(TITLED, 1))
    assert all(title is None for _, title, _ in _points(lower))
    two = "".join(f"{n}. {title}\n{text}\n\n" for n, (title, text) in enumerate(TITLED[:2], 1))
    assert [p[2] for p in _points(two)] == [f"{t} {x}" for t, x in TITLED[:2]]
