"""A draft posted as a thread (X, Bluesky, Mastodon) and pasted or saved: the posts' counters
(``2/6``), the thread mark 🧵, the posts' headers and counts are no text of the draft, and a
point run on into the next post is one point. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="framework", version="2025-12-24-thread")

POINTS = [("1", "Ukraine's sovereignty is confirmed by all signatories."),
          ("2", "Russia, Ukraine and Europe sign a full non-aggression agreement."),
          ("3", "Ukraine's armed forces keep a peacetime strength of 800,000 people, and the "
                "number is reviewed every five years by the parties."),
          ("4", "Ukraine joins the European Union on a date fixed in the text.")]


def _points(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported.plan.points]


def _everything(imported: ImportedDraft) -> str:
    plan = imported.plan
    return " ".join([plan.notes or "", *(p.text for p in plan.walk()),
                     *(p.notes or "" for p in plan.walk())])


def test_a_pasted_thread_with_counters_at_a_post_s_start_and_end() -> None:
    text = ("🧵 1/4 The framework as it was shown to us today:\n\n"
            "1. Ukraine's sovereignty is confirmed by all signatories.\n\n"
            "2/4 2. Russia, Ukraine and Europe sign a full non-aggression agreement.\n\n"
            "3. Ukraine's armed forces keep a peacetime strength of 800,000 people, and the"
            " 3/4\n\n"
            "number is reviewed every five years by the parties.\n\n"
            "(4/4) 4. Ukraine joins the European Union on a date fixed in the text. 🧵👇\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == POINTS
    assert all(not p.points for p in imported.plan.points)
    everything = _everything(imported)
    assert "🧵" not in everything and "/4" not in everything
    messages = [f.message for f in imported.report.findings]
    assert "left out 4 post counter(s) of a thread ('2/6')" in messages
    assert any("run on into the next post" in m for m in messages)


def test_a_thread_copied_from_the_site_with_its_headers_and_counts() -> None:
    """What a browser copies from the thread's page: each post under its writer's name,
    handle and time, followed by its reply, repost, like and view counts; a point cut at a
    post's end with an ellipsis on both sides."""
    header = "Olena Writer\n@olenawriter\n·\nDec 24\n"
    text = (f"{header}🧵 The framework, one post at a time (1/3)\n"
            f"{header}1. Ukraine's sovereignty is confirmed by all signatories.\n"
            "2. Russia, Ukraine and Europe sign a full non-aggression agreement, and the "
            "line of contact…\n(2/3)\n12\n45\n230\n"
            f"{header}…is watched from space by the partners.\n"
            "3. Ukraine joins the European Union on a date fixed in the text. (3/3)\n"
            "3\n9\n41\n1.2K\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is confirmed by all signatories."),
        ("2", "Russia, Ukraine and Europe sign a full non-aggression agreement, and the line "
              "of contact is watched from space by the partners."),
        ("3", "Ukraine joins the European Union on a date fixed in the text.")]
    everything = _everything(imported)
    for chrome in ("@olenawriter", "Olena Writer", "Dec 24", "1.2K", "230"):
        assert chrome not in everything
    assert "The framework, one post at a time" in (imported.plan.notes or "")


def test_a_saved_thread_page() -> None:
    """A thread's page saved from the site: each post an ``<article>`` with its name, handle
    and time over the text and its counts under it (``role=group``)."""
    posts = ["🧵 The framework as we have seen it today. 1/3",
             "1. Ukraine's sovereignty is confirmed by all signatories.<br>2. Russia, Ukraine "
             "and Europe sign a full non-aggression agreement, and the 2/3",
             "line of contact is watched from space by the partners.<br>3. Ukraine joins the "
             "European Union on a date fixed in the text. 3/3"]
    cells = "".join(
        f'<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article">'
        f'<div data-testid="User-Name"><a href="/w"><span>Olena Writer</span></a>'
        f'<a href="/w"><span>@olenawriter</span></a><span>·</span><time>Dec 24</time></div>'
        f'<div lang="en" data-testid="tweetText"><span>{post}</span></div>'
        f'<div role="group" aria-label="12 replies, 45 reposts, 230 likes">'
        f'<span>12</span><span>45</span><span>230</span><span>15K</span></div>'
        f'</article></div>' for post in posts)
    page = (f'<html><body><main role="main"><section><h1>Conversation</h1>{cells}</section>'
            f'</main></body></html>')
    imported = import_bytes(page.encode(), "thread.html", ".html", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is confirmed by all signatories."),
        ("2", "Russia, Ukraine and Europe sign a full non-aggression agreement, and the line "
              "of contact is watched from space by the partners."),
        ("3", "Ukraine joins the European Union on a date fixed in the text.")]
    everything = _everything(imported)
    for chrome in ("@olenawriter", "15K", "🧵", "/3"):
        assert chrome not in everything


def test_fractions_and_a_lone_split_count_no_thread() -> None:
    """A fraction at a line's end or start that counts no thread stays the text's."""
    text = ("1. Assets are split 50/50\n   between the two funds.\n"
            "2. 1/3 of the troops withdraw within 30 days.\n"
            "3. The remaining 2/3 withdraw by the end of the year.\n")
    imported = import_bytes(text.encode(), "draft.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Assets are split 50/50 between the two funds."),
        ("2", "1/3 of the troops withdraw within 30 days."),
        ("3", "The remaining 2/3 withdraw by the end of the year.")]
    assert not any("thread" in f.message for f in imported.report.findings)


def test_messages_copied_out_of_a_messenger_channel() -> None:
    """Messages copied out of a channel: each under the channel's name and time
    (``Channel, [24.12.2025 10:15]``), a forward's source, the view count under the last.
    The header and the forward stayed in point 2 and the count in the last point."""
    text = ("Новини, [24.12.2025 10:15]\n[Forwarded from Офіс Президента]\n"
            "Перші пункти документа:\n\n1. Суверенітет України підтверджується.\n"
            "2. Україна отримає сильні гарантії безпеки.\n\n"
            "Новини, [24.12.2025 10:16]\n[Forwarded from Офіс Президента]\n"
            "3. Збройні сили залишаться на рівні 800 тисяч.\n\n👁 12.3K\n")
    imported = import_bytes(text.encode(), "channel.txt", ".txt", REQUEST)
    assert _points(imported) == [("1", "Суверенітет України підтверджується."),
                                 ("2", "Україна отримає сильні гарантії безпеки."),
                                 ("3", "Збройні сили залишаться на рівні 800 тисяч.")]
    assert imported.plan.points[1].notes == "[Forwarded from Офіс Президента]"
    assert "12.3K" not in _everything(imported) and "10:16" not in _everything(imported)
    assert "left out 3 line(s) of the posts' headers and counts (name, @handle, time, likes, " \
           "views)" in [f.message for f in imported.report.findings]


def test_a_thread_counting_its_posts_with_no_total() -> None:
    """Posts counted ``1/``, ``2/`` … with no total, the draft's own numbers after them
    (``2/ 1. Ukraine's …``): point 1 held the thread's opening and point 2 what followed
    ``3/``. A list numbered ``1/ …`` itself, with no number after, is a press copy's
    points (``N/`` before a word), as before."""
    thread = ("1/ The framework as we have it today. A thread.\n\n"
              "2/ 1. Ukraine's sovereignty is reaffirmed.\n"
              "2. Russia and Ukraine conclude a full non-aggression agreement.\n\n"
              "3/ 3. Ukraine receives strong security guarantees.\n\n4/ More tomorrow.\n")
    imported = import_bytes(thread.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is reaffirmed."),
        ("2", "Russia and Ukraine conclude a full non-aggression agreement."),
        ("3", "Ukraine receives strong security guarantees.")]
    listed = ("1/ Ukraine's sovereignty is reaffirmed.\n"
              "2/ Russia and Ukraine conclude a full non-aggression agreement.\n")
    imported = import_bytes(listed.encode(), "list.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is reaffirmed."),
        ("2", "Russia and Ukraine conclude a full non-aggression agreement.")]


def test_a_thread_copied_from_bluesky_and_mastodon() -> None:
    """Other sites' copies: a handle with a domain (``@olena.bsky.social``,
    ``@olena@mastodon.social``), the full time under each post (``December 24, 2025 at
    10:16 AM``) and its counts in words (``12 reposts 45 likes``). They were read as a text
    set in the middle of point 2's sentence, into its notes."""
    text = ("Olena Writer\n@olena.bsky.social\n\n🧵 The framework as read out today. 1/3\n\n"
            "December 24, 2025 at 10:15 AM\n\nOlena Writer\n@olena.bsky.social\n\n"
            "1. Ukraine's sovereignty is reaffirmed.\n2. Russia and Ukraine conclude a full "
            "non-aggression agreement, with monitoring of the 2/3\n\n"
            "December 24, 2025 at 10:16 AM\n12 reposts 45 likes\n\n"
            "Olena Writer\n@olena@mastodon.social\n\nline of contact from space.\n"
            "3. Ukraine receives strong security guarantees. 3/3\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is reaffirmed."),
        ("2", "Russia and Ukraine conclude a full non-aggression agreement, with monitoring "
              "of the line of contact from space."),
        ("3", "Ukraine receives strong security guarantees.")]
    everything = _everything(imported)
    for chrome in ("reposts", "10:16", "mastodon", "Olena Writer"):
        assert chrome not in everything


def test_a_telegram_channel_s_web_page() -> None:
    """A channel's messages saved from its web page: the channel's name over each message
    ran into the last point of the message before it."""
    messages = [["Суверенітет України підтверджується.", "Україна отримає гарантії."],
                ["Збройні сили залишаться на рівні 800 тисяч."]]
    page, n = [], 1
    for items in messages:
        body = "<br/>".join(f"{n + k}. {text}" for k, text in enumerate(items))
        n += len(items)
        page.append(
            '<div class="tgme_widget_message js-widget_message"><div class="tgme_widget_message_'
            'bubble"><div class="tgme_widget_message_author accent_color"><a><span>Новини'
            '</span></a></div><div class="tgme_widget_message_forwarded_from">Forwarded from '
            f'<a>Офіс</a></div><div class="tgme_widget_message_text js-message_text">{body}'
            '</div><div class="tgme_widget_message_info"><span class="tgme_widget_message_'
            'views">12.3K</span><time>10:15</time></div></div></div>')
    html = f"<html><body><main><section>{''.join(page)}</section></main></body></html>"
    imported = import_bytes(html.encode(), "channel.html", ".html", REQUEST)
    assert _points(imported) == [(str(k), text) for k, text in enumerate(
        [text for items in messages for text in items], 1)]
    assert "Новини" not in _everything(imported) and "12.3K" not in _everything(imported)


def test_a_thread_of_thousands_of_posts_imports_in_linear_time() -> None:
    """Thousands of posts' headers (the same name and handle on every one) made the reading
    of running lines quadratic: a thousand took 12 s, four thousand over two minutes."""
    import time

    text = "1. Ukraine's sovereignty is reaffirmed.\n" + "Olena Writer\n@olena\n·\n5h\n" * 6000
    started = time.process_time()
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert time.process_time() - started < 20.0
    assert _points(imported) == [("1", "Ukraine's sovereignty is reaffirmed.")]


def test_a_forwarded_from_line_is_no_title() -> None:
    """Telegram Desktop copies a forwarded post under the channel's header with an unbracketed
    ``Forwarded from …`` line, the points numbered by keycap emoji (1️⃣ … 🔟). The forward line,
    the first line left above the points, became the version's title."""
    numbers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]
    text = ("Стрічка Києва, [04.12.2026 10:15]\nForwarded from Огляд політики\n"
            "⚡️ З'явився новий проєкт угоди. Основне:\n\n"
            + "".join(f"{n} Положення номер {i} погоджено сторонами.\n"
                      for i, n in enumerate(numbers, 1))
            + "\nСтрічка Києва, [04.12.2026 10:22]\nПодробиці згодом.\n")
    imported = import_bytes(text.encode(), "channel.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == [str(n) for n in range(1, 11)]
    assert imported.plan.points[9].text == "Положення номер 10 погоджено сторонами."
    assert imported.plan.title != "Forwarded from Огляд політики"
    assert "Forwarded from Огляд політики" in (imported.plan.notes or "")


def test_a_channel_post_split_over_messages_says_it_goes_on() -> None:
    """A long post a channel split over two messages, each half saying so at its end or
    its start ("Продолжение ниже 👇", "(часть 2)"): those lines are the channel's, not
    point 3's text, where they ran in as two paragraphs of its own."""
    text = ("Новости Мира, [04.12.2025 14:05]\nПолный текст проекта (часть 1):\n\n"
            "1. Стороны прекращают огонь по всей линии соприкосновения.\n"
            "2. Тяжёлое вооружение отводится на 15 км от линии.\n"
            "3. Наблюдение за отводом ведёт международная миссия.\n\n"
            "Продолжение ниже 👇\n\n"
            "Новости Мира, [04.12.2025 14:06]\n(часть 2)\n\n"
            "4. Обмен пленными проводится по формуле «всех на всех».\n"
            "5. Санкции снимаются поэтапно.\n\n👁 8,1K\n")
    imported = import_bytes(text.encode(), "channel.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points][2:4] == [
        "Наблюдение за отводом ведёт международная миссия.",
        "Обмен пленными проводится по формуле «всех на всех»."]
    assert "Продолжение" not in _everything(imported)
    assert "(часть 2)" not in _everything(imported)
    assert not imported.report.warnings, imported.report.lines()
    assert any("goes on" in f.message for f in imported.report.findings)


@pytest.mark.parametrize("line", ["🧵 (thread continues)", "Thread continues 👇",
                                  "(the thread continues below)"])
def test_a_thread_continues_line_after_the_posts_is_left_out(line: str) -> None:
    """A thread's last pasted post saying the thread goes on ("🧵 (thread continues)"): the
    line is the thread's, not the last point's text, where it ran in before. (A thread marked
    🧵 in its first post: where nothing says the text is a thread, "1/ …" is a press list's
    numbering, and such a line stays.)"""
    text = ("What's in the plan 🧵\n1/ Ukraine's sovereignty would be confirmed.\n"
            "2/ A non-aggression pact between Russia, Ukraine and Europe.\n"
            f"3/ Russia would not invade its neighbours.\n{line}\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty would be confirmed."),
        ("2", "A non-aggression pact between Russia, Ukraine and Europe."),
        ("3", "Russia would not invade its neighbours.")]
    assert "continues" not in _everything(imported)
    assert any("goes on" in f.message for f in imported.report.findings)


def test_a_point_that_names_a_part_is_no_continuation_line() -> None:
    """"Part 2" inside a point, or a point that is only a few words, is the point's text."""
    text = ("Channel, [04.12.2025 14:05]\n1. The parties agree on these terms.\n"
            "2. Part 2 of the annex applies from signature.\n\n"
            "Channel, [04.12.2025 14:06]\n3. Continued talks follow.\n")
    imported = import_bytes(text.encode(), "channel.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties agree on these terms.", "Part 2 of the annex applies from signature.",
        "Continued talks follow."]


def test_a_quoted_post_by_another_writer_is_not_the_point_s_text() -> None:
    """A thread's writer quotes another writer's post under a point (X shows ``Quote`` and
    the quoted post's header and text), and another writer replies under the last one: their
    words go to the version's notes, not into the points they follow."""
    header = "Olena Writer\n@olenawriter\n·\nDec 24\n"
    text = (f"{header}2/4 1. Ukraine's sovereignty is confirmed by all signatories.\n"
            f"{header}3/4 2. Russia, Ukraine and Europe sign a full non-aggression "
            "agreement.\nQuote\nPetro Critic\n@petrocritic\n·\nDec 23\n"
            "The same clause was in the spring text, word for word.\n"
            f"{header}4/4 3. Ukraine joins the European Union on a date fixed in the text.\n"
            "Ivan Reader\n@ivanreader\n·\nDec 24\n"
            "Replying to @olenawriter\nWhich spring text do you mean?\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is confirmed by all signatories."),
        ("2", "Russia, Ukraine and Europe sign a full non-aggression agreement."),
        ("3", "Ukraine joins the European Union on a date fixed in the text.")]
    notes = imported.plan.notes or ""
    assert "word for word" in notes and "Which spring text" in notes
    assert any("2 post(s) by another writer" in f.message for f in imported.report.findings)


@pytest.mark.parametrize(("when", "full", "buttons", "views"), [
    ("4 дек.", "10:42 · 4 дек. 2026 г.", ("Показать ещё", "Перевести пост"),
     ("48,2 тыс.", "просмотров")),
    ("4 груд.", "10:42 · 4 груд. 2026 р.", ("Показати більше", "Перекласти допис"),
     ("48,2 тис.", "переглядів")),
    ("12月4日", "午前10:42 · 2026年12月4日", ("さらに表示", "ポストを翻訳"), ("4.8万", "件の表示")),
])
def test_a_thread_copied_from_the_site_in_russian_ukrainian_or_japanese(
        when: str, full: str, buttons: tuple[str, str], views: tuple[str, str]) -> None:
    """The site's own words in the reader's language: the time under a post (``4 дек.``,
    ``12月4日``), its buttons (``Показать ещё``, ``Перевести пост``) and its view count were
    read as the points' text."""
    header = f"Олена Писар\n@olenawriter\n·\n{when}\n"
    text = (f"Олена Писар\n@olenawriter\n🧵 The framework, post by post. 1/4\n{buttons[0]}\n"
            f"{full}\n·\n{views[0]}\n {views[1]}\n"
            f"{header}2/4 1. Ukraine's sovereignty is confirmed by all signatories.\n"
            f"{header}3/4 2. Russia, Ukraine and Europe sign a full non-aggression "
            f"agreement.\n{buttons[1]}\n"
            f"{header}4/4 3. Ukraine joins the European Union on a date fixed in the text.\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty is confirmed by all signatories."),
        ("2", "Russia, Ukraine and Europe sign a full non-aggression agreement."),
        ("3", "Ukraine joins the European Union on a date fixed in the text.")]
    everything = _everything(imported)
    for chrome in (when, buttons[0], buttons[1], views[1], "·"):
        assert chrome not in everything


TEN = ("The parties confirm the state's sovereignty.", "A ceasefire starts 72 hours after "
       "signing.", "Monitors watch the contact line.", "Prisoners are swapped all for all.")


@pytest.mark.parametrize("counter", ["{n}/", "{n}/4", "({n}/4)"])
def test_a_thread_whose_post_counters_are_the_only_numbers_numbers_the_points(
        counter: str) -> None:
    """A thread whose posts are the points, counted ``1/``, ``2/`` … or ``1/4`` …, under a
    "(thread)" heading with its mark 🧵 and no number of the draft's own: the counters
    were taken out as the thread's, and no point was left ("no numbered points found")."""
    text = "The outline, point by point (thread) 🧵\n\n" + "\n\n".join(
        counter.format(n=n) + " " + item for n, item in enumerate(TEN, 1)) + "\n"
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [(str(n), item) for n, item in enumerate(TEN, 1)]
    assert "🧵" not in _everything(imported)


def test_a_thread_s_opening_post_is_no_point_when_the_counters_number_the_rest() -> None:
    text = ("1/5 The outline as we have it. A thread 🧵\n\n" + "\n\n".join(
        f"{n}/5 {item}" for n, item in enumerate(TEN, 2)) + "\n")
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [(str(n), item) for n, item in enumerate(TEN, 1)]
    assert "The outline as we have it. A thread" in (imported.plan.notes or "")


@pytest.mark.parametrize("end", [" /end", " /fin", " [end]", " (end)", " /конец", " /кінець"])
def test_a_thread_s_end_mark_leaves_the_last_point(end: str) -> None:
    text = "The outline (thread) 🧵\n\n" + "\n\n".join(
        f"{n}/ {item}" for n, item in enumerate(TEN, 1)) + end + "\n"
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [(str(n), item) for n, item in enumerate(TEN, 1)]


STEPS = ("Both sides stop firing along the whole line of contact within three days.",
         "Monitors from neutral states patrol a 15 km zone on each side of the line.",
         "Heavy artillery moves back 30 km; tanks follow within a month.",
         "All prisoners are exchanged, all for all, before the end of the year.")


def test_a_thread_counted_at_each_post_s_end_reads_each_post_as_a_point() -> None:
    """A thread copied from the site, each post under its writer's header and counted at
    its end (``… within three days. 2/5``), the points carrying no number of their own: no
    point was read ("no numbered points found"). The opening post that calls itself a
    thread is no point; a post of two paragraphs is one point."""
    header = "Olena Marchenko\n@olena_m\n·\n5h\n"
    posts = ["What the leaked outline says, in short. A thread 🧵 1/5", *(
        f"{step} {n}/5" for n, step in enumerate(STEPS, 2))]
    posts[3] = posts[3].replace(" 4/5", "\n\nSmall arms stay with the units. 4/5")
    text = "\n\n".join(header + post for post in posts) + "\n"
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]
    assert [p.text for p in imported.plan.points][:2] == list(STEPS[:2])
    assert imported.plan.points[2].text == f"{STEPS[2]}\n\nSmall arms stay with the units."
    assert imported.plan.points[3].text == STEPS[3]
    assert "/5" not in _everything(imported)
    assert "What the leaked outline says, in short." in (imported.plan.notes or "")


def test_a_thread_counted_at_the_end_under_its_own_heading() -> None:
    """Posts pasted with a blank line between them, no header, the counters in brackets
    at the posts' ends, under a heading of the writer's."""
    text = "Ceasefire outline, as leaked\n\n" + "\n\n".join(
        f"{step} ({n}/4)" for n, step in enumerate(STEPS, 1)) + "\n"
    imported = import_bytes(text.encode(), "thread.txt", ".txt", REQUEST)
    assert _points(imported) == [(str(n), step) for n, step in enumerate(STEPS, 1)]
