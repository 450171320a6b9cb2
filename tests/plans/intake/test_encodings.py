"""Drafts saved in a legacy encoding (an old editor, a mail client, a Windows "Save as
text"): read in the encoding their text reads best in, and the report says which. Binary
data is still refused."""

from __future__ import annotations

import re

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.encodings import guess_encoding

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

UK = ("1. Суверенітет України буде підтверджено.\r\n2. Буде укладено угоду про ненапад.\r\n"
      "3. Україна отримає гарантії безпеки.\r\n")
RU = "Пункт 1. Суверенитет Украины будет подтверждён.\nПункт 2. Будет заключено соглашение.\n"
JA = "１．ウクライナの主権を確認する。\n２．不可侵の合意を結ぶ。\n３．安全の保証を与える。\n"
FR = ("1. Les parties confirment la souveraineté de l’État.\n2. Un cessez-le-feu entre en "
      "vigueur après la signature.\n")


@pytest.mark.parametrize(("text", "codec", "name"), [
    (UK, "cp1251", "Windows-1251"), (RU, "cp1251", "Windows-1251"),
    (RU, "koi8_r", "KOI8-R"), (JA, "shift_jis", "Shift-JIS"), (JA, "euc_jp", "EUC-JP"),
    (JA, "utf-16-le", "UTF-16 (little-endian)"), (UK, "utf-16-be", "UTF-16 (big-endian)"),
    (FR, "cp1252", "Windows-1252"), (UK, "koi8_u", "KOI8-U"),
])
def test_legacy_encodings(text: str, codec: str, name: str) -> None:
    imported = import_bytes(text.encode(codec), "draft.txt", ".txt", REQUEST)
    expected = [re.sub(r"^(?:Пункт )?[0-9１-９]+[.．] ?", "", line)
                for line in text.splitlines()]
    assert [p.text for p in imported.plan.points] == expected
    assert any(f.message == f"not UTF-8: read as {name}" for f in imported.report.findings)


def test_a_page_without_a_charset_in_windows_1251() -> None:
    page = ("<html><body><article><p>1. Суверенітет України буде підтверджено.</p>"
            "<p>2. Буде укладено угоду про ненапад.</p></article></body></html>")
    imported = import_bytes(page.encode("cp1251"), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Суверенітет України буде підтверджено.", "Буде укладено угоду про ненапад."]


def test_binary_and_undecidable_data_are_refused() -> None:
    with pytest.raises(InputError, match=r"draft\.txt"):
        import_bytes(bytes(range(256)) * 4, "draft.txt", ".txt", REQUEST)
    # three bytes outside ASCII are too few to tell an encoding by
    assert guess_encoding("1. Caf\xe9 au lait.".encode("latin-1")) is None


@pytest.mark.parametrize(("head", "codec", "said"), [
    ("", "cp1251", "not UTF-8: read as Windows-1251 (guessed from its text"),
    ("", "koi8_r", "not UTF-8: read as KOI8-R (guessed from its text"),
    ('<meta charset="windows-1251">', "cp1251", "not UTF-8: read as windows-1251 (the "
                                                "page's charset)"),
    ("", "shift_jis", "not UTF-8: read as Shift-JIS (guessed"),
])
def test_a_page_in_a_legacy_encoding_says_which(head: str, codec: str, said: str) -> None:
    """The web page reader reports the encoding it used, as the text reader does."""
    body = (JA if codec == "shift_jis" else RU).splitlines()
    page = (f"<html><head>{head}</head><body><article>"
            + "".join(f"<p>{line}</p>" for line in body) + "</article></body></html>")
    imported = import_bytes(page.encode(codec), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == len(body)
    assert [f.message for f in imported.report.findings if f.message.startswith(said)]


def test_a_utf8_page_says_nothing_about_its_encoding() -> None:
    page = "<html><body><p>1. Суверенітет.</p><p>2. Ненапад.</p></body></html>"
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert not [f for f in imported.report.findings if "UTF-8" in f.message]


RU_NOTEPAD = ("Ниже пункты в изложении редакции.\r\n\r\n"
              "1. Суверенитет Украины подтверждается, каждая сторона подтверждает его подписью.\r\n"
              "2. Россия и Украина заключают полное и безусловное соглашение о ненападении.\r\n"
              "3. Украина получает сильные гарантии безопасности.\r\n"
              "4. Численность вооружённых сил в мирное время - 800 тыс. человек.\r\n")


def test_russian_saved_by_notepad_in_windows_1251_is_not_read_as_windows_1252() -> None:
    """Read as Windows-1252, Russian in Windows-1251 comes out as accented Latin letters in
    the same mix of capitals and small letters (``Ñóâåðåíèòåò``): no Western text is
    written almost wholly in letters outside ASCII."""
    expected = [line[3:] for line in RU_NOTEPAD.splitlines() if line[:1].isdigit()]
    imported = import_bytes(RU_NOTEPAD.encode("cp1251"), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == expected
    assert any(f.message == "not UTF-8: read as Windows-1251"
               for f in imported.report.findings)
    page = ("<html><body><article>" + "".join(f"<p>{line}</p>" for line in
                                              RU_NOTEPAD.splitlines()) + "</article></body></html>")
    imported = import_bytes(page.encode("cp1251"), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == expected


JA_CIRCLED = "①ウクライナの主権を確認する。\n②不可侵の合意を結ぶ。\n③安全の保証を与える。\n"


def _page(head: str, body: str) -> str:
    return (f"<html><head>{head}</head><body><article>"
            + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</article></body></html>")


@pytest.mark.parametrize(("head", "codec", "text"), [
    # browsers read a page labelled Shift_JIS as Windows-31J (①, ㈱, NEC's extra rows)
    ('<meta charset="Shift_JIS">', "cp932", JA_CIRCLED),
    ('<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">', "cp932",
     JA_CIRCLED),
    # … and one labelled ISO-8859-1 or ASCII as Windows-1252 (curly quotes, dashes)
    ('<meta charset="iso-8859-1">', "cp1252",
     "1. The \u201cfull\u201d ceasefire \u2013 in force at once.\n2. Elections follow.\n"),
    # a seven-bit Japanese page is valid UTF-8 byte for byte: its label decides
    ('<meta charset="ISO-2022-JP">', "iso2022_jp", JA),
    ("", "iso2022_jp", JA),
])
def test_a_page_is_read_in_the_encoding_a_browser_reads_its_label_as(
        head: str, codec: str, text: str) -> None:
    imported = import_bytes(_page(head, text).encode(codec), "page.html", ".html", REQUEST)
    expected = [re.sub(r"^(?:[0-9１-９]+[.．] ?|[①-⑳])", "", line) for line in text.splitlines()]
    assert [p.text for p in imported.plan.points] == expected


def test_a_seven_bit_japanese_text_file_is_read() -> None:
    """ISO-2022-JP (Japanese e-mail's encoding) is seven-bit: its escapes made a text file
    "binary"."""
    imported = import_bytes(JA.encode("iso2022_jp"), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [line[2:] for line in JA.splitlines()]
    assert any(f.message == "not UTF-8: read as ISO-2022-JP" for f in imported.report.findings)


def test_a_page_in_utf16_without_a_byte_order_mark() -> None:
    """A page saved as UTF-16 with no byte-order mark (its ``<meta charset="utf-16">`` is
    no help: the bytes must be read before it can be) was read as Windows-1252: every other
    byte a NUL, no point found."""
    page = _page('<meta charset="utf-16">', UK)
    for codec, name in (("utf-16-le", "little"), ("utf-16-be", "big")):
        imported = import_bytes(page.encode(codec), "page.html", ".html", REQUEST)
        assert [p.text for p in imported.plan.points] == [
            line[3:] for line in UK.splitlines()], codec
        assert any(name in f.message for f in imported.report.findings), codec


ZH_S = "和平方案\n\n1. 双方确认乌克兰的主权与领土完整。\n2. 交换全部战俘，并在三十天内完成。\n"
ZH_T = "和平方案\n\n1. 雙方確認烏克蘭的主權與領土完整。\n2. 交換全部戰俘，並在三十天內完成。\n"


@pytest.mark.parametrize(("text", "codec", "name"), [
    (ZH_S, "gbk", "GB18030"), (ZH_S, "gb2312", "GB18030"), (ZH_S, "gb18030", "GB18030"),
    (ZH_T, "big5", "Big5")])
def test_chinese_in_a_legacy_encoding(text: str, codec: str, name: str) -> None:
    """A Chinese text saved as GBK was read as EUC-JP (kanji alone, the wrong ones) or as
    Windows-1251 (``Л«·ЅИ·ИПОЪ``), and said nothing wrong."""
    imported = import_bytes(text.encode(codec), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        line[3:] for line in text.splitlines() if line[:1].isdigit()]
    assert any(f.message == f"not UTF-8: read as {name}" for f in imported.report.findings)


RU_DOS = ("1. Стороны заявляют о немедленном прекращении огня.\r\n"
          "2. Я подтверждаю: обмен пленными пройдёт всех на всех.\r\n"
          "3. Фронт замораживается по линии соприкосновения.\r\n")
UK_DOS = ("1. Україна зберігає свій суверенітет і територіальну цілісність.\r\n"
          "2. Ґарантії безпеки надають європейські держави.\r\n"
          "3. Її армія в мирний час має не більше 800 тисяч людей.\r\n")


@pytest.mark.parametrize(("text", "codec", "name"), [
    (RU_DOS, "cp866", "CP866 (DOS)"), (UK_DOS, "cp1125", "CP1125 (DOS Ukrainian)"),
    (RU_DOS, "mac_cyrillic", "Mac Cyrillic"), (UK_DOS, "mac_cyrillic", "Mac Cyrillic"),
    # the Windows and KOI8 readings of the same texts keep their names
    (RU_DOS, "cp1251", "Windows-1251"), (UK_DOS, "cp1251", "Windows-1251"),
    (RU_DOS, "koi8_r", "KOI8-R"), (UK_DOS, "koi8_u", "KOI8-U"),
    (RU_NOTEPAD, "cp866", "CP866 (DOS)"), (RU_NOTEPAD, "mac_cyrillic", "Mac Cyrillic"),
    (UK, "cp1125", "CP1125 (DOS Ukrainian)"), (UK, "mac_cyrillic", "Mac Cyrillic"),
])
def test_dos_and_mac_cyrillic(text: str, codec: str, name: str) -> None:
    """A DOS text (CP866, Ukrainian CP866's sibling CP1125) or a classic Mac one (Mac
    Cyrillic) was read as Windows-1251: ``‘гўҐаҐ­ЁвҐв``, or ``заЯвлЯют`` and ``Укра»ни``
    (Mac Cyrillic differs from Windows-1251 in its capitals and a few letters)."""
    imported = import_bytes(text.encode(codec), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        line[3:] for line in text.splitlines() if line[:1].isdigit()]
    assert any(f.message == f"not UTF-8: read as {name}" for f in imported.report.findings)


SHORT_RU = "1. Точка один.\n2. Точка два.\n"
SHORT_UK = "1. Тиша на фронті.\n2. Обмін полоненими.\n"
SHORT_JA = "1. 第一項。\n2. 第二項。\n"
KANJI_JA = "第一条　停戦合意\n1. 即時停戦。\n2. 捕虜交換。\n"


@pytest.mark.parametrize(("text", "codec", "name"), [
    (SHORT_RU, "cp1251", "Windows-1251"), (SHORT_UK, "cp1251", "Windows-1251"),
    (SHORT_JA, "shift_jis", "Shift-JIS"), (KANJI_JA, "shift_jis", "Shift-JIS"),
    (SHORT_JA, "euc_jp", "EUC-JP"),
])
def test_a_short_text_is_read_in_its_own_encoding(text: str, codec: str, name: str) -> None:
    """Two short lines: Windows-1251 "Точка" was read as Mac Cyrillic ("“очка": a capital
    that Windows-1251 and Mac Cyrillic give differently, read as an opening quote that
    nothing closes), and Shift-JIS "第一項。" as CP866 ("СцИъНАБB": a text of kanji alone
    was taken for Chinese, which no reading then matched)."""
    guess = guess_encoding(text.encode(codec))
    assert guess is not None
    assert (guess.text, guess.name) == (text, name)


@pytest.mark.parametrize(("text", "codec", "name"), [
    ("<p>1. Стороны прекращают огонь по всей линии фронта.</p><p>2. Пленных обменивают "
     "по формуле «всех на всех».</p><p>3. Санкции снимаются поэтапно.</p>", "cp1251",
     "Windows-1251"),
    ("<p>１．ウクライナの主権を確認する。</p><p>２．前線全体で停戦する。</p>"
     "<p>３．捕虜を全員交換する。</p>", "shift_jis", "Shift-JIS"),
])
def test_a_page_declaring_utf8_in_a_legacy_encoding_is_read_in_it(
        text: str, codec: str, name: str) -> None:
    """An old site's page saved with its bytes in windows-1251 (or Shift_JIS) under a
    ``<meta charset="utf-8">`` a template put there: every letter of it was replaced with
    U+FFFD (a Japanese page gave no point at all). Read in the encoding its text reads in,
    and the report says the declared charset was wrong; a UTF-8 page with one stray byte
    still keeps its charset."""
    page = f"<html><head><meta charset=\"utf-8\"></head><body><main>{text}</main></body></html>"
    imported = import_bytes(page.encode(codec), "page.html", ".html", REQUEST)
    assert all("\ufffd" not in p.text for p in imported.plan.points)
    assert len(imported.plan.points) == 3
    assert any(f"says UTF-8 but is not: read as {name}" in f.message
               for f in imported.report.findings)
    stray = page.encode().replace("огонь".encode(), "огонь".encode() + b"\xff") \
        if codec == "cp1251" else page.encode() + b"<!-- \xff -->"
    kept = import_bytes(stray, "page.html", ".html", REQUEST)
    assert any("says UTF-8 but is not valid UTF-8" in f.message
               for f in kept.report.findings)


@pytest.mark.parametrize(("declared", "text", "codec", "name"), [
    ("iso-8859-1", "<p>1. Стороны прекращают огонь по всей линии фронта.</p><p>2. Пленных "
     "обменивают по формуле «всех на всех».</p><p>3. Санкции снимаются поэтапно.</p>",
     "cp1251", "Windows-1251"),
    ("windows-1252", "<p>1. Сторони припиняють вогонь уздовж усієї лінії фронту.</p><p>2. "
     "Полонених обмінюють усіх на всіх.</p><p>3. Санкції знімають поетапно.</p>", "cp1251",
     "Windows-1251"),
    ("EUC-JP", "<p>１．ウクライナの主権を確認する。</p><p>２．前線全体で停戦する。</p>"
     "<p>３．捕虜を全員交換する。</p>", "shift_jis", "Shift-JIS"),
])
def test_a_page_declaring_the_wrong_legacy_charset_is_read_in_its_own(
        declared: str, text: str, codec: str, name: str) -> None:
    """A page whose ``<meta>`` names a charset its bytes are not in (a template's
    iso-8859-1 over windows-1251 text the server's header named, as a browser saves it):
    every Cyrillic letter came out as Latin-1 (Ñòîðîíû …), and a Shift_JIS page said to be
    EUC-JP gave no point. Read in the encoding the text reads in, and the report says so;
    a French page in windows-1252 declared iso-8859-1 keeps its charset."""
    page = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
            f"{declared}\"></head><body><main>{text}</main></body></html>")
    imported = import_bytes(page.encode(codec), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 3
    assert all(p.text[:1].isalpha() and p.text[0] not in "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß"
               for p in imported.plan.points)
    assert any(f"says {declared} but its text reads as {name}" in f.message
               for f in imported.report.findings)
    french = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
              "iso-8859-1\"></head><body><main>" + "".join(
                  f"<p>{line}</p>" for line in FR.splitlines()) + "</main></body></html>")
    kept = import_bytes(french.encode("cp1252"), "page.html", ".html", REQUEST)
    assert kept.plan.points[0].text.startswith("Les parties confirment la souveraineté")
    assert any("read as iso-8859-1 (the page's charset)" in f.message
               for f in kept.report.findings)


def _garbled(text: str, codec: str = "cp1252") -> str:
    """``text`` as a page saved again after its UTF-8 was read as ``codec`` shows it (a
    browser's windows-1252 keeps the five bytes it has no letter for as C1 controls)."""
    return "".join(chr(b) if codec == "latin-1" or b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else bytes([b]).decode(codec) for b in text.encode("utf-8"))


UK_POINTS = ("Україна зберігає суверенітет над усією своєю територією.",
             "Сторони обмінюються полоненими за формулою «всіх на всіх».",
             "Місія спостерігачів налічує до 400 осіб.")


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_a_page_saved_with_mojibake_is_read_back(codec: str) -> None:
    """A page whose UTF-8 was once read as windows-1252 and saved again in UTF-8
    ("Ð£ÐºÑ€Ð°Ñ—Ð½Ð°" for "Україна") came in as that garble, with no word in the
    report: each garbled run that is UTF-8 byte for byte is read back, and the report says
    so."""
    page = ("<html><head><meta charset=\"utf-8\"><title>План</title></head><body><article>"
            "<h1>" + _garbled("Мирний план: три пункти", codec) + "</h1><ol>"
            + "".join(f"<li>{_garbled(point, codec)}</li>" for point in UK_POINTS)
            + "</ol></article></body></html>")
    imported = import_bytes(page.encode("utf-8"), "page.html", ".html", REQUEST)
    assert tuple(p.text for p in imported.plan.points) == UK_POINTS
    assert imported.plan.title == "Мирний план: три пункти"
    said = [f for f in imported.report.findings if "Windows-1252" in f.message]
    assert said and not said[0].warning
    assert "read back as UTF-8" in said[0].message


def test_a_page_with_mojibake_that_lost_bytes_is_a_warning() -> None:
    """When the garble lost bytes on the way (a tool put U+FFFD for the five bytes
    windows-1252 has no letter for: "Ñ\ufffd" was "с", "э" or "я"), the text cannot be read
    back whole: a warning names the garble, not a silent plan of it."""
    lossy = [_garbled(p).replace("\x81", "\ufffd").replace("\x8f", "\ufffd") for p in UK_POINTS]
    page = ("<html><head><meta charset=\"utf-8\"></head><body><article><ol>"
            + "".join(f"<li>{point}</li>" for point in lossy) + "</ol></article></body></html>")
    imported = import_bytes(page.encode("utf-8"), "page.html", ".html", REQUEST)
    warned = [f for f in imported.report.findings if f.warning and "garbled" in f.message]
    assert warned and "Windows-1252" in warned[0].message


@pytest.mark.parametrize("text", [
    "1. Le cessez-le-feu entre en vigueur à la signature. Ã€ suivre.\n2. Élections.\n",
    "1. Die Waffenruhe gilt ab Unterzeichnung: Ã¼berall.\n2. Wahlen folgen.\n",
    "1. Preço: R$ 10 — «ótimo» Â· nota.\n2. São Paulo.\n",
])
def test_a_few_odd_pairs_in_a_western_page_are_left_alone(text: str) -> None:
    """One or two pairs that look like a garble in a page of right text (a quoted example,
    a typo) are no garbled page: nothing is changed and nothing said."""
    page = ("<html><head><meta charset=\"utf-8\"></head><body><article>" + "".join(
        f"<p>{line}</p>" for line in text.splitlines()) + "</article></body></html>")
    imported = import_bytes(page.encode("utf-8"), "page.html", ".html", REQUEST)
    assert imported.plan.points[0].text == text.splitlines()[0][3:]
    assert not [f for f in imported.report.findings if "1252" in f.message]


def test_mojibake_with_its_controls_taken_out_is_a_warning() -> None:
    """A tool that took the C1 controls out of the garble left "Ñ" where "с" was: the lead
    byte beside read-back letters is one U+FFFD, and the report warns."""
    dropped = [_garbled(p).replace("\x81", "").replace("\x8f", "") for p in UK_POINTS]
    page = ("<html><head><meta charset=\"utf-8\"></head><body><article><ol>"
            + "".join(f"<li>{point}</li>" for point in dropped) + "</ol></article></body></html>")
    imported = import_bytes(page.encode("utf-8"), "page.html", ".html", REQUEST)
    assert imported.plan.points[1].text.startswith("Сторони обмінюють\ufffd\ufffd полоненими")
    assert not [p for p in imported.plan.points if "Ñ" in p.text]
    assert [f for f in imported.report.findings if f.warning and "garbled" in f.message]


def test_japanese_garbled_twice_is_read_back() -> None:
    """A page garbled twice over (read as Windows-1252, saved, read so again) reads back."""
    points = ("双方は署名から72時間以内に戦闘を停止する。", "捕虜を全員交換する。",
              "中立国が議長を務める合同委員会を毎月開催する。")
    page = ("<html><head><meta charset=\"utf-8\"></head><body><article><ol>"
            + "".join(f"<li>{_garbled(_garbled(p))}</li>" for p in points)
            + "</ol></article></body></html>")
    imported = import_bytes(page.encode("utf-8"), "page.html", ".html", REQUEST)
    assert tuple(p.text for p in imported.plan.points) == points


def test_a_text_file_copied_from_a_garbled_page_is_read_back() -> None:
    """Text copied out of a garbled page and saved (``1. Ð£ÐºÑ€Ð°Ñ—Ð½Ð° …``) reads back as
    a page does, and the report says so."""
    text = "".join(f"{n}. {_garbled(point)}\n" for n, point in enumerate(UK_POINTS, 1))
    imported = import_bytes(text.encode("utf-8"), "draft.txt", ".txt", REQUEST)
    assert tuple(p.text for p in imported.plan.points) == UK_POINTS
    assert any("read back as UTF-8" in f.message and "text was" in f.message
               for f in imported.report.findings)


@pytest.mark.parametrize("codec", ["utf-8", "cp1251"])
def test_a_dos_text_ending_in_its_end_of_file_mark_is_read(codec: str) -> None:
    """A text saved by a DOS-era editor or ``copy /a`` ends in Ctrl-Z (U+001A), its
    end-of-file mark: the mark is dropped, not counted as a binary file's control character
    ("binary file (1 control characters in 46)"), nor in the guess of a legacy encoding."""
    imported = import_bytes((UK + "\x1a").encode(codec), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Суверенітет України буде підтверджено.", "Буде укладено угоду про ненапад.",
        "Україна отримає гарантії безпеки."]
    short = import_bytes(b"1. Sovereignty is confirmed.\r\n2. Aid flows.\r\n\x1a", "d.txt",
                         ".txt", REQUEST)
    assert [p.text for p in short.plan.points] == ["Sovereignty is confirmed.", "Aid flows."]


@pytest.mark.parametrize(("name", "draft"), [
    ("draft.txt", "The framework of the parties, as agreed after the talks of the last week, "
                  "set out point by point for the record of the meeting.\n\n"
                  "1. Sovereignty is confirmed anew, in full, by every signatory here.\n"
                  "\x1a2. A non-aggression agreement is concluded by the parties at once.\n"
                  "\x173. Elections are held within one hundred days of the signing.\n"),
    ("page.html", "<html><body><article><p>1. Sovereignty is confirmed anew, in full, by "
                  "every signatory here.</p><p>\x1a2. A non-aggression agreement is concluded"
                  " by the parties at once.</p><p>\x173. Elections are held within one "
                  "hundred days of the signing.</p></article></body></html>"),
])
def test_control_characters_a_draft_holds_are_not_the_readers_marks(name: str,
                                                                      draft: str) -> None:
    """The readers mark lines with two control characters of their own (U+001A: text outside
    the points, for the notes; U+0017: a list item's further paragraph). The same characters
    in the draft itself are no marks: point 2 went to the notes, "2 missing"."""
    imported = import_bytes(draft.encode(), name, name[name.rindex("."):], REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert "non-aggression" not in (imported.plan.notes or "")


@pytest.mark.parametrize("charset", ["rot13", "base64", "zlib", "hex"])
def test_a_page_whose_charset_names_a_byte_transform(charset: str) -> None:
    """Python knows "rot13", "base64", "zlib" as codecs that decode no text; a page whose
    ``<meta charset>`` names one (no browser knows them) is read as one naming no usable
    charset: Windows-1252, with the note (an internal error before)."""
    page = (f'<html><head><meta charset="{charset}"></head><body><p>1. Café terraces '
            "reopen.</p><p>2. Second point.</p></body></html>").encode("cp1252")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == ["Café terraces reopen.", "Second point."]
    assert any("no usable charset" in f.message for f in imported.report.findings)


def test_a_text_saved_from_a_terminal_keeps_its_words_without_the_colour_codes() -> None:
    """A draft saved from a terminal (a tool's coloured output, ``less -R``, a chat client)
    holds ANSI colour and bold codes (ESC [ 1 m): they are left out, with a note, where the
    draft was refused as a binary file ("8 control characters in 180")."""
    draft = ("\x1b[1mPeace framework\x1b[0m\n\n\x1b[1m1.\x1b[0m Sovereignty is confirmed by all "
             "signatories.\n\x1b[1m2.\x1b[0m A non-aggression agreement is concluded.\n"
             "\x1b[32m3.\x1b[0m Elections within \x1b[1;31m100\x1b[0m days.\n")
    imported = import_bytes(draft.encode(), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Sovereignty is confirmed by all signatories.",
        "A non-aggression agreement is concluded.", "Elections within 100 days."]
    assert imported.plan.title == "Peace framework"
    assert any(f.message.startswith("10 terminal control code(s)")
               for f in imported.report.findings)


def test_a_terminal_s_text_in_a_legacy_encoding_says_both() -> None:
    """Colour codes around a text saved in Windows-1251: both notes are given (the reading
    in a legacy encoding replaced the notes gathered before it, the terminal codes' among
    them)."""
    draft = "\x1b[1m" + UK.replace("\r\n", "\x1b[0m\r\n", 1)
    imported = import_bytes(draft.encode("cp1251"), "draft.txt", ".txt", REQUEST)
    assert imported.plan.points[0].text == "Суверенітет України буде підтверджено."
    messages = [f.message for f in imported.report.findings]
    assert "not UTF-8: read as Windows-1251" in messages, messages
    assert any(m.startswith("2 terminal control code(s)") for m in messages), messages



def test_a_short_text_with_stray_control_characters_is_read_without_them() -> None:
    """A backspace and a bell copied with a short text from a PDF viewer or a terminal: it
    was refused as a binary file ("2 control characters in 175"); read, its words without
    them."""
    draft = ("1. The parties cease fire along the whole line of contact.\n"
             "2. Prisoners are exchanged\x08 on an all-for-all basis.\n"
             "3. Elections are held within one hundred days of the signing.\x07\n")
    imported = import_bytes(draft.encode(), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties cease fire along the whole line of contact.",
        "Prisoners are exchanged on an all-for-all basis.",
        "Elections are held within one hundred days of the signing."]
