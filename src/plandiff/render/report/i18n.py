"""Report labels in English, Japanese, Ukrainian and Russian.

Every language has exactly the same keys (a test checks it); templates read labels as
``t.key`` under ``StrictUndefined``, so a missing key fails loudly. Labels with ``{name}``
fields are formatted by the report model, never by templates, and plan text is only ever
passed as a field value (the result is escaped like any other text). Phrases avoid plural
forms, so one string fits every count in every language; a sentence whose subject is a list of
points ("Points 3, 4 moved to 5.") has a ``_many`` form beside the one for a single point.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from plandiff.errors import UsageError
from plandiff.render.common import DATE_LABELS

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
    **DATE_LABELS,  # "date not given", and where a draft's date came from
    "more_sources": "and {count} more, listed under “Sources and notes”",
    "sources_section": "Sources and notes",
    "list_sep": ", ",
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
    "review": "review",
    "counts_review": "pairings to review (low confidence)",
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
    "legend_review_note": "the pairing of old and new is uncertain: check it against both texts",
    # Points.
    "point_label": "point {number}",
    "point_in": "{parent}, point {number}",
    "was": "(was {number})",
    "moved_from": "moved from {number}",
    "moved_to": "moved to {number}",
    "moved_stub": "Point {old} moved to {new}.",
    "moved_stub_many": "Points {old} moved to {new}.",
    "moved_across": "moved from {old} (another point) to {new}",
    "moved_across_stub": "Sub-point {old} moved to {new}, under another point.",
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
    "dated_as": "{date}（{by}）",
    "dated_by.file-name": "ファイル名の日付",
    "dated_by.published": "ページの公開日",
    "dated_by.updated": "ページの更新日",
    "dated_by.date-line": "本文の日付行",
    "dated_by.word-saved": "Word ファイルの最終保存日",
    "dated_by.word-created": "Word ファイルの作成日",
    "dated_by.document-saved": "文書の最終保存日",
    "dated_by.document-created": "文書の作成日",
    "dated_by.pdf-created": "PDF の作成日",
    "dated_by.pdf-modified": "PDF の最終更新日",
    "dated_by.archived": "ページの保存日",
    "more_sources": "ほか{count}件（「出典と注記」に全件を掲載）",
    "sources_section": "出典と注記",
    "list_sep": "、",
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
    "review": "要確認",
    "counts_review": "要確認の対応付け（確信度が低い）",
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
    "legend_review_note": "新旧の対応付けの確信度が低い。両方の本文と照らして確認すること",
    "point_label": "第{number}項",
    "point_in": "{parent}・第{number}項",
    "was": "（旧{number}）",
    "moved_from": "旧{number}から移動",
    "moved_to": "新{number}へ移動",
    "moved_stub": "旧第{old}項は新第{new}項へ移動しました。",
    "moved_stub_many": "旧第{old}項は新第{new}項へ移動しました。",
    "moved_across": "別の項目の旧{old}から新{new}へ移動",
    "moved_across_stub": "旧{old}は別の項目の下の新{new}へ移動しました。",
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
    "dated_as": "{date} ({by})",
    "dated_by.file-name": "з назви файлу",
    "dated_by.published": "дата публікації сторінки",
    "dated_by.updated": "дата оновлення сторінки",
    "dated_by.date-line": "рядок дати в тексті",
    "dated_by.word-saved": "останнє збереження файлу Word",
    "dated_by.word-created": "створення файлу Word",
    "dated_by.document-saved": "останнє збереження документа",
    "dated_by.document-created": "створення документа",
    "dated_by.pdf-created": "створення PDF",
    "dated_by.pdf-modified": "остання зміна PDF",
    "dated_by.archived": "день збереження сторінки",
    "more_sources": "і ще {count} — повний перелік у розділі «Джерела та примітки»",
    "sources_section": "Джерела та примітки",
    "list_sep": ", ",
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
    "review": "перевірити",
    "counts_review": "зіставлення для перевірки (низька впевненість)",
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
    "legend_review_note": "зіставлення старого й нового непевне: звірте з обома текстами",
    "point_label": "пункт {number}",
    "point_in": "{parent}, пункт {number}",
    "was": "(раніше {number})",
    "moved_from": "переміщено з пункту {number}",
    "moved_to": "переміщено до пункту {number}",
    "moved_stub": "Пункт {old} переміщено до пункту {new}.",
    "moved_stub_many": "Пункти {old} переміщено до пункту {new}.",
    "moved_across": "переміщено з {old} (інший пункт) до {new}",
    "moved_across_stub": "Підпункт {old} переміщено до {new}, в інший пункт.",
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

_RU: dict[str, str] = {
    "report_title": "Сравнительный отчёт",
    "report_subtitle": "{old} → {new}",
    "old_version": "Прежняя версия",
    "new_version": "Новая версия",
    "reference": "Ссылка",
    "title": "Название",
    "date": "Дата",
    "status": "Статус",
    "text_kind": "Характер текста",
    "language": "Язык",
    "parties": "Стороны",
    "sources": "Источники",
    "notes": "Примечания",
    "publisher": "Издатель",
    "reliability": "Надёжность",
    "points_count": "Пунктов",
    "no_date": "дата не указана",
    "dated_as": "{date} ({by})",
    "dated_by.file-name": "из имени файла",
    "dated_by.published": "дата публикации страницы",
    "dated_by.updated": "дата обновления страницы",
    "dated_by.date-line": "строка даты в тексте",
    "dated_by.word-saved": "последнее сохранение файла Word",
    "dated_by.word-created": "создание файла Word",
    "dated_by.document-saved": "последнее сохранение документа",
    "dated_by.document-created": "создание документа",
    "dated_by.pdf-created": "создание PDF",
    "dated_by.pdf-modified": "последнее изменение PDF",
    "dated_by.archived": "день сохранения страницы",
    "more_sources": "и ещё {count} — полный перечень в разделе «Источники и примечания»",
    "sources_section": "Источники и примечания",
    "list_sep": ", ",
    "topic_sep": " · ",
    "generated_by": "Создано с помощью plandiff {version}",
    "report_date": "Дата отчёта",
    "status.official": "официальный",
    "status.draft": "проект",
    "status.leaked-draft": "проект, попавший в СМИ",
    "status.proposal": "предложение",
    "status.counter-proposal": "контрпредложение",
    "status.reported": "по сообщениям СМИ",
    "status.agreed": "согласован",
    "status.signed": "подписан",
    "text_kind.official": "официальный текст",
    "text_kind.translation": "перевод",
    "text_kind.paraphrase": "пересказ",
    "text_kind.summary": "краткое изложение",
    "reliability.mainstream": "ведущее издание",
    "reliability.state-media": "государственные СМИ",
    "reliability.low": "низкая надёжность",
    "point_status.agreed": "согласовано",
    "point_status.disputed": "спорный",
    "point_status.proposed": "предложено",
    "point_status.unconfirmed": "не подтверждено",
    "paraphrase_warning": (
        "По крайней мере одна из сторон сравнения — пересказ или краткое изложение, а не "
        "официальный текст: различия в формулировках могут идти от пересказа, а не от "
        "участников переговоров."
    ),
    "kind.unchanged": "без изменений",
    "kind.modified": "изменено",
    "kind.added": "добавлено",
    "kind.removed": "исключено",
    "kind.not-reported": "нет данных",
    "counts_not_reported": "из них нет данных",
    "kind.split": "разделено",
    "kind.merged": "объединено",
    "kind.moved": "перемещено",
    "review": "проверить",
    "counts_review": "сопоставления для проверки (низкая уверенность)",
    "kind.renumbered": "перенумеровано",
    "contents": "Содержание",
    "summary": "Итоги",
    "counts_by_kind": "Изменения по типу",
    "count": "Количество",
    "change": "Изменение",
    "by_topic": "Темы, в которых пункты добавлены, исключены или изменены",
    "topic": "Тема",
    "topic_added": "добавлено",
    "topic_removed": "исключено",
    "topic_changed": "изменено",
    "topic_unchanged": "без изменений",
    "no_topics": "Ни у одного пункта нет темы.",
    "flags": "Смысловые изменения, которые стоит прочесть в первую очередь",
    "flags_intro": (
        "Изменённые числа, даты и сроки, обязательства (обязан / следует / может), отрицания и "
        "названные стороны, а также добавленные и исключённые пункты."
    ),
    "no_flags": "Смысловых изменений не обнаружено.",
    "flag.number": "число",
    "flag.date": "дата или срок",
    "flag.modality": "обязательство",
    "flag.negation": "отрицание",
    "flag.party": "сторона",
    "flag.reference": "перекрёстная ссылка",
    "counts_references": "устаревшие перекрёстные ссылки",
    "flag.added": "добавлено",
    "flag.removed": "исключено",
    "flag_added": "«{label}» добавлено",
    "flag_removed": "«{label}» исключено",
    "renumbering": "Таблица соответствия нумерации",
    "renumbering_intro": "Куда перешёл каждый пункт прежней версии.",
    "no_renumbering": "Ни один пункт не перенумерован, не перемещён, не разделён, "
    "не объединён и не исключён.",
    "old_number": "Было",
    "new_number": "Стало",
    "points": "Пункт за пунктом",
    "points_intro": (
        "Все пункты в порядке новой версии; исключённые пункты показаны там, где они стояли."
    ),
    "legend": "Условные обозначения",
    "legend_deleted": "исключённый текст",
    "legend_deleted_note": "зачёркнуто, красным",
    "legend_inserted": "добавленный текст",
    "legend_inserted_note": "подчёркнуто, зелёным",
    "legend_moved": "перемещённый пункт",
    "legend_moved_note": "двойная черта на полях и ссылка на прежнее место",
    "legend_flag": "смысловое изменение",
    "legend_flag_note": "отмечено ⚑, перечислено в начале",
    "legend_removed": "исключённый пункт",
    "legend_removed_note": "весь текст зачёркнут",
    "legend_not_reported": "нет данных",
    "legend_not_reported_note": (
        "новая версия известна лишь частично, и источники не говорят, что стало с пунктом; "
        "его текст показан без зачёркивания"
    ),
    "legend_review_note": "сопоставление старого и нового ненадёжно: сверьте с обоими текстами",
    "point_label": "пункт {number}",
    "point_in": "{parent}, пункт {number}",
    "was": "(ранее {number})",
    "moved_from": "перемещено из пункта {number}",
    "moved_to": "перемещено в пункт {number}",
    "moved_stub": "Пункт {old} перемещён в пункт {new}.",
    "moved_stub_many": "Пункты {old} перемещены в пункт {new}.",
    "moved_across": "перемещено из {old} (другой пункт) в {new}",
    "moved_across_stub": "Подпункт {old} перемещён в {new}, в другой пункт.",
    "split_into": "разделено на {numbers}",
    "merged_from": "объединено из {numbers}",
    "collapsed": "Без изменений ({count}): {numbers}",
    "old_text": "Прежний текст",
    "new_text": "Новый текст",
    "empty_text": "(без текста)",
    "note_old": "Примечание (прежняя версия)",
    "note_new": "Примечание (новая версия)",
    "no_changes": "Версии совпадают.",
    "page_before": "Страница ",
    "page_between": " из ",
    "page_after": "",
    "attachments": "Вложенные файлы",
    "attachments_intro": (
        "Этот PDF содержит обе версии плана и машиночитаемое сравнение в виде вложений "
        "(см. панель вложений в программе просмотра PDF). Проверка файла: sha256sum ФАЙЛ"
    ),
    "attachment_name": "Файл",
    "attachment_size": "Байтов",
    "sha256": "SHA-256",
}

# History pages and the index of a built site.

_HISTORY_EN: dict[str, str] = {
    "history_kicker": "Clause history",
    "history_title": "History of {document}",
    "point_title": "History of {point} ({document})",
    "history_intro": "Every version of the document, then each clause followed through every "
                     "version and every document it appears in, with the change at each "
                     "step. Texts are the project's paraphrases unless marked otherwise.",
    "h_versions": "Versions",
    "h_matrix": "Evolution of the points",
    "matrix_intro": "One row per clause (its lineage), one column per version. Each cell: the "
                    "number the clause has in that version and its change against the version "
                    "that version supersedes.",
    "h_lineages": "Clauses, one by one",
    "col_point": "Point",
    "col_version": "Version",
    "col_supersedes": "Supersedes",
    "col_report": "Comparison",
    "vs": "vs {version}",
    "appearances": "appearances: {count}; documents: {documents}",
    "step_from": "from {ref}",
    "via.same-id": "same id",
    "via.aligned": "aligned by text",
    "via.derived-from": "declared derived_from",
    "dropped": "not in {version}",
    "merged_into": "merged into {number}",
    "open_report": "report",
    "legend_marks": "= unchanged · ~ modified · + added · × removed · < split · > merged; "
                    "a double frame marks a moved point",
    "index_title": "plandiff reports",
    "index_intro": "Comparison reports of every consecutive pair of versions of every "
                   "document, in every language present, and each document's history.",
    "index_documents": "Documents",
    "index_history": "History",
    "index_synopsis": "Synopsis",
    "index_extra": "Other comparisons",
    "index_formats": "Also as",
    "back_to_index": "All reports",
    "other_languages": "Other languages",
}

_HISTORY_JA: dict[str, str] = {
    "history_kicker": "条項の変遷",
    "history_title": "{document} の変遷",
    "point_title": "{point}（{document}）の変遷",
    "history_intro": "文書のすべての版と、各条項がどの版・どの文書に現れ、各段階でどう"
                     "変わったかを示します。本文は特記のない限り本プロジェクトによる要約です。",
    "h_versions": "版",
    "h_matrix": "項目の推移",
    "matrix_intro": "行は条項（系譜）、列は版です。各セルは、その版での項目番号と、"
                    "その版が置き換えた版に対する変更の種類です。",
    "h_lineages": "条項ごとの変遷",
    "col_point": "項目",
    "col_version": "版",
    "col_supersedes": "置き換える版",
    "col_report": "比較",
    "vs": "{version} との比較",
    "appearances": "{documents} に {count} 回登場",
    "step_from": "{ref} から",
    "via.same-id": "同じID",
    "via.aligned": "本文の対応付け",
    "via.derived-from": "derived_from の宣言",
    "dropped": "{version} にはない",
    "merged_into": "{number} に統合",
    "open_report": "レポート",
    "legend_marks": "= 変更なし · ~ 修正 · + 追加 · × 削除 · < 分割 · > 統合。"
                    "二重枠は移動した項目",
    "index_title": "plandiff レポート",
    "index_intro": "各文書の連続する版どうしの比較レポート（収録されている言語ごと）と、"
                   "各文書の変遷です。",
    "index_documents": "文書",
    "index_history": "変遷",
    "index_synopsis": "対照表",
    "index_extra": "その他の比較",
    "index_formats": "他の形式",
    "back_to_index": "レポート一覧",
    "other_languages": "他の言語",
}

_HISTORY_UK: dict[str, str] = {
    "history_kicker": "Історія положень",
    "history_title": "Історія документа {document}",
    "point_title": "Історія положення {point} ({document})",
    "history_intro": "Усі версії документа, а потім кожне положення в усіх версіях і "
                     "документах, де воно трапляється, зі зміною на кожному кроці. Тексти — "
                     "переказ проєкту, якщо не зазначено інше.",
    "h_versions": "Версії",
    "h_matrix": "Еволюція пунктів",
    "matrix_intro": "Рядок — положення (його родовід), стовпець — версія. У клітинці: номер "
                    "положення в цій версії та його зміна щодо версії, яку ця версія заміняє.",
    "h_lineages": "Положення одне за одним",
    "col_point": "Пункт",
    "col_version": "Версія",
    "col_supersedes": "Заміняє",
    "col_report": "Порівняння",
    "vs": "порівняно з {version}",
    "appearances": "кількість появ: {count}; документи: {documents}",
    "step_from": "з {ref}",
    "via.same-id": "той самий id",
    "via.aligned": "зіставлено за текстом",
    "via.derived-from": "задекларовано в derived_from",
    "dropped": "немає у {version}",
    "merged_into": "об’єднано з {number}",
    "open_report": "звіт",
    "legend_marks": "= без змін · ~ змінено · + додано · × вилучено · < розділено · "
                    "> об’єднано; подвійна рамка — переміщений пункт",
    "index_title": "Звіти plandiff",
    "index_intro": "Звіти порівняння кожної пари послідовних версій кожного документа "
                   "кожною наявною мовою та історія кожного документа.",
    "index_documents": "Документи",
    "index_history": "Історія",
    "index_synopsis": "Синопсис",
    "index_extra": "Інші порівняння",
    "index_formats": "Також у форматах",
    "back_to_index": "Усі звіти",
    "other_languages": "Інші мови",
}

_HISTORY_RU: dict[str, str] = {
    "history_kicker": "История положений",
    "history_title": "История документа {document}",
    "point_title": "История положения {point} ({document})",
    "history_intro": "Все версии документа, а затем каждое положение во всех версиях и "
                     "документах, где оно встречается, с изменением на каждом шаге. Тексты — "
                     "пересказ проекта, если не указано иное.",
    "h_versions": "Версии",
    "h_matrix": "Эволюция пунктов",
    "matrix_intro": "Строка — положение (его родословная), столбец — версия. В ячейке: номер "
                    "положения в этой версии и его изменение относительно версии, которую эта "
                    "версия заменяет.",
    "h_lineages": "Положения одно за другим",
    "col_point": "Пункт",
    "col_version": "Версия",
    "col_supersedes": "Заменяет",
    "col_report": "Сравнение",
    "vs": "в сравнении с {version}",
    "appearances": "число появлений: {count}; документы: {documents}",
    "step_from": "из {ref}",
    "via.same-id": "тот же id",
    "via.aligned": "сопоставлено по тексту",
    "via.derived-from": "задано в derived_from",
    "dropped": "нет в {version}",
    "merged_into": "объединено с {number}",
    "open_report": "отчёт",
    "legend_marks": "= без изменений · ~ изменено · + добавлено · × исключено · < разделено · "
                    "> объединено; двойная рамка — перемещённый пункт",
    "index_title": "Отчёты plandiff",
    "index_intro": "Отчёты сравнения каждой пары последовательных версий каждого документа "
                   "на каждом имеющемся языке и история каждого документа.",
    "index_documents": "Документы",
    "index_history": "История",
    "index_synopsis": "Синопсис",
    "index_extra": "Другие сравнения",
    "index_formats": "Также в форматах",
    "back_to_index": "Все отчёты",
    "other_languages": "Другие языки",
}

LABELS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"en": MappingProxyType(_EN | _HISTORY_EN), "ja": MappingProxyType(_JA | _HISTORY_JA),
     "uk": MappingProxyType(_UK | _HISTORY_UK), "ru": MappingProxyType(_RU | _HISTORY_RU)}
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


def label_language(requested: str | None, *plan_languages: str) -> str:
    """:func:`choose_language`, with a requested language without labels as a
    :class:`~plandiff.errors.UsageError` (exit 2)."""
    try:
        return choose_language(requested, *plan_languages)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def labels(language: str) -> Mapping[str, str]:
    """All labels of one language (``KeyError`` for an unknown code)."""
    return LABELS[language]


def value_label(t: Mapping[str, str], prefix: str, value: str) -> str:
    """The label of a value (``flag.number``, ``status.leaked-draft``, ...) in the table
    ``t``, or the value itself when the table has none."""
    return t.get(f"{prefix}.{value}", value)


# --------------------------------------------------------------------------- synopsis
# The synopsis pages' own labels (HTML, PDF, Word); plain-text synopses use the English ones.

_SYNOPSIS_EN: dict[str, str] = {
    "synopsis_kicker": "Synopsis",
    "synopsis_title": "Synopsis of {count} versions",
    "synopsis_title_doc": "Synopsis of {document}",
    "synopsis_intro": "One row per clause, followed across renumbering, moves, splits, merges "
                      "and into other documents; one column per version. Each cell is "
                      "redlined against the column before it that has the clause: deletions "
                      "struck through, insertions underlined.",
    "synopsis_intro_base": "One row per clause; one column per version. Each cell is "
                           "redlined against the base column ({base}): deletions struck "
                           "through, insertions underlined.",
    "synopsis_columns": "Versions",
    "synopsis_rows": "{shown} of {total} clauses",
    "synopsis_filters": "Filters",
    "synopsis_no_rows": "No clause matches the filters.",
    "col_clause": "Clause",
    "cell_absent": "not in this version",
    "cell_not_reported": "not reported",
    "moved_from": "moved here from {where}",
    "renumbered_from": "renumbered from {where}",
    "against": "vs {version}",
    "base_mark": "base",
    "filter_topics": "topics: {topics}",
    "filter_changed": "changed clauses only",
    "filter_points": "points: {points}",
}
_SYNOPSIS_JA: dict[str, str] = {
    "synopsis_kicker": "対照表",
    "synopsis_title": "{count}版の対照表",
    "synopsis_title_doc": "{document}の対照表",
    "synopsis_intro": "行は条項ごと（番号の振り直し、移動、分割、統合、他文書への移動を追跡）、"
                      "列は版ごと。各セルは、その条項を含む直前の列と比べた修正履歴です。"
                      "削除は取り消し線、追加は下線で示します。",
    "synopsis_intro_base": "行は条項ごと、列は版ごと。各セルは基準列（{base}）と比べた修正"
                           "履歴です。削除は取り消し線、追加は下線で示します。",
    "synopsis_columns": "版",
    "synopsis_rows": "{total}条項中{shown}条項",
    "synopsis_filters": "絞り込み",
    "synopsis_no_rows": "条件に合う条項はありません。",
    "col_clause": "条項",
    "cell_absent": "この版にはない",
    "cell_not_reported": "報道なし",
    "moved_from": "{where}から移動",
    "renumbered_from": "旧番号 {where}",
    "against": "{version}と比較",
    "base_mark": "基準",
    "filter_topics": "トピック: {topics}",
    "filter_changed": "変更のある条項のみ",
    "filter_points": "項目: {points}",
}
_SYNOPSIS_UK: dict[str, str] = {
    "synopsis_kicker": "Синопсис",
    "synopsis_title": "Синопсис {count} версій",
    "synopsis_title_doc": "Синопсис: {document}",
    "synopsis_intro": "Один рядок на положення (з урахуванням перенумерації, переміщень, "
                      "поділів, об'єднань і переходу в інші документи), одна колонка на "
                      "версію. Кожна клітинка порівнюється з попередньою колонкою, де є це "
                      "положення: вилучене закреслено, додане підкреслено.",
    "synopsis_intro_base": "Один рядок на положення, одна колонка на версію. Кожна клітинка "
                           "порівнюється з базовою колонкою ({base}): вилучене закреслено, "
                           "додане підкреслено.",
    "synopsis_columns": "Версії",
    "synopsis_rows": "{shown} з {total} положень",
    "synopsis_filters": "Фільтри",
    "synopsis_no_rows": "Жодне положення не відповідає фільтрам.",
    "col_clause": "Положення",
    "cell_absent": "немає в цій версії",
    "cell_not_reported": "не повідомлено",
    "moved_from": "перенесено з {where}",
    "renumbered_from": "перенумеровано з {where}",
    "against": "порівняно з {version}",
    "base_mark": "база",
    "filter_topics": "теми: {topics}",
    "filter_changed": "лише змінені положення",
    "filter_points": "пункти: {points}",
}

_SYNOPSIS_RU: dict[str, str] = {
    "synopsis_kicker": "Сводная таблица",
    "synopsis_title": "Сводная таблица {count} версий",
    "synopsis_title_doc": "Сводная таблица документа {document}",
    "synopsis_intro": "Строка — положение, прослеженное через перенумерацию, перемещения, "
                      "разделения, объединения и переходы в другие документы; столбец — версия. "
                      "Каждая ячейка сравнивается с предыдущим столбцом, где есть это положение: "
                      "исключённое зачёркнуто, добавленное подчёркнуто.",
    "synopsis_intro_base": "Строка — положение; столбец — версия. Каждая ячейка сравнивается "
                           "с базовым столбцом ({base}): исключённое зачёркнуто, добавленное "
                           "подчёркнуто.",
    "synopsis_columns": "Версии",
    "synopsis_rows": "{shown} из {total} положений",
    "synopsis_filters": "Фильтры",
    "synopsis_no_rows": "Ни одно положение не подходит под фильтры.",
    "col_clause": "Положение",
    "cell_absent": "нет в этой версии",
    "cell_not_reported": "нет данных",
    "moved_from": "перемещено сюда из {where}",
    "renumbered_from": "перенумеровано из {where}",
    "against": "в сравнении с {version}",
    "base_mark": "база",
    "filter_topics": "темы: {topics}",
    "filter_changed": "только изменённые положения",
    "filter_points": "пункты: {points}",
}

SYNOPSIS_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": _SYNOPSIS_EN, "ja": _SYNOPSIS_JA, "uk": _SYNOPSIS_UK, "ru": _SYNOPSIS_RU}


def synopsis_labels(lang: str) -> dict[str, str]:
    """Report and history labels plus the synopsis's own, in ``lang`` (English fallback)."""
    table = dict(labels(lang))
    table.update(SYNOPSIS_LABELS.get(lang, _SYNOPSIS_EN))
    return table
