"""Press copies in Ukrainian, Russian and Japanese (``1)``, ``Пункт 1.`` with ``а)``,
``第1条`` with ``（１）``), each as the saved page and as real producers turn it into Word
files and PDFs: pandoc and LibreOffice (.docx), LibreOffice and Chromium (PDF). Every
published point comes out with its number and text, and nothing else: the pull quote, the
reporter's closing paragraph and the link list go to the notes. Texts are the project's
own."""

from __future__ import annotations

import subprocess
from pathlib import Path
from zipfile import ZipFile

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import chromium_pdf, libreoffice_docx
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def _point_tree(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(number, text, [(sub-point number, text)]) of each point of ``text`` imported."""
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    return [(p.number, p.text, [(c.number, c.text) for c in p.points])
            for p in imported.plan.points]

UK = """<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Повний текст плану
</title></head><body><nav><a href="/">Головна</a></nav><main><article>
<h1>Оприлюднено 12 пунктів рамкової угоди між сторонами конфлікту</h1>
<p class="byline">Автор: І. Петренко</p>
<p>Документ, який отримала редакція, містить такі положення:</p>
<p>1) Сторони підтверджують суверенітет і територіальну цілісність держави.</p>
<p>2) Припинення вогню набуває чинності через 72 години після підписання.</p>
<blockquote><p>«Ми ближчі до миру, ніж будь-коли», – заявив посадовець.</p></blockquote>
<p>3) Міжнародна місія спостерігає за лінією розмежування.</p>
<p>4) Обмін полоненими відбувається за формулою «всіх на всіх».</p>
<p>Решта пунктів, за словами джерела, ще обговорюється.</p>
<h2>Читайте також</h2><ul><li>Переговори зупинилися</li><li>Що означає угода</li></ul>
</article></main><footer>© Новини</footer></body></html>
"""
UK_POINTS = [("1", None, "Сторони підтверджують суверенітет і територіальну цілісність "
                         "держави."),
             ("2", None, "Припинення вогню набуває чинності через 72 години після "
                         "підписання."),
             ("3", None, "Міжнародна місія спостерігає за лінією розмежування."),
             ("4", None, "Обмін полоненими відбувається за формулою «всіх на всіх».")]

RU = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Текст плана</title>
</head><body><main><article>
<h1>Опубликован текст плана из 20 пунктов</h1>
<p>ниже приводится текст документа без сокращений.</p>
<p><b>Пункт 1.</b> Стороны подтверждают суверенитет государства.</p>
<p><b>Пункт 2.</b> Стороны заключают пакт о ненападении:</p>
<p>а) без применения силы;</p>
<p>б) без угрозы силой.</p>
<p><b>Пункт 3.</b> Гарантии безопасности предоставляются партнёрами.</p>
<p>По словам источника, остальные пункты пока не согласованы.</p>
</article></main></body></html>
"""
RU_POINTS = [("1", None, "Стороны подтверждают суверенитет государства."),
             ("2", None, "Стороны заключают пакт о ненападении:"),
             ("2(а)", None, "без применения силы;"), ("2(б)", None, "без угрозы силой."),
             ("3", None, "Гарантии безопасности предоставляются партнёрами.")]

_LONG = ("この枠組みは、地域の安全を保証し、締約国の間の信頼を回復し、復興のための協力を進め、"
         "将来の紛争を防ぐことを目的とする。")
JA = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>全文</title>
<style>body {{ font-family: "IPAexGothic", sans-serif }}</style></head><body><main><article>
<h1>安全保障の枠組み合意（全文）</h1>
<p>政府が公表した文書は次の通り。</p>
<h3>第1条（目的）</h3>
<p>{_LONG}</p>
<h3>第2条（保証）</h3>
<p>（１）締約国は、攻撃があった場合、直ちに協議する。</p>
<p>（２）締約国は、必要な支援を行う。</p>
<h3>第3条（期間）</h3>
<p>この枠組みは、署名の日から効力を生ずる。</p>
<p>関係者によると、残りの項目は調整中だという。</p>
</article></main></body></html>
"""
JA_POINTS = [("1", "目的", _LONG), ("2", "保証", ""),
             ("2(1)", None, "締約国は、攻撃があった場合、直ちに協議する。"),
             ("2(2)", None, "締約国は、必要な支援を行う。"),
             ("3", "期間", "この枠組みは、署名の日から効力を生ずる。")]

PAGES = {"uk": (UK, UK_POINTS, "решта пунктів"), "ru": (RU, RU_POINTS, "остальные пункты"),
         "ja": (JA, JA_POINTS, "残りの項目")}


def _files(tmp_path: Path, name: str, page: str) -> list[Path]:
    """The page, pandoc's and LibreOffice's .docx, LibreOffice's PDF of the page and of
    pandoc's .docx (its Heading 2 only 1.17 times the body's size), Chromium's PDF."""
    source = tmp_path / f"{name}.html"
    source.write_text(page, encoding="utf-8")
    pandoc = tmp_path / f"{name}.pandoc.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(pandoc)], check=True)
    office = tmp_path / "office"
    for target in ("docx:MS Word 2007 XML", "pdf"):
        subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(office),
                        str(source)], check=True, capture_output=True, timeout=180)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(office),
                    str(pandoc)], check=True, capture_output=True, timeout=180)
    chrome = tmp_path / f"{name}.chrome.pdf"
    chromium_pdf(source, chrome, tmp_path)
    return [source, pandoc, office / f"{name}.docx", office / f"{name}.pdf",
            office / f"{name}.pandoc.pdf", chrome]


def _tree(imported: ImportedDraft) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.title, p.text) for p in imported.plan.walk()]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_press_page_in_every_form(tmp_path: Path, name: str) -> None:
    page, expected, closing = PAGES[name]
    for path in _files(tmp_path, name, page):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert _tree(imported) == expected, path.name
        notes = imported.plan.notes or ""
        assert closing in notes.lower(), path.name  # the reporter's closing paragraph
        assert not [f for f in imported.report.warnings if f.kind != "count"], path.name
        if name == "uk":
            assert "ближчі до миру" in (imported.plan.points[1].notes or ""), path.name
            assert "Переговори зупинилися" in notes, path.name
            # the <h1> that LibreOffice sets over two lines is one heading, not two
            assert "Оприлюднено 12 пунктів рамкової угоди між сторонами конфлікту" in notes \
                or imported.plan.title == "Оприлюднено 12 пунктів рамкової угоди між " \
                "сторонами конфлікту", path.name
        if name == "ru":  # the first line of a page (a line of small letters) is text
            assert "ниже приводится текст" in notes, path.name



def test_japanese_closing_prose_wrapped_in_the_middle_of_a_word() -> None:
    """A Japanese paragraph pasted from a narrow column wraps between any two characters,
    here inside 「によると」: the closing prose is still read as a reporter's and leaves the
    last point, joined without a space in the notes."""
    from plandiff.plans.intake import DraftRequest, PointsBy, import_bytes

    text = ("以下は合意草案の全\n文である。\n\n１．両国は主権を確認する。\n\n"
            "２．復興基金を設立する。\n\n基金は両国が共同で管理する。\n\n３．監視団を派遣する。\n\n４．選挙を百日以内に実施する。\n\n"
            "関係者によ\nると、残る項目は協議中だという。\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt",
                            DraftRequest(document="outline", version="2025-11-21-ja"))
    assert imported.plan.points[3].text == "選挙を百日以内に実施する。"
    assert "関係者によると、残る項目は協議中だという。" in (imported.plan.notes or "")
    assert "以下は合意草案の全文である。" in (imported.plan.notes or "")
    lines = import_bytes("主権を確認す\nる。\n\n基金を設立す\nる。\n".encode(), "t.txt", ".txt",
                         DraftRequest(document="outline", version="2025-11-21-ja",
                                      points_by=PointsBy.LINES))
    assert [p.text for p in lines.plan.points] == ["主権を確認する。", "基金を設立する。"]


NHK_ITEMS = ["ウクライナの主権を確認する",
             "ロシアとウクライナ、欧州の間で包括的な不可侵合意を結ぶ",
             "ロシアは近隣諸国に侵攻せず、NATOはこれ以上拡大しない",
             "ウクライナの軍の規模は60万人を上限とする"]


def test_a_japanese_page_listing_the_points_after_marks_without_numbers(
        tmp_path: Path) -> None:
    """Japanese news pages list a plan's points after ▽ marks, not numbers: one a paragraph,
    or run into one paragraph after a particle (``和平案には▽A、▽B、▽Cなどとしています``).
    With no numbered point in the draft, the marked items are the points 1, 2, 3 …, in the
    page, in its pasted text and in Chromium's PDF (which wraps the run-in paragraph
    mid-item); the words before the list and the reporter's closing words (など…) go to the
    notes."""
    lead = "和平案の主な内容です。"
    one_each = "".join(f"<p>▽{item}。</p>" for item in NHK_ITEMS)
    run_in = ("<p>和平案には" + "、".join(f"▽{item}" for item in NHK_ITEMS)
              + "などとしています。</p>")
    for name, body in (("each", f"<p>{lead}</p>{one_each}"), ("run-in", run_in)):
        page = tmp_path / f"{name}.html"
        page.write_text("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>"
                        "body{width:22em;font-family:'Noto Sans CJK JP',sans-serif}</style>"
                        f"</head><body><article><h1>和平案</h1>{body}</article></body></html>",
                        encoding="utf-8")
        pdf = chromium_pdf(page, tmp_path / f"{name}.pdf", tmp_path)
        for path in (page, pdf):
            imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
            texts = [p.text.rstrip("。") for p in imported.plan.points]
            assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"], path.name
            assert texts == NHK_ITEMS, (path.name, texts)
            notes = imported.plan.notes or ""
            assert (lead if name == "each" else "和平案には") in notes, path.name
            assert name == "each" or "などとしています。" in notes, (path.name, notes)
            assert any(f.kind == "bullets" for f in imported.report.findings), path.name
    pasted = ("和平案には" + "、".join(f"▽{item}" for item in NHK_ITEMS) + "などとしています。\n")
    imported = import_bytes(pasted.encode(), "t.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == NHK_ITEMS
    assert any(f.kind == "run-in" for f in imported.report.findings)
    kept = import_bytes("内容は▽停戦を守る、▽加盟しないことなどを約束します。\n".encode(), "t.txt",
                        ".txt", REQUEST)  # the item's own など stays
    assert [p.text for p in kept.plan.points] == ["停戦を守る", "加盟しないことなどを約束します。"]


def test_circled_numbers_run_into_one_paragraph() -> None:
    """A Japanese article runs a plan's points into one paragraph after circled numbers
    (``和平案は①A、②B、③Cなど``; ``①A。②B。③C。``): point 1 swallowed the others with no
    warning. Each circled number that counts on from the one before opens its point; the
    words before the first go to the notes; a circled number referred to (``①と②を``) does
    not split."""
    items = ["ウクライナの主権を再確認する", "ロシアとウクライナは不可侵の合意を結ぶ",
             "強固な安全の保証を与える"]
    for text in ("和平案の主な内容は次の通り。\n" + "".join(f"{c}{i}。" for c, i in
                                                 zip("①②③", items, strict=True)) + "\n",
                 "和平案は" + "、".join(f"{c}{i}" for c, i in zip("①②③", items, strict=True))
                 + "――などを柱とする。\n"):
        imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
        assert [p.number for p in imported.plan.points] == ["1", "2", "3"], text
        texts = [p.text.rstrip("。") for p in imported.plan.points]
        assert texts[:2] == items[:2] and texts[2].startswith(items[2]), texts
        assert imported.plan.notes and imported.plan.notes.startswith("和平案"), text
    kept = import_bytes("①停戦を守る。②①と②を組み合わせて監視する。\n".encode(), "t.txt",
                        ".txt", REQUEST)
    assert [p.text for p in kept.plan.points] == ["停戦を守る。", "①と②を組み合わせて監視する。"]


def test_a_bulleted_list_without_numbers_and_bullets_in_lines_mode() -> None:
    """An English page or a pasted summary that bullets the points: the bulleted items are
    the points (sub-bullets stay sub-points); with --points-by lines, a paragraph of bulleted
    lines is one point a bullet."""
    from plandiff.plans.intake import PointsBy

    text = ("Key points of the draft:\n• Sovereignty is confirmed.\n• Guarantees hold:\n"
            "    ◦ the US is compensated;\n    ◦ they lapse on invasion.\n• Elections follow.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.number, p.text, [c.text for c in p.points]) for p in imported.plan.points] == [
        ("1", "Sovereignty is confirmed.", []),
        ("2", "Guarantees hold:", ["the US is compensated;", "they lapse on invasion."]),
        ("3", "Elections follow.", [])]
    assert imported.plan.notes == "Key points of the draft:"
    lines = import_bytes("Intro line.\n\n• One is here\n• Two is here\n".encode(), "t.txt",
                         ".txt", DraftRequest(document="outline", version="2025-11-21-ja",
                                              points_by=PointsBy.LINES))
    assert [p.text for p in lines.plan.points] == ["Intro line.", "One is here", "Two is here"]


RUBY_POINTS = ["ウクライナの主権を確認する。", "百日以内に選挙を行う。",
               "ロシアは近隣諸国に侵攻しない。"]


def test_furigana_never_joins_the_text(tmp_path: Path) -> None:
    """Readings set over kanji (``<ruby>主権<rt>しゅけん</rt></ruby>``, Word's ルビ) are not
    the draft's words: the page, Chromium's PDF of it (the readings print as a small line over
    each line) and LibreOffice's Word file (``w:ruby``) all read the base text only."""
    page = tmp_path / "ruby.html"
    page.write_text(
        "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'></head>"
        "<body style='font-size:14pt'><article><h1>和平案</h1>"
        "<p>1. ウクライナの<ruby>主権<rp>(</rp><rt>しゅけん</rt><rp>)</rp></ruby>を"
        "<ruby>確認<rt>かくにん</rt></ruby>する。</p>"
        "<p>2. 百日以内に<ruby>選挙<rt>せんきょ</rt></ruby>を<ruby>行<rt>おこな</rt></ruby>う。</p>"
        "<p>3. ロシアは近隣諸国に侵攻しない。</p></article></body></html>", encoding="utf-8")
    word = tmp_path / "ruby.docx"
    word.write_bytes(libreoffice_docx("ruby", (
        "<text:p>1. ウクライナの<text:ruby><text:ruby-base>主権</text:ruby-base><text:ruby-text>"
        "しゅけん</text:ruby-text></text:ruby>を確認する。</text:p>"
        "<text:p>2. 百日以内に<text:ruby><text:ruby-base>選挙</text:ruby-base><text:ruby-text>"
        "せんきょ</text:ruby-text></text:ruby>を行う。</text:p>"
        "<text:p>3. ロシアは近隣諸国に侵攻しない。</text:p>"), tmp_path))
    assert b"<w:ruby>" in ZipFile(word).read("word/document.xml")  # a real ruby
    pdf = chromium_pdf(page, tmp_path / "ruby.pdf", tmp_path)
    for path in (page, pdf, word):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert [p.text for p in imported.plan.points] == RUBY_POINTS, path.name
    assert any("furigana" in f.message for f in import_bytes(
        pdf.read_bytes(), pdf.name, ".pdf", REQUEST).report.findings)


@pytest.mark.parametrize("marker", ["【{}】", "［{}］", "〔{}〕", "＜{}＞", "〈{}〉", "【第{}項】",
                                    "［第{}条］", "【第 {} 点】", "【{}項】"])
def test_japanese_bracketed_numbers_open_points(marker: str) -> None:
    """Japanese documents and pages number items in lenticular, square or angle brackets
    (``【1】``, ``［1］``, ``〔1〕``, ``＜1＞``, ``〈1〉``), with the item's word too
    (``【第1項】``, ``［第1条］``), each item's text after it. (``[1]`` at a line's start stays
    text: it is a note's mark as often as a number.)"""
    text = "和平案の全文\n\n" + "".join(
        marker.format(n) + item + "\n" for n, item in enumerate(RUBY_POINTS, 1))
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), item) for n, item in enumerate(RUBY_POINTS, 1)], marker


def test_a_footnote_list_in_square_brackets_is_not_read_as_points() -> None:
    """``[1] Source …`` lines after the points are footnotes, not points 1, 2 again."""
    text = ("1. The parties confirm sovereignty.[1]\n2. Monitors deploy.[2]\n\n"
            "[1] As in the memorandum.\n[2] Counted from signature.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2"]


def test_em_dash_items_under_a_lead_in_are_sub_points() -> None:
    """Russian and Ukrainian texts list a lead-in's items after an em dash (``— прекратить
    огонь;``); after a line ending in a colon, or an item ending in a semicolon, such a line
    is a sub-point. A quotation's speaker after an em dash stays the speaker's line."""
    text = ("1. Стороны договорились:\n— прекратить огонь;\n— обменяться пленными.\n"
            "2. Выборы проводятся в течение ста дней.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    first, second = imported.plan.points
    assert first.text == "Стороны договорились:"
    assert [p.text for p in first.points] == ["прекратить огонь;", "обменяться пленными."]
    assert second.text == "Выборы проводятся в течение ста дней."


def test_japanese_legal_items_under_an_article() -> None:
    """Japanese legal drafting numbers an article's items (号) with kanji numerals and a
    space (``一　停戦を守ること。``) and their items with katakana (``ア　…``, ``イ　…``, or
    イ、ロ、ハ): both are sub-points of the article, not its running text."""
    text = ("第１条　両国は次のことを約束する。\n一　停戦を守ること。\n二　捕虜を交換すること。\n"
            "第２条　次の措置をとる。\n　ア　制裁を段階的に解除する。\n　イ　資産を凍結する。\n"
            "第３条　次に掲げる者は除く。\n　イ　軍人\n　ロ　文民\n")
    tree = _point_tree(text)
    assert tree == [
        ("1", "両国は次のことを約束する。", [("1(一)", "停戦を守ること。"),
                                            ("1(二)", "捕虜を交換すること。")]),
        ("2", "次の措置をとる。", [("2(ア)", "制裁を段階的に解除する。"),
                                  ("2(イ)", "資産を凍結する。")]),
        ("3", "次に掲げる者は除く。", [("3(イ)", "軍人"), ("3(ロ)", "文民")])], tree


def test_the_reporters_closing_line_after_a_list_one_item_a_line() -> None:
    """A ▽ list one item a line, then the reporter's words in a line of their own
    (``…などとしています。``, ``…が盛り込まれています。``): they go to the version's notes
    with a report line, in pasted text (after a blank line, or on the next line when the
    last item's line cannot have wrapped into it) and in a page (``<p>`` after ``<ul>`` or
    after ``<p>▽…</p>``). A line the last item may have wrapped into stays the item's."""
    items = [*NHK_ITEMS[:3], "復興基金を設ける"]  # the last line is not the list's longest
    closings = ["和平案はこのほか、選挙を百日以内に行うことなどとしています。",
                "このほか、凍結資産の活用が盛り込まれています。"]
    lead = "和平案の主な内容です。"
    for closing in closings:
        pasted = {"blank": "\n".join([lead, "", *(f"▽{i}" for i in items), "", closing]),
                  "next line": "\n".join([lead, *(f"▽{i}" for i in items), closing])}
        pages = {"ul": f"<p>{lead}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
                       f"<p>{closing}</p>",
                 "p": f"<p>{lead}</p>{''.join(f'<p>▽{i}</p>' for i in items)}<p>{closing}</p>"}
        drafts = [(f"{name}.txt", text.encode()) for name, text in pasted.items()]
        drafts += [(f"{name}.html", ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'>"
                                     f"</head><body><article><h1>和平案</h1>{body}</article>"
                                     "</body></html>").encode())
                   for name, body in pages.items()]
        for name, data in drafts:
            imported = import_bytes(data, name, name[name.index("."):], REQUEST)
            assert [p.text for p in imported.plan.points] == items, (name, closing)
            assert closing in (imported.plan.notes or ""), (name, closing)
            assert any(closing in f.message for f in imported.report.findings), name
    wrapped = "\n".join([lead, "▽停戦", "▽ロシアは近隣諸国に侵攻せず、NATOはこれ",
                         "以上拡大しないなどとしています。"])  # the last item wrapped
    imported = import_bytes(wrapped.encode(), "w.txt", ".txt", REQUEST)
    assert imported.plan.points[-1].text == \
        "ロシアは近隣諸国に侵攻せず、NATOはこれ以上拡大しないなどとしています。"


def test_cyrillic_letter_items_with_a_period_are_sub_points() -> None:
    """A Ukrainian press copy lists a point's sub-point as ``А. …`` (or ``а. …``, ``б. …``)
    under ``Пункт 9.``: it was read as the point's running text ("… 800 млрд дол. А.
    Американсько-європейський фонд …"), and the diff showed a split. Only a letter that
    starts a list under the point (а) or follows the one before it (б after а) is an item:
    an initial further down (``В. Петренко``) is not."""
    text = ("Пункт 9. Створюється кілька фондів; мета — 800 млрд доларів.\n"
            "А. Американсько-європейський фонд на 200 млрд доларів.\n"
            "Б. Фонд відбудови міст.\n"
            "Пункт 10. Стороны договорились:\n"
            "а. прекратить огонь;\n"
            "б. обменяться пленными.\n"
            "Пункт 11. Выборы проводятся в течение ста дней.\n"
            "В. Петренко підтвердив це журналістам.\n")
    tree = _point_tree(text)
    assert tree == [
        ("9", "Створюється кілька фондів; мета — 800 млрд доларів.",
         [("9(а)", "Американсько-європейський фонд на 200 млрд доларів."),
          ("9(б)", "Фонд відбудови міст.")]),
        ("10", "Стороны договорились:", [("10(а)", "прекратить огонь;"),
                                         ("10(б)", "обменяться пленными.")]),
        ("11", "Выборы проводятся в течение ста дней. В. Петренко підтвердив це журналістам.",
         [])], tree


def test_full_width_letters_label_sub_points_in_a_japanese_list() -> None:
    """Japanese newspapers type a sub-point's letter full-width as well as its number
    (``１０．…`` with ``ａ）…``, ``ｂ．…``): each is a sub-point of the point above, labelled
    as its half-width letter, not running text of that point."""
    text = ("和平案の要旨は次の通り。\n\n１．主権を再確認する。\n２．保証には条件が付く。\n"
            "　ａ）米国は対価を受け取る。\n　ｂ）侵攻すれば保証は無効となる。\n"
            "３．選挙を行う。\n　ａ．制裁を段階的に緩和する。\n")
    tree = _point_tree(text)
    assert tree == [
        ("1", "主権を再確認する。", []),
        ("2", "保証には条件が付く。", [("2(a)", "米国は対価を受け取る。"),
                                     ("2(b)", "侵攻すれば保証は無効となる。")]),
        ("3", "選挙を行う。", [("3(a)", "制裁を段階的に緩和する。")])], tree


def test_capital_latin_letter_items_are_sub_points() -> None:
    """An English press copy of the 28-point draft lists point 12's measures as ``A. …``,
    ``B. …`` (and ``(A)``, ``A)`` in others): they were read as the point's running text
    ("… including: A. A development fund … B. …"), one point of 700 characters. As with the
    Cyrillic letters, only a capital that starts the point's list (A, after a lead-in ending
    in a colon) or follows its last item (B after A) is an item: an initial further down
    (``J. Smith``, an author's bio ``A. Writer covers …`` after the list) is not, and a
    capital Roman numeral heading (``I. Security``) still is a heading."""
    text = ("12. A package to rebuild Ukraine, including:\n"
            "A. A development fund for technology, data centres and AI.\n"
            "B. A joint programme for the gas network.\n"
            "C. Rebuilding of war-damaged areas.\n"
            "13. Russia returns to the world economy:\n"
            "(A) Sanctions are lifted in stages.\n"
            "(B) Russia is invited back to the G8.\n"
            "14. Frozen funds are used as follows:\n"
            "A) $100bn goes to US-led rebuilding.\n"
            "B) Europe adds $100bn.\n"
            "15. A joint security group is formed.\n"
            "J. Smith, an official, confirmed the list.\n"
            "I. Security\n"
            "16. Ukraine keeps the NPT.\n"
            "A. Writer covers diplomacy.\n")
    tree = _point_tree(text)
    assert tree == [
        ("12", "A package to rebuild Ukraine, including:",
         [("12(A)", "A development fund for technology, data centres and AI."),
          ("12(B)", "A joint programme for the gas network."),
          ("12(C)", "Rebuilding of war-damaged areas.")]),
        ("13", "Russia returns to the world economy:",
         [("13(A)", "Sanctions are lifted in stages."),
          ("13(B)", "Russia is invited back to the G8.")]),
        ("14", "Frozen funds are used as follows:",
         [("14(A)", "$100bn goes to US-led rebuilding."), ("14(B)", "Europe adds $100bn.")]),
        ("15", "A joint security group is formed. J. Smith, an official, confirmed the list.",
         []),
        ("16", "Ukraine keeps the NPT. A. Writer covers diplomacy.", [])], tree


def test_the_ninth_capital_letter_item_is_an_item_not_a_part_heading() -> None:
    """``I.`` after ``H.`` goes on with the list; with no list open it is a part heading."""
    items = "".join(f"{c}. Measure {c.lower()} is taken.\n" for c in "ABCDEFGHI")
    tree = _point_tree("1. The measures are these:\n" + items + "I. Security\n2. Troops leave.\n")
    assert [n for n, _ in tree[0][2]] == [f"1({c})" for c in "ABCDEFGHI"], tree
    assert [(n, t) for n, t, _ in tree[1:]] == [("2", "Troops leave.")], tree


def test_dash_items_under_a_lead_in_are_the_points_when_nothing_is_numbered() -> None:
    """A Telegram post or a Ukrainian/Russian article lists the plan's points as em-dash
    items under a lead-in ending in a colon, with no numbers: it gave "no numbered points
    found". As bulleted items are, they are points 1, 2, 3 … (the report says so)."""
    text = ("Зеленський розкрив деталі рамкового документа\n\nКлючові положення:\n"
            "— суверенітет України підтверджується;\n"
            "— повна угода про ненапад між Росією та Україною;\n"
            "— «сильні» гарантії безпеки;\n— армія — 800 тис. у мирний час.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "суверенітет України підтверджується;"),
        ("2", "повна угода про ненапад між Росією та Україною;"),
        ("3", "«сильні» гарантії безпеки;"), ("4", "армія — 800 тис. у мирний час.")]
    assert "Ключові положення:" in (imported.plan.notes or "")
    assert any(f.kind == "bullets" for f in imported.report.findings)


def test_dash_items_a_paragraph_each_on_a_news_agency_s_page() -> None:
    """A Russian news agency's page sets each em-dash item in a paragraph of its own under
    the lead-in, a "Читайте также" box between two of them: the items are the points (it
    gave "no numbered points found"); the closing paragraph goes to the notes. A dialogue's
    lines (a dash each, no lead-in ending in a colon) stay as they are."""
    items = ["прекращение огня на земле, на море и в воздухе;",
             "отвод тяжёлых вооружений от линии соприкосновения;",
             "обмен всех военнопленных;", "поэтапная отмена санкций."]
    paragraphs = [f"<p>— {item}</p>" for item in items]
    paragraphs.insert(2, '<div class="read-also"><span>Читайте также</span><a href="/p/1">'
                         "Переговоры продолжатся на следующей неделе</a></div>")
    page = ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Проект"
            "</title></head><body><main><article><h1>Какие пункты содержит проект</h1>"
            "<p>МОСКВА, 21 ноября. Проект, с которым ознакомился корреспондент, включает "
            "следующие положения:</p>" + "".join(paragraphs)
            + "<p>Ранее стороны заявляли о готовности продолжить диалог.</p>"
            "</article></main></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), item) for n, item in enumerate(items, 1)]
    assert "продолжить диалог" in (imported.plan.notes or "")
    pasted = ("Проект включает следующие положения:\n\n" + "\n\n".join(
        f"— {item}" for item in items[:2]) + "\n\nЧитайте также: Переговоры продолжатся\n\n"
        + "\n\n".join(f"— {item}" for item in items[2:]) + "\n")
    imported = import_bytes(pasted.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), item) for n, item in enumerate(items, 1)]
    dialogue = ("1. Стороны прекращают огонь.\n\nОн ответил так.\n\n— Мы готовы.\n\n"
                "— А мы нет.\n")
    assert [p.text for p in import_bytes(dialogue.encode(), "t.txt", ".txt",
                                         REQUEST).plan.points] == [
        "Стороны прекращают огонь.\n\nОн ответил так.\n\n— Мы готовы.\n\n— А мы нет."]

def test_the_next_point_after_a_blank_line_is_no_wrapped_reference() -> None:
    """A sub-point ending in "item" (or "point", "article") with the next point after a blank
    line: "2." was read as the number of a reference wrapped onto the next line ("… item" /
    "2. …"), and point 2 was lost into point 1's sub-point. A reference is wrapped within a
    paragraph; with no blank line between, it still is one."""
    text = ("1. The parties agree on these steps:\na) a first item\nb) a second item\n\n"
            "2. Troops withdraw within 30 days.\n3. Elections follow within 100 days.\n")
    tree = _point_tree(text)
    assert [(n, t) for n, t, _ in tree] == [
        ("1", "The parties agree on these steps:"),
        ("2", "Troops withdraw within 30 days."), ("3", "Elections follow within 100 days.")]
    assert tree[0][2] == [("1(a)", "a first item"), ("1(b)", "a second item")], tree
    wrapped = _point_tree("1. The guarantees mirror Article\n5. If Russia attacks, all respond.\n"
                          "2. Troops withdraw.\n")
    assert [n for n, _, _ in wrapped] == ["1", "2"], wrapped


def test_a_japanese_full_text_numbered_with_a_space_after_a_bulleted_summary() -> None:
    """A Japanese newspaper's page: a ▽ summary of the main points, then the 「全文」 section
    numbering each point ``１　…`` (a number, an ideographic space, no dot). The numbered
    full text is the draft (it was left in the notes and the ▽ summary read as the points);
    the summary goes to the notes."""
    summary = "".join(f"<p>▽{text}</p>"
                      for text in ("ウクライナの主権を再確認", "不可侵合意を結ぶ"))
    full = "".join(f"<p>{n}　{text}</p>" for n, text in (
        ("１", "ウクライナの主権を再確認する。"), ("２", "ロシアとウクライナは不可侵合意を結ぶ。"),
        ("３", "ウクライナ軍の兵力の上限を60万人とする。")))
    page = (f"<html lang=\"ja\"><body><article><h1>【詳報】和平案の全文</h1><p>主な内容は次の通り。"
            f"</p>{summary}<h2>「全文」</h2>{full}</article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "ウクライナの主権を再確認する。"), ("2", "ロシアとウクライナは不可侵合意を結ぶ。"),
        ("3", "ウクライナ軍の兵力の上限を60万人とする。")]
    assert "▽不可侵合意を結ぶ" in (imported.plan.notes or "")


def test_a_paywall_s_cut_is_a_warning_in_a_page_and_in_pasted_text() -> None:
    """A page saved, or its text copied, by a reader who is no subscriber stops at the
    paywall's box: the box was left out (or read into the last point, with the page's
    footer after it) and nothing said the draft was cut, when the headline announced no
    count to check. The box and what follows it go to the notes."""
    page = ("<html lang=\"ja\"><body><article><h1>和平案の全文</h1>"
            "<p>１　ウクライナの主権を再確認する。</p>"
            "<p>２　ロシアとウクライナは不可侵合意を結ぶ。</p>"
            "<div class=\"paywall\"><p>この記事は有料記事です。残り2150文字</p>"
            "<p>有料会員になると続きをお読みいただけます。</p></div></article></body></html>")
    text = ("Full text of the framework\n\n1. Ukraine's sovereignty is reaffirmed.\n"
            "2. Ukraine receives strong security guarantees. The armed forces remain at\n"
            "Subscribe to continue reading\nAlready a subscriber? Sign in\n"
            "Copyright The Ledger\n")
    for data, name in ((page, "page.html"), (text, "page.txt")):
        imported = import_bytes(data.encode(), name, "." + name.rsplit(".", 1)[1], REQUEST)
        assert len(imported.plan.points) == 2
        warnings = [f.message for f in imported.report.findings if f.warning]
        assert any(w.startswith("a paywall cuts the text") for w in warnings), warnings
        for point in imported.plan.points:
            assert "Subscribe" not in point.text and "subscriber" not in point.text
            assert "有料" not in point.text and "Copyright" not in point.text


def test_a_ukrainian_page_s_ad_labels_and_recap_after_the_list() -> None:
    """A Ukrainian news page: "Реклама:" labels between the points and after them, then the
    recap paragraphs a story closes with ("Нагадаємо, …") and the outlet's disclaimer: the
    labels stayed in the points and the recap in the last point."""
    points = ["Суверенітет України підтверджують усі сторони.",
              "Україна отримає сильні гарантії безпеки.",
              "Збройні сили залишаться на рівні 800 тисяч у мирний час.",
              "Україна стане членом ЄС у визначену дату."]
    body = "".join(f"<p>{n}. {text}</p>" + ("<p>Реклама:</p>" if n == 2 else "")
                   for n, text in enumerate(points, 1))
    page = ("<html lang=\"uk\"><body><div class=\"post\"><h1>Президент оприлюднив пункти</h1>"
            f"<div class=\"post_text\"><p>Перші пункти звучать так:</p>{body}<p>Реклама:</p>"
            "<p><strong>Нагадаємо,</strong> раніше президент заявляв, що два пункти ще не "
            "погоджені.</p><p>Редакція може не поділяти погляди автора.</p></div></div>"
            "</body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(points, 1)]
    assert imported.plan.points[1].notes == "Реклама:"
    assert "Нагадаємо, раніше президент" in (imported.plan.notes or "")


@pytest.mark.parametrize(("lang", "label"), [("uk", "Передісторія:"), ("ru", "Предыстория:"),
                                             ("en", "Background:")])
def test_a_recap_under_its_label_after_the_list_is_no_sub_points(lang: str,
                                                                 label: str) -> None:
    """A news site closes the story with its label over a bulleted recap ("<p><strong>
    Передісторія:</strong></p><ul>…</ul>"): the label and the bullets go to the notes; they
    were the last point's paragraph and its sub-points 5.1, 5.2."""
    points = ["Підтвердження суверенітету держави.", "Повне припинення вогню.",
              "Обмін полоненими за формулою «всіх на всіх».",
              "Створення місії спостерігачів.", "Вибори протягом ста днів."]
    body = "".join(f"<p>{n}) {text}</p>" for n, text in enumerate(points, 1))
    page = (f"<html lang=\"{lang}\"><body><div class=\"post\"><h1>Що передбачає план</h1>"
            f"<div class=\"post_text\"><p>План містить такі пункти:</p>{body}"
            f"<p><strong>{label}</strong></p><ul><li>Раніше повідомлялося про новий раунд "
            "переговорів.</li><li>Сторони обмінялися проєктами документів.</li></ul></div>"
            "</div></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        (str(n), text) for n, text in enumerate(points, 1)]
    notes = imported.plan.notes or ""
    assert label in notes and "обмінялися проєктами" in notes

def test_a_recap_after_the_list_when_a_point_has_two_paragraphs() -> None:
    """When another point runs over two paragraphs, only a paragraph that reads as a news
    story's leaves the last point: a recap of earlier news ("Напомним, …", "Нагадаємо, …")
    is one."""
    text = ("1. Суверенитет Украины подтверждается.\n\n2. Украина получает гарантии "
            "безопасности.\n\nГарантии действуют пятнадцать лет.\n\n3. Численность армии "
            "составит 800 тысяч человек.\n\nНапомним, ранее стороны провели переговоры в "
            "Майами.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[2].text == "Численность армии составит 800 тысяч человек."
    assert "Напомним, ранее" in (imported.plan.notes or "")


def test_a_japanese_full_text_pasted_with_a_chart_caption_and_a_byline() -> None:
    """A Japanese newspaper's full text pasted: items ``N　…`` (one opening with Latin
    letters, ``８　NATOは…``, ran into the item before it), a chart's caption between two
    items and the reporter's credit in brackets at the end (both stayed in the points)."""
    items = ["ウクライナの主権を再確認する。", "米国の仲介でロシアとNATOの対話を行う。",
             "NATOはウクライナに部隊を駐留させないことに同意する。"]
    text = (f"和平案の全文は次の通り。\n\n１　{items[0]}\n２　{items[1]}\n\n"
            f"図表：和平案の主な項目\n\n３　{items[2]}\n\n（ワシントン＝山田太郎）\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), item) for n, item in enumerate(items, 1)]
    assert imported.plan.points[1].notes == "図表：和平案の主な項目"
    assert imported.plan.points[2].notes == "（ワシントン＝山田太郎）"


_UK_POINTS = ("Сторони припиняють вогонь уздовж усієї лінії зіткнення.",
              "Полонені звільняються за принципом всіх на всіх.",
              "Місія спостерігачів контролює режим тиші.",
              "Санкції знімаються поетапно за рішенням спільної комісії.",
              "Вибори відбуваються через сто днів після завершення бойових дій.")


@pytest.mark.parametrize("between", [
    "Нагадаємо, раніше речник Кремля заявив, що Москва ще не отримала тексту документа.",
    "Как сообщало издание, документ обсуждали в Женеве на прошлой неделе.",
    "As reported earlier, the draft was discussed in Geneva last week.",
    "Two diplomats told reporters the text could still change.",
])
def test_a_reporter_s_paragraph_between_two_points_is_not_the_point_s(between: str) -> None:
    """A news page's paragraph between points 4 and 5 (a recap of earlier news, who said
    what): it became point 4's second paragraph, silently."""
    text = "\n\n".join([f"{n}. {p}" for n, p in enumerate(_UK_POINTS[:4], 1)] + [between]
                       + [f"5. {_UK_POINTS[4]}"]) + "\n"
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_UK_POINTS)
    assert between in (imported.plan.points[3].notes or "")


def test_two_reporter_s_paragraphs_between_points_of_eight() -> None:
    """Two recaps set between the points of an eight-point list (after points 4 and 6):
    both went into their points."""
    points = [*_UK_POINTS, "Фонд відбудови фінансують держави-гаранти.",
              "Україна зберігає власні збройні сили.", "Коридори діють без перерв."]
    recap = "Нагадаємо, раніше сторони вже обговорювали подібні пропозиції."
    parts = [f"{n}. {p}" for n, p in enumerate(points, 1)]
    text = "\n\n".join([*parts[:4], recap, *parts[4:6], recap, *parts[6:]]) + "\n"
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == points
    assert recap in (imported.plan.points[5].notes or "")


def test_a_point_s_own_second_paragraph_between_points_stays() -> None:
    second = "Раніше накладені обмеження на експорт зерна скасовуються першими."
    text = "\n\n".join([f"{n}. {p}" for n, p in enumerate(_UK_POINTS[:4], 1)] + [second]
                       + [f"5. {_UK_POINTS[4]}"]) + "\n"
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert imported.plan.points[3].text == f"{_UK_POINTS[3]}\n\n{second}"


_SIX_POINTS = ["Ukraine's sovereignty is confirmed by all signatories.",
               "A full ceasefire takes effect seventy-two hours after signature.",
               "Both sides withdraw heavy weapons thirty kilometres from the line.",
               "A demilitarised zone is monitored by a neutral mission.",
               "All prisoners of war are exchanged within sixty days.",
               "Deported children are returned to their families."]
"""The first points of a 20-point plan, as the paywalled and paginated pages show them."""


def test_a_subscription_box_after_six_of_twenty_points_warns_of_the_cut() -> None:
    """A paywalled page shows 6 of the 20 points its headline announces, then the
    publisher's subscription box (a Piano offer: "Continue reading with a subscription",
    "Already a subscriber? Sign in"): the report warns that a paywall cuts the text, the
    count warning says which points are missing, and the box is never a heading of the
    notes."""
    points = _SIX_POINTS
    page = ("<html lang=\"en\"><head><title>The 20-point plan in full</title></head><body>"
            "<main><article><h1>Exclusive: the 20-point plan in full</h1><div "
            "class=\"article-body\"><p>The document sets out 20 points. They read as "
            "follows:</p>" + "".join(f"<p>{n}. {t}</p>" for n, t in enumerate(points, 1))
            + "</div><div class=\"piano-offer tp-container-inner\"><h2>Continue reading with "
            "a subscription</h2><p>Get unlimited access to our journalism for $1 a week.</p>"
            "<a href=\"/subscribe\">Subscribe now</a> <a href=\"/login\">Already a subscriber? "
            "Sign in</a></div></article></main></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == points
    warnings = [f.message for f in imported.report.findings if f.warning]
    assert any(w.startswith("a paywall cuts the text") for w in warnings), warnings
    assert any("announces 20 points but 6 were found: 7-20" in w for w in warnings), warnings
    assert "Heading after the last point" not in (imported.plan.notes or "")


def _paged(number: int, points: list[str], start: int, links: str) -> bytes:
    items = "".join(f"<li>{text}</li>" for text in points)
    return (f"<html lang=\"en\"><head><title>The plan in full (page {number})</title></head>"
            "<body><main><article><h1>The peace plan in full</h1><p>The plan reads:</p>"
            f"<ol start=\"{start}\">{items}</ol>{links}</article></main></body></html>"
            ).encode()


def test_the_first_page_of_an_article_split_over_two_warns_of_the_rest() -> None:
    """An article paginated by its site: page 1 holds points 1-5 and ends with "Continue
    reading →" to ``?page=2`` (and the pager); nothing said the draft stopped short (the
    link was left out as a card to another story). The report warns, naming the link; under
    ``--partial`` it is a note. Page 2, whose links lead back, says nothing of the kind."""
    points = _SIX_POINTS
    first = _paged(1, points[:5], 1, "<p class=\"continue\"><a href=\"/world/plan?page=2\">"
                   "Continue reading →</a></p><nav class=\"pager\"><span>1</span> <a href="
                   "\"?page=2\">2</a> <a rel=\"next\" href=\"?page=2\">Next</a></nav>")
    imported = import_bytes(first, "page1.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == points[:5]
    warnings = [f.message for f in imported.report.findings if f.warning]
    assert any(w.startswith("the article goes on on another page ('Continue reading →', "
                            "/world/plan?page=2)") for w in warnings), warnings
    partial = DraftRequest(document="outline", version="2025-11-21-press", partial=True)
    findings = import_bytes(first, "page1.html", ".html", partial).report.findings
    assert not any(f.warning for f in findings)
    assert any(f.message.endswith("as --partial says") for f in findings)
    second = _paged(2, points[5:], 6, "<nav class=\"pager\"><a rel=\"prev\" href=\"?page=1\">"
                    "Previous</a> <a href=\"?page=1\">1</a> <span>2</span></nav>")
    later = import_bytes(second, "page2.html", ".html", REQUEST)
    assert not any("another page" in f.message for f in later.report.findings)


@pytest.mark.parametrize("labels", ["①②③④⑤", ["(1)", "(2)", "(3)", "(4)", "(5)"]])
def test_a_japanese_point_whose_text_opens_with_a_digit(labels: str | list[str]) -> None:
    """A Nikkei-style page numbers its points ①…⑤ (or (1)…(5)) in paragraphs with no full
    stop; the last, "⑤100日以内に選挙を実施する", opens with a digit right after its label:
    it was no point, ran into point 4 and went to the notes with the reporter's paragraph
    after the list ("announces 5 points but 4 were found")."""
    points = ["ウクライナの主権を確認する", "署名から72時間後に停戦する",
              "重火器を前線から30キロ後退させる", "捕虜を全員交換する",
              "100日以内に選挙を実施する"]
    body = "".join(f"<p class=\"paragraph_p15\">{label}{text}</p>"
                   for label, text in zip(labels, points, strict=True))
    page = ("<html lang=\"ja\"><body><main><article><h1>ウクライナ和平案、５項目の全文</h1>"
            f"<div><p>米国が示した和平案の主な内容は以下の通り。</p>{body}"
            "<p>ロシアは受け入れに慎重な姿勢を崩していない。</p></div></article></main>"
            "</body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == points
    assert "慎重な姿勢" in (imported.plan.notes or "")
    assert not imported.report.warnings, imported.report.lines()


@pytest.mark.parametrize(("href", "words", "warned"), [
    ("/world/plan-text/2/", "Next page →", True), ("/world/plan-text/2/", "Далі", True),
    ("/world/plan-text/2/", "Kremlin replies", False), ("/world/other-story/", "Continue "
                                                        "reading", False)])
def test_a_page_number_at_the_end_of_the_link_beside_next_page_s_words(
        href: str, words: str, warned: bool) -> None:
    """WordPress pages a long post as ``/plan-text/2/``: beside "Next page" (or "Далі") such
    a link leads to the rest of the article; beside a story's headline, or with no page
    number, it does not."""
    data = _paged(1, ["Ukraine's sovereignty is confirmed by all signatories.",
                      "A full ceasefire takes effect seventy-two hours after signature.",
                      "Both sides withdraw heavy weapons thirty kilometres from the line."], 1,
                  f"<p><a href=\"{href}\">{words}</a></p>")
    imported = import_bytes(data, "page1.html", ".html", REQUEST)
    assert any("another page" in f.message for f in imported.report.findings) is warned


@pytest.mark.parametrize("link", [
    "<nav class=\"post-navigation\"><a rel=\"next\" href=\"/2025/11/22/kremlin-replies/\">"
    "Next story</a></nav>", "<p><a href=\"/?p=123\">Short link</a></p>"])
def test_a_link_to_the_next_post_is_no_next_page(link: str) -> None:
    """A blog's link to its next post (``rel="next"`` too, WordPress's post navigation)
    and a short link by post id (``?p=123``) lead to other texts: no warning."""
    data = _paged(1, ["Ukraine's sovereignty is confirmed by all signatories.",
                      "A full ceasefire takes effect seventy-two hours after signature.",
                      "Both sides withdraw heavy weapons thirty kilometres from the line."], 1,
                  link)
    imported = import_bytes(data, "page1.html", ".html", REQUEST)
    assert not any("another page" in f.message for f in imported.report.findings)


@pytest.mark.parametrize(("lang", "box"), [
    ("ru", "Этот материал доступен только для подписчиков. Оформите подписку, чтобы читать "
           "дальше."),
    ("uk", "Цей матеріал доступний лише для передплатників."),
    ("uk", "Оформіть передплату, щоб читати далі."),
    ("en", "This article is exclusive to subscribers."),
    ("ja", "この記事は会員限定です。登録すると続きをお読みいただけます。"),
    ("ja", "この記事は読者会員限定です。"),
    ("ja", "続きを読むには、会員登録（無料）が必要です。")])
def test_a_paywall_s_box_in_its_common_words_warns(lang: str, box: str) -> None:
    """The words Russian, Ukrainian, English and Japanese paywalls say most ("доступен
    только для подписчиков", "доступний лише для передплатників", "щоб читати далі",
    "exclusive to subscribers", "この記事は会員限定です", "続きを読むには"): the draft cut
    after point 2 said nothing of the cut."""
    page = (f"<html lang=\"{lang}\"><body><article><h1>План</h1><p>1. Стороны прекращают "
            "огонь.</p><p>2. Пленных обменивают всех на всех.</p>"
            f"<div class=\"article-lock\"><p>{box}</p></div></article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 2
    assert any(f.warning and f.message.startswith("a paywall cuts the text")
               for f in imported.report.findings)


@pytest.mark.parametrize("labels", [("А", "Б"), ("а", "б"), ("A", "B")])
def test_capital_cyrillic_sub_point_letters_open_sub_points(labels: tuple[str, str]) -> None:
    """Sub-points lettered with capital Cyrillic letters under a lead-in ("А) …", "Б) …",
    as Ukrainian and Russian official drafts often set them) are the point's sub-points, as
    small letters and Latin capitals are; they ran into the point's text."""
    text = ("Проект\n\n1. Сторони погоджуються на таке:\n"
            f"{labels[0]}) припинення вогню;\n{labels[1]}) обмін полоненими.\n"
            "2. Вибори проводяться протягом 100 днів.\n")
    plan = import_bytes(text.encode(), "draft.txt", ".txt", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points[0].points] == [
        (f"1({labels[0]})", "припинення вогню;"), (f"1({labels[1]})", "обмін полоненими.")]
    assert plan.points[0].text == "Сторони погоджуються на таке:"


JA_SPACED = """和平案の要旨

米国とウクライナが協議した和平案の修正版の要旨は次の通り。

１　ウクライナの主権を再確認する。
２　ロシアとウクライナ、欧州の間で包括的な不可侵合意を結ぶ。

関連記事
ゼレンスキー氏「修正案は前進」

３　選挙はできるだけ早く実施する。
４　合意は法的拘束力を持つ。
"""


def test_a_japanese_point_numbered_with_a_space_after_a_related_links_heading() -> None:
    """A newspaper's full text numbers its points ``１　…``; a "関連記事" box between two
    points took the rest of the points with it into the notes (``３．`` ended the box, ``３　``
    did not)."""
    assert [(n, t) for n, t, _ in _point_tree(JA_SPACED)] == [
        ("1", "ウクライナの主権を再確認する。"),
        ("2", "ロシアとウクライナ、欧州の間で包括的な不可侵合意を結ぶ。"),
        ("3", "選挙はできるだけ早く実施する。"), ("4", "合意は法的拘束力を持つ。")]


@pytest.mark.parametrize("heading", ["【軍事】", "＜軍事＞", "【軍事・安全保障】"])
def test_a_japanese_subheading_between_points_is_a_heading(heading: str) -> None:
    """A Japanese paper heads each group of points in brackets (``【主権】``, ``＜軍事＞``):
    between two points it ran into the point before it."""
    text = (f"和平案の要旨\n\n【主権】\n１　主権を確認する。\n２　不可侵合意を結ぶ。\n\n{heading}\n"
            "３　軍は平時に８０万人とする。\n４　部隊を駐留させない。\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "主権を確認する。", "不可侵合意を結ぶ。", "軍は平時に８０万人とする。",
        "部隊を駐留させない。"]
    assert heading.strip("【】＜＞") in (imported.plan.notes or "")


@pytest.mark.parametrize("saved", ["page", "mhtml"])
def test_furigana_stays_out_of_the_title_and_of_a_reading_container(saved: str) -> None:
    """A Japanese news page's headline with furigana (``<h1><ruby>停戦<rt>ていせん</rt></ruby>
    案</h1>``) gave the title "停戦 ていせん 案"; a reading in a ruby text container
    (``<rtc>``, HTML's complex ruby, with or without ``<rt>`` inside it) stayed in the
    point's text. The base text only, as a page and as the single file a browser saves."""
    from tests.plans.intake.test_single_file_pages import _archive

    html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>ニュース速報"
            "</title></head><body><main><article>"
            "<h1><ruby>停戦<rp>（</rp><rt>ていせん</rt><rp>）</rp></ruby>案の全文</h1>"
            "<p>政府が公表した停戦案の要旨は次の通り。</p>"
            "<p>１．ウクライナの<ruby><rb>主</rb><rb>権</rb><rtc><rt>しゅ</rt><rt>けん</rt></rtc>"
            "</ruby>を確認する。</p>"
            "<p>２．百日以内に<ruby>選挙<rtc>せんきょ</rtc></ruby>を行う。</p>"
            "<p>３．ロシアは<ruby>近隣<rt>きんりん</rt>諸国<rt>しょこく</rt></ruby>に侵攻しない。"
            "</p></article></main></body></html>").encode()
    data, suffix = (html, ".html") if saved == "page" else (
        _archive(html, "quoted-printable"), ".mhtml")
    imported = import_bytes(data, "news" + suffix, suffix, REQUEST)
    assert [p.text for p in imported.plan.points] == RUBY_POINTS
    assert imported.plan.title == "停戦案の全文"


def test_a_paywall_s_warning_quotes_the_box_not_the_script_after_it() -> None:
    """The box's words were quoted with the code of the script after it (``Subscribe to
    continue reading (self.__next_f=self.__next_f||[]).pus``): a script's text is never the
    page's."""
    page = ("<html lang=\"en\"><body><article><h1>Plan</h1><p>1. Both sides stop firing.</p>"
            "<p>2. Prisoners are exchanged.</p><div class=\"article-lock\"><p>Subscribe to "
            "continue reading</p></div><script>(self.__next_f=self.__next_f||[])"
            ".push([0])</script><style>.x{color:red}</style></article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    cut = [f.message for f in imported.report.findings if f.message.startswith("a paywall")]
    assert cut and "__next_f" not in cut[0] and "color" not in cut[0], cut
