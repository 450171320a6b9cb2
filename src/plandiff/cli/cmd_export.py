"""``plandiff export``: a plan version as Akoma Ntoso 3.0 XML."""

from __future__ import annotations

from pathlib import Path

import click

from plandiff.cli.options import dash_is_stdout, emit
from plandiff.errors import ExitCode


@click.command("export")
@click.argument("ref", metavar="REF")
@click.option("--format", "fmt", type=click.Choice(["akn"]), default="akn", show_default=True,
              help="akn: Akoma Ntoso 3.0 (OASIS LegalDocML) XML.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              callback=dash_is_stdout,
              help="Write to this file (replaced atomically if it exists) instead of standard "
                   "output.")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path, file_okay=False),
              default=Path("plans"), show_default=True,
              help="Plans folder in which DOCUMENT@VERSION references are looked up.")
def command(ref: str, fmt: str, output: Path | None, plans_root: Path) -> int:
    """Write one plan version as an Akoma Ntoso 3.0 document.

    REF is DOCUMENT@VERSION (looked up in the plans folder) or a plan file. Points become
    nested <point> elements whose eId comes from the plan's point ids; titles become
    headings, notes authorialNotes; sources and provenance go into <meta> with FRBR work,
    expression and manifestation URIs (the work dated by the document's first version in the
    plans folder); topics become classification keywords. The output
    validates against the official Akoma Ntoso 3.0 schema, and `plandiff import` reads it
    back into the same plan.

    \b
    Example:
      plandiff export peace-framework@2025-12-24-20-point --format akn -o 20-point.akn.xml
      plandiff import 20-point.akn.xml --document peace-framework \\
          --version 2025-12-24-20-point
    """
    from plandiff.errors import InputError
    from plandiff.plans.corpus import first_version_date, tree_vocabulary
    from plandiff.plans.model import UNDATED
    from plandiff.plans.resolve import Resolver
    from plandiff.render.akn import render_akn

    plan = Resolver(plans_root)(ref)
    if plan.date == UNDATED:
        raise InputError(f"{ref}: the draft states no date, and an Akoma Ntoso document needs "
                         "one: put it in the file name (2025-11-20-draft.txt) or import the "
                         "draft with a dated --version first")
    vocabulary = tree_vocabulary(plans_root if plans_root.is_dir() else None)
    labels = {t: vocabulary.label(t, plan.language) for p in plan.walk() for t in p.topics}
    data = render_akn(plan, labels, first_version_date(plans_root, plan))
    if output is not None:
        from plandiff.atomicio import check_target

        check_target(output)
    emit(data, output)
    return ExitCode.OK
