"""Press copies of a plan pasted as text with no blank lines (press19): a closing line after
the quoted list, bullet labels, bylines glued into the list, short title lines. Nothing of
the page's own is a point's text, and whatever is left out is counted in the report. Texts
are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import report_text

REQUEST = DraftRequest(document="plan", version="2025-11-21-press")

EN = ("Both sides stop firing along the whole front.",
      "Neutral monitors watch the line of contact.",
      "Detainees are exchanged, all for all.")
UK = ("Сторони припиняють вогонь уздовж усієї лінії.",
      "Нейтральні спостерігачі стежать за лінією зіткнення.",
      "Утримуваних осіб обмінюють усіх на всіх.")
RU = ("Стороны прекращают огонь вдоль всей линии.",
      "Нейтральные наблюдатели следят за линией соприкосновения.",
      "Удерживаемых лиц обменивают всех на всех.")
JA = ("停戦ラインを双方が守る。", "中立国の監視団が境界を見回る。",
      "拘束された人々を段階的に交換する。")


def _import(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)


def _numbered(points: tuple[str, ...]) -> str:
    return "".join(f"{n}. {point}\n" for n, point in enumerate(points, 1))


@pytest.mark.parametrize(("points", "closing"), [
    (EN, "That is all I have."),
    (EN, "That's all we have."),
    (EN, "End of document."),
    (EN, "End of text"),
    (EN, "Ends."),
    (EN, "End."),
    (UK, "Кінець документа"),
    (UK, "Кінець тексту."),
    (RU, "Конец документа."),
    (RU, "Конец текста"),
    (JA, "以上"),
    (JA, "以上です。"),
])
@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_closing_line_after_the_list_is_left_out_and_counted(
        points: tuple[str, ...], closing: str, gap: str) -> None:
    """The closing line of a quoted list, right under the last point or after a blank line,
    ran into the last point ("… all for all. That is all I have.") or stayed its paragraph
    with a warning."""
    imported = _import(_numbered(points) + gap + closing + "\n")
    assert [p.text for p in imported.plan.points] == list(points)
    assert closing in (imported.plan.notes or "")
    assert "last point" not in report_text(imported) or "以上" in closing
    assert any(closing[:2] in f.message or "end mark" in f.message or "sign-off" in f.message
               for f in imported.report.findings)


@pytest.mark.parametrize("line", ["Ends of the line are held by monitors.",
                                  "End the blockade of the ports.", "That is all for all."])
def test_a_point_that_opens_with_such_words_stays_a_point(line: str) -> None:
    imported = _import(_numbered(EN) + f"4. {line}\n")
    assert [p.text for p in imported.plan.points] == [*EN, line]


MORE_EN = ("Elections are held within 100 days of signing.",
           "Sanctions are lifted in stages.")
MORE_UK = ("Вибори відбудуться протягом 100 днів після підписання.",
           "Санкції знімають поетапно.")


@pytest.mark.parametrize(("points", "more", "byline", "glue"), [
    (EN, MORE_EN, "By Jane Roe, Reuters", ""),
    (EN, MORE_EN, "By Jane Roe, Reuters", "\n"),
    (EN, MORE_EN, "By Jane Roe and John Doe", ""),
    (EN, MORE_EN, "By Jane Roe", "\n"),
    (UK, MORE_UK, "Автор: Іван Петренко", ""),
    (UK, MORE_UK, "Автор: Іван Петренко", "\n"),
    (UK, MORE_UK, "Авторка — Олена Коваль, Київ", "\n"),
    (RU, MORE_UK, "Автор: Иван Петров", ""),
])
def test_a_byline_in_the_middle_of_the_list_is_page_furniture(
        points: tuple[str, ...], more: tuple[str, ...], byline: str, glue: str) -> None:
    """A page's byline glued onto point 3's sentence ("… all for all.By Jane Roe, Reuters")
    or standing on its own line between points 3 and 4: it ran into point 3 (or went to its
    notes as an editor's aside); it is left out and counted, and the list goes on."""
    every = (*points, *more)
    lines = [f"{n}. {point}" for n, point in enumerate(every, 1)]
    lines[2] += glue + byline
    imported = _import("\n".join(lines) + "\n")
    assert [p.text for p in imported.plan.points] == list(every)
    assert all(not p.notes for p in imported.plan.points)
    assert "1 byline(s)" in report_text(imported)
    assert "after its list" not in report_text(imported)


@pytest.mark.parametrize("line", [
    "4. The agreement is signed by Jane Roe, the envoy.",
    "4. Monitors are named by the parties.By December",
])
def test_a_point_s_own_by_is_no_byline(line: str) -> None:
    imported = _import(_numbered(EN) + line + "\n5. " + MORE_EN[1] + "\n")
    assert imported.plan.points[3].text == line[3:]


LABELLED = (("Ukraine's army", "capped at 800,000 in peacetime"),
            ("Elections", "within 100 days of signing"),
            ("Frozen assets", "$100bn to rebuilding, led by the US"))
LABELLED_UK = (("Армія України", "до 800 тисяч у мирний час"),
               ("Вибори", "протягом 100 днів після підписання"),
               ("Заморожені активи", "100 млрд доларів на відбудову"))
LABELLED_JA = (("ウクライナ軍", "平時は80万人が上限"), ("選挙", "署名から100日以内に実施"),
               ("凍結資産", "1000億ドルを復興に充てる"))


@pytest.mark.parametrize(("items", "colon"), [
    (LABELLED, ": "), (LABELLED_UK, ": "), (LABELLED_JA, "："), (LABELLED[:2], ": "),
    (LABELLED_UK, " — "), (LABELLED, " – ")])
@pytest.mark.parametrize("marker", ["• ", "- ", "– ", "▪ ", "* **{label}** ", "・"])
def test_a_bulleted_item_s_label_is_its_title(
        items: tuple[tuple[str, str], ...], colon: str, marker: str) -> None:
    """"• Ukraine's army: capped at 800,000": the label before the colon is the point's
    title and its text what follows; the bullet is never text. The label stayed the text's
    first words ("Ukraine's army: capped …")."""
    if "{label}" in marker:
        body = "".join(marker.format(label=label + colon.rstrip()) + text + "\n"
                       for label, text in items)
    else:
        body = "".join(f"{marker}{label}{colon}{text}\n" for label, text in items)
    imported = _import("Key points of the draft:\n" + body)
    assert [(p.title, p.text) for p in imported.plan.points] == list(items)


def test_bullets_not_all_labelled_keep_their_words() -> None:
    """One item without a label: no item's words before a colon are taken for a title
    (a sentence may hold a colon: "The envoy said: talks go on")."""
    body = ("• Elections: within 100 days of signing\n• The envoy said: talks go on\n"
            "• No amnesty is given for war crimes\n")
    imported = _import("Key points:\n" + body)
    assert [p.title for p in imported.plan.points] == [None, None, None]
    assert imported.plan.points[0].text == "Elections: within 100 days of signing"


@pytest.mark.parametrize("body", [
    "• 14:02 Ukraine keeps its sovereignty.\n• 14:05 The army is capped at 800,000.\n"
    "• 14:09 Elections are held within 100 days.\n",
    "- 9:30 Talks open in Geneva.\n- 11:45 The envoys break for lunch.\n",
    "• Ukraine 2:1 Russia in seats on the council.\n• Europe 3:2 the US in the fund.\n",
    "• 2:1 seats on the council go to Ukraine.\n• 3:2 shares of the fund go to Europe.\n",
])
def test_a_time_or_a_ratio_is_no_label(body: str) -> None:
    """"• 14:02 Ukraine keeps …": the colon of a time (or of a ratio, 2:1) closes no label.
    The bullets' labels read "14" over "02 Ukraine keeps …"."""
    imported = _import("What the plan says\n\n" + body)
    lines = [line.lstrip("•- ") for line in body.splitlines()]
    assert [p.title for p in imported.plan.points] == [None] * len(lines)
    assert [p.text for p in imported.plan.points] == lines


TITLED = (("Sovereignty", "Ukraine's sovereignty is confirmed by all sides."),
          ("Non-aggression", "Russia, Ukraine and Europe agree a full pact of non-aggression."),
          ("Territory", "The line of contact is the starting point for the talks."),
          ("Army", "Capped at 800,000."),
          ("Elections", "Ukraine holds elections within 100 days of signing."))


def _titled(opener: str, items: tuple[tuple[str, str], ...] = TITLED, end: str = "") -> str:
    return "".join(opener.format(n=n) + title + end + "\n" + text + "\n"
                   for n, (title, text) in enumerate(items, 1))


@pytest.mark.parametrize("end", [":", " —", " –", "："])
@pytest.mark.parametrize("opener", ["{n}. ", "Point {n} – ", "Пункт {n}. "])
def test_a_title_line_ending_in_a_colon_or_a_dash_is_the_title(opener: str, end: str) -> None:
    """"1. Sovereignty:" over the text, no blank line between: the title ran into the text
    ("Sovereignty: Ukraine's …"), or kept its dash ("Sovereignty —")."""
    imported = _import(_titled(opener, end=end))
    assert [(p.title, p.text) for p in imported.plan.points] == list(TITLED)


def test_a_title_over_a_short_text_is_the_title_when_the_others_show_the_shape() -> None:
    """"4. Army" over "Capped at 800,000." and "5. Elections" over "Held." are as short as
    a wrapped line's end, but the other points show the draft's shape: a title line over
    each point's text. The short ones' titles ran into their text ("Elections Held.")."""
    items = (*TITLED[:3], ("Frozen assets", "To rebuilding."), ("Elections", "Held."))
    imported = _import(_titled("{n}. ", items))
    assert [(p.title, p.text) for p in imported.plan.points] == list(items)


def test_a_point_written_as_two_sentences_leaves_the_others_their_titles() -> None:
    """One point with no title line, its first line a full sentence longer than any title
    (a press copy titles most points, not all): it stays untitled, and the others keep
    their titles. Every title ran into its text."""
    untitled = "Russia, Ukraine and Europe agree a full pact of non-aggression."
    lines = [f"{n}. {title}\n{text}" for n, (title, text) in enumerate(TITLED, 1)]
    lines[1] = f"2. {untitled}\nIt covers the last thirty years."
    text = "\n".join(lines) + "\n"
    imported = _import(text)
    assert [(p.number, p.title) for p in imported.plan.points] == [
        ("1", "Sovereignty"), ("2", None), ("3", "Territory"), ("4", "Army"),
        ("5", "Elections")]
    assert imported.plan.points[1].text == untitled + " It covers the last thirty years."


RUN_TOGETHER = ("both sides stop firing along the whole front",
                "neutral monitors watch the line of contact",
                "detainees are exchanged, all for all",
                "elections are held within 100 days of signing.")


@pytest.mark.parametrize("joins", [("; ", "; ", "; and "), (", ", ", ", ", and "),
                                   ("; ", "; ", "; ")])
def test_a_wire_story_s_points_run_together_in_one_paragraph(
        joins: tuple[str, str, str]) -> None:
    """A wire story quoting the points in one sentence: "sets out that (1) …; (2) …; and
    (4) …". No point was found at all (the import failed). Each item keeps the separator
    after it ("…; and"), as a list typed an item a line does."""
    items = "".join(f"({n}) {item}" + (joins[n - 1] if n < 4 else "")
                    for n, item in enumerate(RUN_TOGETHER, 1))
    text = (f"KYIV, Nov 21 (Wire) - The draft, seen by this agency, sets out that {items}\n"
            "Officials declined to comment.\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == [
        item + (joins[n - 1].rstrip() if n < 4 else "") for n, item in enumerate(RUN_TOGETHER, 1)]
    assert "sets out that" in (imported.plan.notes or "")


RUN_INSIDE = ("The parties agree that (1) troops withdraw; (2) monitors deploy; and (3) "
              "elections follow.")


@pytest.mark.parametrize("draft", [
    "1. Ukraine keeps its sovereignty.\n2. {run}\n3. A fund is set up.\n",
    "• Ukraine keeps its sovereignty.\n• {run}\n• A fund is set up.\n",
    "Article 1\nUkraine keeps its sovereignty.\nArticle 2\n{run}\nArticle 3\nA fund is set up.\n",
])
def test_a_run_of_bracketed_items_inside_a_numbered_or_bulleted_draft_is_its_point_s(
        draft: str) -> None:
    """A draft that numbers or bullets its own points: "(1) …; (2) …; and (3) …" in one of
    them is that point's sentence, left whole. It was cut into items: in a bulleted draft
    those items took the points' place (the first bullet went to the notes, the last
    became a sub-point of item 3); in a numbered one they became sub-points."""
    imported = _import("Framework\n\n" + draft.format(run=RUN_INSIDE))
    assert [p.text for p in imported.plan.points] == [
        "Ukraine keeps its sovereignty.", RUN_INSIDE, "A fund is set up."]
    assert all(not p.points for p in imported.plan.points)


def test_bracketed_numbers_that_do_not_count_on_are_the_sentence_s() -> None:
    """A sentence citing items (2) and (1) out of order, or only two of them, is no list."""
    text = ("1. Monitors report under (2) and (1) of the annex, as agreed.\n"
            "2. Both sides keep (1) the line, (2) the corridors.\n")
    imported = _import(text)
    assert [p.number for p in imported.plan.points] == ["1", "2"]
