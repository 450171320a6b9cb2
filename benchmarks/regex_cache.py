"""Write the running Python's file of compiled patterns (``plandiff.regexcache``) again.

Run from the repository root, with the Python the file is for:

    python benchmarks/regex_cache.py

It runs ``plandiff diff --format json`` in this process on the 5,000-point benchmark pair and
on every ordered pair of English versions of each document in ``plans/``, records every
pattern ``re`` compiles meanwhile (imports included), and writes what the compiler made of
each to ``src/plandiff/data/regex-<tag>.marshal.zlib``. Run it again after changing a
pattern: a pattern missing from the file is only compiled as before. The file is the same,
byte for byte, from one run to the next.

Only what a JSON diff of English texts compiles is kept: every pattern of the file is made
at each start (``preload``). The diffs of the shipped pairs in every language and format
compile several times as many patterns, with ten times the code (many only for one language
or one format), which would cost more to make at every start than they save.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _record() -> list[tuple[str | bytes, int]]:
    import re
    from re import _compiler  # type: ignore[attr-defined]

    seen: list[tuple[str | bytes, int]] = []
    compile_ = _compiler.compile

    def recording(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, (str, bytes)):
            seen.append((pattern, int(flags)))
        return compile_(pattern, flags)

    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        # written by another process: the importer's own patterns are not the diff's
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                        "from benchmarks.bench_cold import write_pair; "
                        "write_pair(Path(sys.argv[1]))", folder], cwd=ROOT, check=True)
        _compiler.compile = recording
        re.purge()
        sys.path.insert(0, str(ROOT / "src"))
        from plandiff.cli import main

        pairs = [(where / "old.json", where / "new.json")]
        for document in sorted(p for p in (ROOT / "plans").iterdir() if p.is_dir()):
            english = [v for v in sorted(document.glob("*.json"))
                       if json.loads(v.read_text(encoding="utf-8")).get("language") == "en"]
            pairs.extend((old, new) for old in english for new in english if old != new)
        for old, new in pairs:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
                main(["diff", str(old), str(new), "--format", "json",
                      "-o", str(where / "out.json")])
        _compiler.compile = compile_
    return seen


def main() -> None:
    from plandiff.regexcache import cache_file, encode, entries

    found = entries(_record())
    path = cache_file()
    path.write_bytes(encode(found))
    print(f"{len(found)} patterns -> {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
