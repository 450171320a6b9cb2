"""``plandiff import`` stopped by SIGTERM while LibreOffice is being started, for the stop
test in tests/plans/intake/test_legacy_word.py: the real command line, with one change in
how LibreOffice (a stand-in) is started. The program is started as usual; then this process
reads the line the stand-in prints once it has started its helper, and sends itself SIGTERM
before handing the started program over to plandiff. That is what a loaded machine does now
and then when ``kill`` comes right after LibreOffice starts, made certain, with no sleep.

Usage: ``python stopped_while_starting.py import DRAFT ...`` (the arguments of plandiff).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Any

from plandiff.cli import main

_start = subprocess.Popen


def started_then_stopped(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
    child: subprocess.Popen[bytes] = _start(*args, **kwargs)
    assert child.stdout is not None
    child.stdout.readline()  # the stand-in has started its helper
    os.kill(os.getpid(), signal.SIGTERM)
    return child


if __name__ == "__main__":
    subprocess.Popen = started_then_stopped  # type: ignore[misc, assignment]
    sys.argv[0] = "plandiff"
    main(sys.argv[1:])
