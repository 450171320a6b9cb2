"""``plandiff schema``: print the published JSON Schema."""

from __future__ import annotations

import click

from plandiff.plans.schema import PLAN_SCHEMA, TOPICS_SCHEMA, schema_text


@click.command("schema")
@click.option("--topics", is_flag=True, help="Print the topic vocabulary's schema instead.")
def command(topics: bool) -> None:
    """Print the JSON Schema (Draft 2020-12) of a plan version file.

    \b
    Example:
      plandiff schema > plan-version.schema.json
    """
    click.echo(schema_text(TOPICS_SCHEMA if topics else PLAN_SCHEMA), nl=False)
