"""Text copied out of a two-column PDF with its layout kept (``pdftotext -layout``): each
line holds a line of the left column and, after a wide run of spaces, the right column's
line printed level with it. Read column by column; before, the two columns' lines were read
in turn, so every point ran into the one printed beside it (``1. Both sides commit … access to
every detention site. unconditional ceasefire …``). Plain ``pdftotext`` writes the columns
one after the other already. The PDFs are WeasyPrint's, the copies poppler's; the texts are
the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="peace-framework", version="2025-12-01-columns")
NOTE = "copied with their layout in two columns"

POINTS = (
    "Both sides commit to a full and unconditional ceasefire on land, at sea and in the air, "
    "starting at midnight on the day of signature.",
    "A joint monitoring mission of neutral states observes the line of contact and reports "
    "breaches within twenty-four hours.",
    "Heavy artillery is withdrawn to a distance of at least thirty kilometres from the line "
    "of contact within fourteen days.",
    "All prisoners of war are exchanged on the principle of all for all, with the Red Cross "
    "granted access to every detention site.",
    "Civilians detained during the conflict are released and returned to the place of their "
    "choosing.",
    "A reconstruction fund is set up, financed in part by assets now held abroad, and "
    "governed by a board of donors.",
    "Sanctions are eased in stages, each stage tied to a verified step in the withdrawal "
    "schedule.",
    "Elections are held within one hundred days of the ceasefire under international "
    "observation.",
)

MORE = (
    "Foreign forces leave the territory of the parties within ninety days, save those "
    "invited under a treaty in force.",
    "Missing persons are searched for by a joint commission that sits for at least five "
    "years and publishes its lists.",
    "Cultural property removed since the start of the war is listed and returned to its "
    "owners by an agreed date.",
    "Energy infrastructure is not attacked; repairs to power plants and grids are allowed "
    "everywhere at all times.",
    "Shipping in the Black Sea and the Sea of Azov is free for merchant vessels of every "
    "flag, inspected at agreed ports.",
    "A hotline between the general staffs stays open day and night to settle incidents "
    "before they grow.",
    "Disputes on this text are put to a panel of three arbitrators whose ruling binds the "
    "parties.",
    "This framework enters into force on signature and is registered with the United "
    "Nations secretariat.",
)


def _copy(tmp_path: Path, points: tuple[str, ...], page: str, *options: str,
          justify: bool = False) -> str:
    """pdftotext's copy of a two-column PDF of ``points`` under a heading set across both
    columns."""
    body = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(points, 1))
    align = "text-align: justify;" if justify else ""
    html = (f"<html><head><style>@page {{ size: {page}; margin: 1.5cm }} body {{ columns: 2; "
            f"column-gap: 1cm; font-size: 9pt; {align} }} h1 {{ column-span: all; font-size: "
            "13pt }</style></head><body><h1>Draft framework for ending the war</h1>"
            f"{body}</body></html>")
    pdf = tmp_path / "columns.pdf"
    pdf.write_bytes(weasyprint.HTML(string=html).write_pdf() or b"")
    return subprocess.run([require("pdftotext"), *options, str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout


def _read(text: str) -> tuple[list[tuple[str, str]], str]:
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    return ([(p.number, p.text) for p in imported.plan.points],
            " ".join(imported.report.lines()))


def test_a_layout_copy_of_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    text = _copy(tmp_path, POINTS, "A5", "-layout")
    assert any(len(line) > 60 and "   " in line.strip() for line in text.splitlines())
    points, notes = _read(text)
    assert points == [(str(n), point) for n, point in enumerate(POINTS, 1)]
    assert NOTE in notes


def test_justified_columns_over_two_pages(tmp_path: Path) -> None:
    """Justified lines hold wide spaces of their own; a point runs on from the foot of the
    left column to the head of the right one, and from page to page."""
    points = POINTS + MORE
    text = _copy(tmp_path, points, "A6", "-layout", justify=True)
    assert text.count("\f") >= 2
    read, notes = _read(text)
    assert read == [(str(n), point) for n, point in enumerate(points, 1)]
    assert NOTE in notes


def test_a_plain_copy_already_reads_the_columns_in_turn(tmp_path: Path) -> None:
    """What is feasible without ``-layout``: poppler writes each column whole, so the copy
    reads as it is, and nothing is split."""
    points, notes = _read(_copy(tmp_path, POINTS, "A5"))
    assert points == [(str(n), point) for n, point in enumerate(POINTS, 1)]
    assert NOTE not in notes


RUSSIAN = """\
Рамочное соглашение о прекращении огня
и дальнейших шагах
                              возвращаются   туда,   куда
1.  Стороны    прекращают     пожелают.
огонь   на   всей    линии
соприкосновения с полуночи    6.      Создаётся    фонд
дня подписания настоящего     восстановления,   который
документа.                    частично финансируется за
                              счёт активов, находящихся
2. Наблюдательная миссия      за рубежом.
нейтральных      государств
следит   за   соблюдением     7.   Санкции     снимаются
режима      тишины        и   поэтапно, и каждый этап
ежедневно        публикует    связан с проверенным шагом
доклады.                      графика отвода войск.

3.   Тяжёлое    вооружение    8. Выборы проводятся не
отводится не менее чем на     позднее чем через сто дней
тридцать   километров   от    после прекращения огня под
линии соприкосновения в       международным
течение двух недель.          наблюдением.

4.          Военнопленные
обмениваются по принципу
всех        на       всех;
доступ ко всем местам
содержания.

5.   Гражданские     лица,
задержанные      в    ходе
конфликта, освобождаются и
"""


def test_a_russian_layout_copy_with_a_heading_over_both_columns() -> None:
    """The heading's first line runs across the gutter and stays in place; its second line
    heads the left column; point 5 runs on into the right column's first line."""
    points, notes = _read(RUSSIAN)
    assert [number for number, _ in points] == [str(n) for n in range(1, 9)]
    assert points[0][1] == ("Стороны прекращают огонь на всей линии соприкосновения с "
                            "полуночи дня подписания настоящего документа.")
    assert points[4][1] == ("Гражданские лица, задержанные в ходе конфликта, освобождаются и "
                            "возвращаются туда, куда пожелают.")
    assert points[7][1] == ("Выборы проводятся не позднее чем через сто дней после "
                            "прекращения огня под международным наблюдением.")
    assert NOTE in notes


SIDE_BY_SIDE = """\
US draft (20 November)                       European text (23 November)

1. Ukraine's sovereignty is confirmed by     1. Ukraine's sovereignty is reaffirmed by
all parties to the agreement.                all parties to the agreement.

2. A non-aggression pact is concluded        2. A non-aggression pact is concluded
between Russia, Ukraine and Europe.          between Russia, Ukraine and NATO.

3. Ukraine's armed forces are capped at      3. Ukraine's armed forces are capped at
six hundred thousand in peacetime.           eight hundred thousand in peacetime.
"""

RENUMBERED = """\
US draft (20 November)                       Framework (24 December)

5. Ukraine's sovereignty is confirmed by     1. Ukraine's sovereignty is reaffirmed by
all parties to the agreement.                all parties to the agreement.

6. A non-aggression pact is concluded        2. A non-aggression pact is concluded
between Russia, Ukraine and Europe.          between Russia, Ukraine and NATO.

7. Ukraine's armed forces are capped at      3. Ukraine's armed forces are capped at
six hundred thousand in peacetime.           eight hundred thousand in peacetime.
"""

TABLE = """\
No.    Provision                             Status
1      Ceasefire along the line              Agreed
2      Exchange of prisoners                 Agreed in part
3      Elections within one hundred days     Open
4      Reconstruction fund                   Agreed
5      Sanctions relief in stages            Open
"""


def test_a_comparison_side_by_side_and_a_table_are_no_columns() -> None:
    """Points numbered again on the right side (alike or renumbered) are two texts compared,
    not one text in two columns; a table's short cells are no column of prose."""
    for text in (SIDE_BY_SIDE, RENUMBERED, TABLE):
        _, notes = _read(text)
        assert NOTE not in notes


JAPANESE = (
    "双方は、署名の日の午前零時から、陸海空のすべてで戦闘を完全に停止する。",
    "中立国の監視団が接触線を監視し、違反があれば二十四時間以内に報告する。",
    "重火器は二週間以内に接触線から三十キロ以上後退させる。",
    "捕虜は全員を交換し、赤十字はすべての収容施設を訪問できる。",
    "戦争中に拘束された民間人は解放され、希望する場所に戻ることができる。",
    "復興基金を設立し、海外で凍結された資産の一部を充てる。",
    "制裁は撤退の各段階の検証に合わせて段階的に緩和する。",
    "停戦から百日以内に国際監視の下で選挙を実施する。",
)


def test_japanese_columns_counted_in_characters(tmp_path: Path) -> None:
    """pdftotext sets a Japanese column's characters one a cell: a line of the left column
    is as many characters as the column holds, the right one starts after its gutter."""
    body = "".join(f"<p>{n}．{text}</p>" for n, text in enumerate(JAPANESE, 1))
    html = ("<html><head><style>@page { size: A5; margin: 1.5cm } body { columns: 2; "
            "column-gap: 1cm; font-size: 9pt } h1 { column-span: all; font-size: 13pt }"
            f"</style></head><body><h1>停戦に向けた枠組み案</h1>{body}</body></html>")
    pdf = tmp_path / "ja.pdf"
    pdf.write_bytes(weasyprint.HTML(string=html).write_pdf() or b"")
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    points, notes = _read(text)
    assert points == [(str(n), point) for n, point in enumerate(JAPANESE, 1)]
    assert NOTE in notes


def test_footnotes_across_the_foot_of_a_two_column_page(tmp_path: Path) -> None:
    """The page's footnotes, set across its foot after a wide gap, were taken for the end of
    the left column: they opened points between 4 and its end in the right column."""
    points = list(POINTS)
    points[1] = points[1].replace(
        "neutral states", "neutral states<span class=fn>Three states have offered staff.</span>")
    body = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(points, 1))
    html = ("<html><head><style>@page { size: A5; margin: 1.5cm } body { columns: 2; "
            "column-gap: 1cm; font-size: 9pt } .fn { float: footnote; font-size: 7pt } "
            "h1 { column-span: all; font-size: 13pt }</style></head><body><h1>Draft framework "
            f"for ending the war</h1>{body}</body></html>")
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(weasyprint.HTML(string=html).write_pdf() or b"")
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), point) for n, point in enumerate(POINTS, 1)]
    assert "[1] Three states have offered staff." in (imported.plan.notes or "")
