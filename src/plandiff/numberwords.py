"""Numbers written in words, one table for the whole package: English, Russian and Ukrainian.

Two readers use it, each with its own question:

- :mod:`plandiff.plans.intake.numwords` reads a count of points a headline announces
  ("twenty-eight", "из двадцати восьми", "з двадцятьма вісьмома пунктами"): from two to a
  hundred (one alone is never a count announced: "at one point" is a phrase);
- :mod:`plandiff.engine.flags` reads a quantity a clause states ("тридцати дней", "сто
  миллиардов", "twenty-five years") to flag when it changes: from two to nine hundred, with
  the multipliers of :data:`EN_SCALES`, and without "семью", which is also "family".

The forms are every case a word takes (nominative, genitive, dative, instrumental and the
Ukrainian collective: "тридцати", "двох", "двадцятьма", "п'ятьох"; the hundreds' dative,
instrumental and prepositional too: "шестьюстами", "двохстах"), Russian then Ukrainian,
with the apostrophe written "'" (each reader matches its other forms). A small table, not a
library: nothing beyond what the two readers need.
"""

from __future__ import annotations

__all__ = ["CYR_FORMS", "EN_ONES", "EN_SCALES", "EN_TENS", "cyrillic_values"]

EN_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen")
"""English 0 to 19, each at its value's index."""
EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
"""English 20 to 90 by tens (``EN_TENS[k]`` is ``10 * (k + 2)``)."""
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
             "trillion": 10**12}
"""English multipliers and their values."""

CYR_FORMS: dict[int, tuple[str, ...]] = {
    value: tuple(forms.split()) for value, forms in (
        (1, "один одна одного одной однієї"),
        (2, "два две двух двум двумя дві двох двом двома"),
        (3, "три трёх трех трём трем тремя трьох трьом трьома"),
        (4, "четыре четырёх четырех четырём четырем четырьмя чотири чотирьох чотирьом "
            "чотирма"),
        (5, "пять пяти пятью п'ять п'яти п'ятьох п'ятьма п'ятьома"),
        (6, "шесть шести шестью шість шістьох шістьма шістьома"),
        (7, "семь семи семью сім сімох сьома сімома"),
        (8, "восемь восьми восемью восьмью вісім вісьмох вісьма вісьмома"),
        (9, "девять девяти девятью дев'ять дев'яти дев'ятьох дев'ятьма дев'ятьома"),
        (10, "десять десяти десятью десятьох десятьма десятьома"),
        (11, "одиннадцать одиннадцати одиннадцатью одинадцять одинадцяти одинадцятьма "
             "одинадцятьома"),
        (12, "двенадцать двенадцати двенадцатью дванадцять дванадцяти дванадцятьма "
             "дванадцятьома"),
        (13, "тринадцать тринадцати тринадцатью тринадцять тринадцяти тринадцятьма "
             "тринадцятьома"),
        (14, "четырнадцать четырнадцати четырнадцатью чотирнадцять чотирнадцяти "
             "чотирнадцятьма чотирнадцятьома"),
        (15, "пятнадцать пятнадцати пятнадцатью п'ятнадцять п'ятнадцяти п'ятнадцятьма "
             "п'ятнадцятьома"),
        (16, "шестнадцать шестнадцати шестнадцатью шістнадцять шістнадцяти шістнадцятьма "
             "шістнадцятьома"),
        (17, "семнадцать семнадцати семнадцатью сімнадцять сімнадцяти сімнадцятьма "
             "сімнадцятьома"),
        (18, "восемнадцать восемнадцати восемнадцатью вісімнадцять вісімнадцяти "
             "вісімнадцятьма вісімнадцятьома"),
        (19, "девятнадцать девятнадцати девятнадцатью дев'ятнадцять дев'ятнадцяти "
             "дев'ятнадцятьма дев'ятнадцятьома"),
        (20, "двадцать двадцати двадцатью двадцять двадцяти двадцятьма двадцятьома"),
        (30, "тридцать тридцати тридцатью тридцять тридцяти тридцятьма тридцятьома"),
        (40, "сорок сорока"),
        (50, "пятьдесят пятидесяти пятьюдесятью п'ятдесят п'ятдесяти п'ятдесятьма"),
        (60, "шестьдесят шестидесяти шестьюдесятью шістдесят шістдесяти шістдесятьма"),
        (70, "семьдесят семидесяти семьюдесятью сімдесят сімдесяти сімдесятьма"),
        (80, "восемьдесят восьмидесяти восемьюдесятью вісімдесят вісімдесяти вісімдесятьма"),
        (90, "девяносто девяноста дев'яносто дев'яноста"),
        (100, "сто ста"),
        (200, "двести двухсот двумстам двумястами двухстах двісті двохсот двомстам "
              "двомастами двохстах"),
        (300, "триста трёхсот трехсот трёмстам тремстам тремястами трёхстах трехстах "
              "трьохсот трьомстам трьомастами трьохстах"),
        (400, "четыреста четырёхсот четырехсот четырёмстам четыремстам четырьмястами "
              "четырёхстах четырехстах чотириста чотирьохсот чотирьомстам чотирмастами "
              "чотирьохстах"),
        (500, "пятьсот пятисот пятистам пятьюстами пятистах п'ятсот п'ятисот п'ятистам "
              "п'ятьмастами п'ятьомастами п'ятистах"),
        (600, "шестьсот шестисот шестистам шестьюстами шестистах шістсот шістьмастами "
              "шістьомастами"),
        (700, "семьсот семисот семистам семьюстами семистах сімсот сьомастами сімомастами"),
        (800, "восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах вісімсот "
              "вісьмастами вісьмомастами"),
        (900, "девятьсот девятисот девятистам девятьюстами девятистах дев'ятсот дев'ятисот "
              "дев'ятистам дев'ятьмастами дев'ятьомастами дев'ятистах"),
    )
}
"""Russian and Ukrainian number words by value, every form a case gives them."""


def cyrillic_values(low: int, high: int, *, leave_out: frozenset[str] = frozenset()
                    ) -> dict[str, int]:
    """Each form of :data:`CYR_FORMS` whose value lies from ``low`` to ``high``, with its
    value, but the forms ``leave_out`` names (a reader's words that mean something else)."""
    return {form: value for value, forms in CYR_FORMS.items() if low <= value <= high
            for form in forms if form not in leave_out}
