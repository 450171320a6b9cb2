"""The fast paths of the flags' scans find what the plain patterns find.

``engine/flags/`` leaves out of a text's scan the patterns the text cannot match, writes
word lists as prefix trees, tries some patterns only where a match can start and answers
some texts without scanning them. Each test here runs a fast path and the plain reference
(every pattern, as first written, scanned with ``finditer``) on generated texts made of the
words and marks those patterns look for, and asks for the same result.
"""

from __future__ import annotations

import bisect
import re
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plandiff.engine.comparison import Span, SpanOp
from plandiff.engine.flags import (
    mention,
    modality,
    negation,
    pairing,
    parties,
    patterns,
    polarity,
    quantities,
    quantity_keys,
    scan,
    softening,
)

# Words and marks the scans care about, with near misses ("mayor", "nonsense", "Nov.")
_TOKENS = (
    "shall", "shall not", "shan't", "will", "won't", "must", "may", "May", "may not",
    "cannot", "can not", "can't", "could", "should", "ought to", "is expected to",
    "are required to", "agrees to", "has the right to", "not", "no", "No.", "no 5", "never",
    "none", "nothing", "nor", "neither", "without", "non-", "Non-Proliferation", "don't",
    "isn’t", "nonsense", "mayor", "canned", "notice", "знову", "не", "може", "не може",
    "ні", "без", "повинна", "しない", "する", "できる", "ない", "ず", "60万人", "百日",
    "5", "12", "100", "2026", "1,000", "600,000", "3.5", "5%", "$100bn", "US$", "USD 5",
    "EUR", "€", "GBP3", "50/50", "20–30", "10 km", "U5", "E9", "x7", "_3", "12th",
    "one", "twenty-five", "hundred", "a hundred", "thousand", "several", "a few", "zero",
    "days", "day", "year", "years", "months", "weeks", "hours", "today", "daytime",
    "January", "Nov.", "November", "Sept", "sep", "march", "March", "summary", "mid-",
    "mid", "spring", "fall", "in", "by", "until", "from", "before", "after", "since",
    "the end of", "end", "of", "early", "late", "within", "for", "to", "the", "a", "date",
    "signing", "signature", "entry into force", "ratification", "as soon as possible",
    "immediately", "upon", "on", "no later than", "Article", "point", "Russia", "Ukraine",
    "United States", "Board of Peace", "Kyiv", "Moscow", "NATO", "EU", "Europe", "Enerhodar",
    "pro-", "President", "lapses", "void", "hinder", "prohibited", "ban", "and", "but",
    "in due course", "forthwith", "without delay", "at a later date", "later", "year",
    "month", "US", "U.S.", "America", "Україна", "Україні", "ロシア", "through", "over",
    "during", "till", "at the earliest opportunity", "promptly", "every", "last", "since",
    "on a fixed date", "to 2040", "2025-11-20", "x2026", "shan't", "won't", "ought", "is",
    "are obliged to", "agree to", "seeks to", "endeavors to",
)
_GLUE = ("", " ", " ", " ", "  ", "\n", ", ", ". ", "; ", ": ", "-", "'", "(", ")", "/", "\u00a0")


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(_TOKENS),
                                    st.text(max_size=3)), max_size=24))
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return "".join(part + joint for part, joint in zip(parts, glue, strict=True))


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _lowered(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(scan._LOWER)


_PLAIN_MODALS = re.compile(r"\b(?:" + patterns.LB + "(?:" + "|".join(
    re.escape(m).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
    for m in sorted({**modality._EN_MODALS, **modality._CYR_MODALS},
                    key=lambda m: (-len(m), m))
) + ")" + patterns.RB + ")")
_ALL_NEGATIONS = re.compile(
    r"\b(?:" + "|".join(f"(?:{p})" for p in negation._NEGATION_EN) + ")")
_ALL_NUMBERS = re.compile("|".join(f"(?:{p})" for p in quantities._NUMBER_PATTERNS))
_ALL_DATES = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in quantities._DATE_EN) + ")")
_PLAIN_CLAUSE_END = re.compile(r"[.;:!?。；：！？\n]|,(?=\s+(?:and|but|while|whereas)\s)")


def _ascii(text: str) -> str:
    return text.encode("ascii", "ignore").decode()


def _has_digit(text: str) -> bool:
    return scan._DIGIT.search(text) is not None


@settings(max_examples=200)
@given(texts())
@example("We shall not; they can't, and she may not.")
def test_modal_prefix_tree(text: str) -> None:
    lowered = _lowered(text)
    assert _spans(patterns.compiled(modality.modal_alternatives(False), True), lowered) == _spans(
        _PLAIN_MODALS, lowered)


@settings(max_examples=200)
@given(texts())
@example("No troops, not now, nowhere; non-aligned, none; не так, без них.")
def test_negation_pattern(text: str) -> None:
    lowered = _lowered(text)
    fast = negation.negation_pattern("'" in lowered or "\u2019" in lowered, "non-" in lowered,
                                     scan._CYRILLIC_LETTER.search(lowered) is not None)
    assert _spans(fast, lowered) == _spans(_ALL_NEGATIONS, lowered)


@settings(max_examples=200)
@given(texts())
@example("US$5, USD 10 and €20–30bn; 50/50 in E9; 60万人")
def test_numbers(text: str) -> None:
    assert quantities.numbers(text, _has_digit(text), text.isascii()) == \
        _spans(_ALL_NUMBERS, text)


@settings(max_examples=300)
@given(texts().map(_ascii))
@example("US$5, USD 10 and $20-30bn; 50/50 in E9; 5km, 7%% and 3 %, 1,000.5 to 2 000")
def test_ascii_numbers(text: str) -> None:
    """An ASCII text: the number patterns written for ASCII find what the plain ones find."""
    assert quantities.numbers(text, _has_digit(text), True) == _spans(_ALL_NUMBERS, text)
    ascii_all = re.compile("|".join(f"(?:{p})" for p in quantities._ASCII_NUMBER_PATTERNS))
    assert _spans(ascii_all, text) == _spans(_ALL_NUMBERS, text)


@settings(max_examples=200)
@given(texts())
@example("in May 2026, by the end of\nJune, may 5, mid- July, within twenty days after it")
@example("They meet in May.")
@example("A truce in spring 2026 for 12 months from the date of signing, not later than")
@example("in due course; forthwith; at a later date; upon ratification; by the end of the year")
@example("within twenty-five days; a few weeks after signature; the date of entry")
@example("fall 2026, signed 20 November 2025, until June")
@example("by 20260, to 2040x, May 123, 123 May, 600,000 in May 2026; spring 12026, 2026-1-1")
@example("May 12th, 2026; 1 May, in 1999; through 2000; 3 June 20260")
def test_date_patterns(text: str) -> None:
    lowered = _lowered(text)
    digit = re.search(r"\d", lowered) is not None
    cyrillic = scan._CYRILLIC_LETTER.search(lowered) is not None
    words, letters = patterns.ascii_words(lowered), patterns.letter_runs(lowered)
    fast = quantities.date_pattern(lowered, digit, cyrillic, words, letters)
    assert _spans(fast, lowered) == _spans(_ALL_DATES, lowered)
    if not digit and not cyrillic and quantities._DATE_WORDS.isdisjoint(words):  # at once
        assert quantities._date_cues(lowered, digit, cyrillic, words, letters) == ""
        assert fast is None


@settings(max_examples=200)
@given(texts())
def test_clause_ends(text: str) -> None:
    assert _spans(polarity._CLAUSE_END, text) == _spans(_PLAIN_CLAUSE_END, text)


@settings(max_examples=300)
@given(st.one_of(texts(), texts().map(_ascii)))
@example("a, and b,\tbut c,and d, whereas\x1ce, while\n. x;y:z!?\n,, and ,")
@example("no mark at all")
def test_clause_end_positions(text: str) -> None:
    """The marks found one by one in an ASCII text are where the pattern matches."""
    assert polarity._clause_ends(text) == [m.start() for m in _PLAIN_CLAUSE_END.finditer(text)]


@settings(max_examples=200)
@given(texts())
@example("Such, the Board shall not. Not agreed; and THE END")
@example("  Shall not,  and  so.  ")
@example("One clause, whole")
@example("It isn't; no.")
@example("... ;")
@example("shallshallshall agree to")  # a verdict naming its topic (hypothesis found it)
@example("On territory there is no agreement.")
@example("Ukraine shall not agree.")
def test_clauses(text: str) -> None:
    """Clause words read in place in an ASCII text: the same as cutting each clause out
    and folding it."""
    reference = []
    start = 0
    for end in [m.start() for m in _PLAIN_CLAUSE_END.finditer(text)] + [len(text)]:
        piece = text[start:end]
        if piece.strip():
            words = polarity._SPACED_WORD.findall(piece.casefold())
            terms = {t for t in map(polarity._term, words) if t}
            names = set()
            if not piece.isascii():
                names = {*polarity._KANJI_PAIR.findall(piece),
                         *polarity._KATAKANA_RUN.findall(piece)}
                terms.update(names)
            # a stand-in for a party ("Kyiv") is read as the party, unless used as a place
            polarity._as_actors(piece, polarity._named_stand_ins(words, names), terms)
            verdict = (len(words) <= polarity._VERDICT_WORDS and len(terms) <= 1) or (
                len(words) <= polarity._TOPIC_VERDICT_WORDS and len(terms) == 2
                and not terms.isdisjoint(polarity._SETTLED_TERMS)
                and polarity._how_it_stands(piece))  # "On territory: no deal.", no "shall"
            continues = start > 0 and text[start - 1] in ",;:；：、"
            reference.append(polarity._Clause(start, frozenset(terms), verdict, continues))
        start = end + 1
    assert polarity._clauses(text) == reference
    letters = patterns.letter_runs(_lowered(text))  # the runs _mentions read: the same clauses
    assert polarity._clauses(text, letters, letters.split()) == reference


_LOWER_NAMES = ("the alliance", "the bloc", "alliance", "bloc", "alliance troops",
                "an alliance treaty", "the  alliance", "blocs")


@settings(max_examples=300)
@given(st.one_of(texts(), st.lists(st.sampled_from((*_TOKENS, *_LOWER_NAMES)), max_size=12)
                 .map(" ".join)).map(lambda t: t[:1] + t[1:].lower()))
@example("Russia and ukraine")
@example("Board of peace")
@example("Russia and the alliance")
@example("The bloc shall not")
@example("No alliance troops")
@example("Nato and the\nbloc")
def test_parties_without_capitals(text: str) -> None:
    """A text with no capital after its first character: only a known name at its start,
    or a name the vocabulary writes in lower case ("the alliance")."""
    assert parties.parties(text) == parties._scanned_parties(text)


def test_parties_without_capitals_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Such a text with none of the vocabulary's lower-case names is answered without
    scanning it (the vocabulary's "the alliance" once turned this fast path off for all)."""
    def scanned(text: str) -> list[mention.Mention]:
        raise AssertionError(f"scanned: {text!r}")

    monkeypatch.setattr(parties, "_scanned_parties", scanned)
    assert parties.parties("Russia shall not deploy troops in any state.") == [
        mention.Mention(mention.PARTY, 0, 6, "Russia", "russia")]
    assert parties.parties("The parties may agree on a ceasefire.") == []


@settings(max_examples=200)
@given(st.one_of(texts(), texts().map(_ascii), st.text("aA1 .'", max_size=6)))
@example("A")
@example("A1.")
@example("Ab")
def test_ascii_islower(text: str) -> None:
    """The test _parties makes of an ASCII text, on its bytes, is the text's own."""
    if text.isascii():
        assert text.encode()[1:].islower() == text[1:].islower()


@settings(max_examples=200)
@given(texts())
@example("the end of prohibited")  # a ban's end before it: lifted on both paths
@example("The export ban ends on 1 March.")
def test_lexical_negatives(text: str) -> None:
    lowered = text.lower()
    if len(lowered) == len(text):
        reference = {m.start(): text[m.start():m.end()]
                     for m in negation._LEXICAL_LOWER.finditer(lowered)}
    else:
        reference = {m.start(): m.group() for m in negation._LEXICAL_NEGATIVE.finditer(text)}
    reference = negation._lifted(text, reference)  # a ban that ends negates nothing, either way
    assert negation.lexical_negatives(text) == reference
    if text.isascii():  # with the words _mentions read: the same
        assert negation.lexical_negatives(text, patterns.ascii_words(lowered)) == reference


def test_prefix_tree_shape() -> None:
    """Shared prefixes once, a word after the longer words it begins, ' and ’ alike."""
    assert patterns.prefix_tree(["shall", "shall not", "should"]) == \
        r"sh(?:all(?:\s+not|)|ould)"
    words = patterns.prefix_tree(["can", "cannot", "can't"])
    tree = re.compile(f"(?:{words})$")
    assert all(tree.match(word) for word in ("can", "cannot", "can't", "can’t"))


@settings(max_examples=200)
@given(texts().map(_ascii))
@example("The US and the U.S.A. met America, Americans and NATO in Kyiv")
def test_ascii_names_pattern(text: str) -> None:
    """An ASCII text: the names written in ASCII, with ASCII word classes, find what the
    whole vocabulary finds."""
    assert _spans(parties._names_pattern(True), text) == \
        _spans(parties._names_pattern(False), text)
    assert parties._known_names(parties._names_pattern(True), text) == \
        parties._known_names(parties._names_pattern(False), text)


@settings(max_examples=200)
@given(texts())
@example("twenty-five, a few; ÉTÉ été x_y 5days")
def test_ascii_words(text: str) -> None:
    lowered = _lowered(text)
    assert patterns.ascii_words(lowered) == {w.encode() for w in re.findall("[a-z]+", lowered)}


@settings(max_examples=200)
@given(texts())
def test_cue_words(text: str) -> None:
    """The cue words are the words _ascii_words finds that any scan asks about, and every
    vocabulary the scans ask about is among them."""
    lowered = _lowered(text)
    assert scan._cue_words(patterns.letter_runs(lowered).split()) == \
        patterns.ascii_words(lowered) & scan._CUE_WORDS
    for vocabulary in (quantities.MONTH_WORDS, quantities.TIME_UNIT_WORDS,
                       quantities.QUANTITY_WORDS, quantities.NUMBER_WORD_BYTES,
                       quantities.DEADLINE_WORDS, quantities.EVENT_WORDS, quantities.SEASON_WORDS,
                       {b"end", b"date"}, modality.MODAL_FIRSTS, negation.NEGATION_FIRSTS,
                       negation.LEXICAL_WORDS):
        assert vocabulary <= scan._CUE_WORDS


def _plain_month_after_word(lowered: str) -> bool:
    """The first way of finding a month after a word of the fifth date pattern: every
    month abbreviation, then the whole word there."""
    for cue in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec"):
        at = lowered.find(cue)
        while at >= 0:
            if not (at and "a" <= lowered[at - 1] <= "z"):
                word = re.compile("[a-z]+").match(lowered, at)
                if word is not None and word.group() in patterns.MONTH_NUMBERS:
                    before = lowered[:at]
                    stripped = before.rstrip()
                    if len(stripped) < len(before) and \
                            stripped.endswith(quantities._BEFORE_MONTH):
                        return True
            at = lowered.find(cue, at + 1)
    return False


@settings(max_examples=300)
@given(texts())
@example("in  may")
@example("in mayor; since\tsept. mid-\njune")
def test_month_after_word(text: str) -> None:
    lowered = _lowered(text)
    months = quantities.MONTH_WORDS.intersection(patterns.ascii_words(lowered))
    assert quantities._month_after_word(lowered, sorted(months),
                                        patterns.letter_runs(lowered)) == \
        _plain_month_after_word(lowered)


@settings(max_examples=300)
@given(texts().map(_ascii))
@example("We shall not; they can't, won't, and she may not. It is expected to; ought to")
def test_modals_at_word_starts(text: str) -> None:
    """An ASCII text: the modal pattern tried only where a modal's first word stands."""
    lowered = text.lower()
    starts = patterns.word_starts(patterns.letter_runs(lowered),
                                  modality.MODAL_FIRSTS.intersection(patterns.ascii_words(lowered)))
    for ascii_only in (False, True):
        modals = modality.modal_alternatives(ascii_only)
        assert scan._scan_from(patterns.compiled(modals, True), lowered, starts) == \
            _spans(_PLAIN_MODALS, lowered)


def test_modal_firsts_are_words() -> None:
    assert all(re.fullmatch("[a-z]+", first.decode()) for first in modality.MODAL_FIRSTS)
    assert {b"shall", b"shan", b"won", b"is", b"ought", b"cannot"} <= modality.MODAL_FIRSTS


@settings(max_examples=200)
@given(texts(), st.lists(st.sampled_from(("in", "no", "not", "the", "a", "may", "to")),
                         max_size=4))
@example("may may, no no no; ámay nó in_in\u00e9no", ["may", "no", "in"])
def test_word_starts(text: str, firsts: list[str]) -> None:
    lowered = _lowered(text)
    words = {w.encode() for w in firsts} & patterns.ascii_words(lowered)
    assert patterns.word_starts(patterns.letter_runs(lowered), words) == [
        m.start() for m in re.finditer("[a-z]+", lowered) if m.group().encode() in words]



@settings(max_examples=300)
@given(texts().map(_ascii).map(lambda t: t.replace("'", " ")))
@example("No troops, not now, nowhere; non-aligned, none, nor neither; nonsense, knot")
def test_negations_at_word_starts(text: str) -> None:
    """An ASCII text without an apostrophe: the negation pattern tried only where a
    negation word stands."""
    lowered = text.lower()
    starts = patterns.word_starts(
        patterns.letter_runs(lowered),
        negation.NEGATION_FIRSTS.intersection(patterns.ascii_words(lowered)))
    fast = negation.negation_pattern(False, "non-" in lowered, False)
    assert scan._scan_from(fast, lowered, starts) == _spans(_ALL_NEGATIONS, lowered)


@st.composite
def _span_runs(draw: st.DrawFn) -> tuple[Span, ...]:
    runs = draw(st.lists(st.tuples(st.sampled_from(list(SpanOp)),
                                   st.text("ab ", min_size=1, max_size=4)), max_size=10))
    return tuple(Span(op, text) for op, text in runs)


@settings(max_examples=300)
@given(_span_runs())
@example((Span(SpanOp.EQUAL, "ab"), Span(SpanOp.INSERT, "x"), Span(SpanOp.EQUAL, "b")))
@example((Span(SpanOp.DELETE, "a"), Span(SpanOp.EQUAL, "ab"), Span(SpanOp.EQUAL, "a")))
def test_map_image(spans: tuple[Span, ...]) -> None:
    """The image of an old span inside an equal span is (lo, hi), as first computed; None
    for one that is not inside one (the first test: the last equal span starting at or
    before it holds it)."""
    mapping = pairing.Map(spans)
    equal = [(s, e) for s, e, _ in mapping._equal_shift]
    for start in range(mapping.old_size):
        for end in range(start + 1, mapping.old_size + 1):
            i = bisect.bisect_right(equal, (start, 1 << 62)) - 1
            inside = i >= 0 and equal[i][0] <= start and end <= equal[i][1]
            expected = (mapping.lo(start), mapping.hi(end)) if inside else None
            assert mapping.image(start, end) == expected


@settings(max_examples=300)
@given(st.lists(st.one_of(st.sampled_from((*modality._NOUN_MAKERS, "xthe", "thea", "will",
                                           "shall")),
                          st.sampled_from((" ", "  ", "\n", "(", "'", "_", "é"))),
                max_size=16).map("".join))
@example("the  will")
@example("a political\n will")
def test_noun_before(text: str) -> None:
    """The cheap test before _NOT_A_MODAL changes nothing it finds."""
    for start in range(1, len(text) + 1):
        assert modality.noun_before(text, start) == (
            modality._NOT_A_MODAL.search(text, max(0, start - 20), start) is not None)


def test_new_mention() -> None:
    """The fast maker gives the mention the NamedTuple makes."""
    fields = (mention.MODALITY, 3, 8, "shall", "shall", False, "")
    made = mention.new_tuple(mention.Mention, fields)
    assert type(made) is mention.Mention
    assert made == mention.Mention(mention.MODALITY, 3, 8, "shall", "shall")
    assert made.key == "shall"


def test_lazy_patterns() -> None:
    """Every pattern compiled on first use compiles, and answers as the compiled one."""
    modules = (patterns, quantities, quantity_keys, modality, negation, parties, scan, pairing,
               polarity)
    lazy = list({id(value): value for module in modules for value in vars(module).values()
                 if isinstance(value, patterns.Lazy)}.values())  # each once, wherever imported
    lazy += [pattern for table in (quantity_keys._SCALE_AFTER, quantity_keys._UNIT_KEYS)
             for pattern, _ in table]
    assert len(lazy) > 40
    text = "No. 5 on 20 November 2025: the Board of Peace (BOP) and 60万人 shall not, 5%."
    for pattern in lazy:
        compiled = re.compile(pattern.source, pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in compiled.finditer(text)]
        assert pattern.findall(text) == compiled.findall(text)
    fresh = patterns.Lazy("b+")
    assert fresh.match("abb", 1) is not None and fresh.sub("", "abba") == "aa"
    with pytest.raises(AttributeError):
        fresh.groups  # noqa: B018 - only the matching methods are answered


def test_new_hunk() -> None:
    made = mention.new_tuple(pairing._Hunk, (1, 4, 1, 6))
    assert type(made) is pairing._Hunk and made == pairing._Hunk(1, 4, 1, 6)
    assert made.new_end == 6


def test_new_clause_and_unit() -> None:
    """The fast makers give the clause and the unit the NamedTuples make."""
    clause = mention.new_tuple(polarity._Clause, (4, frozenset({"troo"}), False, True))
    assert type(clause) is polarity._Clause
    assert clause == polarity._Clause(4, frozenset({"troo"}), False, True)
    negation_word = mention.Mention(mention.NEGATION, 3, 6, "not", "negation")
    unit = mention.new_tuple(polarity._Unit, (negation_word, 3, 0, "negation:not troo"))
    assert type(unit) is polarity._Unit
    assert unit == polarity._Unit(negation_word, 3, 0, "negation:not troo")
    assert unit.what == "negation:not troo"


@settings(max_examples=300)
@given(st.lists(st.sampled_from(("Article", "art.", "Art", "paragraphs", "clause", "points",
                                 "point", "part", "第", "5", "12", "28-point", " ", "  ",
                                 "x", "smart", "(", "-items")), max_size=10).map("".join))
@example("under Article 5")
@example("smart 5")
@example("第5条")
def test_is_label(text: str) -> None:
    """The substring test before _LABEL_BEFORE's search changes nothing it finds."""
    lowered = text.lower()
    for start in range(len(lowered) + 1):
        for end in (start, min(len(lowered), start + 2)):
            plain = (quantities._LABEL_BEFORE.search(lowered, max(0, start - 12), start) is not None
                     or quantities._LABEL_AFTER.match(lowered, end) is not None)
            assert quantities.is_label(lowered, start, end) == plain


@settings(max_examples=200)
@given(texts().map(_ascii).map(lambda t: t.replace("'", " ")))
@example("not the troops, nor  x_y withdrawal; never a-b-c peacekeepers longer nothing")
@example("no " + "ab " * 30 + "troops")
def test_negated_from_letter_runs(text: str) -> None:
    """An ASCII text without an apostrophe: the word after a negation read from its letter
    runs is the one the word search finds."""
    letters = patterns.letter_runs(text.lower())
    for end in range(len(text) + 1):
        start = max(0, end - 3)
        assert polarity._negated(text, start, end, letters) == polarity._negated(text, start, end)


_VERDICT_TOKENS = ("Not agreed.", "Still disputed:", "Unresolved.", "open", "Pending.",
                   "The question of the plant remains open.", "still", "left", "stays",
                   "remains", "調整中", "Спорный пункт.", "Питання залишається відкритим.",
                   "reopen", "OPEN")


@settings(max_examples=300)
@given(st.one_of(texts(), st.lists(st.sampled_from((*_TOKENS, *_VERDICT_TOKENS)), max_size=10)
                 .map(" ".join)))
@example("Still disputed: the plant. Russia shall not.")
@example("Russia shall not deploy troops; no verdict here.")
def test_open_verdicts_without_cues(text: str) -> None:
    """A text holding no cue of an open verdict is returned as it came, without reading its
    clauses one by one: the same as reading them with every cue taken as present."""
    clauses = polarity._clauses(text)
    lexical = {0: "void"} if text else {}
    fast = polarity._open_verdicts(text, clauses, lexical)
    with mock.patch.object(polarity, "has_any", lambda text, words: True):
        assert polarity._open_verdicts(text, clauses, lexical) == fast


@settings(max_examples=300)
@given(st.one_of(texts(), st.lists(st.sampled_from(
    (*_TOKENS, "if", "IF", "If", "iF", "only if", "elif", "if-then", "diff", "если", "場合",
     "\u0130f", "\u0131f")), max_size=8).map(" ".join)))
@example("only IF")
@example("gif")
def test_plain_condition_precheck(text: str) -> None:
    """The substring test before the search for a plain "if" changes no answer."""
    latin = text.isascii()
    plain = softening._CONDITIONS_LATIN[1] if latin else softening._IF
    assert softening._plain_in(text, text.lower(), latin, plain) == (
        plain.search(text) is not None)


_OLD_STATEMENT_END = re.compile(r"[.!?;](?=\s|$)|[。！？；\n]")
_OLD_SENTENCE_END = re.compile(r"[.;!?。；！？\n]")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(("Russia", " ", "3.5", "U.S.", ".", ". ", "!", "?x", ";",
                                 "\n", "。", "；", "capped", "一", "x")), max_size=14)
       .map("".join), st.integers(0, 40), st.integers(0, 40))
@example("Capped at 3.5 bn. Russia", 9, 12)
@example("a. b", 2, 2)
def test_one_sentence_reading(text: str, start: int, size: int) -> None:
    """patterns.sentence_around gives what polarity's statement (its stop kept, a full stop
    before a blank) and softening's sentence (up to its stop, any full stop) each read
    before they shared it."""
    start = min(start, len(text))
    end = min(len(text), start + size)
    begin = 0
    for match in _OLD_STATEMENT_END.finditer(text, 0, start):
        begin = match.end()
    after = _OLD_STATEMENT_END.search(text, max(end, begin))
    statement = begin, len(text) if after is None else after.end()
    first, _, last = patterns.sentence_around(text, start, end, patterns.STOP_BEFORE_BLANK)
    assert (first, last) == statement
    begin = max((m.end() for m in _OLD_SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _OLD_SENTENCE_END.search(text, end)
    assert softening._sentence(text, (start, end)) == (
        begin, stop.start() if stop is not None else len(text))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(
    ("guarantees", "Ensures", "supported", "backs", "HELP", "favour", "favors", "all", "Every",
     "each", "entire", "whole", "some", "certain", "most", "part of", "a number of", "many",
     "selected", "several", "x", "-", "'", " ", "  ", "un", "s", "\u2019", "allied")),
    max_size=10).map(" ".join))
@example("all-out support")
def test_latin_swap_classes(text: str) -> None:
    """On an ASCII hunk the Latin parts of the swap classes find what the whole ones do."""
    for (strong, weak, kind), (latin_strong, latin_weak, latin_kind) in zip(
            softening._SWAPS, softening._SWAPS_LATIN, strict=True):
        assert kind == latin_kind
        assert strong.findall(text) == latin_strong.findall(text)
        assert weak.findall(text) == latin_weak.findall(text)


def _plain_counted_period(folded: str) -> str:
    """quantity_keys._counted_period as first written: every pattern tried in turn."""
    q = quantity_keys
    if (match := q._A_PERIOD.fullmatch(folded)) is not None:
        return f"1.5 {match.group(1)}"
    if (match := q._AND_A_HALF.fullmatch(folded)) is not None:
        whole = q._key(match.group(1)).partition(" ")[0]
        try:
            return f"{q.Decimal(whole) + q.Decimal('0.5')} {match.group(2)}"
        except q.InvalidOperation:
            return folded
    if (match := q._HALF_A.fullmatch(folded)) is not None:
        return f"0.5 {match.group(1)}"
    if q._CYR_HALF.fullmatch(folded) is not None:
        return "0.5 года"
    if (match := q._JA_AND_A_HALF.fullmatch(folded)) is not None:
        return f"{q.Decimal(q._number_value(match.group(1))) + q.Decimal('0.5')}{match.group(2)}"
    if (match := q._CYR_ONE_AND_HALF.fullmatch(folded)) is not None:
        return f"1.5 {match.group(1)}"
    if (match := q._ONE.fullmatch(folded)) is not None:
        return f"1 {match.group(1)}"
    return folded


_PERIOD_TOKENS = ("a", "an", "one", "two", "half", "and", "a half", "year", "years", "months",
                  "day", "decade", "fortnight", "hours", "полгода", "пол года", "полтора",
                  "года", "півтора", "років", "півроку", "半年", "半年間", "1年半", "2カ月半",
                  "3", "600,000", "1.5", " ", "", "x", "$")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PERIOD_TOKENS), max_size=6).map(" ".join),
       st.lists(st.sampled_from(_PERIOD_TOKENS), max_size=4).map("".join))
@example("a year and a half", "")
@example("half a year", "")
@example("полтора года", "")
@example("years", " ")
def test_counted_period_and_units(spaced: str, joined: str) -> None:
    """The substring tests before a period's patterns and the blank test before the unit
    patterns change no answer."""
    for text in (spaced, joined, spaced.strip()):
        assert quantity_keys._counted_period(text) == _plain_counted_period(text)
        assert quantity_keys._units(text) == [
            key for pattern, key in quantity_keys._UNIT_KEYS if pattern.search(text)]
