"""Function words: tokens that say little about which clause a text is.

In a document of a few dozen points, inverse document frequency cannot tell "for" or "with"
from a rare content word (each may occur in three points), so the aligner scales these words
down (:data:`plandiff.engine.align.FUNCTION_WEIGHT`) instead of trusting the tiny sample. The lists
cover the languages negotiated texts are most often drafted or translated in (English,
French, German, Spanish, Italian, Portuguese, Russian, Ukrainian): articles, pronouns,
prepositions, conjunctions, auxiliaries and modal verbs ("shall", "may": the meaning-shift
flags look at those, the aligner need not). Japanese particles and inflections are written
in Hiragana and recognised by script instead (:func:`is_function_word`).

Entries are matched after the aligner's folding: case-folded and cut to
:data:`plandiff.engine.align.STEM` letters, so :func:`function_words` cuts them the same way.
"""

from __future__ import annotations

from functools import cache

_EN = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either else
ever every few for from further had has have having he her here hers herself him himself his
how i if in into is it its itself just may me might more most must my myself neither no nor
not of off on once only or other others otherwise our ours ourselves out over own per same
shall she should so some such than that the their theirs them themselves then there these
they this those through thus to too under until up upon us very was we were what when where
whether which while who whom whose why will with within without would yet you your yours
hereby herein hereof thereof therein thereto whereas also such said
"""

_FR = """
à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
leurs lui ma mais me même mes moi mon ne ni nos notre nous on ou où par pas pour qu que qui
sa se ses si son sont sur ta te tes toi ton tu un une vos votre vous y est être été sera
seront doit doivent peut peuvent ainsi afin selon entre lors dont aussi tout tous toute
toutes
"""

_DE = """
der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus
bei bis da dass durch für gegen hat haben hatte ich ihr ihre im in ist ja kann können mit nach
nicht noch nur ob sich sie sind so über um unter vom von vor was wenn werden wird
wie wir zu zum zur soll sollen muss müssen darf dürfen sowie sowohl jede jeder jedes dieser
diese dieses
"""

_ES = """
a al algo ante como con contra cual cuando de del desde donde durante e el ella ellas ellos
en entre es esa ese eso esta este esto estos fue ha han hasta la las le les lo los mas
más me mi mis muy ni no nos o os otra otro para pero por que qué se sea ser si sí sin sobre
son su sus también te tiene todo todos tu un una uno unos y ya deberá deberán podrá podrán
"""

_IT = """
a ad al alla alle agli ai anche che chi ci come con da dal dalla dei del della delle degli
di e ed è fra gli ha hanno i il in la le lo ma ne nei nel nella non o per più quale quando
se si sia sono su sua sue suo suoi tra un una uno dovrà dovranno può possono
"""

_PT = """
a ao aos as às com como da das de do dos e é em entre foi há isso isto já mais mas na
nas não no nos o os ou para pela pelas pelo pelos por que se sem ser seu seus sua suas também
um uma umas uns deverá deverão poderá poderão
"""

_RU = """
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже
для до его ее её если есть еще ещё же за здесь и из или им их к как когда кто ли либо мне
может могут мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно
от по под после при про с со так также такой там те тем то того тоже той только том ты у
уже чем что чтобы эта эти это этот я должна должно должны должен будет будут является
которая которые который которых
"""

_UK = """
а або але без би був була були було бути в вам вас ви від вона вони воно все всі втім де до
для його її з за зі і із й їх коли котрий який яка яке які як також та те ти то тобто тому
у уже через що щоб це цей ця ці цього на над не ні ну о об от по під після при про себе
свій своє свої своя так там тут має мають має бути буде будуть повинна повинно повинні
повинен може можуть
"""


@cache
def function_words(stem: int) -> frozenset[str]:
    """Every listed function word, case-folded and cut to its first ``stem`` letters."""
    words = "\n".join((_EN, _FR, _DE, _ES, _IT, _PT, _RU, _UK)).split()
    return frozenset(w.casefold()[:stem] for w in words)


_UNITS = """
thousand million billion trillion bn mn tn dollar dollars euro euros half quarter dozen
万 億 兆 ドル 円 ユーロ
"""


@cache
def amount_units(stem: int) -> frozenset[str]:
    """Units of an amount (scale words, currencies, "half", "quarter", "dozen"), case-folded
    and cut to ``stem`` letters: they say that a clause holds an amount, not which one.
    "$800bn" is one word, "800 billion" two and "8000億ドル" three, so two clauses naming
    different sums would share the unit words ("nine and a half months" and "four and a half
    months" the word "half"); the amounts themselves are compared as numbers (the aligner's
    number tokens). The aligner weighs them like function words; the flags do not use this
    list."""
    return frozenset(w.casefold()[:stem] for w in _UNITS.split())


HIRAGANA_FROM = "\u3041"
"""The first Hiragana character: no unlisted function word (:func:`is_function_word`, all
Hiragana) starts before it."""


def _hiragana(token: str) -> bool:
    return all(HIRAGANA_FROM <= ch <= "\u309f" for ch in token)


def is_function_word(token: str, stem: int) -> bool:
    """True for a listed function word (already folded and cut) or a Hiragana-only token."""
    return token in function_words(stem) or (token[:1] >= HIRAGANA_FROM and _hiragana(token))


__all__ = ["HIRAGANA_FROM", "amount_units", "function_words", "is_function_word"]
