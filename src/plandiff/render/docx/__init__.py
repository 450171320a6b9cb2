"""Word (.docx) output: the redline with tracked revisions, and the clause history."""

from plandiff.render.docx.history import render_history_docx
from plandiff.render.docx.redline import render_docx

__all__ = ["render_docx", "render_history_docx"]
