"""Where a sentence or clause ends: one rule for the parser, the pasted-text furniture and
page joins, and the reporter's-words tests."""

from __future__ import annotations

from plandiff.plans.intake.sentences import ends_clause, ends_sentence, goes_on_across, runs_on


def test_closing_brackets_and_quotes_neither_hide_nor_make_an_end() -> None:
    assert ends_sentence("The fund is set up (as agreed.)")
    assert ends_sentence("基金を設立する。」")
    assert not ends_sentence("the line drawn in [the 2022 map]")
    assert not ends_sentence("the “contact line”")
    assert ends_clause("as follows:") and not ends_sentence("as follows:")
    assert not ends_sentence("")


def test_an_ellipsis_before_small_letters_is_a_pause() -> None:
    assert ends_sentence("The remaining points were not published …")
    assert runs_on("on land, at sea …", "and in the air.")
    assert runs_on("in [the 2022 map]", "and it is monitored")
    assert not runs_on("Sanctions are eased (as agreed.)", "the fund is set up later.")
    assert not runs_on("the parties agree;", "and the fund")
    assert not runs_on("on land, at sea", "And in the air.")


def test_a_japanese_sentence_goes_on_after_an_ideographic_comma() -> None:
    assert runs_on("中立国の監視団が、", "接触線を毎週監視する。")
    assert not runs_on("中立国の監視団が、", "「誰も取り残さない」")
    assert not runs_on("監視団を派遣する。", "接触線を毎週監視する。")


def test_goes_on_across_a_quotation_in_small_letters_or_with_a_name_after_a_comma() -> None:
    assert goes_on_across("the monitors patrol", "  and the roads.")
    assert goes_on_across("four hundred monitors,", "United Nations staff included.")
    assert not goes_on_across("four hundred monitors.", "United Nations staff included.")
    assert not goes_on_across("four hundred monitors", "United Nations staff included.")
