"""Press text forwarded by e-mail and pasted: a body still in quoted-printable (copied from
the message's source, without its headers), and a reply quoting the points one level deeper
than the forwarder's own words between them. Texts are the project's own."""

from __future__ import annotations

import quopri

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-forwarded")
_EN = ("The truce holds from the first morning after signing and covers every unit on land, "
       "at sea and in the air.",
       "Each side frees every detainee it holds on the “all for all” rule within a month.",
       "Unarmed observers patrol both sides of the line.")
_RU = ("Перемирие действует с первого утра после подписания и касается всех войск.",
       "Каждая сторона освобождает всех задержанных по принципу «всех на всех».",
       "Безоружные наблюдатели патрулируют обе стороны линии.")


def _import(data: bytes) -> tuple[list[str], list[str]]:
    imported = import_bytes(data, "pasted.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    return ([p.text for p in imported.plan.points],
            [f.message for f in imported.report.findings])


@pytest.mark.parametrize(("texts", "encoding"), [(_EN, "utf-8"), (_RU, "utf-8"),
                                                 (_RU, "cp1251")])
def test_a_body_still_in_quoted_printable_is_decoded(texts: tuple[str, ...],
                                                     encoding: str) -> None:
    plain = "".join(f"{n}. {text} \n" for n, text in enumerate(texts, 1))
    pasted = quopri.encodestring(plain.encode(encoding))
    assert b"=\n" in pasted  # soft line breaks, as the message's source has them
    points, said = _import(pasted)
    assert points == list(texts)
    assert any("quoted-printable" in message for message in said)


def test_a_text_with_equals_signs_is_no_quoted_printable() -> None:
    pasted = ("1. The shares are split so that A=B at the start, and the fund's rule is\n"
              "2. The budget line reads TOTAL=\n3. Monitors report =3D daily.\n")
    points, said = _import(pasted.encode())
    assert points[1] == "The budget line reads TOTAL="
    assert not any("quoted-printable" in message for message in said)


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


@pytest.mark.parametrize("signature", ["--\nDesk | Example News | +1 555 0100\n",
                                       "-- \nSent from my phone\n",
                                       "Sent from my iPhone\n", "Отправлено с iPhone\n"])
def test_a_signature_after_the_last_point_goes_to_the_notes(signature: str) -> None:
    """A mail's signature under the forwarded points (after ``--``, or a phone's own line)
    was read as the last point's paragraph, with a warning to check it."""
    pasted = ("---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
              "Subject: Draft text\n\n"
              + "".join(f"{n}. {text}\n" for n, text in enumerate(_EN, 1))
              + "\n" + signature)
    points, said = _import(pasted.encode())
    assert points == list(_EN)
    assert any("sign-off" in message for message in said)
