"""The HTML report: contents, escaping, localisation, determinism, self-containment."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest
from jinja2 import StrictUndefined

from plandiff.errors import InputError, UsageError
from plandiff.plans.topics import load_vocabulary
from plandiff.render.report import render_html, report_time
from plandiff.render.report.html import css_string, environment
from plandiff.render.report.i18n import LABELS, choose_language
from plandiff.render.report.model import Layout, build_report, safe_href
from tests import report_samples


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _model(lang: str = "en", **kwargs: object):  # type: ignore[no-untyped-def]
    comparison, old, new = report_samples.accord()
    return build_report(comparison, old, new, vocabulary=load_vocabulary(), lang=lang,
                        generator="test", report_date="2025-12-24", **kwargs)  # type: ignore[arg-type]


class _Collector(HTMLParser):
    """Every start tag with its attributes, and the text of <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


# -- labels -----------------------------------------------------------------------------------


def test_every_language_has_the_same_labels() -> None:
    keys = set(LABELS["en"])
    for lang, table in LABELS.items():
        assert set(table) == keys, lang
        assert all(value.strip() or key in {"page_after", "page_before", "topic_sep"}
                   for key, value in table.items()), lang


def test_labels_keep_their_fields() -> None:
    for key, text in LABELS["en"].items():
        fields = set(re.findall(r"\{(\w+)\}", text))
        for lang in ("ja", "uk"):
            assert set(re.findall(r"\{(\w+)\}", LABELS[lang][key])) == fields, (lang, key)


def test_japanese_and_ukrainian_labels_are_translated() -> None:
    same = [k for k in LABELS["en"] if LABELS["ja"][k] == LABELS["en"][k]]
    assert set(same) <= {"report_subtitle", "sha256", "page_before", "page_after", "topic_sep"}
    assert LABELS["ja"]["report_title"] == "比較レポート"
    assert LABELS["uk"]["report_title"] == "Порівняльний звіт"


def test_language_choice() -> None:
    assert choose_language(None, "ja") == "ja"
    assert choose_language(None, "uk-UA") == "uk"
    assert choose_language(None, "ru", "fr") == "ru"
    assert choose_language(None, "fr", "de") == "en"
    assert choose_language("JA", "en") == "ja"
    with pytest.raises(ValueError, match="no report labels"):
        choose_language("xx", "en")
    comparison, old, new = report_samples.accord()
    with pytest.raises(UsageError, match="no report labels"):
        render_html(comparison, old, new, lang="xx")
    with pytest.raises(UsageError, match="layout"):
        render_html(comparison, old, new, layout="diagonal")


def test_environment_is_strict_and_escapes() -> None:
    env = environment()
    assert env.autoescape is True
    assert env.undefined is StrictUndefined
    folder = resources.files("plandiff.render.report").joinpath("templates")
    assert folder.joinpath("report.html.j2").is_file()
    assert folder.joinpath("report.css").is_file()


# -- the model ----------------------------------------------------------------------------------


def test_flags_read_as_lines() -> None:
    texts = [f.text for f in _model().flags]
    assert "Army cap: 600,000 → 800,000" in texts
    assert "point 1: 100 days → as soon as possible" in texts
    assert "Amnesty removed" in texts
    assert "Security guarantees added" in texts


def test_summary_counts_and_topics() -> None:
    report = _model()
    counts = {c.kind: c.count for c in report.counts}
    assert counts == {"unchanged": 2, "modified": 2, "added": 1, "removed": 1, "split": 1,
                      "merged": 1, "moved": 1, "renumbered": 6}
    topics = {row.topic: row for row in report.topics}
    assert topics["amnesty"].removed == 1
    assert topics["security-guarantees"].added == 1
    assert topics["frozen-assets"].changed == 1
    assert topics["sanctions"].unchanged == 2
    assert topics["military-limits"].label == "Limits on armed forces"
    # Topics with changes first.
    assert report.topics[-1].topic == "sanctions"


def test_renumbering_map_in_old_order() -> None:
    rows = [(r.old_numbers, r.new_numbers, r.kind) for r in _model().renumbering]
    assert rows == [
        ("6", "4", "renumbered"), ("7", "1", "moved"), ("8", "5", "renumbered"),
        ("8(a)", "5(a)", "renumbered"), ("9", "6, 7", "split"), ("10, 11", "8", "merged"),
        ("26", "—", "removed"),
    ]


def test_an_untitled_sub_point_s_row_in_the_renumbering_map_names_its_parent() -> None:
    # The 28 -> 20 report's map listed 10(a), 12(d), 12(e) and 12(f) with a blank title:
    # a reader saw a number and "removed", nothing about what had gone.
    titles = {r.old_numbers: r.title for r in _model().renumbering}
    assert titles["8(a)"] == "Sanctions, point 5(a)"
    assert titles["7"] == ""  # an untitled point of its own: its number says it
    assert titles["6"] == "Army cap"


def test_points_in_new_order_with_removed_in_place_and_moved_stub() -> None:
    entries = _model().entries
    kinds = [(e.type, getattr(e, "number", ""), getattr(e, "kind", "")) for e in entries]
    assert kinds == [
        ("point", "1", "modified"), ("point", "4", "modified"), ("stub", "", ""),
        ("point", "5", "unchanged"), ("point", "5(a)", "unchanged"), ("point", "6, 7", "split"),
        ("point", "8", "merged"), ("point", "26", "removed"), ("point", "9", "added"),
    ]
    moved = entries[0]
    stub = entries[2]
    assert moved.links[0].text == "moved from 7" and moved.links[0].href == f"#{stub.anchor}"
    assert stub.target == moved.anchor and stub.text == "Point 7 moved to 1."
    assert moved.was == "(was 7)"
    assert moved.statuses == ("unconfirmed", "disputed")
    assert [(n.label, n.text) for n in moved.notes] == [("Note (old)", "Contested by Kyiv.")]


def test_changes_only_folds_unchanged_runs() -> None:
    entries = _model(changes_only=True).entries
    folded = [e for e in entries if e.type == "collapsed"]
    assert [e.text for e in folded] == ["Unchanged (2): 5, 5(a)"]
    assert not any(getattr(e, "kind", "") == "unchanged" for e in entries)


def test_safe_href_allows_only_http() -> None:
    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_href("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "https://exa mple.org", "//example.org", "https:///nohost", "ftp://x.org"):
        assert safe_href(bad) is None, bad


def test_report_time_honours_source_date_epoch() -> None:
    _, old, new = report_samples.accord()
    assert report_time(old, new, {}).isoformat() == "2025-12-24T00:00:00+00:00"
    assert report_time(old, new, {"SOURCE_DATE_EPOCH": "0"}).isoformat() == (
        "1970-01-01T00:00:00+00:00")
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        report_time(old, new, {"SOURCE_DATE_EPOCH": "yesterday"})


# -- the HTML ----------------------------------------------------------------------------------


def test_html_redline_marks_changes_without_relying_on_colour() -> None:
    comparison, old, new = report_samples.accord()
    html = render_html(comparison, old, new)
    assert "capped at <del>600,000</del><ins class=\"after-del\">800,000</ins> personnel" in html
    assert "<ins>Guarantees mirror Article 5.</ins>" in html
    assert "<del>All parties receive full amnesty for wartime acts.</del>" in html
    css = _parse(html).style
    rule = re.search(r"del, \.del \{([^}]*)\}", css)
    assert rule and "line-through" in rule.group(1) and "color" in rule.group(1)
    rule = re.search(r"ins, \.ins \{([^}]*)\}", css)
    assert rule and "underline" in rule.group(1) and "color" in rule.group(1)
    # Legend, running header source, bookmarks for every point, moved links.
    assert "struck through, red" in html and "underlined, green" in html
    assert 'class="run-head ref">accord@v1 → accord@v2<' in html
    assert html.count("data-bm=") == 8
    assert '<a href="#was-elections">moved from 7</a>' in html
    assert 'id="was-elections"><a href="#new-elections">Point 7 moved to 1.</a>' in html
    assert '<h4 class="point-head" data-bm="5(a) (was 8(a)) — unchanged">' in html


def test_html_cover_has_provenance() -> None:
    comparison, old, new = report_samples.accord()
    html = render_html(comparison, old, new)
    for text in ("accord@v1", "accord@v2", "2025-11-20", "2025-12-24", "paraphrase", "draft",
                 "Party A, Party B", '<a class="url" href="https://example.org/r">'):
        assert text in html
    assert "At least one side is a paraphrase" in html
    # the sample's sources carry no id: they are numbered lists (ided lists have no markers)
    assert '<ol class="sources all">' in html and " ided" not in html


def test_html_is_standalone_with_a_strict_policy() -> None:
    comparison, old, new = report_samples.accord()
    html = render_html(comparison, old, new)
    parsed = _parse(html)
    for tag, attrs in parsed.tags:
        assert tag not in {"script", "link", "img", "iframe", "object", "embed", "base"}
        assert "style" not in attrs, tag  # no inline style attributes: the policy forbids them
        assert "src" not in attrs, tag
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://", "http://")), href
    assert "@import" not in parsed.style and "url(" not in parsed.style
    policy = next(a["content"] for t, a in parsed.tags
                  if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert policy is not None and "default-src 'none'" in policy
    digest = base64.b64encode(hashlib.sha256(parsed.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy


def test_fonts_have_explicit_fallback_chains() -> None:
    comparison, old, new = report_samples.accord()
    css = _parse(render_html(comparison, old, new)).style
    chains = re.findall(r"font-family:\s*([^;]+);", css)
    assert chains
    for chain in chains:
        families = [f.strip() for f in chain.split(",")]
        assert families[0] == '"Noto Sans"', chain
        assert '"IPAexGothic"' in families, chain


def test_html_is_deterministic_and_honours_source_date_epoch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    comparison, old, new = report_samples.accord()
    first = render_html(comparison, old, new)
    assert render_html(comparison, old, new) == first
    assert 'content="2025-12-24T00:00:00Z"' in first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    later = render_html(comparison, old, new)
    assert 'content="2026-01-01T00:00:00Z"' in later and "2026-01-01" in later


def test_side_by_side_layout() -> None:
    comparison, old, new = report_samples.accord()
    html = render_html(comparison, old, new, layout="side-by-side")
    assert html.count('<table class="sbs">') == 8
    row = html[html.index('id="new-army-cap"'):]
    row = row[:row.index("</article>")]
    old_cell, new_cell = (cell.split("</td>")[0] for cell in row.split("<td>")[1:3])
    assert "<del>600,000</del>" in old_cell and "<ins" not in old_cell
    assert "800,000</ins>" in new_cell and "<del" not in new_cell
    assert Layout.SIDE_BY_SIDE.value == "side-by-side"


def test_changes_only_html() -> None:
    comparison, old, new = report_samples.accord()
    html = render_html(comparison, old, new, changes_only=True)
    assert "Unchanged (2): 5, 5(a)" in html
    assert "Sanctions are lifted in stages." not in html


@pytest.mark.parametrize(("lang", "expected"), [
    ("ja", ["比較レポート", "旧版", "新版", "「Amnesty」を削除", "兵力の上限", "凡例", "（旧6）"]),
    ("uk", ["Порівняльний звіт", "Попередня версія", "«Amnesty» вилучено",
            "Обмеження збройних сил", "Умовні позначення"]),
])
def test_localised_labels(lang: str, expected: list[str]) -> None:
    comparison, old, new = report_samples.accord()
    html = render_html(comparison, old, new, lang=lang)
    assert f'<html lang="{lang}">' in html
    for text in expected:
        assert text in html, text


def test_default_language_follows_the_plans() -> None:
    comparison, old, new = report_samples.japanese()
    html = render_html(comparison, old, new)
    assert '<html lang="ja">' in html
    assert '<div class="text" lang="ja">ウクライナ軍の兵力は<ins>平時において</ins>' in html
    assert "「恩赦」を削除" in html
    comparison, old, new = report_samples.ukrainian()
    assert '<html lang="uk">' in render_html(comparison, old, new)


def test_css_string_cannot_escape() -> None:
    assert css_string('a"b') == '"a\\000022b"'
    assert css_string("</style>") == '"\\00003c\\00002fstyle\\00003e"'
    assert css_string("ページ 1") == '"\\0030da\\0030fc\\0030b8\\0000201"'


def test_hostile_text_is_escaped_everywhere() -> None:
    comparison, old, new, strings = report_samples.hostile(9, "/nonexistent/canary")
    html = render_html(comparison, old, new)
    parsed = _parse(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "link", "object", "b", "i"}
    assert [t for t, _ in parsed.tags].count("style") == 1
    assert "<!--" not in html
    assert "{{ 7*7 }}" in html and "{% for x in range(3) %}" in html
    assert "loop" in html and "looploop" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;/style&gt;&lt;style&gt;" in html
    # The source URL is http: a link, with its query escaped in the attribute.
    assert 'href="http://127.0.0.1:9/source?a=&lt;b&gt;&amp;c=&#34;d&#34;"' in html
    for text in strings:
        unescaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        unescaped = unescaped.replace('"', "&#34;").replace("'", "&#39;")
        assert unescaped in html, text


class _Balance(HTMLParser):
    """Every element closed, in order (void elements aside)."""

    VOID = frozenset({"meta", "br", "link", "img", "input", "hr", "col"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append((tag, self.stack[-3:]))


@pytest.mark.parametrize("options", [{}, {"layout": "side-by-side"}, {"changes_only": True},
                                     {"lang": "ja"}])
def test_html_is_well_formed(options: dict[str, object]) -> None:
    for comparison, old, new in (report_samples.accord(), report_samples.japanese(),
                                 report_samples.hostile(9, "/x")[:3]):
        checker = _Balance()
        checker.feed(render_html(comparison, old, new, **options))  # type: ignore[arg-type]
        assert checker.errors == [] and checker.stack == []


@pytest.mark.parametrize("lang", ["en", "ja", "uk"])
def test_points_a_partial_version_does_not_report_on_are_not_shown_as_removed(
        lang: str) -> None:
    from plandiff.workflows.diff import compare_refs
    from tests.helpers import PLANS

    comparison, old, new = compare_refs(
        "peace-framework@2025-11-20-us-28-point",
        "peace-framework@2025-11-23-e3-counter-proposal", plans_root=PLANS)
    html = render_html(comparison, old, new, lang=lang)
    labels = LABELS[lang]
    # US point 25 (elections) is not in the sources of the European text: not reported,
    # its text shown as it stood; point 26 (amnesty) was dropped: removed, struck through.
    elections = re.search(r'<article class="point kind-([a-z-]+)[^"]*" id="old-elections">'
                          r'(.*?)</article>', html, re.S)
    amnesty = re.search(r'<article class="point kind-([a-z-]+)[^"]*" id="old-amnesty">'
                        r'(.*?)</article>', html, re.S)
    assert elections is not None and amnesty is not None
    assert elections.group(1) == "not-reported" and "<del>" not in elections.group(2)
    assert labels["kind.not-reported"] in elections.group(2)
    assert amnesty.group(1) == "removed" and "<del>" in amnesty.group(2)
    assert labels["legend_not_reported"] in html
    meaning_shifts = html[html.index('id="flags"'):html.index('id="renumbering"')]
    assert "#old-elections" not in meaning_shifts and "#old-amnesty" in meaning_shifts


def test_citations_of_sources_in_notes_link_to_the_source() -> None:
    from plandiff.plans.model import PlanVersion
    from plandiff.render.report.model import cite
    from tests.helpers import make_plan

    data = make_plan()
    first = data["sources"][0]
    data["sources"] = [{"id": "S5", **first}, {"id": "S56", **first, "url": "https://b.example/"}]
    plan = PlanVersion.model_validate(data)
    parts = cite("Sources: S5, S56; not S57, XS5 or S5x.", plan, "new")
    assert [(p.text, p.href) for p in parts] == [
        ("Sources: ", ""), ("S5", "#src-new-S5"), (", ", ""), ("S56", "#src-new-S56"),
        ("; not S57, XS5 or S5x.", "")]
    assert "".join(p.text for p in parts) == "Sources: S5, S56; not S57, XS5 or S5x."


def test_every_citation_in_the_shipped_28_to_20_report_reaches_its_source() -> None:
    from plandiff.workflows.diff import compare_refs
    from tests.helpers import PLANS

    comparison, old, new = compare_refs("peace-framework@2025-11-20-us-28-point",
                                        "peace-framework@2025-12-24-20-point", plans_root=PLANS)
    html = render_html(comparison, old, new, lang="en")
    targets = set(re.findall(r'<a class="cite" href="#([^"]+)"', html))
    anchors = set(re.findall(r'<li id="(src-[^"]+)"', html))
    assert len(targets) >= 20  # the point notes cite most of the sources
    assert targets <= anchors
    assert '<li id="src-new-S56">[S56] ' in html


def test_the_pdf_prints_citations_as_text_and_sources_with_their_ids() -> None:
    from plandiff.render.report import pdf_source
    from plandiff.workflows.diff import compare_refs
    from tests.helpers import PLANS

    comparison, old, new = compare_refs("peace-framework@2025-11-20-us-28-point",
                                        "peace-framework@2025-12-24-20-point", plans_root=PLANS)
    html = pdf_source(comparison, old, new, attachments={}).html
    assert 'class="cite"' not in html  # 160 links would cost WeasyPrint ~15 % more time
    assert "Sources: S56, S58, S60." in html
    assert '<li id="src-new-S56">[S56] ' in html
    # listed by id: no list numbers next to the ids
    assert html.count('<ol class="sources all ided">') == 2


def test_an_untitled_sub_point_is_named_after_its_parent() -> None:
    from plandiff.workflows.diff import compare_refs
    from tests.helpers import PLANS

    comparison, old, new = compare_refs("peace-framework@2025-11-20-us-28-point",
                                        "peace-framework@2025-12-24-20-point", plans_root=PLANS)
    report = build_report(comparison, old, new, vocabulary=load_vocabulary(), lang="en",
                          generator="test", report_date="2025-12-24")
    texts = [group.text for group in report.flags]
    # 12(a)-(f) have no title: the meaning-shift list says whose sub-points they were
    # (12(a)-(c) went into the split 12 -> 8, 9; 12(d) was removed)
    assert "Reconstruction package, point 12(d) removed" in texts
    assert not any(text.startswith("point ") for text in texts)
    ja = build_report(comparison, old, new, vocabulary=load_vocabulary(), lang="ja",
                      generator="test", report_date="2025-12-24")
    assert "「Reconstruction package・第12(d)項」を削除" in [group.text for group in ja.flags]


def test_a_source_titled_by_its_address_names_it_once() -> None:
    """``plandiff add --source-url U`` without ``--source-title`` makes U the title: the
    report printed "U — example.org. U"; it names the publisher, then the address once. The
    Word redline's cover says it the same way."""
    from plandiff.engine.compare import compare
    from plandiff.plans.model import PlanVersion
    from plandiff.render.docx.redline import _source_line
    from tests.helpers import make_plan

    url = "https://example.org/wire/feb3"
    data = make_plan()
    data["sources"] = [{"title": url, "publisher": "example.org", "url": url}]
    plan = PlanVersion.model_validate(data)
    html = render_html(compare(plan, plan), plan, plan, lang="en")
    assert html.count(url) == html.count(f'href="{url}"') * 2  # each link: href and text
    assert f"{url} — example.org" not in html and "example.org." in html
    line = _source_line(plan.sources[0], LABELS["en"])
    assert line.count(url) == 1 and line.startswith("example.org, ")


@pytest.mark.parametrize(("lang", "stub"), [
    ("en", "Points 3, 4 moved to 1."), ("ru", "Пункты 3, 4 перемещены в пункт 1."),
    ("uk", "Пункти 3, 4 переміщено до пункту 1.")])
def test_a_stub_for_several_moved_points_speaks_of_them_all(
        lang: str, stub: str, tmp_path: Path) -> None:
    """Two points merged into one that now stands first: the stub where they stood names
    them in the plural ("Point 3, 4 moved to 1." / "Пункт 3, 4 перемещён" before)."""
    from plandiff.engine.compare import compare
    from plandiff.plans.model import PlanVersion
    from tests.helpers import make_plan

    texts = ["Alpha clause on sea lanes.", "Beta clause on grain exports.",
             "Gamma clause on prisoners.", "Delta clause on hostages."]
    old = make_plan(version="v1", language=lang, points=[
        {"id": f"o{k}", "number": str(k), "text": text} for k, text in enumerate(texts, 1)])
    new = make_plan(version="v2", supersedes="v1", date="2025-12-01", language=lang, points=[
        {"id": "n1", "number": "1", "text": "Gamma and delta: prisoners and hostages.",
         "derived_from": ["accord@v1#o3", "accord@v1#o4"]},
        {"id": "n2", "number": "2", "text": texts[0], "derived_from": ["accord@v1#o1"]},
        {"id": "n3", "number": "3", "text": texts[1], "derived_from": ["accord@v1#o2"]}])
    a, b = PlanVersion.model_validate(old), PlanVersion.model_validate(new)
    html = render_html(compare(a, b), a, b)
    assert stub in html


@pytest.mark.parametrize(("lang", "sep"), [("ja", "、"), ("en", ", "), ("uk", ", ")])
def test_parties_are_listed_with_the_labels_language_comma(lang: str, sep: str) -> None:
    model = _model(lang)
    for side, plan in ((model.old, report_samples.accord()[1]),
                       (model.new, report_samples.accord()[2])):
        assert len(plan.parties) > 1
        assert side.parties == sep.join(plan.parties)


def _legend(html: str) -> str:
    start = html.index('<div class="legend">')
    return html[start:html.index("</div>", start)]


@pytest.mark.parametrize("lang", ["en", "ja", "uk", "ru"])
def test_the_legend_explains_the_review_badge_when_a_pairing_is_uncertain(lang: str) -> None:
    import dataclasses

    comparison, old, new = report_samples.accord()
    labels = LABELS[lang]
    # Without an uncertain pairing the legend does not speak of one.
    assert labels["legend_review_note"] not in _legend(render_html(comparison, old, new,
                                                                   lang=lang))
    first = next(i for i, c in enumerate(comparison.changes) if c.old and c.new)
    changes = list(comparison.changes)
    changes[first] = dataclasses.replace(changes[first], confidence=0.3)
    unsure = dataclasses.replace(comparison, changes=tuple(changes),
                                 summary=dataclasses.replace(comparison.summary, review=1))
    html = render_html(unsure, old, new, lang=lang)
    # The body's badge and the summary's count of pairings to review are explained where
    # the other marks are: the same badge, with what it asks of the reader.
    assert f'<span class="badge review">{labels["review"]}</span>' in html.split(
        'id="points"')[1]
    legend = _legend(html)
    assert (f'<span><span class="badge review">{labels["review"]}</span></span>'
            f'<span>{labels["legend_review_note"]}</span>') in legend


def _version_headers(html: str) -> list[str]:
    table = re.search(r'<table class="data versions">\s*<thead><tr>(.*?)</tr></thead>', html, re.S)
    assert table is not None
    return re.findall(r"<th[^>]*>(.*?)</th>", table.group(1))


def test_the_history_versions_table_has_no_column_no_version_fills() -> None:
    # Printed alone (plandiff history --format pdf) the page links no report: the report
    # column stood empty under a header squeezed to a letter a line (比/較 in Japanese);
    # a document of one version supersedes nothing, and its column stood empty too.
    from plandiff.lineage.history import document_history
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.history_html import SiteLinks, render_history_html
    from tests.helpers import PLANS

    corpus = load_corpus(PLANS)
    labels = LABELS["ja"]
    peace = document_history(corpus, "peace-framework", language="ja")
    alone = _version_headers(render_history_html(peace, lang="ja"))
    assert labels["col_supersedes"] in alone and labels["col_report"] not in alone
    linked = render_history_html(peace, lang="ja",
                                 links=SiteLinks(report=lambda old, new: "report.html"))
    assert _version_headers(linked)[-2:] == [labels["col_supersedes"], labels["col_report"]]
    assert '<a href="report.html">' in linked.split('id="matrix"')[0]
    single = document_history(corpus, "declaration-of-intent-uk-france-ukraine")
    assert _version_headers(render_history_html(single)) == [
        LABELS["en"][key] for key in ("date", "col_version", "status", "title")]


def test_history_and_synopsis_set_an_insertion_apart_from_the_deletion_before_it() -> None:
    from plandiff.lineage.history import document_history
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.history_html import render_history_html
    from plandiff.render.report.synopsis_html import render_synopsis_html
    from tests.helpers import PLANS

    corpus = load_corpus(PLANS)
    document = "security-guarantees-bilateral"
    for html in (render_history_html(document_history(corpus, document)),
                 render_synopsis_html(build_synopsis(corpus.versions_of(document, "en")))):
        assert "</del><ins>" not in html
        assert '<del>10</del><ins class="after-del">15</ins>' in html


@pytest.mark.parametrize("lang", ["en", "ja", "uk"])
def test_a_synopsis_names_a_clause_s_topics_as_the_report_does(lang: str) -> None:
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.plans.corpus import load_corpus
    from plandiff.plans.topics import load_vocabulary
    from plandiff.render.report.synopsis_html import render_synopsis_html
    from tests.helpers import PLANS

    synopsis = build_synopsis(load_corpus(PLANS).versions_of("peace-framework", "en"))
    html = render_synopsis_html(synopsis, lang=lang)
    shown = re.findall(r'<span class="topics">(.*?)</span>', html)
    row = next(r for r in synopsis.rows if len(r.topics) > 1)
    vocabulary = load_vocabulary()
    assert LABELS[lang]["topic_sep"].join(
        vocabulary.label(t, lang) for t in row.topics).replace("'", "&#39;") in shown
    assert "european-security" not in " ".join(shown)


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_a_history_page_counts_a_clause_s_appearances_without_a_bracketed_plural(
        lang: str) -> None:
    # Every clause of the history pages read "1 appearance(s) in …", "трапляється 1 раз(и)
    # у: …", "встречается 1 раз(а) в: …": the labels now put the count after a noun, as the
    # labels avoid plural forms elsewhere.
    from plandiff.lineage.history import document_history
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.history_html import SiteLinks, render_history_html
    from tests.helpers import PLANS

    whole = document_history(load_corpus(PLANS), "peace-framework",
                             language="en" if lang == "ru" else lang)
    html = render_history_html(whole, lang=lang,
                               links=SiteLinks(report=lambda old, new: "report.html"))
    summary = LABELS[lang]["appearances"].split("{count}")[0]
    assert html.count(summary) > 10
    assert not re.search(r"\w\((s|и|а)\)", html)


def test_the_summary_s_count_of_pairings_to_review_links_each_one() -> None:
    # The reported 20-point list -> the 20-point framework: the summary counted one pairing
    # to review and said no more; the point carrying the "review" badge was the ninth block
    # of the body, found only by reading them all.
    from plandiff.workflows.diff import compare_refs
    from tests.helpers import PLANS

    comparison, old, new = compare_refs(
        "peace-framework@2025-12-11-us-20-point-reported",
        "peace-framework@2025-12-24-20-point", plans_root=PLANS)
    reviewed = [c for c in comparison.changes if c.review]
    assert reviewed
    html = render_html(comparison, old, new, lang="en")
    summary = html[html.index('id="summary"'):html.index('id="flags"')]
    row = next(r for r in summary.split("<tr>") if LABELS["en"]["counts_review"] in r)
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', row)
    assert links == [(f"new-{c.new[0]}" if c.new else f"old-{c.old[0]}",
                      "point " + ", ".join(c.new_numbers or c.old_numbers)) for c in reviewed]
    for anchor, _ in links:
        block = html[html.index(f'id="{anchor}"'):]
        assert 'class="badge review"' in block[:block.index("</h3>")]
