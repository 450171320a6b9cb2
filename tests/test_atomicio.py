"""plandiff.atomicio: every file plandiff writes is written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from plandiff.atomicio import atomic_write_bytes, atomic_write_text, check_target
from plandiff.errors import WriteError


def test_writes_creates_folders_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    atomic_write_bytes(target, b"one", overwrite=False)
    assert target.read_bytes() == b"one"
    atomic_write_text(target, "два\n", overwrite=True)
    assert target.read_text("utf-8") == "два\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.txt"]


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"mine")
    with pytest.raises(WriteError, match=r"out\.txt"):
        atomic_write_bytes(target, b"theirs", overwrite=False)
    assert target.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_refuses_folders_pipes_and_inputs(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="is a folder"):
        atomic_write_bytes(tmp_path, b"x", overwrite=True)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="not a regular file"):
        check_target(fifo)
    source = tmp_path / "in.json"
    source.write_text("{}", "utf-8")
    with pytest.raises(WriteError, match="input files"):
        atomic_write_text(tmp_path / "." / "in.json", "{}", overwrite=True, forbid=[source])
    assert source.read_text("utf-8") == "{}"


def test_replacing_through_a_link_keeps_the_link_target_untouched(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"real")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new", overwrite=True)
    assert real.read_bytes() == b"real"  # the link is replaced, not the file it named
    assert not link.is_symlink() and link.read_bytes() == b"new"


def test_text_that_is_not_utf8_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="UTF-8"):
        atomic_write_text(tmp_path / "x.txt", "\ud800", overwrite=True)
    assert not (tmp_path / "x.txt").exists()


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        if os.access(tmp_path, os.W_OK):  # root ignores permissions: use a missing folder
            with pytest.raises(WriteError):
                atomic_write_bytes(tmp_path / "out.txt" / "x", b"new", overwrite=True)
        else:
            with pytest.raises(WriteError, match="cannot write"):
                atomic_write_bytes(target, b"new", overwrite=True)
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"
