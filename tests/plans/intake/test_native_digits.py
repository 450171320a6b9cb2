"""Points numbered in the digits of the draft's own script: Arabic-Indic (``١.``), the
Extended Arabic-Indic digits of Persian and Urdu (``۲)``, ``۳-``), Devanagari (``१.``). The
point's number is the number the digits write; the text stays as written, its own digits
too. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

ARABIC = """خطة السلام: النقاط الرئيسية

١. وقف شامل لإطلاق النار على طول خط التماس خلال ٧٢ ساعة.
٢. تبادل جميع الأسرى على مراحل.
٣. نشر مراقبين من دول محايدة.
٤. إجراء انتخابات خلال مئة يوم.
٥. رفع العقوبات تدريجياً.
٦. إنشاء صندوق لإعادة الإعمار.
٧. ضمانات أمنية من الدول الكبرى.
٨. عودة النازحين إلى منازلهم.
٩. لجنة مشتركة لمتابعة التنفيذ.
١٠. يدخل الاتفاق حيز التنفيذ عند توقيعه.
"""

PERSIAN = """طرح صلح در ده بند

۱) آتش‌بس کامل در سراسر خط تماس ظرف ۷۲ ساعت.
۲) مبادلهٔ همهٔ اسیران در چند مرحله.
۳) استقرار ناظران از کشورهای بی‌طرف.
"""

HINDI = """शांति योजना के मुख्य बिंदु

१. पूरी सीमा पर युद्धविराम ७२ घंटों के भीतर लागू होगा।
२. सभी बंदियों की चरणबद्ध अदला-बदली।
३. तटस्थ देशों के पर्यवेक्षक तैनात होंगे।
"""


def _points(text: str) -> list[tuple[str, str]]:
    return _tree(import_bytes(text.encode(), "t.txt", ".txt", REQUEST))


def test_arabic_indic_digits_number_the_points_of_a_pasted_text() -> None:
    points = _points(ARABIC)
    assert [n for n, _ in points] == [str(n) for n in range(1, 11)]
    assert points[0][1] == "وقف شامل لإطلاق النار على طول خط التماس خلال ٧٢ ساعة."
    assert points[9][1] == "يدخل الاتفاق حيز التنفيذ عند توقيعه."


def test_persian_digits_with_a_bracket_number_the_points() -> None:
    assert _points(PERSIAN) == [("1", "آتش‌بس کامل در سراسر خط تماس ظرف ۷۲ ساعت."),
                                ("2", "مبادلهٔ همهٔ اسیران در چند مرحله."),
                                ("3", "استقرار ناظران از کشورهای بی‌طرف.")]


@pytest.mark.parametrize("mark", ["۱-", "۱ -", "1-"])
def test_a_number_and_a_hyphen_glued_to_it_open_a_point(mark: str) -> None:
    """Arabic and Persian lists are typed ``١- …`` as often as ``١. …``."""
    second, third = mark.replace("1", "2").replace("۱", "۲"), \
        mark.replace("1", "3").replace("۱", "۳")
    text = (f"طرح صلح\n\n{mark} آتش‌بس کامل.\n{second} مبادلهٔ اسیران.\n"
            f"{third} استقرار ناظران.\n")
    assert _points(text) == [("1", "آتش‌بس کامل."), ("2", "مبادلهٔ اسیران."),
                             ("3", "استقرار ناظران.")]


def test_devanagari_digits_number_the_points() -> None:
    points = _points(HINDI)
    assert [n for n, _ in points] == ["1", "2", "3"]
    assert points[0][1] == "पूरी सीमा पर युद्धविराम ७२ घंटों के भीतर लागू होगा।"


def test_a_decimal_number_wrapped_to_a_line_s_start_is_no_point() -> None:
    """``١.٥ مليار`` (1.5 billion) at a wrapped line's start continues the point."""
    text = ("الخطة\n\n١. يخصص الصندوق مبلغ\n١.٥ مليار دولار لإعادة الإعمار.\n"
            "٢. تبادل جميع الأسرى.\n")
    assert _points(text) == [("1", "يخصص الصندوق مبلغ ١.٥ مليار دولار لإعادة الإعمار."),
                             ("2", "تبادل جميع الأسرى.")]


def test_an_arabic_page_s_paragraphs_numbered_in_arabic_indic_digits() -> None:
    body = ("<h1>نص خطة السلام</h1><p>حصلت الصحيفة على النص التالي:</p>"
            "<p>١. وقف شامل لإطلاق النار.</p><p>٢. تبادل جميع الأسرى.</p>"
            "<p>٣. نشر مراقبين من دول محايدة.</p>")
    imported = import_bytes(_page(body, "ar"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "وقف شامل لإطلاق النار."), ("2", "تبادل جميع الأسرى."),
                               ("3", "نشر مراقبين من دول محايدة.")]


@pytest.mark.parametrize(("text", "language"), [(ARABIC, "ar"), (PERSIAN, "fa"), (HINDI, "hi")])
def test_the_language_of_a_draft_in_arabic_persian_or_hindi(text: str, language: str) -> None:
    """Read as English before: the letters of another script counted as Latin ones."""
    assert import_bytes(text.encode(), "t.txt", ".txt", REQUEST).plan.language == language


def test_an_urdu_draft_is_urdu() -> None:
    text = "امن منصوبہ\n\n۱۔ پوری سرحد پر جنگ بندی ہوگی۔\n۲۔ تمام قیدیوں کا تبادلہ کیا جائے گا۔\n"
    assert import_bytes(text.encode(), "t.txt", ".txt", REQUEST).plan.language == "ur"


def test_a_full_width_point_number_before_a_full_width_figure_stays_a_point() -> None:
    """``８．１００日以内に…``: point 8 whose text opens with a figure, in full-width digits as
    Japanese papers set them. Reading every script's digits must not take it for the decimal
    8.100 (the Arabic ``١.٥`` is one: its digits are no full-width forms)."""
    text = ("和平案の要旨は次の通り。\n\n１．ウクライナの主権を確認する。\n"
            "２．１００日以内に選挙を実施する。\n３．凍結資産を復興に充てる。\n")
    assert _points(text) == [("1", "ウクライナの主権を確認する。"),
                             ("2", "１００日以内に選挙を実施する。"),
                             ("3", "凍結資産を復興に充てる。")]


@pytest.mark.parametrize(("word", "text"), [
    ("المادة", "المادة ١\nيتوقف إطلاق النار على طول خط التماس.\n\nالمادة ٢\n"
               "يتم تبادل جميع الأسرى.\n\nالمادة ٣\nتنشر بعثة مراقبة دولية.\n"),
    ("البند", "البند ١: يتوقف إطلاق النار على طول خط التماس.\nالبند ٢: يتم تبادل جميع الأسرى.\n"
              "البند ٣: تنشر بعثة مراقبة دولية.\n"),
    ("ماده", "ماده ۱ – آتش‌بس در سراسر خط تماس برقرار می‌شود.\nماده ۲ – همهٔ اسیران مبادله "
             "می‌شوند.\nماده ۳ – ناظران بین‌المللی مستقر می‌شوند.\n")])
def test_an_arabic_or_persian_article_s_word_before_its_number(word: str, text: str) -> None:
    """``المادة ١`` (Article 1), ``البند ١:`` (Clause 1), Persian ``ماده ۱ –``: the word
    opens the point as ``Article 1`` does; the import found no points."""
    points = _points(f"نص الاتفاق\n\n{text}")
    assert [n for n, _ in points] == ["1", "2", "3"], points
    assert all(word not in t and t for _, t in points)


def test_an_arabic_page_s_read_also_box_and_ad_label_among_the_points() -> None:
    """An Arabic page's "اقرأ أيضا:" (read also) link and its "اقرأ أيضاً" box of three
    numbered links between points 3 and 4, its "إعلان" (advertisement) label and its
    "مواضيع ذات صلة" (related topics) list: each was read as the plan's (the link in point
    3's text, the links as a second part 1-3, the label in point 6's text)."""
    points = ["وقف شامل لإطلاق النار.", "تبادل جميع الأسرى.", "نشر مراقبين دوليين.",
              "رفع العقوبات تدريجياً.", "إجراء انتخابات خلال مئة يوم.",
              "يدخل الاتفاق حيز التنفيذ عند توقيعه."]
    digits = "١٢٣٤٥٦"
    body = ("<h1>نص خطة السلام</h1><p>حصلت الصحيفة على نص الخطة، وهذه بنودها:</p>"
            + "".join(f"<p>{digits[n]}. {p}</p>" for n, p in enumerate(points[:3]))
            + "<p><strong>اقرأ أيضا:</strong> <a href=\"/x\">ردود الفعل على الخطة</a></p>"
            "<h3>اقرأ أيضاً</h3><ul><li><a>١. من كتب الخطة؟</a></li><li><a>٢. موقف موسكو</a>"
            "</li><li><a>٣. موقف كييف</a></li></ul>"
            + "".join(f"<p>{digits[n]}. {p}</p>" for n, p in enumerate(points[3:], 3))
            + "<p>إعلان</p><h2>مواضيع ذات صلة</h2><ul><li><a>١. قمة جنيف</a></li></ul>")
    imported = import_bytes(_page(body, "ar"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(points, 1)]


def test_an_arabic_run_in_list_after_arabic_semicolons() -> None:
    """``… على: ١) …؛ ٢) …؛ ٣) …``: the items of a list run into one paragraph, parted by the
    Arabic semicolon ``؛``. Only the first was found; the others ran into it, no warning."""
    text = ("نص الخطة\n\nتنص الخطة على ما يلي: ١) وقف إطلاق النار على طول الجبهة؛ "
            "٢) تبادل جميع الأسرى؛ ٣) إجراء انتخابات خلال مئة يوم.\n")
    assert _points(text) == [("1", "وقف إطلاق النار على طول الجبهة؛"),
                             ("2", "تبادل جميع الأسرى؛"),
                             ("3", "إجراء انتخابات خلال مئة يوم.")]


def test_a_hindi_page_s_read_also_line_and_ad_label_among_the_points() -> None:
    """A Hindi page's ``यह भी पढ़ें:`` (read also) link and ``विज्ञापन`` (advertisement) label
    between points numbered in Devanagari digits ran into the points' text."""
    points = ["पूरी सीमा पर युद्धविराम लागू होगा।", "सभी बंदियों की अदला-बदली होगी।",
              "तटस्थ देशों के पर्यवेक्षक तैनात होंगे।"]
    body = ("<h1>शांति योजना</h1><p>१. " + points[0] + "</p><p><strong>यह भी पढ़ें:</strong> "
            "<a href=\"/x\">योजना पर प्रतिक्रिया</a></p><p>२. " + points[1] + "</p><p>विज्ञापन</p>"
            "<p>३. " + points[2] + "</p><h3>संबंधित खबरें</h3><ul><li><a>१. जिनेवा वार्ता</a></li>"
            "</ul>")
    imported = import_bytes(_page(body, "hi"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(points, 1)]


def test_the_digit_folding_table_looks_each_character_up_once() -> None:
    """Every line is translated through :data:`FW_DIGITS`, and ``str.translate`` asks the
    table's ``__missing__`` for each character it lacks: a 38,000-line draft asked 460,000
    times, a quarter of a refused import's time. A character is now looked up once, digit or
    not, and folds as before."""
    from plandiff.plans.intake import markers

    asked: list[int] = []

    class Counting(markers._Folding):
        def __missing__(self, key: int) -> int:
            asked.append(key)
            return super().__missing__(key)

    table = Counting(str.maketrans("３", "3"))  # a fresh table: nothing looked up yet
    line = "١٢. Point ３ of a long draft, padded out with words."
    assert line.translate(table) == "12. Point 3 of a long draft, padded out with words."
    first = len(asked)
    assert first > 0
    for _ in range(1000):
        assert line.translate(table) == "12. Point 3 of a long draft, padded out with words."
    assert len(asked) == first
