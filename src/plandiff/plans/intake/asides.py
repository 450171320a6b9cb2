"""Editorial asides: lines that are plainly the editor's or the page's, not the draft's.

``… – Ed.``, ``[Editor's note: …]``, ``(in the earlier version …)`` (:data:`ASIDE_LINE`), a
wire credit or a byline alone in brackets (``(Reuters)``, ``（共同）``,
``（ワシントン＝山田太郎）``, ``【…＝…】``, ``（山田太郎記者）``, ``（国際部　山田太郎）``, an
interview's ``（聞き手・山田花子）``; a Japanese reporter's name with 記者 alone on its
line), a news page's
cross-link (``Read more: …``), an explainer box (``Explainer: …``, ``Довідка: …``), a press
page's commentary on the point above it (``Response: …``, ``Analysis: …``, ``What changed:
…``, ``Context: …``, ``What next: …``, ``Відповідь: …``), a video card (``Watch: …``), a
messenger's ``Forwarded from …``, an ad slot's label and the words a browser copies with it
(``Advertisement · Scroll to continue``, ``Report ad``, ``Story continues``), a photo's
credit or a chart's caption (``Photo: Reuters``, a caption ending in its credit: ``…
Photograph: A. Name/Reuters``, ``… (AP Photo/A. Name)``, the agency alone on its line,
``Image caption,`` and the caption under it, a story's copyright line, ``Фото: …``,
``図表：…``, ``【写真】…``), a post's source line and its hashtags (``Source: Axios``,
``#мирний_план``), a page's tag line and the credits under a story (``Tags: …``, ``Автор: …``,
``Джерело фото: …``), a post saying the list goes on in the next one
(``Решту пунктів – у наступному пості``, ``（続く）``), the mark of a cut alone on a line
(``[…]``, ``(...)``, ``（中略）``), a newsletter or paywall box (``Skip past newsletter
promotion``, its privacy notice), a wire copy's credits; and
such a parenthesis at the end of a line, before the sentence's stop if one follows
(:data:`ASIDE_TAIL`). :func:`aside` puts one in the notes of the point it sits in, or in the
version's notes before the first point or under a heading that ended the last one.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.dating import stamp_line
from plandiff.plans.intake.lines import join_wrapped
from plandiff.plans.intake.parsestate import Event, Node, Parse
from plandiff.plans.intake.sentences import SENTENCE_END
from plandiff.plans.intake.timedbylines import timed_byline

__all__ = ["AGENCIES", "APP_LINE", "ASIDE_LINE", "ASIDE_TAIL", "COMMENT_BUTTON", "CROSS_LINK",
           "SHARE_BUTTON", "apart", "aside", "links_after", "masthead", "wrapped_aside"]

AGENCIES = (r"AP|AFP|Reuters|dpa|EFE|ANSA|PAP|TASS|RIA Novosti|Interfax(?:-Ukraine)?|UNIAN"
            r"|Ukrinform|Kyodo|Jiji|Xinhua|Yonhap|Bloomberg|共同|時事|ロイター|新華社|聯合"
            r"|ТАСС|РИА Новости|Интерфакс|УНІАН|Укрінформ")
"""News agencies whose credit, alone on a line in brackets, ends a wire copy."""
_JA_WIRES = r"共同|時事|ロイター|新華社|聯合|タス|ブルームバーグ|AFP|ＡＦＰ|ＡＰ|AP"
"""The agencies a Japanese dateline names after its place, run together
(``【ワシントン時事】``, ``【モスクワ共同】``) or after ``＝`` (``（ワシントン＝共同）``)."""
_WIRE_CREDIT = (rf"[(（][ \t]*(?:{AGENCIES})[ \t]*[)）]"
                rf"|[［\[][^［］\[\]\n]{{1,30}}[ \t\u3000](?:{_JA_WIRES})[］\]]"
                rf"|【[^\x00-\x7f()（）【】=＝\n]{{1,20}}(?:{_JA_WIRES})】"
                rf"|[(（【][^()（）【】=＝\n]{{1,20}}[=＝][ \t]*(?:{_JA_WIRES})[)）】]")
"""A wire copy's credit or dateline in brackets: ``(Reuters)``, ``（共同）``,
``【ワシントン時事】``, ``（ワシントン＝共同）``."""
_COUNT = r"(?:[ \t]*[(（\[][ \t]*[0-9]{1,6}[ \t]*[)）\]]|[ \t]*[:：][ \t]*[0-9]{1,6})"
COMMENT_BUTTON = (
    r"(?:leave|add|post|write|submit) a (?:comment|reply)|join the (?:conversation|discussion)"
    r"|start the (?:conversation|discussion)|be the first to comment"
    r"|(?:show|view|see|read|load|open|hide)(?: all)?(?: [0-9]{1,6})? comments?" + _COUNT + "?"
    + r"|comments?" + _COUNT
    + r"|[0-9]{1,6} (?:comments?|replies|коммента\w{0,3}|коментар\w{0,3})"
    r"|(?:комментари[ий]|коментар[іi]?)" + _COUNT
    + r"|(?:показать|смотреть|показати|дивитися) (?:все )?(?:комментарии|коментарі)"
    r"|(?:оставить|написать|добавить) комментарий|комментировать"
    r"|(?:залишити|написати|додати) коментар|коментувати"
    r"|コメント(?:する|を(?:書く|投稿(?:する)?|見る|表示)|一覧)" + _COUNT + "?"
    + r"|コメント" + _COUNT + r"|コメント[0-9]{1,6}件"
    # a newsletter post's comment box and counts: "Write a comment...", "42 Likes"
    r"|write a comment(?:\.{3}|…)?|discussion about this (?:post|article)"
    r"|[0-9][0-9.,]{0,8}[KkMm]? (?:likes?|restacks?)|·")
"""A comment button or count of a page (``Leave a comment``, ``Comments (12)``, ``Join the
conversation``, ``Комментарии (3)``, ``コメントを書く``): the words alone, no sentence. The
word alone (``Comments``) is a heading over the comments
(:data:`~plandiff.plans.intake.markers.FURNITURE_HEADING`), not a button."""
_NETWORKS = (r"facebook|x|twitter|whatsapp|telegram|linkedin|reddit|threads|bluesky|viber"
             r"|messenger|e-?mail|vk|vkontakte|вконтакте|вк|одноклассниках|ok|flipboard"
             r"|pinterest|mastodon|line|はてなブックマーク|x（旧twitter）")
"""The networks a share bar's buttons name."""
SHARE_BUTTON = re.compile(
    r"^[ \t]*(?:share(?: this(?: article| story| page| post))?|поделиться|поділитися"
    # a share bar's button naming its network: "Share on X", "Поделиться в Telegram"
    rf"|(?:share(?: this)?(?: on| via| to| with)|поделиться(?: в| во| через)"
    rf"|поділитися(?: в| у| через)|поширити(?: в| у)?|シェア(?:する)?)[ \t]+(?:{_NETWORKS})"
    r"|シェア(?:する)?|copy link|link copied|копировать ссылку|копіювати посилання"
    r"|ссылка скопирована|посилання скопійовано|リンクをコピー"
    # a button that shows the rest of a post, copied with it
    r"|show more|see more|подробнее|детальніше|читать (?:полностью|далее|дальше)"
    r"|читати (?:повністю|далі)|показать (?:полностью|ещё|еще)|показати (?:повністю|більше)"
    r"|(?:この)?記事を(?:シェア|共有)(?:する)?"
    # a comment button or count: "Leave a comment", "Comments (12)", "Join the conversation"
    rf"|{COMMENT_BUTTON})"
    r"[ \t]*[:：]?[ \t]*$",
    re.IGNORECASE)
"""A page's share, copy-link, show-more or comment button alone on its line (a newsletter
post's "Share" between its lists, a channel's "Подробнее", "Leave a comment" under the
article, copied with its text too): the page's, carrying nothing, left out."""
_DEVICES = (r"iphone|ipad|ipod|android|galaxy[^\n]{0,20}|samsung[^\n]{0,30}|pixel[^\n]{0,10}"
            r"|(?:mobile )?phone|mobile(?: device)?|smartphone|tablet|blackberry[^\n]{0,20}"
            r"|huawei[^\n]{0,20}|xiaomi[^\n]{0,20}|(?:windows )?mail for windows(?: 1[01])?"
            r"|outlook(?: for (?:ios|android|mac))?|yahoo mail[^\n]{0,30}|gmail[^\n]{0,20}"
            r"|aol[^\n]{0,30}|proton ?mail[^\n]{0,20}|spark[^\n]{0,20}|mail\.ru[^\n]{0,20}")
"""The phones and mail programs whose name an app's own line gives."""
APP_LINE = re.compile(
    r"^[ \t]*(?:(?:sent|shared) (?:from|via|with|using) (?:my |the )?(?:" + _DEVICES + ")"
    + r"|(?:get|download) outlook for (?:ios|android|mac)"
    r"|(?:sent|shared) (?:from|via) (?:apple news|google news|flipboard|news\+?"
    r"|the [\w .&'’-]{1,30} app)"
    r"|(?:отправлено|послано|надіслано|відправлено) (?:с|со|из|з|із|зі) (?:моего |мого )?"
    r"(?:" + _DEVICES + r"|мобильн\w{1,3} [^\n]{1,40}|приложени[яе][^\n]{0,40}"
    r"|додатк[ау][^\n]{0,40}|яндекс[^\n]{0,30}|почты[^\n]{0,30}|пошти[^\n]{0,30})"
    r"|[a-z][\w!. ]{0,30}から送信(?:しました)?|(?:apple|google) ?(?:news|ニュース)から共有)"
    r"[ \t]*[.!。]?[ \t]*$", re.IGNORECASE)
"""The line a phone's mail app or a news app adds under what it sends or shares (``Sent from
my iPhone``, ``Get Outlook for iOS``, ``Shared from Apple News``, ``Отправлено с iPhone``,
``iPhoneから送信``): the program's, not the sender's words, left out."""
_CROSS_LINK = (r"(?:related|read(?: (?:more|also))?|more|see also|also read"
               r"|(?:читайте|читати) (?:також|также|більше)|также читайте|(?:дивіться|смотрите) "
               r"(?:також|также)|по теме|по темі|на тему|関連(?:記事|ニュース|情報|リンク)"
               r"|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事"
               r"|اقرأ (?:أيضا|أيضاً|ايضا|ايضاً)|(?:مواضيع|أخبار|مقالات) ذات صلة"
               r"|بیشتر بخوانید|(?:مطالب|اخبار) مرتبط|(?:यह|ये) भी पढ़ें|संबंधित (?:खबरें|ख़बरें))"
               r"[ \t]*[:：].*")
"""A news page's link to a related story inside or under the article (``Read more: …``,
``Читайте також: …``, ``関連記事：…``, ``あわせて読みたい：…``, ``اقرأ أيضا: …``)."""
CROSS_LINK = re.compile(rf"^[ \t]*(?:{_CROSS_LINK})$", re.IGNORECASE)
_PROMO = re.compile(r"^[ \t]*(?:[^\n]{1,80} is a reader-supported publication\.[^\n]{0,300}"
                    r"|(?:sign up|subscribe|подписаться|підписатися)(?!\w).{0,120})$",
                    re.IGNORECASE)
"""A newsletter's box under a post (``… is a reader-supported publication. …``,
``Subscribe``): the page's, like a related story's link."""
_SIGNS = r"(?:[^\w\s(\[#@]{1,6}[ \t]*)"
"""Emoji and arrows a channel sets before or after its closing lines (``👉``, ``⬇️``)."""
_CHANNEL_CLOSE = (
    rf"{_SIGNS}?(?:@[a-z][a-z0-9_]{{3,31}}(?:[ \t]*[|·•,][ \t]*{_SIGNS}?@[a-z][a-z0-9_]{{3,31}})*"
    r"|(?:https?://|t\.me/|www\.[^\s/]{1,100}/)\S{0,300})[ \t]*" + _SIGNS + "?"
    + rf"|{_SIGNS}?(?:(?:читайте|читати) (?:також|также|більше)|также читайте|read (?:also|more)"
    r"|more news|більше новин|больше новостей|джерело|источник|source)[ \t]*" + _SIGNS
    + r"(?:[ \t]*(?:https?://|t\.me/|www\.[^\s/]{1,100}/)\S{0,300})?")
"""A channel's closing lines under its post (Telegram, a messenger, a blog): its handle or a
link alone on a line (``@war_monitor``, ``👉 t.me/channel``, ``https://t.me/channel/12``; a
bare ``www.site.org`` with no path is a site's name, as a reader view copies it over the
headline),
and a label pointing at the link under it (``Читайте також 👇``, ``Source ⬇️``)."""
_CLOSING = re.compile(
    rf"^[ \t]*(?:{_CHANNEL_CLOSE}"
    r"|(?:[^\w\s(\[#]{1,4}[ \t]*)?(?:sign up|subscribe|follow us|join us|підпи(?:шіться"
    r"|суйтесь|сатися|сатись|шись)|подпи(?:шитесь|сывайтесь|саться|шись)|приєднуйтесь"
    r"|присоединяйтесь|チャンネル登録)(?!\w).{0,120}"
    r"|(?:source|sources|джерело|джерела|источник|источники|出典|出所|ソース)[ \t]*[:：][ \t]*"
    r"[^\n]{0,79}[^.。\s]"
    r"|(?:#[^\W\d_][\w]*[ \t]*){1,12})$", re.IGNORECASE)
"""The lines a post closes with (:data:`_CHANNEL_CLOSE`, a call to subscribe or join, its
source, its hashtags): under the last point, the page's, never the point's
(:func:`links_after`)."""
_ED = r"(?:Ed|Eds|Red|ред|Ред|編注|編集部)\.?"
_REPORTER = r"(?:記者|特派員|通信員)"
_DESK = r"(?:支局|総局|本社|部|特派員|編集委員|論説委員)"
"""A Japanese reporter's line: the word after the name, the desk before it."""
_NAME = r"[^\s()（）【】=＝。、！？!?「」『』\u3040-\u309f0-9０-９]"
"""A character of a name or a bureau in a Japanese sign-off (no hiragana: a sentence has
some)."""
ASIDE_LINE = re.compile(
    r"^[ \t]*(?:"
    rf"[(\[][^()\[\]]*[-–—][ \t]*{_ED}[)\]]"  # (… – Ed.)
    rf"|.*[-–—][ \t]*{_ED}[ \t]*$"  # … – Ed.
    r"|[(\[][ \t]*(?:ed(?:itor)?(?:'|’)?s?\.?[ \t]*note|note of the editors?|in the "
    r"(?:earlier|previous|original|first|leaked|initial|older|other) (?:version|draft|text|"
    r"copy)|примітка редакції|примечание редакции|編集部注|編注)[^\n]*[)\]][ \t]*$"
    r"|(?:editor(?:'|’)?s note|ed\. note|примітка редакції|примечание редакции)[ \t]*[:：.].*"
    rf"|{_WIRE_CREDIT}"  # (Reuters), （共同）, 【ワシントン時事】: a wire credit
    # a post's source line, a credit with no full stop, and its hashtags: "Source: Axios",
    # "#мирний_план #новини" ("Source: the ministry." closing a table is the article's)
    r"|(?:source|sources|джерело|джерела|источник|источники|出典|出所|ソース)[ \t]*[:：][ \t]*"
    r"[^\n]{0,79}[^.。\s]"
    r"|(?:#[^\W\d_][\w]*[ \t]*){1,12}"
    # a page's tag line and the credits under a story, no full stop: "Tags: peace plan,
    # Ukraine", "Теги: …", "Автор: …", "Редактор: …", "Джерело фото: Reuters"
    r"|(?:tags?|topics?|теги|тэги|теґи|мітки|метки|タグ|author|editor|edited by|written by"
    r"|автор(?:ка)?|редактор(?:ка)?|(?:джерело|источник|source)[ \t]+(?:фото|photo))"
    r"[ \t]*[:：][ \t]*[^\n]{0,149}[^.。\s:：]"
    # a page's copyright line: "© 2025 …", "(c) 2025 …", "Copyright 2025 …", "(c) Kyodo News"
    r"|(?:©|ⓒ|\([cс]\)|copyright)[ \t]*(?:(?:19|20)[0-9]{2}\b|©)[^\n]{0,100}"
    # a news page's note that the story changes: "This story has been updated."
    r"|this (?:story|article|report|post|page) (?:has been|was|is being|will be) updated"
    r"[^\n]{0,80}|this is a (?:developing|breaking) (?:story|news story)[^\n]{0,60}"
    r"|※?[ \t]*この記事は[^\n]{0,20}(?:更新|修正|加筆|追記)(?:しました|されました|しています)"
    r"[^\n]{0,40}"
    # a Japanese page's related links and buttons: 【関連記事】…, ＜関連情報＞, 写真を見る
    r"|[【＜<［\[]関連(?:記事|情報|ニュース|リンク)[】＞>］\]][^\n]{0,150}|関連(?:記事|ニュース|情報)"
    r"|(?:この記事の)?(?:写真|画像|動画)(?:を|の一覧を)?(?:見る|表示)|続きを読む|記事を読む"
    r"|[=＝](?:写真|画像)(?:は|[:：])[^\n]{1,40}"  # ＝写真はロイター: a photo's credit
    rf"|(?:©|ⓒ|[(（][cсｃ][)）]|copyright)[ \t]*(?:{AGENCIES})(?:[ \t]+(?:News|Press|Agency"
    r"|Service|International|Ltd\.?|Inc\.?)|[ \t]*通信社?)*(?:[.,]?[ \t]*all rights reserved)?\.?"
    r"|©[ \t]*\S[^\n]{0,100}"
    # （ワシントン＝山田）, 【…＝…】, several datelines (（ワシントン＝山田、モスクワ＝佐藤）)
    r"|[(（【](?:[^()（）【】=＝、\n]{1,20}[=＝][^()（）【】=＝、\n]{1,20}、){0,3}"
    r"[^()（）【】=＝、\n]{1,20}[=＝][^()（）【】=＝\n]{1,20}[)）】]"
    rf"|[(（【][^()（）【】=＝。\n]{{1,24}}{_REPORTER}[)）】]"  # （山田太郎記者）
    rf"|[(（【][^()（）【】=＝\s。、]{{1,15}}{_DESK}[ \t\u3000・･]"
    r"[^()（）【】=＝\s。、]{2,12}[)）】]"
    # （国際部　山田太郎）; a name with 記者 alone on its line, no kana of a sentence in it
    rf"|(?:{_NAME}{{1,15}}[ \t\u3000・･])?{_NAME}{{2,12}}{_REPORTER}"
    r"|[(（](?:聞き手|取材|構成|撮影|文|編集|翻訳|写真)(?:[・･](?:取材|構成|撮影|文|写真))?"
    r"[・･：:は＝=][^()（）\n]{1,40}[)）]"  # （聞き手・山田花子）, （編集：山田）
    rf"|{_CROSS_LINK}"  # a cross-link inside the article
    rf"|{_CHANNEL_CLOSE}"  # a channel's handle or link alone, "Читайте також 👇"
    # its label with no colon, glued to the link's title or a space before it ("Читайте
    # такжеПереговоры …": a box's <span> and <a>)
    r"|читайте (?:також|также)[ \t]*(?=[«\"“\w])(?-i:(?![a-zа-яіїєґ])).+"  # (a capital after
    # it: no sentence; English "See also Annex 2" may open a clause's wrapped line)
    # a page's call to follow its channel, and an update's time stamp
    r"|(?:[^\n]{0,40}[ \t])?(?:читайте|следите|стежте|приєднуйтесь|присоединяйтесь|join|follow"
    r"|підписуйтесь|подписывайтесь|subscribe|більше новин|больше новостей|more news)"
    r"[ \t][^\n]{0,60}(?:telegram|телеграм|viber|вайбер|whatsapp|youtube|дзен|facebook"
    r"|instagram)(?!\w)[^\n]{0,40}"
    r"|(?:дополнено|обновлено|оновлено|доповнено|updated)(?:[ \t]+(?:в|о|at))?[ \t]+"
    r"[0-2]?[0-9][:.][0-5][0-9][^\n]{0,30}"
    r"|(?:explainer|explained|fact ?box|довідка|справка|解説)[ \t]*[:：].*"  # an explainer box
    # a press page's commentary on the point above it (Response: …, What changed: …)
    r"|(?:response|reaction|analysis|comment(?:ary)?|our (?:view|take)|verdict|fact[ -]?check"
    r"|what (?:changed|it means|this means)|why it matters|відповідь|реакція|аналіз|коментар"
    r"|що змінилося|ответ|реакция|анализ|комментарий|что изменилось"
    r"|context|what(?:'s|’s| is)? next|контекст|що далі|что дальше)[ \t]*[:：][ \t]*\S.*"
    # a tracker's status beside a point (the HTML reader's line from a table's status column)
    r"|(?:status|статус|стан|состояние|状況|現状|進捗|ステータス)[ \t]*[:：][ \t]*[^\n\d]{1,30}"
    r"|(?:watch|listen|video|смотрите|видео|дивіться|відео|動画)[ \t]*[:：].{0,150}"  # a video card
    r"|\[?(?:forwarded from|переслано (?:от|з|від)|転送元[:：]?) ?[^\n]{1,80}?\]?"  # a forward
    r"|(?:advertisement|реклама|広告|スポンサーリンク|PR|إعلان|اعلان|تبلیغات|विज्ञापन)"
    r"[ \t]*[:：.]?"
    r"(?:[ \t]*[0-9]{1,2}\+)?"
    r"|(?:1[2-8]|[06])\+"  # an ad slot's label, its age mark
    # a page's buttons and labels alone on a line, their element's class naming nothing
    r"|[\[(（]PR[\])）]|ad|sponsored(?: content)?|promoted|advertising|paid (?:post|content)"
    r"|skip advertisement|supported by|реклама на сайте|новости партн[её]ров"
    r"|(?:loading|загрузка|завантаження|読み込み中)(?:\.{1,3}|…)?"
    r"|(?:share(?: this(?: article| story| page| post)?)?|поделиться|поділитися|シェア(?:する)?)"
    r"[ \t]*[:：]?"
    r"|copy link|link copied|(?:open|read) in (?:the )?app|image|getty images|写真はイメージ"
    r"|listen(?: to this (?:article|story))?|слушать|слухати|play(?: video)?|video"
    r"|[0-9]{1,2} min(?:ute)?s? read"
    r"|реклама[ \t]*[·•|–-][ \t]*(?:скрыть|закрыть|сховати|закрити)"
    # the marking Russian law asks of an ad (advertiser, tax number, its "erid" token)
    r"|(?:реклама[.:,]?[ \t]+[^\n]{0,200}?[ \t,;.(])?erid[ \t]*[:：][ \t]*[0-9A-Za-z]{5,}"
    r"[^\n]{0,60}"
    r"|(?:advertisement[ \t]*[·•|–-][ \t]*)?scroll to continue(?: with content)?"  # … and
    r"|report (?:this )?ad|(?:story|article) continues(?: below| after)?"  # around it
    r"(?: (?:(?:this|the) )?(?:advertisement|ad))?"
    r"|continue reading(?: below| the main story)?"
    r"|(?:скрыть|сховати) рекламу|広告を(?:非表示|閉じる)"
    r"|(?:продолжение|продовження) (?:после|після) реклам[ыи]|広告の後に(?:も)?続きます"
    r"|[(\[（［〔]?[ \t]*(?:…|\.{3}|(?:中|後|以下)略)[ \t]*[)\]）］〕]?"  # […], （中略）: a cut
    r"|[【［\[](?:写真|画像|動画|図表?|図解|グラフ|地図|photo|video|фото|відео|видео)[】］\]]"
    r"[^\n]{0,150}"  # a Japanese page's caption: 【写真】…
    # a post saying the list goes on in the next one (a messenger channel, a thread)
    r"|[^\n]{0,100}(?:(?:in )?the next (?:post|tweet|message)|(?:в|у) наступн(?:ому|их) "
    r"(?:пост|допис)\w*|в следующ(?:ем|их) пост\w*|次の投稿)(?![\w-])[^\n]{0,40}"
    r"|[(（]?(?:to be continued|continued below|продовження (?:буде|нижче)|продолжение "
    r"(?:следует|ниже)|続く|つづく)[.…)）]?"
    r"|[(（]?(?:photo(?:graph)?|picture|image|фото|світлина|写真|画像|図表|グラフ|地図)"
    r"(?:[ \t]*credit)?"
    r"(?:[ \t]*[:：—–\-=＝][ \t]*|[ \t]+by[ \t]+(?=(?-i:[A-Z])))[^\n]{1,120}?[)）]?"  # a
    # photo's credit: "Photo: Reuters", "Photograph by Jane Doe"
    r"|(?:[^\w\s(\[#]{1,4}[ \t]*)?(?:sign up|subscribe|follow us|підпи(?:шіться|суйтесь"
    r"|сатися|сатись|шись)|подпи(?:шитесь|сывайтесь|саться|шись)|チャンネル登録)(?!\w).{0,120}"
    # a government press office's closing line under its release
    r"|for (?:more|further|additional) information[ \t]*,?[ \t]*(?:please[ \t]+)?(?:contact"
    r"|visit|see|call|e-?mail|go to|refer to)(?!\w)[^\n]{0,120}"
    # a blog post's writer asking readers to follow them, after the last point
    r"|(?:if you (?:found|liked|enjoyed) (?:this|it)[^\n]{0,60}?[,—–-][ \t]*)?(?:please[ \t]+)?"
    r"(?:follow me|thanks? (?:you )?for reading|clap)(?!\w).{0,120}"
    r"|(?:get|receive) (?:our|the) .{0,40}newsletter.{0,80}"  # a newsletter or paywall box
    r"|[^\n]{1,80} is a reader-supported publication\.[^\n]{0,300}"
    r"|(?:skip past|after) newsletter promotion|privacy notice[ \t]*:[ \t]*newsletters?[^\n]{0,400}"
    # a caption ending in its credit: "… last month. Photograph: A. Name/Reuters",
    # "… on Sunday. (AP Photo/A. Name)", "Soldiers near the line (Photo by A. Name)" (a
    # numbered line is a point, never a caption)
    r"|(?![(\[]?[0-9０-９]{1,3}[.)）:])[^\n]{1,300}?[.!?)”\"][ \t]+"
    r"(?:photograph|photo|picture|image|illustration)[ \t]*:[ \t]*[^\n.;:]{1,80}"
    r"|(?:(?![(\[]?[0-9０-９]{1,3}[.)）:])[^\n]{1,300}?[.!?)”\"]?[ \t]+)?"
    r"\((?:[^()\n]{0,30}photo(?:graph)?[ \t]*/|photo(?:graph)? by[ \t])[^()\n]{1,80}\)\.?"
    # a picture's agency alone on its line, and a broadcaster's "Image caption," over the
    # caption (the lines under it join it: _COMMENTARY)
    rf"|(?:{AGENCIES}|EPA(?:-EFE)?|Getty Images|Shutterstock|Alamy|PA Media)"
    r"(?:[ \t]*(?:/|via)[ \t]*[^\n]{1,40})?"
    r"|image (?:caption|source)[ \t]*[,:：][^\n]{0,200}"
    # the copyright line under a story
    r"|(?:copyright|©)[ \t]*(?:\(c\)[ \t]*)?(?:[0-9]{4}[ \t,-]+)?[^\n]{0,120}all rights "
    r"reserved\.?[^\n]{0,300}|(?:copyright|©)[ \t]*[0-9]{4}[^\n.]{0,80}\.?|all rights reserved\.?"
    r"|this material may not be published, broadcast, rewritten,? or redistributed\.?"
    r"|already an? (?:subscriber|member)\?.{0,60}|(?:уже|вже) (?:подписаны|подписчик|маєте "
    r"передплату|передплатник)\?.{0,60}|(?:既に|すでに)?(?:有料)?会員の方は.{0,60}"
    r"|(?:(?:additional|with)[ \t]+)?(?:reporting|writing|editing)(?:[ \t]+and[ \t]+\w+)?"
    r"[ \t]+by[ \t].{0,150}(?<![.!?;:])"  # a wire copy's credits, no closing period
    r"|\((?:(?:additional|with)[ \t]+)?(?:reporting|writing|editing)(?:[ \t]+and[ \t]+\w+)?"
    r"[ \t]+by[ \t][^()]{0,250}\)\.?"  # … or in brackets: (Reporting by …; Editing by …)
    r"|our standards[ \t]*:.{0,80}"  # a wire service's line on its principles
    r")$",
    re.IGNORECASE,
)
_COMMENTARY = re.compile(
    r"[ \t]*(?:editor(?:'|’)?s note|ed\. note|примітка редакції|примечание редакции"
    r"|explainer|explained|fact ?box|довідка|справка|解説"
    r"|response|reaction|analysis|comment(?:ary)?|our (?:view|take)|verdict|fact[ -]?check"
    r"|what (?:changed|it means|this means)|why it matters|відповідь|реакція|аналіз|коментар"
    r"|що змінилося|ответ|реакция|анализ|комментарий|что изменилось)[ \t]*[:：.]"
    r"|[ \t]*image caption[ \t]*[,:：]",
    re.IGNORECASE)
"""The labels of an aside that is a paragraph of prose (a commentary, an explainer, an
editor's note), which a pasted copy wraps over several lines."""
ASIDE_TAIL = re.compile(
    rf"[ \t\u3000]*(?P<aside>[(\[](?:[^()\[\]]*[-–—][ \t]*{_ED}|[ \t]*(?:in the (?:earlier|"
    r"previous|original|first|leaked|initial|older|other) (?:version|draft|text|copy)|ed(?:itor)?"
    r"(?:'|’)?s?\.?[ \t]*note)[^()\[\]]*)[)\]]"
    rf"|(?:(?<=[.!?。！？])|(?<=[.!?。！？][ \t\u3000]))(?:{_WIRE_CREDIT}))"
    r"(?P<end>[.;。]?)[ \t]*$",
    re.IGNORECASE,
)
"""An aside closing a line, before the sentence's own full stop or semicolon if one follows
it (``…sixty days (in the earlier version: ninety – Ed.).``): the stop stays in the text.
A wire's credit or dateline after a finished sentence (``…交換する。（共同）``) too."""


_CREDIT_LINE = re.compile(r"^[(（]?(?:photo(?:graph)?s?|picture|image|фото|світлина|写真|画像)"
                          r"(?:[ \t]*credit)?(?:[ \t]*[:：—–\-=＝]|[ \t]+by[ \t])",
                          re.IGNORECASE)
"""A picture's credit opening its line (``Photo: Jane Doe / Agency``, ``Фото: …``)."""
CAPTION_CHARS = 200
"""The longest caption line :func:`_caption_above` takes with the credit under it."""


def _caption_above(parse: Parse, node: Node, text: str) -> str | None:
    """The caption over a picture's credit (``Envoys meet in Geneva.`` / ``Photo: Jane Doe``,
    a paragraph of a point's, a blank line above it and none between): taken out of the
    point (its paragraph left empty), the one aside with the credit. None when the line
    above is no such paragraph (the point's first, or one of several lines)."""
    if parse.blank or _CREDIT_LINE.match(text) is None:
        return None
    paragraphs = node.paragraphs
    if len(paragraphs) < 2 or not any(paragraphs[:-1]) or len(paragraphs[-1]) != 1 \
            or len(paragraphs[-1][0]) > CAPTION_CHARS:
        return None
    caption = paragraphs[-1][0]
    paragraphs[-1] = []
    return caption


def aside(parse: Parse, text: str, where: str) -> None:
    """Put an aside where it belongs (the module notes). A commentary paragraph in a
    point whose line does not finish a sentence is wrapped: :func:`wrapped_aside` joins
    the lines after it. A picture's credit takes the caption right over it with it
    (:func:`_caption_above`)."""
    node = parse.current
    parse.wrapped_aside = None
    if node is not None and not parse.closed:
        caption = _caption_above(parse, node, text)
        text = text if caption is None else f"{caption} {text}"
    if node is not None and not parse.closed and _COMMENTARY.match(text) \
            and text.rstrip()[-1:] not in SENTENCE_END:
        parse.wrapped_aside = (node, len(node.notes))
    if parse.closed:  # under a heading that ended the last point: the heading's, a
        apart(parse.under[-1], text)  # a paragraph of its own ("Фото: …" / "Читайте …")
        parse.outside.append(where)
    elif node is not None:
        node.notes.append(text)
        if CROSS_LINK.match(text) or _PROMO.match(text) or _CLOSING.match(text):
            parse.links.append((node, len(node.notes) - 1, node.lines, len(node.children)))
        parse.events.append(Event(where, "aside", f"editorial text moved to the notes of "
                                  f"point {node.number}: {text[:60]}"))
    else:
        apart(parse.notes, text)
        parse.outside.append(where)


def apart(paragraphs: list[list[str]], text: str) -> None:
    """Put an aside in the version's notes as a paragraph of its own: the text before it and
    after it (a caption, then the article's prose) never runs into it."""
    if paragraphs[-1]:
        paragraphs.append([])
    paragraphs[-1].append(text)
    paragraphs.append([])


_BYLINE = re.compile(
    r"^[ \t]*(?:by|авторк?а?[ \t]*[:：—–-]|author[ \t]*[:：—–-]|текст[ \t]*[:：—–-])"
    r"[ \t]*(?P<names>\S.{0,80})$", re.IGNORECASE)
_BYLINE_WORDS = frozenset({"and", "&", "і", "й", "та", "и", "in", "of", "the", "for", "at",
                           "correspondent", "reporter", "editor", "writer", "staff", "bureau",
                           "chief", "senior", "political", "diplomatic", "security",
                           "defence", "defense", "international", "кореспондент",
                           "кореспондентка", "корреспондент"})
"""The small words a byline may hold besides names (``By Jane Doe and John Roe``, ``By
Jane Doe, diplomatic correspondent``)."""


def _byline(text: str) -> bool:
    """Whether ``text`` is a press copy's byline: ``By`` (``Автор:``, ``Текст:``) and names
    (capitalised words, initials) with only a byline's small words between; a sentence
    opening with "By" (``By December both sides …``) is none. A Japanese reporter's line
    is an aside already (:data:`ASIDE_LINE`)."""
    found = _BYLINE.match(text)
    if found is None or text.rstrip()[-1:] in "!?;:":
        return False
    words = found.group("names").replace(",", " ").split()
    return bool(words) and words[0][:1].isupper() and all(
        word[:1].isupper() or word.lower() in _BYLINE_WORDS for word in words) \
        and not (text.rstrip().endswith(".") and len(words[-1]) > 2)


def masthead(text: str) -> bool:
    """Whether a line before the first point is the press copy's stamp (its date and time)
    or byline: a paragraph of the notes of its own, never run into the headline above it
    or the lead below it."""
    return stamp_line(text) or _byline(text) or timed_byline(text)


def wrapped_aside(parse: Parse, line: str) -> bool:
    """Join a plain line to the commentary paragraph it wraps (``Response: … already`` /
    ``in the Charter …``): the lines after such a paragraph's first, up to a blank line or
    a line with a mark, are its, not the point's. Whether it did."""
    held = parse.wrapped_aside
    if held is None or held[0] is not parse.current:
        return False
    node, index = held
    node.notes[index] = join_wrapped([node.notes[index], line])
    return True


def links_after(parse: Parse) -> None:
    """Move the related stories' links, a newsletter's box and a post's closing lines (a
    call to subscribe, the channel's handle and links, its source and hashtags:
    :data:`_CLOSING`) under the last point out of its notes: read after the point's text
    with nothing of the point after them, they are the page's, under the list
    (``関連記事：…``, ``Читайте також: …``, ``Subscribe``, ``👉 Подписывайтесь на @channel``,
    ``Джерело: Axios``), not the point's; the version's notes take them,
    right under the points. A link between two points stays the point's above it."""
    if not parse.points or not parse.links:
        return
    last = parse.points[-1].walk()[-1]
    moved: list[str] = []
    for node, index, lines, children in reversed(parse.links):
        if node is not last or index != len(last.notes) - 1 or node.lines != lines \
                or len(node.children) != children:
            break
        moved.insert(0, last.notes.pop())
    if moved:
        said = {f"editorial text moved to the notes of point {last.number}: {text[:60]}"
                for text in moved}  # where the link first went: no longer so
        parse.events = [event for event in parse.events
                        if not (event.kind == "aside" and event.message in said)]
        parse.after_last.extend(moved)
        parse.events.append(Event(last.where, "after", f"{len(moved)} related story link(s), "
                                  f"newsletter box or post's closing line(s) (a call to "
                                  f"subscribe, a channel's handle, a link, a source) under "
                                  f"the last point "
                                  f"({moved[0][:60]}) went to the version's notes"))
