"""What a press copy sets around a plan's points: the reporter's sign-off after the last
point, end marks ("――以上――", "— END —", "###"), and the headline, time stamp and byline
above point 1. They belong to the notes, never to a point's text. Texts are the project's
own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

JA_ITEMS = ("停戦ラインを双方が守る。", "中立国の監視団が境界を見回る。",
            "拘束された人々を段階的に交換する。")


def _import(text: str, name: str = "copy.txt") -> ImportedDraft:
    return import_bytes(text.encode(), name, name[name.index("."):], REQUEST)


def _messages(imported: ImportedDraft) -> str:
    return "\n".join(f.message for f in imported.report.findings)


@pytest.mark.parametrize("sign_off", [
    "（ワシントン支局　山田太郎）",
    "（山田太郎記者）",
    "（ワシントン　山田太郎記者）",
    "（国際部　山田太郎）",
    "【ワシントン＝山田太郎】",
    "（ワシントン＝山田太郎、モスクワ＝佐藤花子）",
    "山田太郎記者",
    "ワシントン支局・山田太郎記者",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_japanese_reporter_s_sign_off_after_the_last_point(sign_off: str, gap: str) -> None:
    """A Japanese paper closes its copy with the reporter's line: a bureau and a name, a
    name with 記者, or several datelines with ＝. Only the bracketed ＝ form left the last
    point; the others ran into its text ("…交換する。（山田太郎記者）")."""
    text = "和平案の要旨は次の通り。\n\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(JA_ITEMS, 1)) + gap + sign_off
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(JA_ITEMS)
    last = imported.plan.points[-1]
    assert sign_off.replace("\u3000", " ") in (last.notes or "") + (imported.plan.notes or "")


def test_a_line_ending_in_kisha_inside_a_sentence_stays_the_point_s() -> None:
    """A point's own line that mentions reporters (hiragana, a clause's punctuation) is no
    sign-off."""
    text = ("1. 停戦ラインを双方が守る。\n2. 会見には各国の記者\nが同席できる。\n"
            "3. 拘束された人々を交換する。")
    imported = _import(text)
    assert imported.plan.points[1].text == "会見には各国の記者が同席できる。"
