"""A PDF whose text layer is not in the order the page shows it: a layout program that
draws a text frame placed later (a point added to the page at the last minute, the title
set in a frame of its own) after the rest. PDFium reads the text in the order it is drawn;
the point came after the last one ("numbering goes back") and the title after the points
(in the notes). On a page of one column whose blocks of lines stand apart one above the
other, the blocks are read top to bottom, as the page shows them; a table's cells, whose
blocks stand side by side, keep the order they are drawn in."""

from __future__ import annotations

from weasyprint import HTML

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="d", version="2025-03-03-order")
POINTS = [
    ("Ceasefire", "The parties observe a complete ceasefire along the whole line of contact "
     "from midnight on the day after signature."),
    ("Withdrawal", "Heavy weapons are withdrawn at least fifteen kilometres from the line "
     "within fourteen days, under the eyes of observers."),
    ("Prisoners", "All prisoners and detained civilians are exchanged, all for all, within "
     "thirty days of the ceasefire."),
    ("Access", "Aid groups reach every affected village, and corridors open for the "
     "wounded and the sick."),
    ("Elections", "Local elections are held within one hundred days, watched by foreign "
     "observers who report in public."),
]


def _frame(number: int, top: float) -> str:
    title, text = POINTS[number - 1]
    return (f'<div style="position:absolute; left:0; right:0; top:{top}cm">'
            f"<p>{number}. {title}: {text}</p></div>")


def _pdf(frames: str) -> bytes:
    html = ('<html><head><style>@page { size: A4; margin: 2cm } body { font: 11pt serif; '
            "position: relative }</style></head><body>" + frames + "</body></html>")
    data: bytes = HTML(string=html).write_pdf()
    return data


def test_a_frame_drawn_late_is_read_where_the_page_shows_it() -> None:
    # drawn: points 1, 2, 3, 5, then point 4 placed between 3 and 5, then the title
    frames = (_frame(1, 2.5) + _frame(2, 5) + _frame(3, 7.5) + _frame(5, 12.5)
              + _frame(4, 10) + '<div style="position:absolute; top:0"><h1>Five-point '
              "plan</h1></div>")
    imported = import_bytes(_pdf(frames), "late.pdf", ".pdf", REQUEST)
    assert imported.plan.title == "Five-point plan"
    # every point labelled "Ceasefire: …": the labels are the titles (press20)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (str(n), title, text) for n, (title, text) in enumerate(POINTS, 1)]
    assert imported.plan.notes is None
    assert not [f for f in imported.report.findings if f.warning]


def test_cells_side_by_side_keep_the_order_they_are_drawn_in() -> None:
    rows = "".join(f"<tr><td>{n}.</td><td>{title}</td><td>{text}</td></tr>"
                   for n, (title, text) in enumerate(POINTS, 1))
    html = ('<html><head><style>@page { size: A4; margin: 2cm } body { font: 11pt serif } '
            "td { vertical-align: top; padding: 4pt } td:last-child { width: 60% }</style>"
            f"</head><body><h1>Five-point plan</h1><table>{rows}</table></body></html>")
    data: bytes = HTML(string=html).write_pdf()
    imported = import_bytes(data, "table.pdf", ".pdf", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4", "5"]
    assert all(POINTS[int(p.number) - 1][1] in f"{p.title or ''} {p.text}"
               for p in imported.plan.points)
