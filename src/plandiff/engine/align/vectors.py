"""Weight vectors of each side's points: token ids, document-level IDF, TF-IDF unit vectors,
idf-weighted masses for containment."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain

from plandiff.engine.align.concepts import (
    CHANNELS,
    TITLE,
    TOPIC,
    ConceptTable,
    concept_table,
    number_tokens,
)
from plandiff.engine.align.inflection import inflected_groups, joins
from plandiff.engine.align.tokens import FUNCTION_WEIGHT, STEM, lone_han, matching_text, tokens
from plandiff.engine.align.wordids import Words, word_ids, worth_it
from plandiff.engine.stopwords import (
    HIRAGANA_FROM,
    amount_units,
    function_words,
    is_function_word,
)
from plandiff.plans.model import Point

CHANNEL_WEIGHTS = {"terms": 1.0, "entities": 0.6, "synonyms": 0.7, "numbers": 1.0,
                   "title": 0.8, "topics": 0.8}
"""Weight of each evidence channel (:mod:`plandiff.engine.align.concepts`), multiplying the
idf of its tokens: a shared synonym group counts a little less than a shared word."""
FREQUENT_SHARE = 0.25
"""A token held by more than this share of the points of both versions (and by more than
two) is frequent: NATO, Ukraine and Russia in a peace plan."""
FREQUENT_WEIGHT = 0.5
"""Scale of a frequent token's weight: a pairing resting only on such words is weak."""
_DIGIT = re.compile(r"\d")


def features(text: str) -> list[str]:
    """The matching tokens of a text: its words (:func:`tokens`), then its concept tokens
    (entities, synonym groups, numbers)."""
    stems = tokens(text)
    found = concept_table(cjk=not text.isascii()).concepts(stems)
    if _DIGIT.search(text):
        found.extend(number_tokens(text))
    return [*stems, *found]


def _any_topics(points: Sequence[Point]) -> bool:
    """``any(p.topics for q in points for p in q.walk())``, walking only points with
    sub-points."""
    return any(q.topics or (q.points and any(p.topics for p in q.walk())) for q in points)


def _point_extras(point: Point, titles: bool, topics: bool) -> list[str]:
    out: list[str] = []
    if titles:
        for p in point.walk():
            if p.title:
                out.extend(TITLE + t for t in tokens(p.title))
    if topics:
        out.extend(TOPIC + t for t in sorted({t for p in point.walk() for t in p.topics}))
    return out


class _Side:
    """The points of one side with their token ids; weight vectors are built on demand."""

    def __init__(self, points: Sequence[Point], texts: list[str], ids: list[list[int]],
                 idf: dict[int, float], vocab: dict[str, int], function: list[bool],
                 word: list[bool], table: ConceptTable) -> None:
        self.points = points
        self.table = table
        """The concept table the tokens were found with (:func:`concept_table`; without the
        Chinese and Japanese names when every text is ASCII): what it says of any of these
        tokens, the full table says."""
        self.function = function
        self.vocab = vocab
        self.texts = texts
        self.ids = ids
        self.idf = idf
        self._unit: dict[int, dict[int, float]] = {}
        self._mass: dict[int, dict[int, float]] = {}
        self._total: dict[int, float] = {}
        self._words: list[str] | None = None
        self.df: Counter[int] = Counter()
        """Token id → how many points of both sides hold it."""
        self.n_docs = 0
        self.word = word
        """Token id → True for a word, False for a concept token."""
        self.forms: dict[str, str] = {}
        """Stem → the stem it was joined to (:mod:`~plandiff.engine.align.inflection`), for
        the stems of an inflected form one version writes alone."""

    def words(self) -> list[str]:
        """Token id → token (the inverse of ``vocab``)."""
        if self._words is None:
            self._words = list(self.vocab)
        return self._words

    def unit(self, i: int) -> dict[int, float]:
        """L2-normalised TF-IDF vector (token id → weight), sublinear term frequency."""
        vec = self._unit.get(i)
        if vec is None:
            idf = self.idf
            weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in Counter(self.ids[i]).items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            vec = self._unit[i] = {t: w / norm for t, w in weights.items()}
        return vec

    def mass(self, i: int) -> dict[int, float]:
        """idf-weighted counts of the words (not the concept tokens), for containment: a part
        is contained in a whole when its own words are found there."""
        vec = self._mass.get(i)
        if vec is None:
            idf, word = self.idf, self.word
            vec = self._mass[i] = {t: c * idf[t] for t, c in Counter(self.ids[i]).items()
                                   if word[t]}
            self._total[i] = sum(vec.values())
        return vec

    def mass_of(self, text: str) -> dict[int, float]:
        """idf-weighted token counts of any text (tokens unknown to this level are ignored)."""
        found = features(text)
        if self.forms:
            found = [self.forms.get(w, w) for w in found]
        counts = Counter(t for t in map(self.vocab.get, found) if t is not None)
        return {t: c * self.idf[t] for t, c in counts.items()}

    def total(self, i: int) -> float:
        """Sum of :meth:`mass`."""
        if i not in self._total:
            self.mass(i)
        return self._total[i]


_ASCII_BYTES_NOT_WORD = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32
                              for c in range(256))


def _raw_tokens(text: str) -> list[str] | list[bytes]:
    """:func:`tokens`, except that the words of an ASCII text come as whole ``bytes`` (bytes
    operations are the fastest way to split them); :func:`_vectorise` cuts each distinct one
    to :data:`STEM` letters."""
    if text.isascii():
        return text.encode("ascii").lower().translate(_ASCII_BYTES_NOT_WORD).split()
    return tokens(text)


_ANALYSED: dict[str, tuple[list[str] | list[bytes] | None, list[str]]] | None = None
"""Inside :func:`text_cache`: text → (its words as :func:`_raw_tokens` cuts them, or None when
they were read with numpy (:func:`~plandiff.engine.align.wordids.word_ids`), its concept
tokens), for every text vectorised so far."""


@contextmanager
def text_cache() -> Iterator[None]:
    """While open (an :func:`~plandiff.engine.align.aligner.align` call, with its sub-point
    levels and its cross-parent pass), each distinct text is cut into words and scanned for
    concept tokens once, however many passes vectorise it. Both are functions of the text
    alone; the cache is dropped when the outermost block ends."""
    global _ANALYSED
    if _ANALYSED is not None:
        yield
        return
    _ANALYSED = {}
    try:
        yield
    finally:
        _ANALYSED = None


class _WordIds(dict[str | bytes, int]):
    """Word → the token id of its stem (:data:`STEM` letters of an ASCII word held as
    ``bytes``; a non-ASCII text's tokens are stems already), stems numbered in order of first
    appearance. A known word costs one dict lookup (in C); only a new one runs Python."""

    def __init__(self) -> None:
        super().__init__()
        self.stems: dict[str, int] = {}

    def __missing__(self, word: str | bytes) -> int:
        stem = word[:STEM].decode("ascii") if isinstance(word, bytes) else word
        token = self.stems.get(stem)
        if token is None:
            token = self.stems[stem] = len(self.stems)
        self[word] = token
        return token


def _inflections(stems: list[str], texts: list[list[str]], as_ids: dict[str, list[int]],
                 held_in: dict[str, set[int]], read: Words | None
                 ) -> tuple[dict[int, int], dict[int, set[str]]]:
    """(token id → the id it joins, :func:`~plandiff.engine.align.inflection.joins`; each
    joining id → the texts holding it or a form joined to it): ``as_ids`` (and ``held_in``,
    when the words were read one by one) rewritten in place with the joined ids."""
    groups = inflected_groups(stems)
    if not groups:
        return {}, {}
    wanted = set(chain.from_iterable(groups))
    holding: dict[str, set[int]] = {}
    """Text → the wanted ids it holds."""
    if read is None:
        for text, held in held_in.items():
            if not wanted.isdisjoint(held):
                holding[text] = wanted.intersection(held)
    else:
        distinct = list(as_ids)
        for position, at in read.places(wanted).items():
            doc = as_ids[distinct[position]]
            holding[distinct[position]] = {doc[k] for k in at}
    sides: list[set[int]] = [set(), set()]
    for side, side_texts in zip(sides, texts, strict=True):
        for text in dict.fromkeys(side_texts):
            found = holding.get(text)
            if found:
                side |= found
    joined = joins(groups, sides[0], sides[1])
    holders: dict[int, set[str]] = {}
    if not joined:
        return joined, holders
    for u in joined.values():
        holders[u] = set()
    for text, found in holding.items():
        for t in found:
            u = joined.get(t, t)
            if u in holders:
                holders[u].add(text)
        if found.isdisjoint(joined):
            continue
        as_ids[text] = [joined.get(t, t) for t in as_ids[text]]
        if read is None:
            held_in[text] = set(as_ids[text])
    return joined, holders


def _vectorise(old: Sequence[Point], new: Sequence[Point]) -> tuple[_Side, _Side]:
    texts: list[list[str]] = [[matching_text(p) for p in old], [matching_text(p) for p in new]]
    # Most points of a revision are unchanged (renumbered at most): each distinct text is
    # analysed once, in order of first appearance, which gives every token the id, and the
    # document frequency, that one pass over all points would.
    known = _ANALYSED if _ANALYSED is not None else {}
    analysed = {text: known.get(text) for text in dict.fromkeys(chain.from_iterable(texts))}
    read: Words | None = None
    raw: dict[str, list[str] | list[bytes] | None]
    if worth_it(sum(map(len, analysed))):  # many texts: all words at once, with numpy
        read = word_ids(list(analysed))
        as_ids = dict(zip(analysed, read.ids, strict=True))
        stems = read.stems
        raw = dict.fromkeys(analysed)
    else:
        raw = {text: _raw_tokens(text) if done is None or done[0] is None else done[0]
               for text, done in analysed.items()}
        # Each text becomes the token ids of its words in one dict lookup per word (in C); a
        # new word is cut to its stem once (_WordIds), and stems are numbered in order of
        # first appearance.
        ids_of_word = _WordIds()
        as_ids = {text: [*map(ids_of_word.__getitem__, doc or ())] for text, doc in raw.items()}
        stems = list(ids_of_word.stems)
    """Token id → its stem, for the words."""
    # Concept tokens (entities, synonym groups, numbers; titles and topics when both sides
    # carry them): only the words that can start a concept are looked at, and only texts
    # that may hold a number token are scanned for numbers (number_tokens).
    # Texts all in ASCII read no Chinese or Japanese name (concept_table).
    table = concept_table(cjk=not all(map(str.isascii, analysed)))
    starts = table.triggers
    trigger_ids = {w for w, stem in enumerate(stems) if stem in starts}
    found_in: dict[str, list[str]] = {}
    held_in: dict[str, set[int]] = {}
    """Text → its distinct word ids (when the words were read one by one)."""
    places: dict[int, list[int]] = {}
    """Text position → where the words that may start a concept stand in it (when the
    words were read with numpy)."""
    if read is None:
        held_in = {text: set(doc) for text, doc in as_ids.items()}
    else:
        places = read.places(trigger_ids)
    for position, (text, doc) in enumerate(as_ids.items()):
        done = analysed[text]
        if done is not None:
            found_in[text] = done[1]
            continue
        if read is None:
            present = trigger_ids.intersection(held_in[text]) if trigger_ids else set()
            found = table.concepts_at(doc, stems, present) if present else []
            numbers = number_tokens(text)
        else:
            at = places.get(position)
            found = table.concepts_from(doc, stems, at) if at else []
            numbers = number_tokens(text) if position in read.digits else []
        found_in[text] = found = [*found, *numbers] if numbers else found
        if _ANALYSED is not None:
            _ANALYSED[text] = (raw[text], found)
    # Inflected forms each version writes alone join ("need" in the old, "needs" in the new),
    # after the concepts were read on the words as written.
    joined, holders = _inflections(stems, texts, as_ids, held_in, read)
    titles = any(p.title for p in old) and any(p.title for p in new)
    topics = _any_topics(old) and _any_topics(new)
    # A point's key: its text, and its title and topic tokens when both sides have them.
    point_extras = titles or topics
    keys = [[(text, tuple(_point_extras(point, titles, topics)) if point_extras else ())
             for point, text in zip(points, side_texts, strict=True)]
            for points, side_texts in zip((old, new), texts, strict=True)]
    holding = Counter(chain.from_iterable(keys))
    """Key → how many points have it, in order of first appearance."""
    vocab = {t: i for i, t in enumerate(dict.fromkeys(chain(
        stems, chain.from_iterable(chain(found_in[text], extra) for text, extra in holding))))}
    words = len(stems)
    """Token ids below this are words (stems), the others concept tokens: no concept token
    (a prefix sign, then letters) is ever a stem (letters only)."""
    ids_of: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    # Each point counts its distinct tokens once: a key's once per point holding it. The keys
    # held by the same number of points are counted together, in one pass over their token
    # sets.
    by_times: dict[int, list[set[int]]] = defaultdict(list)
    times_of_text = dict.fromkeys(as_ids, 0)
    """Text → how many points have it (with numpy, their words are counted in one pass)."""
    for key, times in holding.items():
        text, extra = key
        doc = as_ids[text]
        more = None
        if found_in[text] or extra:
            more = [*map(vocab.__getitem__, found_in[text]), *map(vocab.__getitem__, extra)]
            doc = [*doc, *more]
        ids_of[key] = doc
        if read is None:
            by_times[times].append(held_in[text] if more is None else held_in[text].union(more))
        else:
            times_of_text[text] += times
            if more is not None:
                by_times[times].append(set(more))
    ids = [[ids_of[key] for key in side] for side in keys]
    df: Counter[int] = Counter()
    if read is not None:  # the words' counts (the concept tokens' are counted below)
        df.update(dict(enumerate(read.held(list(times_of_text.values())))))
        for t in joined:  # a joined form's texts count for the form it joins
            del df[t]
        for u, held_by in holders.items():
            df[u] = sum(times_of_text[text] for text in held_by)
    for times, held in sorted(by_times.items()):
        counted = Counter(chain.from_iterable(held))
        df.update(counted if times == 1 else {t: c * times for t, c in counted.items()})
    n_docs = len(old) + len(new)
    # Many tokens share a document frequency: each distinct one's logarithm is taken once.
    logs = {d: math.log((n_docs + 1) / (d + 1)) + 1.0 for d in set(df.values())}
    idf = {t: logs[d] for t, d in df.items()}
    # Each token's idf times its channel's weight, then FREQUENT_WEIGHT when it is frequent,
    # then FUNCTION_WEIGHT for a function word, in that order. Words are in the "terms"
    # channel, whose weight is 1.0 (the same float: left out).
    tokens = list(vocab)
    for t in range(words, len(tokens)):
        if t in idf:
            idf[t] *= CHANNEL_WEIGHTS[CHANNELS.get(tokens[t][:1], "terms")]
    frequent = max(2.0, FREQUENT_SHARE * n_docs)
    for t, d in df.items():
        if d > frequent:
            idf[t] *= FREQUENT_WEIGHT
    function = [False] * len(vocab)
    units = amount_units(STEM)
    listed = function_words(STEM) | units
    # A function word or an amount's unit; is_function_word is asked only of a listed word
    # or one that may be Hiragana (``stem >= HIRAGANA_FROM``, a single character, is
    # ``stem[:1] >= HIRAGANA_FROM`` without slicing every word).
    for t, stem in enumerate(tokens[:words]):
        if (stem in listed or stem >= HIRAGANA_FROM) and t in idf and (
                is_function_word(stem, STEM) or stem in units):
            idf[t] *= FUNCTION_WEIGHT
            function[t] = True
    word = [True] * words + [False] * (len(vocab) - words)
    pair = (_Side(old, texts[0], ids[0], idf, vocab, function, word, table),
            _Side(new, texts[1], ids[1], idf, vocab, function, word, table))
    if joined:
        forms = {stems[t]: stems[u] for t, u in joined.items()}
        for side in pair:
            side.forms = forms
    for side in pair:
        side.df, side.n_docs = df, n_docs
    return pair


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    """Dot product of two unit vectors, rounded so that float noise never breaks a tie."""
    if len(a) > len(b):
        a, b = b, a
    return round(sum(w * b.get(t, 0.0) for t, w in a.items()), 9)


def _contained(part: dict[int, float], part_total: float, whole: dict[int, float]) -> float:
    """Share of ``part``'s weighted tokens also found in ``whole``."""
    if part_total <= 0:
        return 0.0
    return sum(min(part[t], whole[t]) for t in part.keys() & whole.keys()) / part_total


def _content_shared(side: _Side, mass: dict[int, float], residual: dict[int, float]) -> int:
    """How many distinct content tokens (not function words, nor a kanji standing alone:
    :func:`~plandiff.engine.align.tokens.lone_han`) two weight vectors share."""
    function = side.function
    shared = [t for t in mass.keys() & residual.keys() if not function[t]]
    if not shared:
        return 0
    words = side.words()
    return sum(1 for t in shared if not lone_han(words[t]))


def _union(masses: Iterable[dict[int, float]]) -> dict[int, float]:
    merged: dict[int, float] = defaultdict(float)
    for mass in masses:
        for t, w in mass.items():
            merged[t] += w
    return merged

