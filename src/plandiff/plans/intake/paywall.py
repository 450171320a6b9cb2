"""A paywall's cut: a news page saved (or its text copied) by a reader who is not a
subscriber holds the article up to the paywall's box, ``この記事は有料記事です。残り2150文字``,
``この記事は会員限定です``, ``続きを読むには会員登録が必要です``,
``Subscribe to continue reading``, ``Материал доступен только подписчикам``. The box is page
furniture, but the draft stops there: what follows it was never in the file. The structure
report says so, as a warning, so a draft cut by a paywall is never taken for the whole text.
"""

from __future__ import annotations

import re

__all__ = ["PAYWALL", "PAYWALL_SAID", "paywall_note", "paywall_warning"]

PAYWALL = (
    r"この記事は(?:有料|会員|会員限定|有料会員限定)記事です|有料会員(?:限定|になると|登録)"
    r"|この記事は(?:読者|有料|デジタル)?会員(?:限定|専用)(?:記事)?です"
    r"|残り[0-9０-９,，]+文字|続きは(?:有料|会員|ログイン)"
    r"|続きを(?:読む|お読み(?:いただく|になる)?)には|続きをお読みいただけます"
    r"|subscribe (?:now )?to (?:continue|keep) reading|subscribe to read"
    r"|(?:continue|keep) reading with (?:a |an |your )?(?:digital |premium )?subscription"
    r"|subscribe (?:now )?to unlock|unlock (?:this|the full|the rest of this) (?:article|story)"
    r"|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available to)"
    r" (?:paying )?(?:subscribers|members)"
    r"|to (?:continue|keep) reading,? (?:subscribe|sign in|log in|become)"
    r"|you(?:'|’)ve reached (?:your|the) (?:free )?(?:article )?limit"
    r"|exclusive(?:ly)? (?:to|for) (?:our )?subscribers|for subscribers only"
    r"|subscribers[- ]only (?:article|content|story)"
    r"|чтобы (?:продолжить чтение|читать (?:дальше|далее)"
    r"|прочитать (?:статью|материал|текст) (?:полностью|целиком))"
    r"|(?:материал|статья|полный текст|продолжение|текст) доступ(?:ен|на|но) (?:только )?"
    r"(?:для )?(?:подписчик(?:ам|ов)|по подписке)"
    r"|щоб (?:продовжити читання|читати далі|прочитати (?:статтю|матеріал|текст) повністю)"
    r"|(?:матеріал|стаття|повний текст|продовження|текст) доступн(?:ий|а|е) (?:лише |тільки )?"
    r"(?:для )?(?:передплатник(?:ам|ів)|за передплатою)"
)
"""What a paywall's box says where it cuts the article (Japanese, English, Russian,
Ukrainian)."""
_FOUND = re.compile(PAYWALL, re.IGNORECASE)
_CUES = ("記事です", "有料会員", "残り", "続きは", "続きを", "会員限定", "会員専用",
         "subscri", "members", "reading", "reached", "unlock",
         "чтобы", "подпис", "щоб", "передплат")
"""A word every alternative of ``PAYWALL`` holds, lowered: a text with none of them is
searched no further (a plain substring test, where the pattern's search of a long draft is
slow)."""
PAYWALL_SAID = "a paywall cuts the text"
"""How the warning begins."""


def paywall_warning(text: str) -> str | None:
    """The warning for a text a paywall cut, quoting the box's words; None when no paywall
    speaks in ``text``."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return None
    found = _FOUND.search(text)
    if found is None:
        return None
    start = max(text.rfind("\n", 0, found.start()) + 1, found.start() - 40)
    said = " ".join(text[start:found.end() + 40].split())
    return (f"{PAYWALL_SAID} ('{said}'){_CUT}; find the full text, or add it with "
            "--partial")


_CUT = ": the draft stops where the page's free part does, and the points after it are not " \
       "in the file"


def paywall_note(warning: str) -> str:
    """The words of :func:`paywall_warning` for a draft added with ``--partial``: the cut is
    what the option says (the text is a part), so it is a note, with no advice."""
    return f"{warning.partition(_CUT)[0]}{_CUT}, as --partial says"
