"""Press text forwarded by e-mail and pasted: a body still in quoted-printable (copied from
the message's source, without its headers), and a reply quoting the points one level deeper
than the forwarder's own words between them. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-forwarded")
_EN = ("The truce holds from the first morning after signing and covers every unit on land, "
       "at sea and in the air.",
       "Each side frees every detainee it holds on the “all for all” rule within a month.",
       "Unarmed observers patrol both sides of the line.")


def _halves(text: str) -> tuple[str, str]:
    cut = text.index(" ", len(text) // 2)
    return text[:cut], text[cut + 1:]


def test_the_forwarders_words_between_deeper_quoted_points_go_to_the_notes() -> None:
    (first, rest), (second, more) = _halves(_EN[0]), _halves(_EN[1])
    pasted = ("On Thursday the desk wrote:\n"
              "> A colleague sent the list:\n"
              f">> 1. {first}\n"
              f">> {rest}\n"
              "> Our note: the second point is new in this copy.\n"
              f">> 2. {second}\n"
              "> We think this one was softened.\n"
              f">> {more}\n"
              f">> 3. {_EN[2]}\n"
              "> That is all of it.\n")
    imported = import_bytes(pasted.encode(), "reply.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_EN)
    notes = imported.plan.notes or ""
    for words in ("Our note: the second point", "softened", "That is all of it."):
        assert words in notes
