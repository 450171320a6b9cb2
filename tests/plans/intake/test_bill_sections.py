"""A bill as a legislature prints it: ``SEC. 1. SHORT TITLE.`` heads each section, its
subsections ``(a)``, ``(b)`` under it, double-spaced. ``SEC.``
was no marker: the number read as a point starting in the middle of a line, and ``SEC.``
stayed behind as the last words of the section before it (its subsection's)."""

from __future__ import annotations

from weasyprint import HTML

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="bill", version="2025-03-03-introduced")
SECTIONS = [
    ("CEASEFIRE", "The parties observe a complete ceasefire along the line of contact."),
    ("WITHDRAWAL", "Heavy weapons are withdrawn fifteen kilometres from the line."),
    ("PRISONERS", "All prisoners are exchanged within thirty days."),
]


def _text() -> str:
    return "".join(f"SEC. {n}. {title}.\n(a) {text}\n(b) The Secretary reports to Congress "
                   "within 90 days.\n" for n, (title, text) in enumerate(SECTIONS, 1))


def _expected() -> list[tuple[str, str]]:
    out = []
    for n, (title, text) in enumerate(SECTIONS, 1):
        out += [(str(n), f"{title}."), (f"{n}(a)", text),
                (f"{n}(b)", "The Secretary reports to Congress within 90 days.")]
    return out


def test_sec_heads_a_section_in_a_text() -> None:
    imported = import_bytes(("A BILL\n\n" + _text()).encode(), "bill.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == _expected()
    assert imported.plan.notes == "A BILL"


def test_sec_heads_a_section_in_a_printed_bill() -> None:
    lines = "".join(f"<p>{line}</p>" for line in _text().splitlines())
    html = ("<html><head><style>@page { size: Letter; margin: 1in 1in 1in 1.5in } "
            "body { font: 12pt/24pt serif } p { margin: 0; text-indent: 2em }</style></head>"
            f"<body><p>A BILL</p>{lines}</body></html>")
    data: bytes = HTML(string=html).write_pdf()
    imported = import_bytes(data, "bill.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == _expected()
