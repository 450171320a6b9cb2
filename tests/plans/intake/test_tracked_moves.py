"""A Word draft reviewed with tracked changes as reviewers make them: a point moved up
(``w:moveFrom`` / ``w:moveTo``, its paragraph mark moved too), a point deleted whole, a point
inserted, read accepted and rejected in the .docx and in the .odt LibreOffice saves of it
(where the deleted points are lists of their own in ``text:tracked-changes``)."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import RevisionView
from tests.plans.intake.test_odf import convert
from tests.plans.intake.test_word_real_files import DECIMAL, docx, level, numbered, para, run

_BY = 'w:author="Ann Reviewer" w:date="2025-11-20T10:00:00Z"'
_ITEM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
_VOTE = "A vote is held within a hundred days."


def _tracked(kind: str, ident: int, text: str) -> str:
    """A list paragraph whose words and mark are all one tracked change (``kind``)."""
    words = f"<w:delText>{text}</w:delText>" if kind in ("del", "moveFrom") else \
        f"<w:t>{text}</w:t>"
    return (f'<w:p><w:pPr>{_ITEM}<w:rPr><w:{kind} w:id="{ident}" {_BY}/></w:rPr></w:pPr>'
            f'<w:{kind} w:id="{ident + 1}" {_BY}><w:r>{words}</w:r></w:{kind}></w:p>')


def _moved(kind: str, ident: int) -> str:
    return (f'<w:{kind}RangeStart w:id="{ident}" w:name="move1" {_BY}/>'
            + _tracked(kind, ident + 1, _VOTE) + f'<w:{kind}RangeEnd w:id="{ident}"/>')


_BODY = (para(run("Both sides stop firing along the whole line of contact."), numbered(1))
         + _moved("moveTo", 10)
         + para(run("Prisoners are exchanged all for all."), numbered(1))
         + _tracked("del", 20, "Sanctions are lifted in stages.")
         + _tracked("ins", 30, "A monitoring mission watches the line.")
         + _moved("moveFrom", 40)
         + para(run("The guarantees last ten years."), numbered(1)))
_ACCEPTED = ["Both sides stop firing along the whole line of contact.", _VOTE,
             "Prisoners are exchanged all for all.", "A monitoring mission watches the line.",
             "The guarantees last ten years."]
_REJECTED = ["Both sides stop firing along the whole line of contact.",
             "Prisoners are exchanged all for all.", "Sanctions are lifted in stages.", _VOTE,
             "The guarantees last ten years."]


def _points(data: bytes, name: str, view: RevisionView) -> list[tuple[str, str]]:
    got = import_bytes(data, name, Path(name).suffix,
                       DraftRequest(document="d", version="2025-11-20-review", view=view))
    return [(p.number, p.text) for p in got.plan.walk()]


def test_a_moved_a_deleted_and_an_inserted_point_read_both_ways(tmp_path: Path) -> None:
    word = tmp_path / "reviewed.docx"
    word.write_bytes(docx(_BODY, DECIMAL))
    odt = convert([word], "odt", tmp_path)[0]
    for path in (word, odt):
        data = path.read_bytes()
        assert _points(data, path.name, RevisionView.ACCEPTED) == [
            (str(n), text) for n, text in enumerate(_ACCEPTED, 1)], path
        assert _points(data, path.name, RevisionView.REJECTED) == [
            (str(n), text) for n, text in enumerate(_REJECTED, 1)], path


def test_a_deletion_across_two_points_read_both_ways(tmp_path: Path) -> None:
    """Words deleted from the end of point 2 to the start of point 3, the mark between them
    with them: accepted, one point; rejected, the two again, in the .docx and in the .odt
    (where the deleted words are two items of a list of their own)."""
    body = (para(run("Both sides stop firing along the whole line of contact."), numbered(1))
            + f'<w:p><w:pPr>{_ITEM}<w:rPr><w:del w:id="1" {_BY}/></w:rPr></w:pPr><w:r><w:t '
            'xml:space="preserve">All detainees are swapped</w:t></w:r><w:del w:id="2" '
            f'{_BY}><w:r><w:delText xml:space="preserve"> within a month.</w:delText></w:r>'
            f'</w:del></w:p><w:p><w:pPr>{_ITEM}</w:pPr><w:del w:id="3" {_BY}><w:r><w:delText '
            'xml:space="preserve">Civilians go home</w:delText></w:r></w:del><w:r><w:t>, all '
            "for all.</w:t></w:r></w:p>" + para(run(_VOTE), numbered(1)))
    word = tmp_path / "joined.docx"
    word.write_bytes(docx(body, DECIMAL))
    odt = convert([word], "odt", tmp_path)[0]
    first = "Both sides stop firing along the whole line of contact."
    for path in (word, odt):
        data = path.read_bytes()
        assert _points(data, path.name, RevisionView.ACCEPTED) == [
            ("1", first), ("2", "All detainees are swapped, all for all."), ("3", _VOTE)], path
        assert _points(data, path.name, RevisionView.REJECTED) == [
            ("1", first), ("2", "All detainees are swapped within a month."),
            ("3", "Civilians go home, all for all."), ("4", _VOTE)], path


_LEVELS = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
           + level(0, "decimal", "%1.") + level(1, "lowerLetter", "%2)")
           + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def _deleted(ident: int, text: str, ilvl: int) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'
            f'<w:rPr><w:del w:id="{ident}" {_BY}/></w:rPr></w:pPr><w:del w:id="{ident + 1}" '
            f"{_BY}><w:r><w:delText>{text}</w:delText></w:r></w:del></w:p>")


def test_deleted_sub_points_come_back_as_sub_points(tmp_path: Path) -> None:
    """A point deleted with its sub-points, and a last sub-point deleted alone: rejected,
    each comes back at its level (in the .odt they were points 3, 4 … of the outer list)."""
    first, vote = "Both sides stop firing along the whole line.", _VOTE
    cases = {
        "with-subs": (para(run(first), numbered(1)) + _deleted(1, "Prisoners are exchanged:", 0)
                      + _deleted(3, "all for all;", 1) + _deleted(5, "within thirty days.", 1)
                      + para(run(vote), numbered(1))),
        "last-sub": (para(run(first), numbered(1)) + para(run("Prisoners are exchanged:"),
                                                          numbered(1))
                     + para(run("all for all;"), numbered(1, 1))
                     + _deleted(1, "within thirty days.", 1) + para(run(vote), numbered(1))),
    }
    rejected = [("1", first), ("2", "Prisoners are exchanged:"), ("2(a)", "all for all;"),
                ("2(b)", "within thirty days."), ("3", vote)]
    for name, body in cases.items():
        word = tmp_path / f"{name}.docx"
        word.write_bytes(docx(body, _LEVELS))
        odt = convert([word], "odt", tmp_path)[0]
        for path in (word, odt):
            assert _points(path.read_bytes(), path.name, RevisionView.REJECTED) == rejected, path
