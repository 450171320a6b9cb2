"""Start-up cost: a command imports what it needs and nothing more (fresh processes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import PLANS

PAIR = (str(PLANS / "peace-framework" / "2025-11-20-us-28-point.json"),
        str(PLANS / "peace-framework" / "2025-12-24-20-point.json"))


def _modules_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys\n"
                           "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return set(done.stderr.split())


def test_the_command_line_imports_no_command_before_it_is_named() -> None:
    loaded = _modules_after("import plandiff.cli")
    assert not {m for m in loaded if m.startswith("plandiff.cli.cmd_")}
    assert "importlib.metadata" not in loaded
    assert "pydantic" not in loaded


def test_diff_imports_neither_scipy_nor_other_commands_nor_report_writers(
        tmp_path: Path) -> None:
    out = str(tmp_path / "diff.json")
    code = ("from plandiff.cli import main\n"
            "try:\n"
            f"    main(['diff', {PAIR[0]!r}, {PAIR[1]!r}, '--format', 'json', "
            f"'-o', {out!r}])\n"
            "except SystemExit as exc:\n"
            "    assert exc.code == 0, exc.code\n")
    loaded = _modules_after(code)
    assert "plandiff.cli.cmd_diff" in loaded
    unwanted = {m for m in loaded if m.split(".")[0] in {"scipy", "jinja2", "weasyprint",
                                                         "jsonschema"}
                or m.startswith(("plandiff.cli.cmd_import", "plandiff.cli.cmd_build",
                                 "plandiff.render.report", "plandiff.plans.intake"))}
    assert unwanted == set()
    assert (tmp_path / "diff.json").stat().st_size > 1000


def test_version_is_read_only_when_asked() -> None:
    done = subprocess.run([sys.executable, "-m", "plandiff", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("plandiff, version ")
