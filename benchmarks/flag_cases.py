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
    ("The assets are never returned to Russia.", "The assets are not returned to Russia.", []),
    ("Ukraine does not develop nuclear weapons.",
     "Ukraine stays a state without nuclear weapons of its own, and does not develop them.",
     [("negation", "", "without")]),
    ("No elections take place before the ceasefire.",
     "Elections do not take place before the ceasefire.", []),
    ("The line does not move.", "The line does not move, whatever happens.", []),
]

# Other wordings of numbers, dates, negations, modals and parties, in English, Japanese,
# Ukrainian and Russian: the same value in another form raises no flag; another value does.
REWORDED: list[tuple[str, str, list[Flag]]] = [
    ("The army is capped at five hundred thousand troops.",
     "The army is capped at 500,000 troops.", []),
    ("A fund of $800bn is set up.", "A fund of 800 billion dollars is set up.", []),
    ("A fund of $0.8 trillion is set up.", "A fund of $800bn is set up.", []),
    ("Defence spending reaches 5 per cent of GDP.", "Defence spending reaches 5% of GDP.", []),
    ("Sanctions are lifted in three stages.", "Sanctions are lifted in 3 stages.", []),
    ("Elections are held in the first half of 2026.",
     "Elections are held in the second half of 2026.",
     [("date", "in the first half of 2026", "in the second half of 2026")]),
    ("Troops leave in early 2026.", "Troops leave in late 2026.",
     [("date", "in early 2026", "in late 2026")]),
    ("Elections are held during the first half of 2026.", "Elections are held in H1 2026.",
     []),
    ("選挙は2026年前半に実施する。", "選挙は2026年後半に実施する。",
     [("date", "2026年前半に", "2026年後半に")]),
    ("選挙は2026年前半に実施する。", "選挙は2026年上半期に実施する。", []),
    ("Выборы пройдут в первой половине 2026 года.",
     "Выборы пройдут во второй половине 2026 года.",
     [("date", "в первой половине 2026 года", "во второй половине 2026 года")]),
    ("Вибори відбудуться у 2026 році.", "Вибори відбудуться у 2027 році.",
     [("date", "у 2026 році", "у 2027 році")]),
    ("Войска уйдут к концу 2026 года.", "Войска уйдут до конца 2026 года.", []),
    ("The United States receives 50 percent of the profit.",
     "The United States receives half of the profit.", []),
    ("Three quarters of the fund goes to energy.", "75% of the fund goes to energy.", []),
    ("米国は利益の50％を受け取る。", "米国は利益の半分を受け取る。", []),
    ("США получают 50% прибыли.", "США получают половину прибыли.", []),
    ("The United States receives half of the profit.",
     "The United States receives a third of the profit.", [("number", "half", "a third")]),
    ("The plant's output is split 50/50.",
     "The plant's output is split 50/50, half of it for each side.", []),
    ("The zone is 20 to 30 km wide.", "The zone is 20-30 km wide.", []),
    ("The army is capped at five hundred thousand troops.",
     "The army is capped at 800,000 troops.",
     [("number", "five hundred thousand", "800,000")]),
    ("A fund of $800bn is set up.", "A fund of 600 billion dollars is set up.",
     [("number", "$800bn", "600 billion dollars")]),
    ("Twelve observers are deployed.", "Twenty observers are deployed.",
     [("number", "Twelve", "Twenty")]),
    ("Signed on 20 November 2025.", "Signed on 2025-11-20.", []),
    ("The force is ready by the end of 2026.", "The force is ready by 31 December 2026.", []),
    ("Elections are held within 100 days.", "Elections are held no later than 100 days.", []),
    ("Talks open on 1 March 2026.", "Talks open on March 1, 2026.", []),
    ("Talks open on 1 March 2026.", "Talks open on 1 May 2026.",
     [("date", "1 March 2026", "1 May 2026")]),
    ("Ukraine joins no military alliance.", "Ukraine does not join any military alliance.", []),
    ("Aid comes with no conditions attached.", "Aid comes without conditions.", []),
    ("Russia shall not deploy troops in Belarus.", "Russia shall deploy no troops in Belarus.",
     []),
    ("Ukraine will never join NATO.", "Ukraine will not join NATO.", []),
    ("Russia may deploy troops.", "Russia may not deploy troops.",
     [("modality", "may", "may not")]),
    ("Ukraine joins the alliance.", "Ukraine never joins the alliance.",
     [("negation", "", "never")]),
    ("Kyiv holds elections after the ceasefire.", "Ukraine holds elections after the ceasefire.",
     []),
    ("The Russian Federation withdraws its forces.", "Russia withdraws its forces.", []),
    ("Washington guarantees the deal.", "The United States guarantees the deal.", []),
    ("America guarantees the deal.", "The US guarantees the deal.", []),
    ("Ukrainian forces leave the zone.", "The forces of Ukraine leave the zone.", []),
    ("Strikes on Kyiv stop at once.", "Strikes on Kharkiv stop at once.",
     [("party", "Kyiv", "Kharkiv")]),
    ("A sweeping non-aggression pact between Moscow, Kyiv and Europe is signed.",
     "Russia and Ukraine conclude a full non-aggression agreement.", [("party", "Europe", "")]),
    ("If Russia attacks, or a missile is fired at Moscow, the guarantee lapses.",
     "If Russia attacks, the guarantee lapses.", [("party", "Moscow", "")]),
    ("Moscow hands back the other areas it holds; the zone is recognised as Russian.",
     "Russian forces leave the other areas they hold.", []),
    ("Kyiv stays non-nuclear under the Non-Proliferation Treaty.",
     "Ukraine reaffirms that it stays free of nuclear weapons under the Non-Proliferation "
     "Treaty.", []),
    ("The zone is kept free of heavy weapons.", "The zone is kept with heavy weapons.",
     [("negation", "free of", "")]),
    ("Once the arrangements are agreed, neither Russia nor Ukraine may change them by force.",
     "Neither side may alter these arrangements by force.", []),
    ("Russia withdraws its forces.", "Both sides withdraw their forces.",
     [("party", "Russia", "")]),
    ("Bilateral guarantees are not ruled out.", "Separate two-way guarantees remain possible.",
     []),
    ("Not agreed. The plant is run jointly by the three countries.",
     "Still disputed: the plant is run jointly by the three countries.", []),
    ("合意に至っていない。原発は3か国が共同で運営する。",
     "調整中。原発は3か国が共同で運営する。", []),
    ("ロシアは60万人の兵力を維持する。", "ロシアは80万人の兵力を維持する。",
     [("number", "60万人", "80万人")]),
    ("選挙は2026年3月1日に実施される。", "選挙は2026年6月1日に実施される。",
     [("date", "2026年3月1日", "2026年6月1日")]),
    ("選挙は2026年3月1日に実施される。", "選挙は2026年3月1日に行われる。", []),
    ("ウクライナはNATOに加盟しないことを約束する。", "ウクライナはNATOに加盟することを約束する。",
     [("negation", "しない", "")]),
    ("米国が保証を与える。", "アメリカが保証を与える。", []),
    ("ウクライナは加盟することができる。", "ウクライナは加盟しなければならない。",
     [("modality", "できる", "しなければならない")]),
    ("ロシアは賠償を支払う。", "ベラルーシは賠償を支払う。", [("party", "ロシア", "ベラルーシ")]),
    ("ロシア軍は30日以内に撤退する。", "ロシア軍は60日以内に撤退する。",
     [("date", "30日以内", "60日以内")]),
    ("Росія виводить війська з Херсона.", "Україна виводить війська з Херсона.",
     [("party", "Росія", "Україна")]),
    ("Україна не вступає до НАТО.", "Україна вступає до НАТО.", [("negation", "не", "")]),
    ("Армія України обмежена 600 000 військових.", "Армія України обмежена 800 000 військових.",
     [("number", "600 000", "800 000")]),
    ("США гарантують безпеку України.", "Сполучені Штати гарантують безпеку України.", []),
    ("Вибори відбудуться протягом 100 днів.", "Вибори відбудуться протягом 200 днів.",
     [("date", "100 днів", "200 днів")]),
    ("Україна повинна провести вибори.", "Україна може провести вибори.",
     [("modality", "повинна", "може")]),
    ("Россия не размещает войска в Белоруссии.", "Россия размещает войска в Белоруссии.",
     [("negation", "не", "")]),
    ("Украина сокращает армию до 600 000 человек.", "Украина сокращает армию до 800 000 человек.",
     [("number", "600 000", "800 000")]),
    ("Россия должна вывести войска.", "Россия может вывести войска.",
     [("modality", "должна", "может")]),
    ("Переговоры начнутся 1 марта 2026 года.", "Переговоры начнутся 1 июня 2026 года.",
     [("date", "1 марта 2026", "1 июня 2026")]),
    ("Выборы пройдут в течение 100 дней.", "Выборы пройдут в течение 100 дней после подписания.",
     []),
    # a Russian or Ukrainian multiplier after digits: "600 тыс." is 600,000
    ("Численность армии ограничивается 600 тыс. человек.",
     "Численность армии ограничивается 600 000 человек.", []),
    ("Армія України обмежена 600 тис. військових.", "Армія України обмежена 800 тис. військових.",
     [("number", "600 тис.", "800 тис.")]),
    # a Russian or Ukrainian number in words, in any case, is its value
    ("Выборы пройдут в течение ста дней.", "Выборы пройдут в течение 100 дней.", []),
    ("Створюється фонд обсягом двісті мільярдів доларів.",
     "Створюється фонд обсягом триста мільярдів доларів.",
     [("number", "двісті мільярдів", "триста мільярдів")]),
    # a Russian or Ukrainian name of a party or place, inflected, is that party or place
    ("Россию приглашают вернуться в «большую восьмёрку».", "Россию приглашают вернуться в G8.",
     []),
    ("Зерно вывозят по Чёрному морю.", "Зерно вывозят по Азовскому морю.",
     [("party", "Чёрному морю", "Азовск")]),
    # "вправе" is "имеет право" in one word; "обязуется" is "undertakes to"
    ("Украина вправе вступить в ЕС.", "Украина имеет право вступить в ЕС.", []),
    ("Россия обязуется вывести войска.", "Россия должна вывести войска.",
     [("modality", "обязуется", "должна")]),
    # a year abbreviated "г." is the year's date as "года" is
    ("Выборы пройдут до конца 2026 г.", "Выборы пройдут до конца 2026 года.", []),
    # ВСУ / ЗСУ, the armed forces of Ukraine, stand for Ukraine
    ("Численность ВСУ ограничивается 600 000 человек.",
     "Численность Вооружённых сил Украины ограничивается 600 000 человек.", []),
    # a Japanese press copy counts in kanji numerals what the draft counts in digits
    ("ウクライナ軍の兵力は六十万人に制限する。", "ウクライナ軍の兵力は60万人に制限する。", []),
    ("ウクライナ軍の兵力は六十万人に制限する。", "ウクライナ軍の兵力は80万人に制限する。",
     [("number", "六十万人", "80万人")]),
    ("欧州は千億ドルを追加で拠出する。", "欧州は1000億ドルを追加で拠出する。", []),
    ("ウクライナは百日以内に選挙を行う。", "ウクライナは100日以内に選挙を行う。", []),
    # the press names the US by its government, and joins states' one-character names
    ("米政府の仲介でロシアとNATOが協議する。", "米国の仲介でロシアとNATOが協議する。", []),
    ("米ロは合同の安全保障作業部会を設ける。",
     "米国とロシアは合同の安全保障作業部会を設ける。", []),
    ("米ロは合同の安全保障作業部会を設ける。", "米国とウクライナは合同の安全保障作業部会を設ける。",
     [("party", "ロ", "ウクライナ")]),
    # a prohibition of the act is "must not"; 折半 is 50対50; "…が、" ends a statement
    ("領土の取り決めは、いずれの側も武力で変えることを禁じる。",
     "領土の取り決めは、いずれの側も武力で変更してはならない。", []),
    ("電力はロシアとウクライナで折半する。", "電力はロシアとウクライナが50対50で分け合う。", []),
    ("電力はロシアとウクライナで折半する。", "電力はロシアとウクライナが70対30で分け合う。",
     [("number", "折半", "70対30")]),
    ("ウクライナには「信頼できる」安全の保証を与えるが、その中身は草案に記されていない。",
     "ウクライナは「信頼できる」安全の保証を得る。ただし本文には、その中身は書かれていない。", []),
    # the day of signing, and a date fixed later, as the press says them
    ("署名の日に部隊がいる線を事実上の接触線とする。",
     "署名当日に部隊がいる線を事実上の接触線とする。", []),
    ("署名の日に部隊がいる線を事実上の接触線とする。",
     "署名から30日後に部隊がいる線を事実上の接触線とする。", [("date", "署名の日に", "30日後に")]),
    ("ウクライナは決められた日にEUに加盟する。", "ウクライナは特定の期日にEUに加盟する。", []),
    # 保証は失われる = 保証は失効する; 非核 = 核兵器を持たない ("non-")
    ("挑発なしに攻撃すれば保証は失われ、ロシアが攻撃すれば保証が適用される。",
     "挑発を受けずに攻撃した場合は保証が失効し、ロシアが攻撃した場合に保証が発動する。", []),
    ("ウクライナはNPTに基づいて核兵器を持たない立場を確認する。",
     "ウクライナはNPTに基づく非核保有国の地位を確認する。", []),
    ("ウクライナは非核保有国の地位を確認する。", "ウクライナは核保有国の地位を確認する。",
     [("negation", "非核", "")]),
    # an undertaking not to is the prohibition said by the parties themselves
    ("双方は境界線を武力で変更してはならない。", "双方は境界線を武力で変更しないと約束する。", []),
    ("Both sides must not change the line by force.",
     "Both sides undertake not to change the line by force.", []),
    # session 15, from a press copy of the 28-point draft and Russian, Ukrainian and Japanese
    # press copies: an even split in words is 50/50; a colon split is one split; "including
    # but not limited to" negates nothing; a guarantee "lost" no longer applies; claims waived
    # are claims not made; a middle initial belongs to the name; "is entitled to" is "has
    # the right to"; いずれの側も names both parties; "из 28 пунктов" is the text's name
    ("The plant's electricity is split 50/50 between Russia and Ukraine.",
     "The plant's electricity is split equally between Russia and Ukraine, 50:50.", []),
    ("Электроэнергия делится 50/50 между Россией и Украиной.",
     "Электроэнергия делится поровну между Россией и Украиной.", []),
    ("The plant's electricity is split 50:50.", "The plant's electricity is split 70:30.",
     [("number", "50:50", "70:30")]),
    ("A broad package to rebuild Ukraine, including:",
     "A strong package to rebuild Ukraine, including but not limited to:", []),
    ("The guarantee no longer applies if Ukraine invades Russia.",
     "If Ukraine invades Russia, the guarantee is lost.", []),
    ("Every party receives a full amnesty and makes no claims in future.",
     "Every party receives a full amnesty and waives any future claims.", []),
    ("A Peace Council chaired by Donald Trump oversees the deal.",
     "A Peace Council chaired by President Donald J. Trump oversees the deal.", []),
    ("Ukraine has the right to join the EU.", "Ukraine is entitled to join the EU.", []),
    ("いずれの側も武力で変えることを禁じる。",
     "ロシアとウクライナは武力で変更しないと約束する。", []),
    ("Украина получает гарантии безопасности.",
     "Украина получает гарантии; в тексте из 28 пунктов не сказано, какие.", []),
    ("Russia waives its claim to the other agreed areas it controls.",
     "Not agreed. Russia withdraws from the other areas it controls.",
     [("negation", "", "Not")]),
    # session 16, from the press copies of the 28- and 20-point texts against the drafts: a
    # negative modal's "not" is the "not" of "not to" in a part with no word in common; "closed
    # to" is a negation by meaning; "alliance" before a noun is the alliance; a decade is ten
    # years; a kanji noun before なく is "without" it; "European" is the EU's adjective too
    ("Both sides expect that Russia will not strike its neighbours and that NATO will not "
     "grow further.",
     "Russia is expected not to strike its neighbours, and the Atlantic alliance not to "
     "expand again.", []),
    ("Both sides expect that Russia will not strike its neighbours and that NATO will not "
     "grow further.",
     "Russia is expected not to strike its neighbours, and the Atlantic alliance to expand "
     "again.", [("negation", "will not", "")]),
    ("Russian forces do not enter the demilitarised zone.",
     "The demilitarised zone is closed to Russian forces.", []),
    ("The demilitarised zone is closed to Russian forces.",
     "The demilitarised zone is open to Russian forces.", [("negation", "closed", "")]),
    ("NATO keeps no troops in Ukraine.", "No alliance forces are kept in Ukraine.", []),
    ("NATO keeps no troops in Ukraine.", "No coalition forces are kept in Ukraine.",
     [("party", "NATO", "")]),
    ("Claims from the past 30 years are settled.",
     "Claims from the last three decades are settled.", []),
    ("Claims from the past 30 years are settled.",
     "Claims from the last two decades are settled.", [("number", "30 years", "two decades")]),
    ("Foreign troops leave within 10 years.", "Foreign troops leave within one decade.", []),
    ("ロシアが予告なく攻撃すれば合意は失効する。",
     "ロシアが事前の通告なしに攻撃すれば合意は失効する。", []),
    ("ロシアが予告なく攻撃すれば合意は失効する。", "ロシアが攻撃すれば合意は失効する。",
     [("negation", "なく", "")]),
    ("Ukraine gains early access to the EU market.",
     "Ukraine gains early access to the European market.", []),
    ("Europe funds the rebuilding.", "The EU funds the rebuilding.", [("party", "Europe", "EU")]),
    # "as soon as it can" is "as soon as possible"; "as soon as" an event is "immediately"
    ("Elections are held as soon as possible after signing.",
     "Elections are held as soon as they can after signing.", []),
    ("The ceasefire begins immediately once both sides sign.",
     "The ceasefire begins as soon as both sides sign.", []),
    ("The ceasefire begins as soon as possible.",
     "The ceasefire begins as soon as both sides sign.",
     [("date", "as soon as possible", "as soon as")]),
    # a word negated by "un-" says the other text's "without" or "no" of the same word
    ("Kyiv loses the guarantee if it fires on Russia without provocation.",
     "Kyiv loses the guarantee if it fires on Russia unprovoked.", []),
    ("Kyiv loses the guarantee if it fires on Russia without provocation.",
     "Kyiv loses the guarantee if it fires on Russia when provoked.",
     [("negation", "without", "")]),
    # the press's name of the IAEA
    ("IAEA inspectors visit the plant every month.",
     "Inspectors of the UN nuclear watchdog visit the plant every month.", []),
    ("IAEA inspectors visit the plant every month.",
     "Inspectors of the UN visit the plant every month.", [("party", "IAEA", "UN")]),
    # a party inside a Japanese institution's name that the other text gives without it
    ("ウクライナ復興基金が送電網の修理に資金を出す。", "復興基金が送電網の修理に資金を出す。", []),
    ("ウクライナ政府が送電網の修理に資金を出す。", "政府が送電網の修理に資金を出す。",
     [("party", "ウクライナ", "")]),
    # a period compares by its length (a year is 12 months, a fortnight 14 days, десятиліття
    # ten years), whether said with a number or without one ("a year", "в течение года")
    ("Foreign forces leave within a year.", "Foreign forces leave within 12 months.", []),
    ("Foreign forces leave within a year.", "Foreign forces leave within two years.",
     [("date", "within a year", "within two years")]),
    ("The monitors stay for a fortnight.", "The monitors stay for 14 days.", []),
    ("The monitors stay for a fortnight.", "The monitors stay for 10 days.",
     [("date", "a fortnight", "10 days")]),
    ("The amnesty lasts a decade.", "The amnesty lasts 10 years.", []),
    ("The amnesty lasts a decade.", "The amnesty lasts 15 years.",
     [("number", "a decade", "15 years")]),
    ("Наблюдатели остаются в течение года.", "Наблюдатели остаются в течение 12 месяцев.", []),
    ("Наблюдатели остаются в течение года.", "Наблюдатели остаются в течение двух лет.",
     [("date", "в течение года", "в течение двух лет")]),
    ("Мораторій діє десятиліття.", "Мораторій діє 10 років.", []),
    ("Мораторій діє десятиліття.", "Мораторій діє 5 років.",
     [("number", "десятиліття", "5 років")]),
    ("監視団は1年以内に撤収する。", "監視団は12カ月以内に撤収する。", []),
    ("監視団は1年以内に撤収する。", "監視団は18カ月以内に撤収する。",
     [("date", "1年以内", "18カ月以内")]),
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
    yield from REWORDED
    for old_text, new_text in SAME:
        yield old_text, new_text, []


def labelled_flags() -> int:
    """How many flags the set labels (a case with no expected flag labels none)."""
    return (sum(len(expected) for _, _, expected in cases())
            + sum(len(expected) for *_, expected in CORPUS))


PAIR_28_20 = ("peace-framework@2025-11-20-us-28-point", "peace-framework@2025-12-24-20-point")
PAIR_28_24 = ("peace-framework@2025-11-20-us-28-point",
              "peace-framework@2025-11-23-european-24-point")
PAIR_28_E3 = ("peace-framework@2025-11-20-us-28-point",
              "peace-framework@2025-11-23-e3-counter-proposal")
PAIR_E3_20 = ("peace-framework@2025-11-23-e3-counter-proposal",
              "peace-framework@2025-12-24-20-point")
PAIR_R20_20 = ("peace-framework@2025-12-11-us-20-point-reported",
               "peace-framework@2025-12-24-20-point")
PAIR_JA = ("peace-framework@2025-11-20-us-28-point-ja", "peace-framework@2025-12-24-20-point-ja")
PAIR_REBUILD_1 = ("reconstruction-plan@2025-11-20-28-point-provisions",
                  "reconstruction-plan@2025-12-27-outline")
PAIR_REBUILD_2 = ("reconstruction-plan@2025-12-27-outline",
                  "reconstruction-plan@2026-01-22-eu-us-prosperity-framework")
PAIR_BILATERAL = ("security-guarantees-bilateral@2025-11-21-us-draft",
                  "security-guarantees-bilateral@2026-01-27-reported")
PAIR_MULTILATERAL = ("security-guarantees-multilateral@2025-12-15-berlin-statement",
                     "security-guarantees-multilateral@2026-01-06-paris-declaration")
PAIR_US_RU = ("us-russia-track@2025-11-20-28-point-provisions",
              "us-russia-track@2025-12-11-package")

# The texts sub-points of a merged or split change bring with them: one old and one new text
# are the points' texts joined by a line break, as ``plandiff diff`` joins them.
T21 = ("21", "21(a)", "21(b)", "21(c)", "21(d)")
T10 = ("10", "10(b)", "10(c)", "10(d)")

# Real changes of the shipped corpus, labelled by reading both texts: (old version, new
# version, the old point numbers, the new point numbers, the flags a reviewer should see).
# A flag the tool raises that is not here is a false positive. What is not a meaning shift:
# "28" of "the 28-point text", "Article 5", "Non-" of the treaty's name; the same thing said
# in other words ("no longer applies" → "lapse", "neither ... may" → "undertake not to");
# and a negation that comes or goes with a whole statement ("the 28-point text itself does
# not say what they are", "Bilateral guarantees are not ruled out"): a negation flag marks a
# statement both texts make whose polarity changed, or a verdict on the whole point ("Not
# agreed."). A place, party or institution named in only one text is a flag when the clause
# is about it ("Enerhodar"), not when it only names a source ("the US text").
CORPUS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], list[Flag]]] = [
    (*PAIR_28_20, ("1",), ("1",), []),
    (*PAIR_28_20, ("2",), ("2",), [("number", "30 years", ""), ("party", "Europe", "")]),
    (*PAIR_28_20, ("5",), ("3",), []),
    (*PAIR_28_20, ("6",), ("4",), [("number", "600,000", "800,000")]),
    (*PAIR_28_20, T10, ("5",),
     [("party", "", "NATO"), ("party", "", "European"), ("party", "Moscow", ""),
      ("party", "St Petersburg", "")]),
    (*PAIR_28_20, ("16",), ("6",), []),
    (*PAIR_28_20, ("12",), ("8", "9"),
     [("number", "", "$800bn"), ("party", "", "United States")]),
    (*PAIR_28_20, ("18",), ("11",), []),
    (*PAIR_28_20, ("19",), ("12",),
     [("negation", "", "Not"), ("party", "IAEA", ""), ("party", "", "United States"),
      ("party", "", "Enerhodar"), ("party", "", "Kakhovka")]),
    (*PAIR_28_20, ("20",), ("13",), [("party", "Russian", "")]),
    (*PAIR_28_20, T21, ("14",),
     [("negation", "", "Not"), ("date", "", "day of signing"), ("party", "Crimea", ""),
      ("party", "", "Dnipropetrovsk"), ("party", "", "Mykolaiv"), ("party", "", "Sumy"),
      ("party", "", "Kharkiv"), ("party", "", "Donbas")]),
    (*PAIR_28_20, ("22",), ("15",), []),
    (*PAIR_28_20, ("23",), ("16",), [("party", "", "Kinburn Spit")]),
    (*PAIR_28_20, ("25",), ("18",), [("date", "within 100 days", "as soon as possible")]),
    (*PAIR_28_20, ("27",), ("19",), []),
    (*PAIR_28_20, ("28",), ("20",), [("party", "", "Verkhovna Rada")]),

    (*PAIR_28_24, ("28",), ("[2]",), [("date", "immediately", "")]),
    (*PAIR_28_24, ("24",), ("[6]", "[7]", "[8]"), [("party", "", "Ukrainian")]),
    (*PAIR_28_24, ("1", "7"), ("[9]",), [("party", "NATO", "")]),
    (*PAIR_28_24, ("5", "10"), ("[10]",), [("party", "", "NATO")]),
    (*PAIR_28_24, ("6",), ("[11]",), [("number", "600,000", ""), ("negation", "", "No")]),
    (*PAIR_28_24, ("8",), ("[13]",), [("negation", "not", ""), ("party", "NATO", "")]),
    (*PAIR_28_24, ("21", "22"), ("[14]",), [("party", "Russia", ""), ("party", "Ukraine", "")]),
    (*PAIR_28_24, ("19",), ("[15]",),
     [("number", "50/50", ""), ("party", "IAEA", ""), ("party", "Russia", ""),
      ("party", "", "US")]),
    (*PAIR_28_24, ("23",), ("[17]",), [("party", "Russia", ""), ("party", "Black Sea", "")]),
    (*PAIR_28_24, ("11",), ("[18]",), []),
    (*PAIR_28_24, ("12", "14"), ("[19]",), []),

    (*PAIR_28_E3, ("1",), ("1",), []),
    (*PAIR_28_E3, ("2",), ("2",), [("party", "Europe", "NATO")]),
    (*PAIR_28_E3, ("4",), ("4",), [("party", "United States", "")]),
    (*PAIR_28_E3, ("5",), ("5",), []),
    (*PAIR_28_E3, ("6",), ("6",), [("number", "600,000", "800,000")]),
    (*PAIR_28_E3, ("7",), ("7",), [("negation", "", "no"), ("negation", "", "no")]),
    (*PAIR_28_E3, ("8",), ("8",), []),
    (*PAIR_28_E3, ("9",), ("9",), [("party", "European", "NATO")]),
    (*PAIR_28_E3, ("10",), ("10",), [("party", "", "Ukraine"), ("party", "", "NATO")]),
    (*PAIR_28_E3, ("10(b)",), ("10(b)",), []),
    (*PAIR_28_E3, ("10(c)",), ("10(c)",), []),
    (*PAIR_28_E3, ("12", "12(a)"), ("12",), []),
    (*PAIR_28_E3, ("13", "13(c)"), ("13",), []),
    (*PAIR_28_E3, ("14",), ("14",), [("party", "", "Ukraine")]),
    (*PAIR_28_E3, ("19",), ("19",), [("party", "Russia", ""), ("party", "Ukraine", "")]),
    (*PAIR_28_E3, ("21",), ("21",), [("party", "", "Russian")]),

    (*PAIR_E3_20, ("1",), ("1",), []),
    (*PAIR_E3_20, ("2",), ("2",), [("number", "30 years", ""), ("party", "NATO", "")]),
    (*PAIR_E3_20, ("5",), ("3",), []),
    (*PAIR_E3_20, ("6",), ("4",), []),
    (*PAIR_E3_20, ("10", "10(b)", "10(c)"), ("5",), [("party", "", "European")]),
    (*PAIR_E3_20, ("11",), ("7",), [("date", "", "specific date")]),
    # "the US text" names a source (see above): the United States investing is new
    (*PAIR_E3_20, ("12",), ("8",), [("party", "", "United States")]),
    (*PAIR_E3_20, ("19",), ("12",),
     [("negation", "", "Not"), ("party", "IAEA", ""), ("party", "", "United States"),
      ("party", "", "Ukraine"), ("party", "", "Russia"), ("party", "", "Enerhodar"),
      ("party", "", "Kakhovka")]),
    (*PAIR_E3_20, ("21",), ("14",),
     [("negation", "", "Not"), ("date", "", "day of signing"), ("party", "", "Donetsk"),
      ("party", "", "Luhansk"), ("party", "", "Zaporizhzhia"), ("party", "", "Kherson"),
      ("party", "", "Dnipropetrovsk"), ("party", "", "Mykolaiv"), ("party", "", "Sumy"),
      ("party", "", "Kharkiv"), ("party", "", "Donbas"), ("party", "", "United States"),
      ("party", "", "Ukraine")]),

    (*PAIR_R20_20, ("[2]",), ("4",), []),
    (*PAIR_R20_20, ("[4]",), ("7",), [("date", "in 2027", "specific date")]),
    (*PAIR_R20_20, ("[3]",), ("12",),
     [("negation", "", "Not"), ("party", "", "Enerhodar"), ("party", "", "Kakhovka")]),
    (*PAIR_R20_20, ("[1]", "[1b]", "[1c]"), ("14",),
     [("number", "30%", ""), ("negation", "", "Not"), ("date", "", "day of signing"),
      ("party", "", "Luhansk"), ("party", "", "Dnipropetrovsk"), ("party", "", "Mykolaiv"),
      ("party", "", "Sumy"), ("party", "", "Kharkiv"), ("party", "", "Donbas"),
      ("party", "", "United States")]),

    (*PAIR_JA, ("1",), ("1",), []),
    (*PAIR_JA, ("2",), ("2",),
     [("number", "3", ""), ("number", "30年間", ""), ("party", "欧州", "")]),
    (*PAIR_JA, ("5",), ("3",), []),
    (*PAIR_JA, ("6",), ("4",), [("number", "60万人", "80万人")]),
    (*PAIR_JA, T10, ("5",),
     [("party", "", "NATO"), ("party", "", "欧州"), ("party", "モスクワ", ""),
      ("party", "サンクトペテルブルク", "")]),
    (*PAIR_JA, ("16",), ("6",), []),
    (*PAIR_JA, ("11",), ("7",), [("date", "", "特定の期日")]),
    (*PAIR_JA, ("12",), ("8", "9"), [("number", "", "8000億ドル"), ("party", "", "米国")]),
    (*PAIR_JA, ("18",), ("11",), []),
    (*PAIR_JA, ("19",), ("12",),
     [("negation", "", "ない"), ("number", "", "3"), ("party", "国際原子力機関（IAEA）", ""),
      ("party", "", "米国"), ("party", "", "エネルホダル"), ("party", "", "カホフカ")]),
    (*PAIR_JA, ("20",), ("13",), [("party", "ロシア", "")]),
    (*PAIR_JA, T21, ("14",),
     [("negation", "", "ない"), ("date", "", "署名当日"), ("number", "5", "4"),
      ("party", "クリミア", ""), ("party", "", "ドニプロペトロウシク"), ("party", "", "ミコライウ"),
      ("party", "", "スーミ"), ("party", "", "ハルキウ"), ("party", "", "ドンバス")]),
    (*PAIR_JA, ("22",), ("15",), []),
    (*PAIR_JA, ("23",), ("16",), [("party", "", "キンバーン")]),
    (*PAIR_JA, ("24",), ("17",), []),
    (*PAIR_JA, ("25",), ("18",), [("date", "100日以内に", "できるだけ早く")]),
    (*PAIR_JA, ("27",), ("19",), []),
    (*PAIR_JA, ("28",), ("20",), [("party", "", "最高会議")]),

    (*PAIR_REBUILD_1, ("12",), ("[3]",), [("party", "Ukraine", "")]),
    (*PAIR_REBUILD_1, ("12(a)",), ("[3c]",), []),
    (*PAIR_REBUILD_2, ("[1]", "[2]"), ("[1]",),
     [("number", "$700–800bn", "$800bn"), ("party", "US", ""), ("party", "EU", "")]),
    (*PAIR_BILATERAL, ("[1]",), ("[1]",),
     [("party", "Russian", ""), ("party", "", "United States"), ("party", "", "Ukraine")]),
    (*PAIR_BILATERAL, ("[6]",), ("[2]",),
     [("date", "10 years", "15 years"), ("date", "", "30–50 years"),
      ("party", "", "United States"), ("party", "", "Ukraine")]),
    (*PAIR_MULTILATERAL, ("[3]",), ("1",), [("party", "", "Special Commission")]),
    (*PAIR_MULTILATERAL, ("[1]",), ("2",), [("number", "800,000", ""), ("party", "Europe", "")]),
    (*PAIR_MULTILATERAL, ("[2]",), ("3",),
     [("party", "European", ""), ("party", "United States", "")]),
    (*PAIR_MULTILATERAL, ("[4]",), ("4",), [("party", "", "Ukraine")]),
    (*PAIR_US_RU, ("13", "13(a)", "13(c)"), ("[1]",), [("party", "", "US")]),
    (*PAIR_US_RU, ("4",), ("[4]",), [("party", "Russia", "")]),
]
