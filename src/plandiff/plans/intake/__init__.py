"""Draft import: any format a draft arrives in → lines → one parser → a plan version.

Modules: :mod:`.lines` (the line format), :mod:`.formats` (detection and the reader table),
one reader per format (:mod:`.textfile`, :mod:`.html`, :mod:`.docx`, :mod:`.pdf`), one adapter
per third-party library (:mod:`.htmldom` for selectolax, :mod:`.pdfium` for pypdfium2; the
.docx parts go through :mod:`plandiff.xmlio`, the project's one lxml adapter), the line
parser (:mod:`.parser`, its reading loop and rules, and the modules it runs: :mod:`.reading`,
:mod:`.numbering`, :mod:`.markers`, :mod:`.cleaning`, :mod:`.parsestate`, :mod:`.asides`,
:mod:`.quotes`, :mod:`.pagetext`, :mod:`.outline`, :mod:`.bylines`), the plan builder
(:mod:`.build`), the structure report (:mod:`.report`), coverage of partial versions
(:mod:`.coverage`), the date a draft states (:mod:`.dating`), and :mod:`.draft`, which runs
them in order.
"""

from plandiff.plans.intake.build import IMPORT_SOURCE_URL
from plandiff.plans.intake.draft import (
    DraftRequest,
    ImportedDraft,
    PointsBy,
    import_bytes,
    import_file,
    import_lines,
)
from plandiff.plans.intake.lines import DraftFormat, RevisionView
from plandiff.plans.intake.report import StructureReport, StructureWarnings

__all__ = ["IMPORT_SOURCE_URL", "DraftFormat", "DraftRequest", "ImportedDraft", "PointsBy",
           "RevisionView", "StructureReport", "StructureWarnings", "import_bytes",
           "import_file", "import_lines"]
