"""A labelled set of meaning-shift flags, in the project's own words: clauses of the kind the
corpus holds (troop caps, deadlines, guarantees, named places), each rewritten by hand in one
way whose correct flag is written next to it, and rewrites that must raise no flag (the same
thing said in other words). ``cases()`` yields (old, new, expected flags); an expected flag is
(kind, old, new), where old/new need only be contained in the reported flag's text ("100 days"
matches "within 100 days"). Used by ``benchmarks/bench_flags.py`` and the flag tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

DURATION = re.compile(r"^ (?:days?|weeks?|months?|years?)\b")
DEADLINE = re.compile(r"\b(?:for|over|within)\s+$")

Flag = tuple[str, str, str]

# Each clause has slots {n} (a number), {d} (a date or deadline), {m} (a modal verb) and {p}
# (a party or place); each slot has the old and the new value of its rewrite. A case changes
# one slot and keeps the others at their old value.
CLAUSES: list[tuple[str, tuple[str, str], tuple[str, str], tuple[str, str], tuple[str, str]]] = [
    ("The armed forces of {p} {m} be capped at {n} personnel {d}.",
     ("600,000", "800,000"), ("within 60 days of signing", "within 90 days of signing"),
     ("shall", "should"), ("Ukraine", "Russia")),
    ("Elections in {p} {m} be held {d} under the eyes of {n} observers.",
     ("400", "1,000"), ("within 100 days", "within 200 days"), ("must", "may"),
     ("Ukraine", "Georgia")),
    ("{p} {m} return {n} deported children {d}.",
     ("20,000", "2,000"), ("by 1 March 2026", "by 1 June 2026"), ("shall", "may"),
     ("Russia", "Belarus")),
    ("A fund of ${n}bn for the rebuilding of {p} {m} be set up {d}.",
     ("100", "200"), ("within 30 days", "within 120 days"), ("shall", "should"),
     ("Ukraine", "Moldova")),
    ("The demilitarised zone along the line in {p} {m} be {n} km wide {d}.",
     ("15", "30"), ("from 1 January 2026", "from 1 April 2026"), ("must", "may"),
     ("Donetsk", "Luhansk")),
    ("{p} {m} release {n} prisoners of war {d}.",
     ("1,200", "1,000"), ("within 14 days", "within 28 days"), ("shall", "should"),
     ("Russia", "Ukraine")),
    ("Observers from {p} {m} inspect the plant every {n} days {d}.",
     ("30", "90"), ("until 31 December 2026", "until 30 June 2027"), ("must", "may"),
     ("the IAEA", "the OSCE")),
    ("The guarantee given by {p} {m} last {n} years {d}.",
     ("10", "25"), ("from the date of signature", "from 1 July 2026"), ("shall", "may"),
     ("the United States", "France")),
    ("{p} {m} contribute ${n}bn of frozen assets {d}.",
     ("100", "50"), ("by the end of 2026", "by the end of 2027"), ("shall", "should"),
     ("Europe", "Japan")),
    ("Sanctions on {p} {m} be lifted in {n} stages {d}.",
     ("three", "five"), ("over 12 months", "over 24 months"), ("shall", "may"),
     ("Russia", "Belarus")),
    ("{p} {m} station no more than {n} troops near the border {d}.",
     ("5,000", "10,000"), ("within 6 months", "within 12 months"), ("shall", "should"),
     ("Belarus", "Russia")),
    ("Ships bound for {p} {m} pass through the corridor {n} times a week {d}.",
     ("three", "seven"), ("from 1 May 2026", "from 1 August 2026"), ("must", "may"),
     ("Odesa", "Mykolaiv")),
    ("{p} {m} pay reparations of ${n}bn {d}.",
     ("300", "150"), ("within 10 years", "within 20 years"), ("shall", "should"),
     ("Russia", "Belarus")),
    ("The joint commission chaired by {p} {m} meet {n} times a year {d}.",
     ("four", "two"), ("from 2026", "from 2027"), ("shall", "may"),
     ("the United States", "Turkey")),
    ("Forces of {p} {m} withdraw {n} km from the line {d}.",
     ("20", "40"), ("within 30 days of signing", "within 45 days of signing"),
     ("shall", "should"), ("Russia", "Ukraine")),
    ("The power plant at {p} {m} supply {n} per cent of its output to each side {d}.",
     ("50", "30"), ("from 1 January 2027", "from 1 January 2028"), ("shall", "may"),
     ("Zaporizhzhia", "Chernobyl")),
    ("{p} {m} reduce its navy in the Black Sea to {n} ships {d}.",
     ("12", "20"), ("by 2027", "by 2030"), ("shall", "should"), ("Russia", "Ukraine")),
    ("Refugees from {p} {m} receive {n} euros a month {d}.",
     ("200", "350"), ("for 12 months", "for 18 months"), ("shall", "may"),
     ("Kherson", "Kharkiv")),
    ("{p} {m} host {n} trainers of the coalition {d}.",
     ("200", "500"), ("from spring 2026", "from autumn 2026"), ("may", "shall"),
     ("Ukraine", "Poland")),
    ("The line of contact in {p} {m} be frozen for {n} years {d}.",
     ("two", "ten"), ("from the day of signing", "from 1 March 2026"), ("shall", "should"),
     ("Zaporizhzhia", "Kherson")),
    ("{p} {m} hold a referendum on the agreement with a quorum of {n} per cent {d}.",
     ("50", "30"), ("within 60 days", "within 90 days"), ("must", "may"),
     ("Ukraine", "Moldova")),
    ("Aircraft of {p} {m} patrol {n} air bases {d}.",
     ("two", "four"), ("from 1 June 2026", "from 1 September 2026"), ("may", "must"),
     ("Poland", "Romania")),
    ("{p} {m} repair {n} bridges over the Dnipro {d}.",
     ("12", "8"), ("by the end of 2026", "by the end of 2028"), ("shall", "should"),
     ("Ukraine", "the EU")),
    ("The Peace Council led by {p} {m} report every {n} months {d}.",
     ("three", "six"), ("from signature", "from 1 January 2027"), ("shall", "may"),
     ("the United States", "the United Nations")),
    ("{p} {m} open {n} crossing points on the line {d}.",
     ("six", "ten"), ("within 7 days", "within 21 days"), ("shall", "should"),
     ("Russia", "Ukraine")),
    ("Grain exports from {p} {m} reach {n} million tonnes {d}.",
     ("40", "60"), ("in 2026", "in 2027"), ("should", "must"), ("Ukraine", "Romania")),
    ("{p} {m} keep {n} brigades in reserve {d}.",
     ("eight", "twelve"), ("until 2030", "until 2035"), ("may", "shall"),
     ("Ukraine", "Finland")),
    ("Investors from {p} {m} receive {n} per cent of the profits {d}.",
     ("50", "25"), ("for 15 years", "for 25 years"), ("shall", "may"),
     ("the United States", "the EU")),
    ("{p} {m} dismantle {n} missile sites {d}.",
     ("nine", "four"), ("within 180 days", "within 365 days"), ("shall", "should"),
     ("Russia", "Belarus")),
    ("The mission in {p} {m} employ {n} monitors {d}.",
     ("1,500", "3,000"), ("from 1 April 2026", "from 1 October 2026"), ("shall", "may"),
     ("Donbas", "Crimea")),
    ("{p} {m} forgive ${n}bn of debt {d}.",
     ("20", "35"), ("by 2027", "by 2029"), ("should", "shall"), ("Germany", "France")),
    ("Schools in {p} {m} teach {n} hours of history a week {d}.",
     ("two", "three"), ("from September 2026", "from September 2027"), ("shall", "may"),
     ("Crimea", "Donbas")),
]

# Negation: rewrites that add or drop one, and rewrites that say the same in other words.
NEGATIONS: list[tuple[str, str, list[Flag]]] = [
    ("Ukraine joins NATO.", "Ukraine does not join NATO.", [("negation", "", "not")]),
    ("NATO does not enlarge further.", "NATO enlarges further.", [("negation", "not", "")]),
    ("Foreign troops are stationed in Ukraine.", "No foreign troops are stationed in Ukraine.",
     [("negation", "", "No")]),
    ("The parties recognise the line as a border.",
     "The parties do not recognise the line as a border.", [("negation", "", "not")]),
    ("Russia never attacks its neighbours again.", "Russia attacks its neighbours again.",
     [("negation", "never", "")]),
    ("The assets are released to Russia.", "The assets are not released to Russia.",
     [("negation", "", "not")]),
    ("Ukraine is not forced into neutrality.", "Ukraine is forced into neutrality.",
     [("negation", "not", "")]),
    ("Sanctions are lifted at once.", "Sanctions are not lifted at once.",
     [("negation", "", "not")]),
    ("Amnesty covers war crimes.", "Amnesty does not cover war crimes.",
     [("negation", "", "not")]),
    ("Elections are held under martial law.", "No elections are held under martial law.",
     [("negation", "", "No")]),
    ("Russia does not keep the occupied areas.", "Russia keeps the occupied areas.",
     [("negation", "not", "")]),
    ("The plant is run by Russia.", "The plant is not run by Russia.",
     [("negation", "", "not")]),
    # The same thing in other words: both sides negate.
    ("NATO does not station troops in Ukraine.",
     "Troops of NATO are not stationed in Ukraine.", []),
    ("No foreign troops are deployed on the territory.",
     "Foreign troops are not deployed on the territory.", []),
    ("Neither side changes the line by force nor by threats.",
     "The line is not changed by force or threats.", []),
    ("Ukraine does not join NATO.", "Ukraine will not join NATO.", []),
    ("There is no amnesty for war crimes.", "War crimes are not covered by the amnesty.", []),
    ("Russia does not attack Ukraine or Europe.",
     "Russia is not to attack Ukraine or Europe.", []),
    ("The assets are never returned to Russia.", "The assets are not returned to Russia.",
     [("negation", "never", "not")]),
    ("Ukraine does not develop nuclear weapons.",
     "Ukraine stays a state without nuclear weapons of its own, and does not develop them.",
     [("negation", "", "without")]),
    ("No elections take place before the ceasefire.",
     "Elections do not take place before the ceasefire.", []),
    ("The line does not move.", "The line does not move, whatever happens.", []),
]

# Rewordings with no meaning shift at all: no flag of any kind.
SAME: list[tuple[str, str]] = [
    ("The parties observe a full ceasefire from signing.",
     "From signing, the parties observe a full ceasefire."),
    ("A joint commission monitors the line.", "The line is monitored by a joint commission."),
    ("Prisoners are exchanged all for all.", "All prisoners are exchanged for all prisoners."),
    ("Humanitarian corridors stay open.", "The humanitarian corridors remain open."),
    ("The agreement is legally binding.", "This agreement is binding in law."),
    ("Children are reunited with their families.", "Families and children are reunited."),
]


def cases() -> Iterator[tuple[str, str, list[Flag]]]:
    """Every labelled case: (old text, new text, expected flags)."""
    for template, n, d, m, p in CLAUSES:
        old = {"n": n[0], "d": d[0], "m": m[0], "p": p[0]}
        # A period after "for", "over", "within" is a deadline (a date flag); any other
        # number, "10 years" included, is a number.
        period = (DURATION.search(template.split("{n}", 1)[1]) is not None
                  and DEADLINE.search(template.split("{n}", 1)[0]) is not None)
        for slot, kind, (before, after) in (("n", "date" if period else "number", n),
                                            ("d", "date", d), ("m", "modality", m),
                                            ("p", "party", p)):
            new = dict(old, **{slot: after})
            yield (template.format(**old), template.format(**new), [(kind, before, after)])
    yield from NEGATIONS
    for old_text, new_text in SAME:
        yield old_text, new_text, []


def labelled_flags() -> int:
    """How many flags the set labels (a case with no expected flag labels none)."""
    return (sum(len(expected) for _, _, expected in cases())
            + sum(len(expected) for *_, expected in CORPUS))


PAIR_28_20 = ("peace-framework@2025-11-20-us-28-point", "peace-framework@2025-12-24-20-point")

# Real changes of the shipped corpus, labelled by reading both texts: (old version, new
# version, the change's old point numbers, the flags a reviewer should see). A flag the tool
# raises that is not here is a false positive ("28" of "the 28-point text", "Article 5",
# "Non-" of the treaty's name, "no longer applies" → "lapse" are not meaning shifts).
CORPUS: list[tuple[str, str, tuple[str, ...], list[Flag]]] = [
    (*PAIR_28_20, ("2",), [("number", "30 years", ""), ("party", "Europe", "")]),
    (*PAIR_28_20, ("5",), []),
    (*PAIR_28_20, ("6",), [("number", "600,000", "800,000")]),
    (*PAIR_28_20, ("10", "10(b)", "10(c)", "10(d)"),
     [("party", "", "NATO"), ("party", "", "European"), ("party", "Moscow", ""),
      ("party", "St Petersburg", "")]),
    (*PAIR_28_20, ("12",), [("number", "", "$800bn"), ("party", "", "United States")]),
    (*PAIR_28_20, ("18",), []),
    (*PAIR_28_20, ("19",), [("negation", "", "Not"), ("party", "IAEA", "")]),
    (*PAIR_28_20, ("20",), [("party", "Russian", "")]),
    (*PAIR_28_20, ("21", "21(a)", "21(b)", "21(c)", "21(d)"),
     [("negation", "", "Not"), ("party", "Crimea", ""), ("party", "", "Dnipropetrovsk"),
      ("party", "", "Mykolaiv"), ("party", "", "Sumy"), ("party", "", "Kharkiv"),
      ("party", "", "Donbas")]),
    (*PAIR_28_20, ("23",), [("party", "", "Kinburn Spit")]),
    (*PAIR_28_20, ("25",), [("date", "within 100 days", "as soon as possible")]),
    (*PAIR_28_20, ("28",), [("party", "", "Verkhovna Rada")]),
]
