"""Start-up cost: a command imports what it needs and nothing more (fresh processes)."""

from __future__ import annotations

import os
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
                                 "plandiff.render.report", "plandiff.plans.intake",
                                 "plandiff.plans.corpus", "plandiff.plans.topics"))}
    assert unwanted == set()
    assert (tmp_path / "diff.json").stat().st_size > 1000


def test_version_is_read_only_when_asked() -> None:
    done = subprocess.run([sys.executable, "-m", "plandiff", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("plandiff, version ")


def test_the_program_ends_at_once_with_its_output_whole_and_its_exit_code(
        tmp_path: Path) -> None:
    """``python -m plandiff`` ends through cli.run (no interpreter tear-down): what it
    printed to a pipe and wrote to a file is complete, and the exit code is main()'s."""
    from plandiff.cli import main

    piped = subprocess.run([sys.executable, "-m", "plandiff", "diff", *PAIR, "--format",
                            "json"], capture_output=True, check=False)
    assert piped.returncode == 0, piped.stderr
    out = tmp_path / "diff.json"
    written = subprocess.run([sys.executable, "-m", "plandiff", "diff", *PAIR, "--format",
                              "json", "-o", str(out)], capture_output=True, check=False)
    assert written.returncode == 0 and written.stdout == b""
    assert out.read_bytes() == piped.stdout
    assert piped.stdout.endswith(b"}\n") and len(piped.stdout) > 10_000
    differs = subprocess.run([sys.executable, "-m", "plandiff", "diff", *PAIR,
                              "--exit-code"], capture_output=True, check=False)
    assert differs.returncode == 1 and differs.stdout.startswith(b"peace-framework")
    missing = subprocess.run([sys.executable, "-m", "plandiff", "diff", str(tmp_path / "no"),
                              PAIR[1]], capture_output=True, text=True, check=False)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    try:  # the same bytes as the in-process entry point, which raises SystemExit
        main(["diff", *PAIR, "--format", "json", "-o", str(tmp_path / "again.json")])
    except SystemExit as exc:
        assert exc.code == 0
    assert (tmp_path / "again.json").read_bytes() == piped.stdout


def test_an_unexpected_exit_message_still_reaches_standard_error() -> None:
    code = ("import sys\nimport plandiff.cli as cli\n"
            "def fail(argv=None):\n    sys.exit('stopped: a message')\n"
            "cli.main = fail\ncli.run()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 1
    assert done.stderr == "stopped: a message\n"


def test_a_profiled_run_ends_the_ordinary_way_so_the_profile_is_written(
        tmp_path: Path) -> None:
    stats = tmp_path / "run.prof"
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats), "-m",
                           "plandiff", "diff", *PAIR, "--format", "json", "-o",
                           str(tmp_path / "d.json")], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert stats.stat().st_size > 1000


def test_the_program_starts_openblas_with_one_thread_unless_the_user_chose() -> None:
    """numpy's OpenBLAS would start a spinning thread per core; the aligner does no linear
    algebra, so the program asks for one, and a user's own setting is kept."""
    code = ("import os, plandiff.cli as cli\n"
            "def main():\n"
            "    print(os.environ.get('OPENBLAS_NUM_THREADS'))\n"
            "    raise SystemExit(0)\n"
            "cli.main = main\n"
            "cli.run()\n")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=False, env=env)
    chosen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, env={**env, "OPENBLAS_NUM_THREADS": "3"})
    assert (plain.returncode, plain.stdout.strip()) == (0, "1"), plain.stderr
    assert (chosen.returncode, chosen.stdout.strip()) == (0, "3"), chosen.stderr


def test_a_diff_process_tells_the_collector_to_leave_what_lives_to_the_end(
        tmp_path: Path) -> None:
    """``python -m plandiff diff`` moves the imported modules and the loaded comparison out
    of the cyclic collector's sight (gc.freeze), so no later collection scans them; run
    in-process (a library caller, the tests), the same command freezes nothing."""
    out = str(tmp_path / "diff.json")
    argv = ["plandiff", "diff", *PAIR, "--format", "json", "-o", out]
    process = ("import gc, os, sys\n"
               "import plandiff.cli as cli\n"
               "end = os._exit\n"
               "def report(code):\n"
               "    print(gc.get_freeze_count(), gc.isenabled(), flush=True)\n"
               "    end(code)\n"
               "os._exit = report\n"
               f"sys.argv = {argv!r}\n"
               "cli.run()\n")
    done = subprocess.run([sys.executable, "-c", process], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    frozen, enabled = done.stdout.split()
    assert int(frozen) > 10_000 and enabled == "True"
    library = ("import gc, sys\n"
               "from plandiff.cli import main\n"
               "try:\n"
               f"    main({argv[1:]!r})\n"
               "except SystemExit as exc:\n"
               "    assert exc.code == 0, exc.code\n"
               "print(gc.get_freeze_count(), gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", library], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "True"]
