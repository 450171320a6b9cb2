"""The Word redline: accepting every tracked change gives the new version and rejecting them
gives the old one, point by point, read both directly from the XML (exact text) and through
pandoc (a real client); moves, comments, authors, dates, languages, fonts, determinism."""

from __future__ import annotations

import itertools
import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from plandiff.engine.compare import compare
from plandiff.plans.corpus import load_corpus
from plandiff.plans.model import PlanVersion
from plandiff.render.docx import render_docx
from plandiff.render.docx.redline import _Writer
from plandiff.render.report.i18n import labels
from tests.helpers import PLANS, make_plan
from tests.render.docx import ooxml_text, pandoc_text

W = ooxml_text.W


def shipped_pairs() -> list[tuple[PlanVersion, PlanVersion]]:
    """Every ordered pair (older, newer) of versions of one document in one language."""
    corpus = load_corpus(PLANS)
    pairs = []
    for document in corpus.documents():
        plans = sorted(corpus.versions_of(document), key=lambda p: (p.date, p.version))
        for old, new in itertools.combinations(plans, 2):
            if old.language == new.language:
                pairs.append((old, new))
    return pairs


PAIRS = shipped_pairs()
IDS = [f"{o.document}:{o.version}->{n.version}" for o, n in PAIRS]


def redline(old: PlanVersion, new: PlanVersion) -> bytes:
    return render_docx(compare(old, new), old, new)


def test_the_shipped_pairs_are_many() -> None:
    assert len(PAIRS) >= 12
    assert {p.language for pair in PAIRS for p in pair} >= {"en", "ja"}


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=IDS)
def test_accept_all_gives_new_and_reject_all_gives_old_exactly(old: PlanVersion,
                                                              new: PlanVersion) -> None:
    assert granular(old, new)
    data = redline(old, new)
    assert ooxml_text.point_texts(data, "accept") == ooxml_text.expected_points(new)
    assert ooxml_text.point_texts(data, "reject") == ooxml_text.expected_points(old)


def granular(old: PlanVersion, new: PlanVersion) -> bool:
    """True when the redline's own replay gives both versions without the last-resort
    fallback (every old point deleted, every new one inserted)."""
    writer = _Writer(compare(old, new), old, new, labels("en"))
    paras = writer._arranged()
    return (writer._replay(paras, accept=True) == writer._expected(new)
            and writer._replay(paras, accept=False) == writer._expected(old))


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=IDS)
def test_pandoc_accepts_to_new_and_rejects_to_old(old: PlanVersion, new: PlanVersion,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    path.write_bytes(redline(old, new))
    assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
    assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)


def _pair(ref_old: str, ref_new: str) -> tuple[PlanVersion, PlanVersion]:
    corpus = load_corpus(PLANS)
    old, new = corpus.version(ref_old), corpus.version(ref_new)
    assert old is not None and new is not None
    return old, new


def test_moves_are_move_revisions_with_named_ranges_and_revision_metadata() -> None:
    old, new = _pair("peace-framework@2025-11-20-us-28-point",
                     "peace-framework@2025-12-24-20-point")
    comparison = compare(old, new)
    assert any(c.moved for c in comparison.changes)
    root = ooxml_text.document_xml(render_docx(comparison, old, new))
    move_from = root.findall(f".//{W}moveFromRangeStart")
    move_to = root.findall(f".//{W}moveToRangeStart")
    assert move_from and len(move_from) == len(move_to)
    assert {e.get(f"{W}name") for e in move_from} == {e.get(f"{W}name") for e in move_to}
    assert root.findall(f".//{W}moveFrom/{W}r/{W}delText")
    assert root.findall(f".//{W}moveTo/{W}r/{W}t")
    revisions = [e for tag in ("ins", "del", "moveFrom", "moveTo")
                 for e in root.iter(f"{W}{tag}")]
    assert len(revisions) > 100
    assert {e.get(f"{W}author") for e in revisions} == {new.parties[0]}
    assert {e.get(f"{W}date") for e in revisions} == {"2025-12-24T00:00:00Z"}
    ids = [e.get(f"{W}id") for e in revisions]
    assert len(ids) == len(set(ids))
    # Point numbers are text, never Word list numbering.
    assert not root.findall(f".//{W}numPr")


def test_flags_are_comments_on_the_words_they_concern() -> None:
    old, new = _pair("peace-framework@2025-11-20-us-28-point",
                     "peace-framework@2025-12-24-20-point")
    data = render_docx(compare(old, new), old, new)
    with zipfile.ZipFile(BytesIO(data)) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
        document = archive.read("word/document.xml").decode("utf-8")
    assert "600,000 → 800,000" in comments
    # The comment on the army-cap number encloses the inserted 800,000 and nothing else.
    number = re.search(r'w:id="(\d+)"[^>]*w:author="[^"]*"[^>]*>[^<]*<w:p>.*?600,000 → 800,000',
                       comments)
    assert number is not None
    ident = re.findall(r'<w:comment w:id="(\d+)"', comments[:number.end()])[-1]
    start = document.index(f'<w:commentRangeStart w:id="{ident}"/>')
    end = document.index(f'<w:commentRangeEnd w:id="{ident}"/>')
    anchored = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document[start:end]))
    assert anchored == "800,000"


def test_languages_and_fonts() -> None:
    old, new = _pair("peace-framework@2025-11-20-us-28-point-ja",
                     "peace-framework@2025-12-24-20-point-ja")
    data = render_docx(compare(old, new), old, new)
    root = ooxml_text.document_xml(data)
    runs = root.findall(f".//{W}r[{W}t]") + root.findall(f".//{W}r[{W}delText]")
    assert runs and all(r.find(f"{W}rPr/{W}lang") is not None for r in runs)
    assert {r.find(f"{W}rPr/{W}lang").get(f"{W}eastAsia") for r in runs} == {"ja-JP"}
    with zipfile.ZipFile(BytesIO(data)) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="IPAexGothic"' in styles and 'w:ascii="Noto Sans"' in styles
    # Character-level revisions inside Japanese text (no word spaces to cut at).
    deleted = [t.text for t in root.iter(f"{W}delText") if t.text]
    assert any(len(text) <= 3 for text in deleted)


def test_word_opens_the_redline_in_its_current_mode_not_compatibility_mode() -> None:
    """Without ``compatibilityMode`` 15 in the settings, Word opens a file in "Compatibility
    Mode" (the layout rules of Word 2007) and says so in its title bar."""
    old, new = PAIRS[0]
    with zipfile.ZipFile(BytesIO(redline(old, new))) as archive:
        settings_xml = etree.fromstring(archive.read("word/settings.xml"))
    found = [(s.get(f"{W}name"), s.get(f"{W}uri"), s.get(f"{W}val"))
             for s in settings_xml.iter(f"{W}compatSetting")]
    assert found == [("compatibilityMode", "http://schemas.microsoft.com/office/word", "15")]


def test_byte_identical_and_zip_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = PAIRS[0]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1766534400")
    first, second = redline(old, new), redline(old, new)
    assert first == second
    with zipfile.ZipFile(BytesIO(first)) as archive:
        names = archive.namelist()
        assert names == sorted(names) and names[0] == "[Content_Types].xml"
        assert {i.date_time for i in archive.infolist()} == {(2025, 12, 24, 0, 0, 0)}
        assert "2025-12-24T00:00:00Z" in archive.read("docProps/core.xml").decode()


def test_plan_text_is_text_not_markup() -> None:
    hostile = '<w:p>&amp; ]]> <script>x</script> "q" \x0b'
    old = PlanVersion.model_validate(make_plan(points=[
        {"id": "one", "number": "1", "text": "Plain words here."}]))
    new = PlanVersion.model_validate(make_plan(version="v2", points=[
        {"id": "one", "number": "1", "text": "Plain words " + hostile.replace("\x0b", "")}]))
    data = redline(old, new)
    assert ooxml_text.point_texts(data, "accept") == ooxml_text.expected_points(new)
    assert b"<script>" not in ooxml_text_bytes(data)


def ooxml_text_bytes(data: bytes) -> bytes:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return archive.read("word/document.xml")


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(["the", "parties", "shall", "600,000", "not", "Kyiv", "may",
                          "ceasefire", "within", "30", "days", "合意", "する", "Україна"])
_TEXT = st.lists(st.lists(_WORDS, min_size=1, max_size=8).map(" ".join), min_size=1,
                 max_size=2).map("\n".join)


@st.composite
def _versions(draw: st.DrawFn) -> tuple[PlanVersion, PlanVersion]:
    pool = [f"p{i}" for i in range(8)]
    old_ids = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=6, unique=True))
    new_ids = draw(st.permutations(old_ids).flatmap(
        lambda ids: st.lists(st.sampled_from(pool), max_size=6, unique=True).map(
            lambda extra: list(dict.fromkeys([*ids[:len(ids) - 1], *extra])) or ids)))
    texts = {i: draw(_TEXT) for i in pool}

    def points(ids: list[str], edit: bool) -> list[dict[str, object]]:
        out = []
        for number, ident in enumerate(ids, 1):
            text = draw(_TEXT) if edit and draw(st.booleans()) else texts[ident]
            point: dict[str, object] = {"id": ident, "number": str(number), "text": text}
            if draw(st.integers(0, 3)) == 0:
                point["points"] = [{"id": f"{ident}-a", "number": f"{number}(a)",
                                    "text": texts[pool[(pool.index(ident) + 1) % 8]]}]
            if draw(st.integers(0, 4)) == 0:
                point["title"] = draw(_WORDS)
            out.append(point)
        return out

    old = PlanVersion.model_validate(make_plan(points=points(old_ids, False)))
    new = PlanVersion.model_validate(make_plan(version="v2", date="2025-12-01",
                                               points=points(new_ids, True)))
    return old, new


def test_a_sub_point_gained_from_a_removed_point_by_a_moved_point(tmp_path: Path) -> None:
    """Point 3 is removed and its sub-point 3(a) becomes 1(a) under the old point 2, which
    moved to the top. The moved block gave the moved point's old text but not the gained
    sub-point's, so rejecting every change lost "the treaty lapses" and the document fell
    back to every old point deleted, every new one inserted (found by the property test
    below)."""
    old = PlanVersion.model_validate(make_plan(points=[
        {"id": "p1", "number": "1", "text": "Talks open in Geneva.",
         "points": [{"id": "p1-a", "number": "1(a)", "text": "Observers attend."}]},
        {"id": "p2", "number": "2", "text": "A ceasefire holds from signing."},
        {"id": "p3", "number": "3", "text": "Sanctions stay.",
         "points": [{"id": "p3-a", "number": "3(a)", "text": "The treaty lapses."}]}]))
    new = PlanVersion.model_validate(make_plan(version="v2", date="2025-12-01", points=[
        {"id": "p2", "number": "1", "text": "A ceasefire holds from signing.",
         "points": [{"id": "p2-a", "number": "1(a)", "text": "The treaty lapses."}]},
        {"id": "p1", "number": "2", "text": "Talks open in Geneva.",
         "points": [{"id": "p1-a", "number": "2(a)", "text": "Observers attend."}]}]))
    assert granular(old, new)
    data = redline(old, new)
    assert ooxml_text.point_texts(data, "reject") == ooxml_text.expected_points(old)
    path = tmp_path / "gained.docx"
    path.write_bytes(data)
    assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
    assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(pair=_versions())
def test_property_accept_and_reject_round_trip_through_pandoc(
        pair: tuple[PlanVersion, PlanVersion], tmp_path: Path) -> None:
    old, new = pair
    assert granular(old, new)
    data = redline(old, new)
    assert ooxml_text.point_texts(data, "accept") == ooxml_text.expected_points(new)
    assert ooxml_text.point_texts(data, "reject") == ooxml_text.expected_points(old)
    path = tmp_path / "property.docx"
    path.write_bytes(data)
    assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
    assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)


def test_a_split_listing_a_parts_sub_point_after_the_next_part_is_still_granular(
        tmp_path: Path) -> None:
    """Found by the property test: old 1 split into new 3, new 4 and new 3(a) (listed in
    that order), with old 1(a) moved to new 4(a). Written in the change's order, 3(a) came
    under 4 and the document fell back to deleting and inserting every point."""
    def point(ident: str, number: str, text: str, sub: str) -> dict[str, object]:
        return {"id": ident, "number": number, "title": "the", "text": text,
                "points": [{"id": f"{ident}-a", "number": f"{number}(a)", "text": sub}]}

    old = PlanVersion.model_validate(make_plan(points=[
        point("p0", "1", "Kyiv", "parties"), point("p1", "2", "parties", "the"),
        point("p2", "3", "the", "the")]))
    new = PlanVersion.model_validate(make_plan(version="v2", date="2025-12-01", points=[
        point("p1", "1", "parties", "the"), point("p2", "2", "the", "the"),
        point("p7", "3", "the", "Kyiv"), point("p4", "4", "the", "parties")]))
    split = [c for c in compare(old, new).changes if c.kind == "split"]
    assert [c.new for c in split] == [("p7", "p4", "p7-a")]  # the shape this test is about
    assert granular(old, new)
    path = tmp_path / "split.docx"
    path.write_bytes(redline(old, new))
    assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
    assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)


def test_a_space_the_fold_drops_goes_with_the_inserted_words(tmp_path: Path) -> None:
    """Found by the property test: "the" → "the 合意". The space between a Latin letter and
    Japanese is typography to the diff, so the kept text "the" must not take it (its two
    sides would differ, and the document fell back to deleting and inserting the point)."""
    for before, after in (("the", "the 合意"), ("the the the 合意", "the the 合意"),
                          ("合意 not", "合意\nnot")):
        old = PlanVersion.model_validate(make_plan(points=[
            {"id": "p0", "number": "1", "text": before,
             "points": [{"id": "p0-a", "number": "1(a)", "text": "the"}]}]))
        new = PlanVersion.model_validate(make_plan(version="v2", date="2025-12-01", points=[
            {"id": "p0", "number": "1", "text": after,
             "points": [{"id": "p0-a", "number": "1(a)", "text": "the"}]}]))
        assert granular(old, new), after
        path = tmp_path / "gap.docx"
        path.write_bytes(redline(old, new))
        assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
        assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)


def test_a_merged_points_sub_points_are_set_in_as_sub_points() -> None:
    """The 28-point plan's point 12 and its sub-points (a)-(c) merged into the 20-point
    plan's point 8: the sub-points' paragraphs were set at the points' indent (style "Point",
    the change's own depth), while every other sub-point is set in under its point (style
    "Point2"); in Word and LibreOffice 12(a) stood level with 12."""
    old, new = _pair("peace-framework@2025-11-20-us-28-point",
                     "peace-framework@2025-12-24-20-point")
    root = etree.fromstring(zipfile.ZipFile(BytesIO(redline(old, new))).read(
        "word/document.xml"))
    styles = {}
    for paragraph in root.iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        text = "".join(paragraph.xpath(".//w:t/text() | .//w:delText/text()",
                                       namespaces={"w": W[1:-1]}))
        number = re.match(r"(?:[0-9]{1,2}){1,2}\(([a-z])\)", text)
        if style is not None and number and style.get(f"{W}val", "").startswith("Point"):
            styles[text[:number.end()]] = style.get(f"{W}val")
    assert {"12(a)", "12(b)", "12(c)", "12(d)"} <= set(styles), sorted(styles)
    assert {number: style for number, style in styles.items() if style != "Point2"} == {}


def test_japanese_labels_list_words_with_the_japanese_comma() -> None:
    """"修正、番号変更", "ウクライナ、米国": a Japanese reader's list separator, where the Word
    redline wrote the English ", " between Japanese words."""
    old, new = _pair("peace-framework@2025-11-20-us-28-point-ja",
                     "peace-framework@2025-12-24-20-point-ja")
    text = "".join(ooxml_text.document_xml(redline(old, new)).itertext())
    assert "修正、番号変更" in text and "修正, 番号変更" not in text
    assert "、".join(new.parties) in text and ", ".join(new.parties) not in text
    english = "".join(ooxml_text.document_xml(redline(*_pair(
        "peace-framework@2025-11-20-us-28-point", "peace-framework@2025-12-24-20-point")))
        .itertext())
    assert "modified, renumbered" in english
