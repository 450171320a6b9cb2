"""Word (.docx) output: the redline with tracked revisions, the clause history and the
synopsis."""

from plandiff.render.docx.history import render_history_docx
from plandiff.render.docx.redline import render_docx
from plandiff.render.docx.synopsis import render_synopsis_docx

__all__ = ["render_docx", "render_history_docx", "render_synopsis_docx"]
