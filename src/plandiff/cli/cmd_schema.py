"""``plandiff schema``: print the published JSON Schema."""

from __future__ import annotations

import click

from plandiff.plans.schema import (
    DIFF_SCHEMA,
    PLAN_SCHEMA,
    SYNOPSIS_SCHEMA,
    TOPICS_SCHEMA,
    schema_text,
)


@click.command("schema")
@click.option("--topics", "which", flag_value=TOPICS_SCHEMA,
              help="Print the topic vocabulary's schema instead.")
@click.option("--diff", "which", flag_value=DIFF_SCHEMA,
              help="Print the schema of the diff JSON (`plandiff diff --format json`) instead.")
@click.option("--synopsis", "which", flag_value=SYNOPSIS_SCHEMA,
              help="Print the schema of the synopsis JSON (`plandiff synopsis --format json`) "
                   "instead.")
def command(which: str | None) -> None:
    """Print the JSON Schema (Draft 2020-12) of a plan version file.

    \b
    Example:
      plandiff schema > plan-version.schema.json
      plandiff schema --diff > diff.schema.json
    """
    click.echo(schema_text(which or PLAN_SCHEMA), nl=False)
