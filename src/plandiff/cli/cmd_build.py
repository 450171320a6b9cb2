"""``plandiff build``: every report of a plans tree, incrementally."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from plandiff.errors import ExitCode, one_line_name

if TYPE_CHECKING:
    from plandiff.workflows.build import BuildEvent


@contextmanager
def _progress_display(enabled: bool) -> Iterator[Callable[[BuildEvent], None]]:
    """A Rich progress bar on a terminal; plain lines otherwise (CI logs, pipes)."""
    if not enabled:
        def plain(event: BuildEvent) -> None:
            if event.kind == "start":
                click.echo(f"building {event.total} job(s)", err=True)
            elif event.kind == "done":
                click.echo(f"  done: {one_line_name(event.job)}", err=True)
            elif event.kind == "commit":
                click.echo(f"{event.total} file(s) rendered; writing the new and changed ones",
                           err=True)

        yield plain
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    state: dict[str, Any] = {}
    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                        transient=False)

    def rich(event: BuildEvent) -> None:
        if event.kind == "start":
            progress.start()
            state["task"] = progress.add_task("building", total=event.total)
        elif event.kind == "done" and "task" in state:
            progress.update(state["task"], advance=1, description=one_line_name(event.job)[:60])
        elif event.kind == "commit" and "task" in state:
            progress.update(state["task"], description="writing")

    try:
        yield rich
    finally:
        progress.stop()


@click.command("build")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("reports"),
              show_default=True, help="The output folder (a static site).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel workers (default: one per core).")
@click.option("--force", is_flag=True,
              help="Rebuild every report, changed or not, and replace a file plandiff did not "
                   "write where a report goes (without it the build stops and names it).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on a terminal only).")
def command(plans_root: Path, out: Path, jobs: int | None, force: bool,
            progress: bool | None) -> int:
    """Build every report the plans tree implies into a static site: each consecutive
    pair of versions of each document in every language (HTML, PDF, diff JSON,
    Markdown), extra pairs listed in PLANS/plandiff.json, each document's history page,
    and index.html linking them all.

    Incremental: reports/manifest.json records what each file was made from; a file is
    rebuilt only when one of its inputs, plandiff itself or its templates changed.
    Runs in parallel; an interrupted build (Ctrl-C, kill, a CI time-out) exits 130 or 143
    and leaves the previous reports intact, and a killed one leaves nothing running.

    \b
    Examples:
      plandiff build
      plandiff build --plans plans --out reports --jobs 2
      plandiff build --force
    """
    from plandiff.limits import Limits
    from plandiff.workflows.build import build

    show = progress if progress is not None else sys.stderr.isatty()
    started = time.perf_counter()
    with _progress_display(show) as notify:
        result = build(plans_root, out, jobs=jobs, force=force, limits=Limits.from_env(),
                       progress=notify)
    seconds = time.perf_counter() - started
    if result.took_over is not None:
        click.echo(f"took over {one_line_name(out)} from a build that was killed (process "
                   f"{result.took_over}); its leftovers were removed", err=True)
    built = len(result.built)
    click.echo(f"{built} of {result.jobs} job(s) rebuilt, {len(result.written)} file(s) "
               f"written, {len(result.removed)} removed, {result.outputs} output(s) in "
               f"{one_line_name(out)} ({seconds:.1f} s)")
    for name in result.removed:
        click.echo(f"  removed {one_line_name(name)}")
    for name in result.kept:
        click.echo(f"  kept {one_line_name(name)}: edited since plandiff wrote it, no longer "
                   "one of its reports (delete it yourself if it is not needed)", err=True)
    return ExitCode.OK
