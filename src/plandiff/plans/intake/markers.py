"""The marks a draft's lines open with: the patterns the parser finds them by.

A point's number (``1.``, ``Point 1``, ``№ 1``, ``１．``, ``## Article 1 Purpose``, ``### 5``:
:data:`TOP`, :data:`HEADING_ARTICLE`, :data:`HEADING_NUMBER`; ``一、``: :data:`KANJI_ITEM`;
``第1条``: :data:`JA_ARTICLE`; a number alone: :data:`BARE_NUMBER`; after a finished sentence
in the middle of a line: :data:`EMBEDDED`), a sub-point's label (``(a)``, ``ii)``, ``①``,
``а)``, ``А.``, ``A.``, ``ａ）``: :data:`SUB`; ``1.1.``: :data:`DECIMAL`; ``9A``:
:data:`SUFFIXED`; ``２　締約国は``: :data:`JA_PARAGRAPH`), a part heading (``II. Security``:
:data:`SECTION`; ``Part B``, ``第2章``: :data:`PART`), a Markdown heading (:data:`HEADING`)
and a news page's link-list or footnotes heading (:data:`FURNITURE_HEADING`); and the small
readers of what they match (:func:`top_digits`, :func:`kanji_number`, :func:`is_roman`).
What a mark means where it stands is decided in :mod:`.reading` and :mod:`.numbering`; the
rules are written in :mod:`.parser`.
"""

from __future__ import annotations

import re
import unicodedata

from plandiff._text import CYRILLIC_LETTERS
from plandiff.plans.intake.bullets import BULLETS
from plandiff.plans.intake.lines import NOTES_WORDS

__all__ = ["ARTICLE_ROMAN", "ARTICLE_WORDS", "BARE_NUMBER", "CAPTION", "CYRILLIC_LETTERS",
           "CYRILLIC_ROMAN",
           "DECIMAL", "DECIMAL_WORD", "EMBEDDED", "FROM_SUPERSCRIPT", "FURNITURE_HEADING",
           "FW_DIGITS", "GROUP_HEADING", "GROUP_TAIL", "HEADING", "HEADING_ARTICLE",
           "HEADING_NUMBER", "INSERTED", "JA_ARTICLE", "JA_HEADING", "JA_PARAGRAPH", "JA_RUNNING",
           "KANA_SUB", "KANJI_ITEM", "KANJI_SUB", "KEYWORDS", "KEYWORD_SPACED", "NUMBERED_LINE",
           "PART",
           "PLAN_WORDS",
           "QUALIFIED",
           "SECTION", "STEMS", "SUB", "SUFFIXED", "SUPERSCRIPT", "TIME_STAMP_LINE", "TOP",
           "inserted_number",
           "is_roman", "ja_number", "kanji_label", "kanji_number", "qualified_marker",
           "roman_value", "top_digits", "unquoted", "whole_quote"]


class _Folding(dict[int, int]):
    """A translation table that also folds every other decimal digit to its ASCII digit
    (``١`` ``۲`` ``३`` → ``1`` ``2`` ``3``, as :func:`int` reads them): a point's number
    written in the digits of the draft's own script."""

    def __missing__(self, key: int) -> int:
        # Kept, so that each character is looked up once: every letter of every line is
        # translated, and ``str.translate`` asks for each character the table lacks.
        digit = unicodedata.decimal(chr(key), None)
        self[key] = key if digit is None else ord("0") + digit
        return self[key]


FW_DIGITS = _Folding(str.maketrans(
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789abcdefghijklmnopqrstuvwxyz",
))
"""Full-width digits and letters as ASCII, and every decimal digit (Arabic-Indic ``١``,
Persian ``۲``, Devanagari ``३`` …) as its ASCII digit. The marks' patterns read a number in
any script's decimal digits (``\\d``); the text after the mark stays as written."""
ARTICLE_WORDS = (r"(?:article|art\.|artikel|articolo|artículo|articulo|artigo|artykuł|articolul"
                 r"|článek|članak|статья|стаття|المادة|مادة|ماده)")
"""The words that head an article in the languages of European acts and treaties
(``Artikel 1``, ``Articolo 1``, ``Artykuł 1``, ``Článek 1``, ``Статья 1``), and in Arabic
and Persian (``المادة ١``, ``ماده ۱``): the one list
the text importer (:data:`KEYWORDS`, :data:`ARTICLE_ROMAN`, titled articles) and the Akoma
Ntoso reader's ``<num>`` share."""
KEYWORDS = (rf"(?:point|paragraph|para\.|{ARTICLE_WORDS}|section|sec\.|clause|item|§|пункт|п\."
            r"|параграф|punkt|punto|البند|بند)")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_RU = ("первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой",
       "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
       "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый",
       "двадцатый")
_UK = ("перший", "другий", "третій", "четвертий", "п'ятий", "шостий", "сьомий", "восьмий",
       "дев'ятий", "десятий", "одинадцятий", "дванадцятий", "тринадцятий", "чотирнадцятий",
       "п'ятнадцятий", "шістнадцятий", "сімнадцятий", "вісімнадцятий", "дев'ятнадцятий",
       "двадцятий")
_ORDINALS = {
    "premier": 1, "1er": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2,
    "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
    "noveno": 9, "novena": 9, "décimo": 10, "décima": 10, "четвертый": 4,
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate(_TEENS, 10)},
    **{f"{tens}{joint}{unit}".strip("-"): 10 * t + u
       for t, tens in ((2, "twenty"), (3, "thirty")) for u, unit in enumerate(("", *_UNITS))
       for joint in ("-", " ")},
    **{word: n for n, word in enumerate(_RU, 1)},
    **{form: n for n, word in enumerate(_UK, 1) for form in {word, word.replace("'", "’")}},
}
"""A point or article named by a number word after its keyword: French and Spanish acts'
first articles (``Article premier``, ``Article 1er``, ``Artículo primero``, ``segundo`` …),
a press copy's ``Point one:`` … ``Point twenty-eight:``, ``Пункт первый``, ``Пункт перший``."""
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_LEAD = (rf"^(?P<indent>[ \t\u3000]*)(?:#{{1,6}}[ \t]+)?(?:[{BULLETS}][ \t]+)?"
         r"(?P<bold>\*\*|__)?[ \t]*")
_SIGN = r"(?:#|№[ \t]?|No\.[ \t]?|N[°º][ \t]?)"
"""A number sign before a point's number: ``#1``, ``№ 1``, ``No. 1``, ``Point #1``. The
``#`` is glued to its number: ``# 28 points of the plan`` is a headline (Markdown's, a page's
``<h1>``), not point 28."""
_TAIL = r"(?:\*\*|__)?(?:[ \t\u3000]+|$|(?=[０-９]|[^\s\d.,:]))(?P<rest>.*)$"
"""After a marker: a space, the end of the line, or text that cannot continue a number
(１．全文, 1.Text, a full-width figure: ８．１００日…; not 1.5, not ١.٥, not 10:30)."""
_CIRCLED_TAIL = _TAIL.replace(
    r"|(?=[０-９]|[^\s\d.,:]))", r"|(?=[０-９]|[^\s\d.,:])"
    r"|(?<=[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf)）])"
    r"(?=\d))", 1)
""":data:`_TAIL` after a sub-point's label, where a circled number or a closing bracket may
be followed by a digit at once (``⑤100日以内に…``, ``(4)100日以内に…``: nothing continues
``⑤`` or ``(4)``)."""
_QUOTE = r"(?P<quote>[«“„「『\"][ \t]*)?"
"""A quotation mark before a point's number: a news story quoting the document's points
(``«1. Суверенитет …``, ``«Пункт 3». …``, ``「１．…」``, ``"1. Ukraine's …"`` in a plain
text's straight quotes); its closing mark goes with it (:func:`unquoted`)."""
_ENDING = r"-(?:й|ий|ый|ой|я|ая|е|ое)(?![^\W\d_])"
"""A Russian or Ukrainian ordinal's ending written after the number (``пункт 3-й``,
``Пункт 5-ий``): the point's number, not its text's first word."""
NUMBERED_LINE = re.compile(r"^[ \t]*\(?(?P<num>[0-9]{1,3})[.)][ \t]+\S")
"""A line opening with a point's number in ASCII digits and words after it (``1. …``,
``2) …``, ``(3) …``): the quick test the passes before the parser make for "a point starts
here" (a glued byline's place, a quoted passage's points, a reply's earlier message), where
:data:`TOP`'s every marker is not wanted."""
TOP = re.compile(
    _LEAD + _QUOTE
    + rf"(?:(?P<kw>{KEYWORDS})[ \t]*(?:{_SIGN}?(?P<knum>\d{{1,5}})(?:[º°ª]|{_ENDING})?"
    rf"|(?P<kord>{_ORDINAL}))"
    r"(?(quote)[»”」』\"]?)[ \t]*"
    r"(?:(?P<ksep>[.．][-–](?=[ \t])|[.．:：)）\-–—])|(?=(?:\*\*|__)?[ \t]*$)"
    r"|(?=[ \t]*\[))"
    rf"|{_SIGN}?(?P<num>\d{{1,5}})[ \t]*"
    r"(?:[.．]?[ \t]*[º°ª](?:[.．]?[)）]|[.．](?:[-–](?=[ \t]))?)?|[.．](?:[)）]|[-–](?=[ \t]))?"
    r"|[)）、۔])"
    rf"|{_SIGN}?(?P<short>\d{{1,3}})(?:[ \t]*[:：]|[ \t]+(?=\[))"
    rf"|{_SIGN}?(?P<dash>\d{{1,3}})(?:[ \t]*[–—-]|/)(?=[ \t]+(?:[^\W\d_]|[«“\"'‘]))"
    rf"|{_SIGN}(?P<signed>\d{{1,3}})(?=[ \t]+(?:[^\W\d_]|[«“\"'‘]))"
    r"|[【［〔＜〈][ \t]*(?:第[ \t]*)?(?P<brack>[0-9０-９]{1,3})[ \t]*[項条点]?[ \t]*[】］〕＞〉])"
    + _TAIL,
    re.IGNORECASE,
)
KEYWORD_SPACED = re.compile(
    _LEAD + rf"(?P<kw>{KEYWORDS})[ \t]*(?P<knum>[0-9０-９]{{1,5}})(?:[º°ª]|{_ENDING})?[ \t]+"
    r"(?P<rest>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ])[^\W\d_]*(?:[ \t].*)?)$",
    re.IGNORECASE,
)
"""A point's word and number with no separator before the text (``§ 1 The parties …``,
``П. 2 Стороны …``, ``Art. 3 Sanctions …``), the text opening in a capital: a point only
where the draft expects that number next (:mod:`.reading` checks), so "Article 5 NATO"
wrapped to a line's start in the middle of a sentence stays text."""
HEADING_ARTICLE = re.compile(
    rf"^(?P<indent>[ \t\u3000]*)#{{1,6}}[ \t]+(?P<bold>\*\*|__)?[ \t]*(?P<kw>{KEYWORDS})[ \t]*"
    r"(?:(?P<knum>[0-9０-９]{1,5})|(?P<kroman>(?-i:[IVXLC]{1,7})))(?:\*\*|__)?[ \t]+"
    r"(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
"""A heading that names its point with a word, a number and a title and no separator
(``## Article 1 Purpose``, ``## Article IV Depositary``, Word's "Heading 2" article lines):
in running text, "Article 5 of the treaty" is not a marker, but a heading line is."""
ARTICLE_ROMAN = re.compile(
    _LEAD + rf"(?P<kw>{ARTICLE_WORDS})[ \t]+"
    r"(?P<kroman>[IVXLC]{1,7})(?![\w])[ \t]*"
    r"(?:(?P<ksep>[.．:：)\-–—])|(?=(?:\*\*|__)?[ \t]*$))" + _TAIL,
    re.IGNORECASE,
)
"""An article numbered in Roman numerals, as treaties number them (``ARTICLE IV``, ``Article
II — Verification``): alone on its line or with a separator, never in running text ("Article
V of the treaty"). Only after an article's word: ``Section II`` is a part heading (``PART``)."""
HEADING_NUMBER = re.compile(r"^(?P<indent>[ \t\u3000]*)#{1,6}[ \t]+(?P<bold>\*\*|__)?"
                            r"(?P<num>[0-9０-９]{1,5})(?:\*\*|__)?(?:[ \t]+|(?=[ \t]*$))"
                            r"(?P<rest>(?:[^\W\d_].*?)?)[ \t]*$")
"""A heading that is a number alone (``### 5``, a web page's ``<h3>5</h3>``) opens that point;
so does a number and a title with no separator (``##### 2 Reports``, as legislation sites
head an Act's sections) when it is the number the draft expects next and the title opens
in capitals (:func:`~plandiff.plans.intake.reading` checks: "## 2025 Timeline" and "## 5
things to know" are headlines)."""
SUFFIXED = re.compile(
    _LEAD + r"(?P<num>[0-9]{1,5})(?P<suffix>[A-Z])(?:\*\*|__)?[.)]?(?:\*\*|__)?[ \t]+"
    r"(?P<rest>\S.*)$")
"""A point inserted after point N and numbered ``NA`` (``9A.``, ``9A``): a sub-point of N whose
number is ``9A``, as the 20-point framework numbers its added clause; only right under
point N, so "5G networks" is text."""
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
"""Digits as superscript digits (:data:`SUPERSCRIPT`) and back: the number of an article
inserted after article 14 is ``14¹`` however it was set (:func:`inserted_number`; Akoma Ntoso's
``14<sup>1</sup>``)."""
LATIN_INSERTS = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|no[nv]ies|decies)"
"""The Latin words that number an article inserted after another (``3 bis``, ``3 ter``)."""
INSERTED = re.compile(
    _LEAD + rf"(?P<kw>{KEYWORDS})[ \t]*(?P<num>[0-9]{{1,5}})"
    r"(?P<insert>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\^[0-9]{1,3}|[-.][0-9]{1,3}|-?[^\W\d_](?![^\W\d_])"
    rf"|[ \t\u00a0-]?{LATIN_INSERTS}(?![^\W\d_]))"
    r"(?:\*\*|__)?(?:[ \t]*(?P<ksep>[.:)–—])(?=[ \t]|$)|(?=[ \t]*$))[ \t]*(?P<rest>.*)$",
    re.IGNORECASE,
)
"""An article inserted into an act after article N by a later amendment, with its word:
``Стаття 14¹.``, ``Стаття 14^1.``, ``Article 14-1.``, ``Статья 14.1.``, ``Article 14a``,
``Стаття 14-А``, ``Article 3 bis`` (French, Italian, Spanish, EU and UN texts); its own
point, numbered as written, only right after article N (or another article inserted after
it), so a cited "Article 7a" stays text."""


def inserted_number(number: str, insert: str) -> str:
    """The number of an article inserted after article ``number`` as :data:`INSERTED` reads
    ``insert``: as written, but a superscript typed with a caret is the superscript
    (``14^1`` is ``14¹``)."""
    if insert.startswith("^"):
        insert = insert[1:].translate(SUPERSCRIPT)
    return number + insert


QUALIFIED = re.compile(
    _LEAD + r"(?P<num>[0-9]{1,3})(?P<label>[(（][ \t]*(?:[^\W\d_]{1,2}|[ivxlcdm]{2,6}|[0-9]{1,3})"
    r"[ \t]*[)）])(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")
"""A sub-point's label written with its point's number (``2(a) …``, ``2(б) …``, ``1(ア) …``,
``2(1) …``: plandiff's own reports and redlines, a PDF of them): the sub-point ``(a)`` of
point 2; only right under point 2, so "3(b) of the charter" wrapped to a line's start
elsewhere is text."""


def qualified_marker(number: str, subs: str, rest: str, title: bool) -> str:
    """The line a sub-point's full number set apart by a tab reads as (``14(d)⇥Text`` in
    a Word file, a cell of a redline's PDF): ``14(d) Text``, the point's number kept (the
    sub-point ``(d)`` under point 14; 14(d) after point 13 is not 13(d)), a heading
    (``### 14(d) Title``) when ``title`` (a bold first line with more after it); ``(d)
    Text`` when ``subs`` names more than one level (``14(d)(ii)``) or the line is no
    :data:`QUALIFIED` sub-point (no text after the number, a label it does not take)."""
    label = f"({subs.rsplit('(', 1)[1]}"
    qualified = f"{number}{label} {rest}"
    if subs == label and QUALIFIED.match(qualified):
        return f"### {qualified}" if title else qualified
    return f"{label} {rest}"


_KANJI_NUMERALS = "〇零一二三四五六七八九十百千"
JA_ARTICLE = re.compile(
    _LEAD
    + rf"第[ \t]*(?P<num>[0-9０-９]{{1,5}}|[{_KANJI_NUMERALS}]{{1,8}})[ \t]*(?P<unit>[条項])"
    r"(?:の(?P<branch>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?=[ \t\u3000（(:：.．、]|$))?"
    r"(?:[ \t\u3000]*[（(](?P<title>[^）)\n]{1,100})[）)])?"
    r"(?:\*\*|__)?[ \t\u3000:：.．、]*(?P<rest>.*)$"
)
"""An article's heading in Japanese law (``第5条（目的）``, ``第５条``, ``第五条``); an article
inserted after article 9 takes a branch number (``第9条の2``, ``第九条の二``: ``branch``)."""
JA_RUNNING = re.compile(r"[にのをがはとでもへや]")
"""A particle right after ``第5条``: the article is named in a sentence (``第5条にならった``),
not headed (``第5条（目的）``, ``第5条　締約国は``)."""
JA_PARAGRAPH = re.compile(r"^[ \t\u3000]*(?P<num>[0-9０-９]{1,2})[ \t\u3000]+"
                          r"(?P<rest>[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e].*)$")
"""A paragraph number of a Japanese article: ``２　締約国は…`` (no dot, a space, Japanese
text)."""
DECIMAL = re.compile(_LEAD + r"(?P<parts>[0-9]{1,3}(?:\.[0-9]{1,3}){1,3})(?P<dot>\.)?"
                     r"(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")
"""A sub-point numbered ``1.1.``, ``1.2``, ``1.2.1.`` (see
:func:`~plandiff.plans.intake.numbering.decimal_sub`)."""
DECIMAL_WORD = re.compile(
    _LEAD + r"(?:section|sec\.|clause|§)[ \t]*(?P<parts>[0-9]{1,3}(?:\.[0-9]{1,3}){1,3})"
    r"(?P<dot>\.)?(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$", re.IGNORECASE)
"""The same after a word, as agreements number an article's sections (``Section 2.01``
under ``ARTICLE II``)."""
BARE_NUMBER = re.compile(r"^[ \t\u3000]*(?:\*\*|__)?(?P<num>\d{1,3})(?:\*\*|__)?"
                         r"[ \t\u3000]*$")
"""A number alone on a line (a page's number box, pasted): it opens the next point only."""
STEMS = "甲乙丙丁戊己庚辛壬癸"
"""The ten stems (甲 乙 丙 …), in order: an item's label in some Japanese drafts (Word's
``ideographTraditional`` numbering)."""
KANJI_SUB = re.compile(r"^(?P<indent>[ \t\u3000]*)(?:(?:(?P<num>[一二三四五六七八九十]{1,3})"
                       rf"|(?P<stem>[{STEMS}]))[ \t\u3000]+"
                       r"|(?:[(（][ \t]*(?P<pnum>[一二三四五六七八九十]{1,3})[ \t]*[)）]"
                       r"|(?P<enclosed>[\u3220-\u3229]))[ \t\u3000]*)(?P<rest>\S.*)$")
"""An article's item (号) in Japanese legal drafting: a kanji numeral and a space (``一　停戦を
守ること。``); or one of the ten stems and a space (``甲　…``, ``乙　…``, Word's
``ideographTraditional`` numbering); or a kanji numeral in brackets, ``（一）``, ``(二)``, or
the one character ``㈠`` … ``㈩`` (as government papers number a point's items)."""
KANA_SUB = re.compile(r"^(?P<indent>[ \t\u3000]*)(?:[(（](?P<pkana>[ア-ンｦ-ﾝ])[)）][ \t\u3000]*"
                      r"|(?P<kana>[ア-ンｦ-ﾝ])[ \t\u3000]+)(?P<rest>\S.*)$")
"""An item's item in Japanese drafting, lettered in katakana (``ア　…``, ``イ　…``; or イ、ロ、
ハ; also ``(ア)``, and the half-width ``ｱ`` of Word's ``aiueo`` numbering, read as ``ア``)."""
KANJI_ITEM = re.compile(_LEAD + r"(?P<num>[一二三四五六七八九十]{1,3})[、．][ \t\u3000]*"
                        r"(?:\*\*|__)?(?P<rest>\S.*)$")
"""A point numbered in kanji (``一、``, ``二．``), as some Japanese summaries number them."""
CYRILLIC_ROMAN = str.maketrans("ІХС", "IXC")
"""The Cyrillic letters a Ukrainian or Russian keyboard types a Roman numeral's ``I``, ``X``
and ``C`` with (``ІІ.``, ``ІХ.``), as the Latin ones."""
SECTION = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<numeral>[IVXІХ]{1,5})\.(?:\*\*|__)?[ \t]+"
                     r"(?P<rest>[^\W\d_][^.;:!?。]{0,80})$")
"""A part heading between numbered points (``II. Security``: a capital Roman numeral, the
next in order from ``I.``, a few words, no closing punctuation): it closes the point before
it and goes to the notes, as a Markdown heading would. A Ukrainian or Russian keyboard types
the numeral's ``I`` and ``X`` as Cyrillic ``І`` and ``Х`` (``ІІ. Безпека``)."""
CAPTION = re.compile(r"^[ \t\u3000]*[（(](?P<caption>[^（）()。、\n]{1,30})[）)][ \t\u3000]*$")
"""A Japanese article's caption (見出し) alone on its line: ``（目的）``."""

PART = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:(?i:part|chapter|annex|appendix|section|розділ|частина|раздел"
    r"|часть|глава|приложение|додаток)"
    r"[ \t]+"
    r"(?:[IVXLC]{1,6}|[0-9]{1,2}|[A-Z]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
    r"|第[ \t]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})[ \t]*[章部編]"
    r"|(?i:annex|appendix|приложение|додаток)"
    r"|(?:附属書|別紙|別添)[ \t\u3000]*(?:[0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤ]|[一二三四五])?)(?![^\W_])"
    r"(?:\*\*|__)?(?:[ \t\u3000]*[.:：．–—-])?(?:[ \t\u3000]*(?P<title>[^\W\d_][^.;:!?。]{0,80}))?"
    r"[ \t\u3000]*$"
)
"""A part heading alone on its line, as a pasted copy or a Word file without heading
styles prints it (``Part B``, ``PART II — ECONOMY``, ``Section II``, ``Розділ 2``, ``第2章``;
an annex with or without its number, ``ANNEX``, ``Додаток 1``, ``附属書``): it ends the point
before it and goes to the notes, as a Markdown heading would. (``Section 2`` with a digit
is read first as point 2 opened by a word.)"""
_GROUP_WORDS = (
    r"(?:(?i:(?:general|final|transitional|common|miscellaneous|concluding|supplementary"
    r"|final and transitional|transitional and final)[ \t]+provisions)"
    r"|(?i:(?:загальні|прикінцеві|перехідні|прикінцеві (?:та|і) перехідні)[ \t]+положення)"
    r"|(?i:(?:общие|заключительные|переходные|заключительные и переходные)[ \t]+положения)"
    r"|附[ \t\u3000]*則|総[ \t\u3000]*則|雑[ \t\u3000]*則|補[ \t\u3000]*則)")
GROUP_HEADING = re.compile(rf"^[ \t\u3000]*(?:\*\*|__)?{_GROUP_WORDS}(?:\*\*|__)?"
                           r"[ \t\u3000]*[:：]?[ \t\u3000]*$")
"""A law's group heading over its sections, alone on its line (``Final provisions``,
``Прикінцеві положення``, ``Заключительные положения``, ``附則``): a heading like a part's,
not the text of the section before it."""
JA_HEADING = re.compile(r"^[ \t\u3000]*(?:【[^【】＝=\n]{1,20}】|＜[^＜＞＝=\n]{1,20}＞)"
                        r"[ \t\u3000]*$")
"""A Japanese paper's heading over a group of points, alone on its line in brackets
(``【主権】``, ``＜軍事＞``; a dateline ``【ワシントン＝共同】`` and a number ``【1】`` are not
one): a heading like a part's, between two points too. (``■軍事`` may be a list's item.)"""
GROUP_TAIL = re.compile(rf"(?<=[.;。])[ \t\u3000]+(?P<heading>{_GROUP_WORDS})[ \t\u3000]*$")
"""Such a heading run into the end of the paragraph before it, after its finished
sentence (``… ninety days. Final provisions``), as a PDF's text joins a one-line
paragraph to the line under it."""
_ROMAN = r"[ivxlcdm]{1,6}"
SUB = re.compile(
    _LEAD
    + r"(?:[(（][ \t]*(?P<plabel>(?P<pch>[a-zａ-ｚ])(?P=pch)?|[ivxlcdm]{2,6}|\d{1,3})"
    r"[ \t]*[)）]"
    r"|(?P<label>(?P<ch>[a-zａ-ｚ])(?P=ch)?|[ivxlcdm]{2,6})[.)）．](?=[ \t]|$|[^\x00-\x7f])"
    r"|(?P<circled>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])"
    r"|[(（]?(?P<cyr>[а-яіїєґА-ЯІЇЄҐ])[)）]"
    r"|(?P<cyrdot>[а-яіїєґА-ЯІЇЄҐ])[.．](?=[ \t])"
    r"|[(（](?P<pupper>[A-Z])[)）]|(?P<upper>[A-Z])[.)](?=[ \t]))"
    + _CIRCLED_TAIL,
)
HEADING = re.compile(r"^[ \t]*(?P<hashes>#{1,6})[ \t]+(?![ \t]*\|)(?P<text>.*?)[ \t]*#*[ \t]*$")
"""A Markdown heading (``## Security``); not a table's header row whose first cell is ``#``
(``# | Provision``, the number column's label)."""
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
EMBEDDED = re.compile(
    r"(?<=[.!?;:：。．！？”\"’)\]؛؟۔])[ \t\u3000]*(?<!(?![０-９])\d[.．])(?P<num>\d{1,3})[ \t]*"
    r"[.．)）][ \t\u3000]*"
    r"(?=[^\W\d_]|[\[(«“\"'])")
"""A number opening a point right after a finished sentence on the same line (after an
Arabic ``؛``, ``؟`` or the Urdu ``۔`` too)."""
FURNITURE_HEADING = re.compile(
    r"^(?:[■□▼▽◆◇●○◎★☆▶►][ \t\u3000]*)?[【［〔＜≪《〈\[]?"
    r"(?:related(?: (?:stories|articles|news|coverage|content|topics))?"
    r"|read (?:more|also|"
    r"next)|more (?:on|about|from) .{1,60}|more stories|most (?:read|popular|viewed|shared)"
    r"|popular(?: (?:now|stories))?|recommended(?: for you)?|you may also like|top stories|"
    r"latest(?: news| stories)?|trending|editor(?:'|’)?s picks|comments?|share this"
    r"|see also|external links|further reading|см\. также|ссылки|див\. також|посилання"
    r"|links(?: (?:in|from) (?:this|the) (?:article|story|page))?"  # a print version's
    r"|関連項目|外部リンク|siehe auch|weblinks|voir aussi|liens externes"
    rf"|{NOTES_WORDS}"
    r"|(?:other|more) news|(?:інші|другие|схожі|похожие|останні|последние) (?:новини|новости)"
    r"|(?:новини|новости) (?:за темою|по темі|по теме)|більше новин|больше новостей"
    r"|вас може зацікавити|вас (?:может|могут) заинтересовать"
    r"|вам (?:також |также )?(?:може|может) (?:бути|быть) цікаво|вам (?:также )?может быть "
    r"интересно"
    r"|читайте (?:також|также)|(?:по)?популярн.{0,20}|найпопулярніше|самое (?:читаемое|"
    r"популярное)|новини партнерів|关联|関連(?:記事|ニュース)?|あわせて読みたい|人気記事|"
    r"アクセスランキング|おすすめ"
    r"|اقرأ (?:أيضا|أيضاً|ايضا|ايضاً)|(?:مواضيع|أخبار|مقالات) ذات صلة|الأكثر قراءة"
    r"|بیشتر بخوانید|(?:مطالب|اخبار) مرتبط|پربازدیدترین"
    r"|(?:यह|ये) भी पढ़ें|संबंधित (?:खबरें|ख़बरें))[】］〕＞≫》〉\]]?[ \t]*[:：]?$",
    re.IGNORECASE,
)
"""Headings of a news page's link lists after the article (in a Japanese page's brackets
or after its mark too, ``【関連記事】``, ``■関連記事``), of a wiki article's "See also" and
"External links", and of footnotes and references (their numbered items are other stories
or notes, not points)."""


PLAN_WORDS = re.compile(
    r"\b(?:plan|points?|principles|provisions|proposals?|draft|framework|text|reads?)\b"
    r"|пункт|план|принцип|положенн|положени|текст|проєкт|проект|項目|計画|原則|全文|骨子",
    re.IGNORECASE)
"""The words of a plan or its points in the lead-in a page or a live blog's entry sets
before the list it names as the plan ("Its five points read:", "Текст пунктів:")."""


_CLOSING = {"»": "«", "”": "“", "」": "「", "』": "『"}
_UNQUOTE = re.compile(r"(?P<mark>[»”」』\"])(?P<after>[.;,。．]?)$")


def unquoted(text: str) -> str:
    """``text`` without a closing quotation mark at its end that closes no mark inside it:
    the end of a quotation that opened before the point's number (``«1. …`` … ``…
    соседей».``). A straight quote (``"``) opens and closes alike: one left over (an odd
    count) closes the quotation opened before the number."""
    end = _UNQUOTE.search(text)
    if end is None:
        return text
    mark = end.group("mark")
    balanced = text.count(mark) % 2 == 0 if mark == '"' \
        else text.count(mark) <= text.count(_CLOSING[mark])
    if balanced:
        return text
    return text[:end.start()] + end.group("after")


_PAIRS = {"«": "»", "“": "”", "„": "“", "「": "」", "『": "』", '"': '"'}
_WHOLE = re.compile(r"^(?P<open>[«“„「『\"])(?P<inner>.+?)(?P<close>[»”“」』\"])"
                    r"(?P<after>[.;。．]?)$", re.DOTALL)


def whole_quote(text: str) -> str | None:
    """The text inside a quotation that is a point's whole text (``«Суверенітет України
    буде підтверджено».``, ``"Ukraine's sovereignty is confirmed."``, ``「主権を確認する」``),
    the full stop after it kept; None when the text is not one quotation (a quotation
    within it, two quotations, an opening mark left open)."""
    whole = _WHOLE.match(text)
    if whole is None:
        return None
    opening, closing, inner = whole.group("open"), whole.group("close"), whole.group("inner")
    if _PAIRS[opening] != closing or (opening in inner and opening != closing) \
            or closing in inner:
        return None
    return inner + whole.group("after")


def kanji_label(match: re.Match[str]) -> str:
    """The kanji numeral of a match of :data:`KANJI_SUB` (``㈡`` → ``二``), or its stem."""
    enclosed = match.group("enclosed")
    if enclosed:
        return "一二三四五六七八九十"[ord(enclosed) - 0x3220]
    return str(match.group("stem") or match.group("num") or match.group("pnum"))


def kanji_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十一 → 21, 百五 → 105, 一〇 → 10."""
    digits = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
    digits["零"] = 0
    if all(ch in digits for ch in text):
        return int("".join(str(digits[ch]) for ch in text))
    total = current = 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def ja_number(written: str) -> str:
    """A Japanese article's number, or its branch's (``第十二条の二``), in digits: written
    in full-width digits or kanji numerals (``１２``, ``十二`` → ``12``); ASCII digits as
    written."""
    written = written.translate(FW_DIGITS)
    return written if written.isdigit() else str(kanji_number(written))


def _roman_total(label: str) -> int:
    values = [_ROMAN_VALUES[ch] for ch in label]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def is_roman(label: str) -> bool:
    return bool(re.fullmatch(_ROMAN, label)) and 0 < _roman_total(label) < 40 \
        and len(label) <= 6


def roman_value(label: str) -> int:
    """The value of a Roman numeral (``IV`` → 4) under 40, or 0 when ``label`` is none."""
    label = label.lower()
    return _roman_total(label) if is_roman(label) else 0


def top_digits(top: re.Match[str]) -> str:
    """The digits of a point's number in a match of :data:`TOP` (or of the heading
    patterns, or :data:`ARTICLE_ROMAN`), whichever way the number was marked."""
    groups = top.groupdict()
    if groups.get("kroman"):
        return str(roman_value(groups["kroman"]))
    if groups.get("kord"):
        return str(_ORDINALS[groups["kord"].lower()])
    return str(groups.get("num") or groups.get("knum") or groups.get("short")
               or groups.get("dash") or groups.get("signed") or groups.get("brack") or "")


_STAMP_SAID = (r"(?:(?:last[ \t]+)?updated|posted|published|оновлено|опубліковано|обновлено"
               r"|опубликовано)[ \t]+(?:at[ \t]+|о[ \t]+|в[ \t]+)?")
TIME_STAMP_LINE = re.compile(
    rf"^(?:{_STAMP_SAID})?(?:[0-2]?[0-9][:.][0-5][0-9]"
    r"(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]+(?:gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt"
    r"|pt|pst|pdt|jst|kyiv time|local time)(?:[ \t]*[+-][0-9]{1,2})?)?"
    r"|(?:[0-9]{1,3}[ \t]*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)"
    r"|an?[ \t]+(?:minute|hour|day)|a[ \t]+few[ \t]+(?:seconds|minutes))[ \t]+ago|just[ \t]+now"
    r"|[0-9]{1,3}[ \t]*(?:с|сек|хв|хвилин[иу]?|год|годин[иу]?|мин|минут[уы]?|ч|час(?:а|ов)?)"
    r"\.?[ \t]+(?:тому|назад)"
    r"|[0-9０-９]{1,3}[ \t]*(?:秒|分|時間)前)$",
    re.IGNORECASE,
)
"""A live blog's time stamp alone on a line (``10:42 GMT``, ``Updated 9.15am``, ``2 h ago``,
``Updated 3 minutes ago``, ``Оновлено 5 хвилин тому``, ``3 часа назад``, ``5分前``): a new entry
of the blog begins, as a heading would; it is not a point's text, nor a heading: the notes
keep it as the page has it (the parser's ``TIME_STAMP``); a web page's live blog
sets it in an element of its own, which marks an entry as a ``<time>`` does."""
