"""Report labels in English, Japanese and Ukrainian.

Every language has exactly the same keys (a test checks it); templates read labels as
``t.key`` under ``StrictUndefined``, so a missing key fails loudly. Labels with ``{name}``
fields are formatted by the report model, never by templates, and plan text is only ever
passed as a field value (the result is escaped like any other text). Phrases avoid plural
forms, so one string fits every count in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

DEFAULT_LANGUAGE = "en"

_EN: dict[str, str] = {
    "report_title": "Comparison report",
    "report_subtitle": "{old} → {new}",
    "old_version": "Old version",
    "new_version": "New version",
    "reference": "Reference",
    "title": "Title",
    "date": "Date",
    "status": "Status",
    "text_kind": "Kind of text",
    "language": "Language",
    "parties": "Parties",
    "sources": "Sources",
    "notes": "Notes",
    "publisher": "Publisher",
    "reliability": "Reliability",
    "points_count": "Points",
    "no_date": "date not given",
    "more_sources": "and {count} more, listed under “Sources and notes”",
    "sources_section": "Sources and notes",
    "topic_sep": " · ",
    "generated_by": "Made with plandiff {version}",
    "report_date": "Report date",
    # Provenance values.
    "status.official": "official",
    "status.draft": "draft",
    "status.leaked-draft": "leaked draft",
    "status.proposal": "proposal",
    "status.counter-proposal": "counter-proposal",
    "status.reported": "reported",
    "status.agreed": "agreed",
    "status.signed": "signed",
    "text_kind.official": "official text",
    "text_kind.translation": "translation",
    "text_kind.paraphrase": "paraphrase",
    "text_kind.summary": "summary",
    "reliability.mainstream": "mainstream outlet",
    "reliability.state-media": "state media",
    "reliability.low": "low reliability",
    "point_status.agreed": "agreed",
    "point_status.disputed": "disputed",
    "point_status.proposed": "proposed",
    "point_status.unconfirmed": "unconfirmed",
    "paraphrase_warning": (
        "At least one side is a paraphrase or summary, not an official text: wording changes "
        "may reflect the paraphrase rather than the negotiators."
    ),
    # Change kinds.
    "kind.unchanged": "unchanged",
    "kind.modified": "modified",
    "kind.added": "added",
    "kind.removed": "removed",
    "kind.not-reported": "not reported",
    "counts_not_reported": "of the removed: not reported",
    "kind.split": "split",
    "kind.merged": "merged",
    "kind.moved": "moved",
    "kind.renumbered": "renumbered",
    # Sections.
    "contents": "Contents",
    "summary": "Summary",
    "counts_by_kind": "Changes by kind",
    "count": "Count",
    "change": "Change",
    "by_topic": "Topics that gained, lost or changed points",
    "topic": "Topic",
    "topic_added": "gained",
    "topic_removed": "lost",
    "topic_changed": "changed",
    "topic_unchanged": "unchanged",
    "no_topics": "No point carries a topic.",
    "flags": "Meaning shifts to read first",
    "flags_intro": (
        "Numbers, dates and deadlines, obligations (shall / should / may), negations and named "
        "parties that changed, and points that were added or removed."
    ),
    "no_flags": "No meaning shift was detected.",
    "flag.number": "number",
    "flag.date": "date or deadline",
    "flag.modality": "obligation",
    "flag.negation": "negation",
    "flag.party": "party",
    "flag.reference": "cross-reference",
    "counts_references": "stale cross-references",
    "flag.added": "added",
    "flag.removed": "removed",
    "flag_added": "{label} added",
    "flag_removed": "{label} removed",
    "renumbering": "Renumbering map",
    "renumbering_intro": "Where each point of the old version went.",
    "no_renumbering": "No point was renumbered, moved, split, merged or removed.",
    "old_number": "Old",
    "new_number": "New",
    "points": "Point by point",
    "points_intro": "Every point in the new version's order; removed points stand where they were.",
    "legend": "Legend",
    "legend_deleted": "deleted text",
    "legend_deleted_note": "struck through, red",
    "legend_inserted": "inserted text",
    "legend_inserted_note": "underlined, green",
    "legend_moved": "moved point",
    "legend_moved_note": "double bar in the margin, with links to where it stood",
    "legend_flag": "meaning shift",
    "legend_flag_note": "marked ⚑, listed at the front",
    "legend_removed": "removed point",
    "legend_removed_note": "whole text struck through",
    "legend_not_reported": "not reported",
    "legend_not_reported_note": (
        "the new version is known only in part and its sources do not say what became of "
        "the point; its text is shown as it stood, not struck through"
    ),
    # Points.
    "point_label": "point {number}",
    "point_in": "{parent}, point {number}",
    "was": "(was {number})",
    "moved_from": "moved from {number}",
    "moved_to": "moved to {number}",
    "moved_stub": "Point {old} moved to {new}.",
    "split_into": "split into {numbers}",
    "merged_from": "merged from {numbers}",
    "collapsed": "Unchanged ({count}): {numbers}",
    "old_text": "Old text",
    "new_text": "New text",
    "empty_text": "(no text)",
    "note_old": "Note (old)",
    "note_new": "Note (new)",
    "no_changes": "The two versions are identical.",
    # Print.
    "page_before": "Page ",
    "page_between": " of ",
    "page_after": "",
    "attachments": "Attached files",
    "attachments_intro": (
        "This PDF carries both plan versions and the machine-readable diff as attachments "
        "(see your PDF viewer's attachments panel). Check a file with: sha256sum FILE"
    ),
    "attachment_name": "File",
    "attachment_size": "Bytes",
    "sha256": "SHA-256",
}

_JA: dict[str, str] = {
    "report_title": "比較レポート",
    "report_subtitle": "{old} → {new}",
    "old_version": "旧版",
    "new_version": "新版",
    "reference": "参照名",
    "title": "表題",
    "date": "日付",
    "status": "位置付け",
    "text_kind": "本文の種類",
    "language": "言語",
    "parties": "当事者",
    "sources": "出典",
    "notes": "注記",
    "publisher": "発行元",
    "reliability": "信頼性",
    "points_count": "項目数",
    "no_date": "日付不明",
    "more_sources": "ほか{count}件（「出典と注記」に全件を掲載）",
    "sources_section": "出典と注記",
    "topic_sep": "・",
    "generated_by": "plandiff {version} で作成",
    "report_date": "作成日",
    "status.official": "公式",
    "status.draft": "草案",
    "status.leaked-draft": "流出した草案",
    "status.proposal": "提案",
    "status.counter-proposal": "対案",
    "status.reported": "報道による",
    "status.agreed": "合意済み",
    "status.signed": "署名済み",
    "text_kind.official": "公式の本文",
    "text_kind.translation": "翻訳",
    "text_kind.paraphrase": "要旨の言い換え",
    "text_kind.summary": "要約",
    "reliability.mainstream": "主要報道機関",
    "reliability.state-media": "国営メディア",
    "reliability.low": "信頼性が低い",
    "point_status.agreed": "合意済み",
    "point_status.disputed": "係争中",
    "point_status.proposed": "提案段階",
    "point_status.unconfirmed": "未確認",
    "paraphrase_warning": (
        "少なくとも一方は公式の本文ではなく、言い換えまたは要約です。"
        "文言の違いは交渉内容ではなく、言い換えによる場合があります。"
    ),
    "kind.unchanged": "変更なし",
    "kind.modified": "修正",
    "kind.added": "追加",
    "kind.removed": "削除",
    "kind.not-reported": "記載なし",
    "counts_not_reported": "うち記載なし",
    "kind.split": "分割",
    "kind.merged": "統合",
    "kind.moved": "移動",
    "kind.renumbered": "番号変更",
    "contents": "目次",
    "summary": "概要",
    "counts_by_kind": "変更の種類別件数",
    "count": "件数",
    "change": "変更",
    "by_topic": "分野別の増減と変更",
    "topic": "分野",
    "topic_added": "追加",
    "topic_removed": "削除",
    "topic_changed": "修正",
    "topic_unchanged": "変更なし",
    "no_topics": "分野が付された項目はありません。",
    "flags": "まず確認すべき意味の変化",
    "flags_intro": (
        "数値、日付・期限、義務の強さ（しなければならない／すべきである／できる）、否定、"
        "当事者名の変化と、追加・削除された項目です。"
    ),
    "no_flags": "意味の変化は検出されませんでした。",
    "flag.number": "数値",
    "flag.date": "日付・期限",
    "flag.modality": "義務の強さ",
    "flag.negation": "否定",
    "flag.party": "当事者",
    "flag.reference": "相互参照",
    "counts_references": "参照先がずれた相互参照",
    "flag.added": "追加",
    "flag.removed": "削除",
    "flag_added": "「{label}」を追加",
    "flag_removed": "「{label}」を削除",
    "renumbering": "番号対照表",
    "renumbering_intro": "旧版の各項目が新版のどこに移ったかを示します。",
    "no_renumbering": "番号の変更・移動・分割・統合・削除はありません。",
    "old_number": "旧",
    "new_number": "新",
    "points": "項目ごとの比較",
    "points_intro": "新版の順に全項目を示します。削除された項目は元の位置に表示します。",
    "legend": "凡例",
    "legend_deleted": "削除された文言",
    "legend_deleted_note": "取り消し線・赤",
    "legend_inserted": "追加された文言",
    "legend_inserted_note": "下線・緑",
    "legend_moved": "移動した項目",
    "legend_moved_note": "余白の二重線と、元の位置へのリンク",
    "legend_flag": "意味の変化",
    "legend_flag_note": "⚑ 印を付け、冒頭にも一覧",
    "legend_removed": "削除された項目",
    "legend_removed_note": "本文全体に取り消し線",
    "legend_not_reported": "記載なし",
    "legend_not_reported_note": (
        "新しい版は一部しか分かっておらず、この項目がどうなったかを資料が伝えていない。"
        "本文は取り消し線なしで元のまま示す"
    ),
    "point_label": "第{number}項",
    "point_in": "{parent}・第{number}項",
    "was": "（旧{number}）",
    "moved_from": "旧{number}から移動",
    "moved_to": "新{number}へ移動",
    "moved_stub": "旧第{old}項は新第{new}項へ移動しました。",
    "split_into": "{numbers}に分割",
    "merged_from": "{numbers}を統合",
    "collapsed": "変更なし（{count}項目）：{numbers}",
    "old_text": "旧版の本文",
    "new_text": "新版の本文",
    "empty_text": "（本文なし）",
    "note_old": "注記（旧版）",
    "note_new": "注記（新版）",
    "no_changes": "両版は同一です。",
    "page_before": "",
    "page_between": " / ",
    "page_after": " ページ",
    "attachments": "添付ファイル",
    "attachments_intro": (
        "このPDFには、比較した両版と機械可読の差分がファイルとして添付されています"
        "（PDFビューアの添付ファイル一覧から取り出せます）。照合コマンド：sha256sum ファイル名"
    ),
    "attachment_name": "ファイル",
    "attachment_size": "バイト数",
    "sha256": "SHA-256",
}

_UK: dict[str, str] = {
    "report_title": "Порівняльний звіт",
    "report_subtitle": "{old} → {new}",
    "old_version": "Попередня версія",
    "new_version": "Нова версія",
    "reference": "Посилання",
    "title": "Назва",
    "date": "Дата",
    "status": "Статус",
    "text_kind": "Характер тексту",
    "language": "Мова",
    "parties": "Сторони",
    "sources": "Джерела",
    "notes": "Примітки",
    "publisher": "Видавець",
    "reliability": "Надійність",
    "points_count": "Пунктів",
    "no_date": "дату не вказано",
    "more_sources": "і ще {count} — повний перелік у розділі «Джерела та примітки»",
    "sources_section": "Джерела та примітки",
    "topic_sep": " · ",
    "generated_by": "Створено за допомогою plandiff {version}",
    "report_date": "Дата звіту",
    "status.official": "офіційний",
    "status.draft": "проєкт",
    "status.leaked-draft": "проєкт, що потрапив у ЗМІ",
    "status.proposal": "пропозиція",
    "status.counter-proposal": "контрпропозиція",
    "status.reported": "за повідомленнями ЗМІ",
    "status.agreed": "погоджений",
    "status.signed": "підписаний",
    "text_kind.official": "офіційний текст",
    "text_kind.translation": "переклад",
    "text_kind.paraphrase": "переказ",
    "text_kind.summary": "стислий виклад",
    "reliability.mainstream": "провідне видання",
    "reliability.state-media": "державні ЗМІ",
    "reliability.low": "низька надійність",
    "point_status.agreed": "погоджено",
    "point_status.disputed": "спірний",
    "point_status.proposed": "запропоновано",
    "point_status.unconfirmed": "не підтверджено",
    "paraphrase_warning": (
        "Принаймні одна зі сторін порівняння — переказ або стислий виклад, а не офіційний "
        "текст: відмінності у формулюваннях можуть походити з переказу, а не від учасників "
        "переговорів."
    ),
    "kind.unchanged": "без змін",
    "kind.modified": "змінено",
    "kind.added": "додано",
    "kind.removed": "вилучено",
    "kind.not-reported": "немає даних",
    "counts_not_reported": "з них немає даних",
    "kind.split": "розділено",
    "kind.merged": "об’єднано",
    "kind.moved": "переміщено",
    "kind.renumbered": "перенумеровано",
    "contents": "Зміст",
    "summary": "Підсумок",
    "counts_by_kind": "Зміни за типом",
    "count": "Кількість",
    "change": "Зміна",
    "by_topic": "Теми, у яких пункти додано, вилучено або змінено",
    "topic": "Тема",
    "topic_added": "додано",
    "topic_removed": "вилучено",
    "topic_changed": "змінено",
    "topic_unchanged": "без змін",
    "no_topics": "Жоден пункт не має теми.",
    "flags": "Зміни змісту, на які варто звернути увагу насамперед",
    "flags_intro": (
        "Змінені числа, дати й строки, зобов’язання (має / слід / може), заперечення та "
        "згадані сторони, а також додані й вилучені пункти."
    ),
    "no_flags": "Змін змісту не виявлено.",
    "flag.number": "число",
    "flag.date": "дата чи строк",
    "flag.modality": "зобов’язання",
    "flag.negation": "заперечення",
    "flag.party": "сторона",
    "flag.reference": "посилання",
    "counts_references": "застарілі посилання",
    "flag.added": "додано",
    "flag.removed": "вилучено",
    "flag_added": "«{label}» додано",
    "flag_removed": "«{label}» вилучено",
    "renumbering": "Таблиця відповідності нумерації",
    "renumbering_intro": "Куди перейшов кожен пункт попередньої версії.",
    "no_renumbering": "Жоден пункт не перенумеровано, не переміщено, не розділено, "
    "не об’єднано й не вилучено.",
    "old_number": "Було",
    "new_number": "Стало",
    "points": "Пункт за пунктом",
    "points_intro": (
        "Усі пункти в порядку нової версії; вилучені пункти показано там, де вони були."
    ),
    "legend": "Умовні позначення",
    "legend_deleted": "вилучений текст",
    "legend_deleted_note": "закреслено, червоним",
    "legend_inserted": "доданий текст",
    "legend_inserted_note": "підкреслено, зеленим",
    "legend_moved": "переміщений пункт",
    "legend_moved_note": "подвійна риска на полі й посилання на попереднє місце",
    "legend_flag": "зміна змісту",
    "legend_flag_note": "позначено ⚑, перелічено на початку",
    "legend_removed": "вилучений пункт",
    "legend_removed_note": "увесь текст закреслено",
    "legend_not_reported": "немає даних",
    "legend_not_reported_note": (
        "нову версію відомо лише частково, і джерела не кажуть, що сталося з пунктом; "
        "його текст показано без закреслення"
    ),
    "point_label": "пункт {number}",
    "point_in": "{parent}, пункт {number}",
    "was": "(раніше {number})",
    "moved_from": "переміщено з пункту {number}",
    "moved_to": "переміщено до пункту {number}",
    "moved_stub": "Пункт {old} переміщено до пункту {new}.",
    "split_into": "розділено на {numbers}",
    "merged_from": "об’єднано з {numbers}",
    "collapsed": "Без змін ({count}): {numbers}",
    "old_text": "Попередній текст",
    "new_text": "Новий текст",
    "empty_text": "(без тексту)",
    "note_old": "Примітка (попередня версія)",
    "note_new": "Примітка (нова версія)",
    "no_changes": "Версії однакові.",
    "page_before": "Сторінка ",
    "page_between": " з ",
    "page_after": "",
    "attachments": "Вкладені файли",
    "attachments_intro": (
        "Цей PDF містить обидві версії плану та машинозчитувану різницю як вкладення "
        "(див. панель вкладень у переглядачі PDF). Перевірка файлу: sha256sum ФАЙЛ"
    ),
    "attachment_name": "Файл",
    "attachment_size": "Байтів",
    "sha256": "SHA-256",
}

LABELS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"en": MappingProxyType(_EN), "ja": MappingProxyType(_JA), "uk": MappingProxyType(_UK)}
)
"""Language code → label key → text."""

LANGUAGES: tuple[str, ...] = tuple(sorted(LABELS))


def choose_language(requested: str | None, *plan_languages: str) -> str:
    """The report language: ``requested`` when given, else the first plan language that has
    labels, else English. Raises ``ValueError`` for a requested language without labels."""
    if requested is not None:
        code = requested.strip().lower()
        if code not in LABELS:
            raise ValueError(
                f"no report labels for language {requested!r} (choose one of: "
                f"{', '.join(LANGUAGES)})"
            )
        return code
    for language in plan_languages:
        base = language.split("-", 1)[0].lower()
        if base in LABELS:
            return base
    return DEFAULT_LANGUAGE


def labels(language: str) -> Mapping[str, str]:
    """All labels of one language (``KeyError`` for an unknown code)."""
    return LABELS[language]
