"""A point numbered with a letter after its number (9A, as the 20-point text numbers the
US–European fund under point 9) opens its own line in a PDF: LibreOffice's PDF of the
shipped Ukrainian 20-point text ran "9A …" into point 9, whose last line reached the
margin, while the same text pasted gave point 9A."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.model import Point
from tests.plans.intake.producers import libreoffice_convert

REQUEST = DraftRequest(document="d", version="2025-01-01-uk")
# point 9 and 9A as the shipped Ukrainian 20-point text words them: point 9's last line
# reaches the right margin of LibreOffice's default page
TEXT = "\n".join([
    'Рамкова угода',
    '8. Глобальний пакет розвитку для України визначається в окремій угоді.',
    '9. Створюється кілька фондів для відновлення економіки, відбудови постраждалих '
    'від війни регіонів і гуманітарних потреб;'
    ' мета — залучити 800 млрд доларів.',
    '9A Американсько-європейський фонд із цільовим обсягом 200 млрд доларів.',
    '10. Після підписання Україна прискорює укладення угоди про вільну торгівлю.',
    ""])


def _numbers(points: tuple[Point, ...]) -> list[str]:
    return [p.number for point in points for p in (point, *point.points)]


def test_a_lettered_number_opens_its_point_in_a_libreoffice_pdf(tmp_path: Path) -> None:
    source = tmp_path / "uk.txt"
    source.write_text(TEXT, encoding="utf-8")
    pdf = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path)
    from_text = import_bytes(source.read_bytes(), "uk.txt", ".txt", REQUEST).plan
    from_pdf = import_bytes(pdf.read_bytes(), "uk.pdf", ".pdf", REQUEST).plan
    assert _numbers(from_text.points) == ["8", "9", "9A", "10"]
    assert _numbers(from_pdf.points) == _numbers(from_text.points)
    nine = next(p for p in from_pdf.points if p.number == "9")
    assert nine.text.endswith("доларів.") and nine.points[0].text.startswith("Американсько")
