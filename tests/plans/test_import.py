"""Text import (plain text / Markdown → plan version), the JSON serialiser, atomic writes and
the ``plandiff import`` command."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.atomicio import atomic_write_bytes, atomic_write_text
from plandiff.errors import InputError, UsageError, WriteError
from plandiff.limits import Limits
from plandiff.plans.importer import (
    IMPORT_SOURCE_URL,
    decode_text_bytes,
    detect_language,
    parse_text,
    read_text_file,
)
from plandiff.plans.model import PlanVersion, Status, TextKind
from plandiff.plans.schema import schema_errors
from plandiff.plans.serialise import plan_to_json
from tests.helpers import Run, assert_no_traceback

VERSION = "2025-11-20-draft"


def parse(text: str, **options: Any) -> PlanVersion:
    options.setdefault("document", "accord")
    options.setdefault("version", VERSION)
    return parse_text(text, **options)


def outline(plan: PlanVersion) -> list[tuple[str, str, str]]:
    return [(p.id, p.number, p.text) for p in plan.walk()]


def assert_valid(plan: PlanVersion) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(plan_to_json(plan))
    assert list(schema_errors(data)) == []
    assert PlanVersion.model_validate(data) == plan
    return data


# --- numbering styles ---------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "1. Text", "1) Text", "  1. Text", "\t1.Text", "- 1. Text", "* 1) Text", "+ 1. Text",
    "**1.** Text", "**1. Text**", "__1.__ Text", "Point 1. Text", "Article 1: Text",
    "Section 1 – Text", "ARTICLE 1. Text", "## 1. Text", "１．Text", "１） Text", "1、Text",
    "第1条 Text", "第１条　Text", "第一条 Text",
])
def test_each_numbering_style_opens_point_one(line: str) -> None:
    plan = parse(f"{line}\n2. Next")
    assert outline(plan) == [("p1", "1", "Text"), ("p2", "2", "Next")]
    assert_valid(plan)


def test_keyword_heading_alone_opens_a_point_but_running_text_does_not() -> None:
    plan = parse("Article 8\nHeading-style text.\nArticle 9 of the treaty still applies.")
    assert outline(plan) == [
        ("p8", "8", "Heading-style text. Article 9 of the treaty still applies.")]


def test_kanji_numerals_and_article_titles() -> None:
    plan = parse("第十二条（目的）\n本文。\n第二十一条 次。\n第百五条 最後。", language="ja")
    assert [(p.id, p.number, p.title, p.text) for p in plan.points] == [
        ("p12", "12", "目的", "本文。"), ("p21", "21", None, "次。"),
        ("p105", "105", None, "最後。")]


def test_sub_points_nest_by_marker_style() -> None:
    text = (
        "6. Security guarantees.\n"
        "   a) first\n"
        "   (b) second\n"
        "      (i) roman one\n"
        "      ii) roman two\n"
        "   c. third\n"
        "   (h) eighth\n"
        "   (i) ninth, a letter after (h)\n"
        "7. Next point\n"
        "   (1) numbered\n"
        "   （２） full-width\n"
        "   ① circled\n"
    )
    plan = parse(text)
    assert outline(plan) == [
        ("p6", "6", "Security guarantees."),
        ("p6-a", "6(a)", "first"),
        ("p6-b", "6(b)", "second"),
        ("p6-b-i", "6(b)(i)", "roman one"),
        ("p6-b-ii", "6(b)(ii)", "roman two"),
        ("p6-c", "6(c)", "third"),
        ("p6-h", "6(h)", "eighth"),
        ("p6-i", "6(i)", "ninth, a letter after (h)"),
        ("p7", "7", "Next point"),
        ("p7-1", "7(1)", "numbered"),
        ("p7-2", "7(2)", "full-width"),
        ("p7-2-1", "7(2)(1)", "circled"),
    ]
    assert_valid(plan)


def test_roman_numerals_directly_under_a_point() -> None:
    plan = parse("1. Intro\n(i) one\n(ii) two\n(iii) three")
    assert [p.number for p in plan.walk()] == ["1", "1(i)", "1(ii)", "1(iii)"]


def test_continuation_lines_paragraphs_and_spacing() -> None:
    text = "1. First line\n   continues   here\twith tabs.\n\n   New paragraph.\n\n\n2. Two\n"
    plan = parse(text)
    assert plan.points[0].text == "First line continues here with tabs.\n\nNew paragraph."
    assert plan.points[1].text == "Two"


def test_text_like_e_g_is_not_a_sub_point() -> None:
    plan = parse("1. Start\ne.g. an example\nno. 5 is mentioned\n1.5 billion is a number")
    assert outline(plan) == [
        ("p1", "1", "Start e.g. an example no. 5 is mentioned 1.5 billion is a number")]


def test_title_preamble_and_headings_are_kept() -> None:
    text = (
        "# Draft peace framework\n\nPreamble line\ncontinued.\n\nSecond paragraph.\n"
        "1. One\n## Security\n2. Two\n## Annex\n"
    )
    plan = parse(text)
    assert plan.title == "Draft peace framework"
    assert plan.notes == ("Preamble line continued.\n\nSecond paragraph.\n\n"
                          "Heading before point 2: Security\n\n"
                          "Heading after the last point: Annex")
    assert parse(text, title="Given title").title == "Given title"
    assert parse("1. x").title == f"accord {VERSION}"


def test_ids_are_unique_when_numbers_repeat() -> None:
    plan = parse("1. a\n1. b\n1. c\n  a) x\n  a) y")
    assert [p.id for p in plan.walk()] == ["p1", "p1-2", "p1-3", "p1-3-a", "p1-3-a-2"]
    assert_valid(plan)


def test_metadata_defaults_and_options() -> None:
    plan = parse("1. Russia shall withdraw.")
    assert plan.date == dt.date(2025, 11, 20)
    # A text import is a reported paraphrase until the user says otherwise (issue #13).
    assert plan.status is Status.REPORTED and plan.text_kind is TextKind.PARAPHRASE
    assert plan.language == "en"
    assert plan.sources[0].url == IMPORT_SOURCE_URL
    assert "placeholder" in (plan.sources[0].notes or "").lower()
    other = parse("1. x", version="v2", date=dt.date(2026, 1, 2), status=Status.PROPOSAL,
                  text_kind=TextKind.TRANSLATION, language="uk", source_label="draft.txt")
    assert (other.date, other.status, other.text_kind, other.language) == (
        dt.date(2026, 1, 2), Status.PROPOSAL, TextKind.TRANSLATION, "uk")
    assert "draft.txt" in other.sources[0].title


@pytest.mark.parametrize(("text", "language"), [
    ("1. Russia shall withdraw its forces.", "en"),
    ("1. ウクライナはNATOに加盟しない。", "ja"),
    ("1. 乌克兰不加入北约。", "zh"),
    ("1. 우크라이나는 가입하지 않는다.", "ko"),
    ("1. Україна не вступає до НАТО і їхніх союзів.", "uk"),
    ("1. Украина не вступает в НАТО и другие союзы.", "ru"),
])
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert parse(text).language == language


def test_control_characters_and_lone_surrogates_are_cleaned() -> None:
    plan = parse("\ufeff1. a\x07b \ud800 c\x0cnext line")
    assert plan.points[0].text == "a b \ufffd c next line"
    assert_valid(plan)


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n", "Just prose.\nNo numbers here."])
def test_no_points_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse(text, source_label="draft.txt")
    message = info.value.lines()[0]
    assert message.startswith("draft.txt: ")
    assert "numbered points" in message
    if text.strip():
        assert message == ("draft.txt: no numbered points found (expected lines like '1. "
                           "...', 'Point 1', '第1項'); for a list without numbers give "
                           "--points-by lines, for titled sections without numbers "
                           "--points-by headings")


def test_bad_ids_date_and_language_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="--document"):
        parse("1. x", document="Bad Id")
    with pytest.raises(UsageError, match="--version"):
        parse("1. x", version="a..b")
    with pytest.raises(UsageError, match="--date"):
        parse("1. x", version="draft-two")
    with pytest.raises(UsageError, match="--language"):
        parse("1. x", language="not a tag")


def test_limits_are_enforced() -> None:
    with pytest.raises(InputError, match="over the limit"):
        parse("1. a\n2. b\n  a) c", limits=Limits(max_points=2))
    with pytest.raises(InputError, match="PLANDIFF_MAX_TEXT_CHARS"):
        parse("1. " + "x" * 50, limits=Limits(max_text_chars=10))


def test_decoding() -> None:
    assert decode_text_bytes("1. é".encode(), "f") == "1. é"
    assert decode_text_bytes(b"\xef\xbb\xbf1. x", "f") == "1. x"
    assert decode_text_bytes("1. ウ".encode("utf-16"), "f") == "1. ウ"
    assert decode_text_bytes("1. ウ".encode("utf-32"), "f") == "1. ウ"


@pytest.mark.parametrize(("data", "expected"), [
    (b"1. ok\n2. caf\xe9\n", "f.txt:2:7: not valid UTF-8 (byte 0xe9)"),
    (b"1. ok\nab\x00cd", "f.txt:2:3: binary file (NUL byte)"),
    (b"\x01\x02\x03" + b"1. text" * 10, "f.txt: binary file (3 control characters"),
    (b"\xff\xfe\x00\xd8", "f.txt: not valid UTF-16"),
])
def test_decoding_errors_name_the_file_and_place(data: bytes, expected: str) -> None:
    with pytest.raises(InputError) as info:
        decode_text_bytes(data, "f.txt")
    assert info.value.lines()[0].startswith(expected)


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes("1. Текст\n".encode())
    assert read_text_file(path, Limits()) == "1. Текст\n"
    with pytest.raises(InputError, match="over the limit"):
        read_text_file(path, Limits(max_file_bytes=4))
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "missing.txt", Limits())
    with pytest.raises(InputError, match="directory"):
        read_text_file(tmp_path, Limits())


# --- serialiser ---------------------------------------------------------------------------


def test_plan_json_is_deterministic_ordered_and_minimal() -> None:
    plan = parse("# T\n1. One\n  a) sub\n2. Two")
    text = plan_to_json(plan)
    assert text == plan_to_json(plan) and text.endswith("}\n") and "\n  \"" in text
    data = json.loads(text)
    assert list(data) == ["document", "version", "title", "date", "status", "text_kind",
                          "language", "sources", "points"]
    assert list(data["points"][0]) == ["id", "number", "text", "points"]
    assert list(data["points"][1]) == ["id", "number", "text"]
    with_schema = plan.model_copy(update={"schema_ref": "../../schemas/plan-version.schema.json",
                                          "parties": ("Russia",)})
    data = json.loads(plan_to_json(with_schema))
    assert next(iter(data)) == "$schema" and data["parties"] == ["Russia"]
    assert list(data).index("parties") < list(data).index("sources")


def test_plan_json_keeps_non_ascii_and_escapes_lone_surrogates() -> None:
    plan = parse("1. ウクライナ")
    assert "ウクライナ" in plan_to_json(plan)
    odd = plan.model_copy(update={"notes": "bad \ud800 char"})
    text = plan_to_json(odd)
    text.encode("utf-8")
    assert "\\ud800" in text


# --- atomic writes ------------------------------------------------------------------------


def test_atomic_write_creates_folders_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.json"
    atomic_write_text(target, "first\n", overwrite=False)
    assert target.read_text() == "first\n"
    with pytest.raises(WriteError, match="already exists"):
        atomic_write_bytes(target, b"second", overwrite=False)
    assert target.read_text() == "first\n"
    atomic_write_bytes(target, b"second", overwrite=True)
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]


def test_atomic_write_refuses_folders_and_dangling_links(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="folder"):
        atomic_write_bytes(tmp_path, b"x", overwrite=True)
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(WriteError, match="already exists"):
        atomic_write_bytes(link, b"x", overwrite=False)


# --- the command --------------------------------------------------------------------------

DRAFT = "# Draft\n\nPreamble.\n\n1. Russia shall withdraw.\n2. Ukraine may join the EU.\n" \
        "   a) within 10 years\n"


def test_cli_import_to_stdout(tmp_path: Path, cli: Callable[..., Run]) -> None:
    source = tmp_path / "draft.md"
    source.write_text(DRAFT, encoding="utf-8")
    run = cli("import", str(source), "--document", "accord", "--version", VERSION)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert list(schema_errors(data)) == []
    assert [p["id"] for p in data["points"]] == ["p1", "p2"]
    assert data["notes"] == "Preamble." and data["title"] == "Draft"
    again = cli("import", str(source), "--document", "accord", "--version", VERSION)
    assert again.out == run.out


def test_cli_import_to_file_refuses_overwrite(tmp_path: Path, cli: Callable[..., Run]) -> None:
    source = tmp_path / "draft.md"
    source.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "plans" / "accord" / f"{VERSION}.json"
    args = ("import", str(source), "--document", "accord", "--version", VERSION,
            "--title", "Given", "--language", "en", "-o", str(out))
    run = cli(*args)
    assert run.code == 0 and run.out == "" and "wrote" in run.err
    written = out.read_text(encoding="utf-8")
    assert json.loads(written)["title"] == "Given"
    out.write_text("user edits\n", encoding="utf-8")
    refused = cli(*args)
    assert refused.code == 2 and "already exists" in refused.err
    assert out.read_text(encoding="utf-8") == "user edits\n"
    forced = cli(*args, "--force")
    assert forced.code == 0 and out.read_text(encoding="utf-8") == written


@pytest.mark.parametrize(("content", "extra", "message"), [
    (b"no numbers\n", (), "no numbered points found"),
    (b"1. x\n\xff", (), ":2:1: not valid UTF-8"),
    (b"\x00\x01binary", (), "binary file"),
    (b"1. x\n", ("--date", "2025-13-01"), "not a date"),
    (b"1. x\n", ("--status", "rumour"), "rumour"),
])
def test_cli_import_errors_exit_2(tmp_path: Path, cli: Callable[..., Run], content: bytes,
                                  extra: tuple[str, ...], message: str) -> None:
    source = tmp_path / "draft.txt"
    source.write_bytes(content)
    run = cli("import", str(source), "--document", "accord", "--version", VERSION, *extra)
    assert run.code == 2
    assert message in run.err
    assert run.out == ""
    assert_no_traceback(run)


def test_cli_import_missing_file(tmp_path: Path, cli: Callable[..., Run]) -> None:
    run = cli("import", str(tmp_path / "missing.txt"), "--document", "a", "--version", VERSION)
    assert run.code == 2 and "no such file" in run.err


def test_cli_import_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                                        cli: Callable[..., Run]) -> None:
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO("1. ロシアは撤退する。\n".encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    run = cli("import", "-", "--document", "accord", "--version", VERSION)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["language"] == "ja" and "<stdin>" in data["sources"][0]["title"]


def test_cli_import_help_has_an_example(cli: Callable[..., Run]) -> None:
    run = cli("import", "--help")
    assert run.code == 0 and "Example:" in run.out


# --- articles with numbered paragraphs -------------------------------------------------------


def test_articles_keep_their_titles_and_numbered_paragraphs() -> None:
    plan = parse("# Agreement\n\n## Article 1 — Ceasefire\n\n"
                 "1. The Parties observe a ceasefire.\n2. It covers land, air and sea.\n\n"
                 "## Article 2: Withdrawal\n1. Heavy weapons are withdrawn.\n"
                 "   a) artillery;\n   b) rocket launchers.\n2. It ends within 14 days.\n\n"
                 "Article 3 — Final provisions\nThis Agreement enters into force.\n")
    assert [(p.id, p.number, p.title, p.text) for p in plan.walk()] == [
        ("p1", "1", "Ceasefire", ""),
        ("p1-1", "1(1)", None, "The Parties observe a ceasefire."),
        ("p1-2", "1(2)", None, "It covers land, air and sea."),
        ("p2", "2", "Withdrawal", ""),
        ("p2-1", "2(1)", None, "Heavy weapons are withdrawn."),
        ("p2-1-a", "2(1)(a)", None, "artillery;"),
        ("p2-1-b", "2(1)(b)", None, "rocket launchers."),
        ("p2-2", "2(2)", None, "It ends within 14 days."),
        ("p3", "3", "Final provisions", "This Agreement enters into force."),
    ]
    assert_valid(plan)


def test_plain_numbers_that_do_not_count_paragraphs_stay_top_level() -> None:
    # A paragraph sequence starts at 1 and counts up; anything else is the next point.
    plan = parse("Article 1 — Scope\nThe treaty applies.\n3. Third point.\n4. Fourth point.")
    assert [(p.number, p.title, p.text) for p in plan.walk()] == [
        ("1", "Scope", "The treaty applies."), ("3", None, "Third point."),
        ("4", None, "Fourth point.")]
    # Without a keyword heading, numbers are top-level points as before.
    plan = parse("1. One.\n1. Again one.\n2. Two.")
    assert [p.number for p in plan.walk()] == ["1", "1", "2"]
    # A sentence after the number is text, not a title.
    plan = parse("Article 1: The Parties shall act.\nThey report yearly.")
    assert [(p.title, p.text) for p in plan.walk()] == [
        (None, "The Parties shall act. They report yearly.")]


def test_japanese_articles_take_numbered_paragraphs() -> None:
    plan = parse("第1条（停戦）\n１．当事者は停戦する。\n２．停戦は陸海空に及ぶ。\n"
                 "第2条\n本協定は署名により発効する。", language="ja")
    assert [(p.number, p.title, p.text) for p in plan.walk()] == [
        ("1", "停戦", ""), ("1(1)", None, "当事者は停戦する。"),
        ("1(2)", None, "停戦は陸海空に及ぶ。"), ("2", None, "本協定は署名により発効する。")]


def test_the_structure_summary_writes_each_count_in_the_right_number() -> None:
    """"1 sub-point", not "1 sub-points" (a journalist's import of a short draft)."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    request = DraftRequest(document="framework", version="2025-11-21-short")
    two = import_bytes(b"1. The parties agree:\n(a) to stop firing.\n2. Talks resume.\n",
                       "short.txt", ".txt", request).report.summary()
    assert "2 points, 1 sub-point," in two, two
    assert two.endswith("0 warnings"), two
    one = import_bytes(b"1. The parties agree to stop firing.\n", "one.txt", ".txt",
                       request).report.summary()
    assert "1 point, 0 sub-points," in one, one


@pytest.mark.parametrize(("levels", "refused"), [(31, False), (40, True)])
def test_a_draft_nests_only_as_deep_as_a_plan_file_holds(levels: int, refused: bool) -> None:
    """Nested lists 40 deep on a page (a fuzzer's find) were imported into a plan the loader
    refused ("JSON nested deeper than 64 levels"): the import now says it, in one line."""
    from pathlib import Path

    from plandiff.plans.intake import DraftRequest, import_bytes
    from plandiff.plans.loading import parse_plan_bytes
    from plandiff.plans.serialise import plan_to_json

    page = ("<html><body><article><h1>Plan</h1>"
            + "".join(f"<ol><li>Level {k} point text." for k in range(1, levels + 1))
            + "</li></ol>" * levels + "</article></body></html>").encode()
    request = DraftRequest(document="doc", version="2025-11-20-deep")
    if refused:
        with pytest.raises(InputError, match=r"page.html: points nested 40 levels deep, over "
                           r"the limit of 31 a plan file holds \(set PLANDIFF_MAX_DEPTH"):
            import_bytes(page, "page.html", ".html", request)
        return
    plan = import_bytes(page, "page.html", ".html", request).plan
    loaded = parse_plan_bytes(plan_to_json(plan).encode(), Path("doc/2025-11-20-deep.json"), "x")
    assert loaded.plan is not None, [p.format() for p in loaded.problems]
