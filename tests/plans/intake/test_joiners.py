"""Zero-width non-joiners and joiners (U+200C, U+200D) in a pasted copy: a newsletter's
template pads its preview text with them and a web page leaves them inside words. Outside
the scripts that take them they are not the text. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-joiners")
ZWNJ, ZWJ = "\u200c", "\u200d"


def test_joiners_in_a_latin_copy_go_and_hide_no_point() -> None:
    pasted = (f"Today's briefing {ZWNJ} {ZWNJ} {ZWNJ} {ZWNJ}\n\n"
              f"{ZWNJ}1. The truce holds from the first morning after signing.\n"
              f"2. Each side frees every de{ZWNJ}tainee it holds.{ZWJ}\n"
              f"{ZWJ}{ZWNJ}3. Unarmed observers patrol the line.\n")
    imported = import_bytes(pasted.encode(), "briefing.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The truce holds from the first morning after signing."),
        ("2", "Each side frees every detainee it holds."),
        ("3", "Unarmed observers patrol the line.")]


def test_joiners_a_script_takes_are_kept() -> None:
    """Persian writes a half-space (a non-joiner) inside words; an emoji family is joined."""
    pasted = (f"1. طرفین آتش\u200cبس را می{ZWNJ}پذیرند.\n"
              f"2. Families \U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467 are reunited.\n")
    imported = import_bytes(pasted.encode(), "fa.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        f"طرفین آتش{ZWNJ}بس را می{ZWNJ}پذیرند.",
        f"Families \U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467 are reunited."]
