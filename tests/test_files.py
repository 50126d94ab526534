"""Atomic writes leave the old file or the new one; safe reads take regular files only."""

from __future__ import annotations

import os
import re
import stat

import pytest

from tracker.table.files import (
    UnsafeFileError,
    atomic_write,
    clean_temp_files,
    create_exclusive,
    read_regular,
)


def test_atomic_write_replaces_the_whole_file(tmp_path):
    path = tmp_path / "report.yaml"
    atomic_write(path, "old\n")
    atomic_write(path, "new\n")
    assert path.read_text() == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.yaml"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "report.yaml"
    atomic_write(path, "old\n")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.yaml"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_get_the_users_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        path = atomic_write(tmp_path / "new.yaml", "x\n")
        made = create_exclusive(tmp_path / "made.yaml", "y\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert stat.S_IMODE(made.stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(tmp_path):
    path = atomic_write(tmp_path / "kept.yaml", "old\n")
    path.chmod(0o640)
    atomic_write(path, "new\n")
    assert (path.read_text(), stat.S_IMODE(path.stat().st_mode)) == ("new\n", 0o640)


def test_exclusive_create_never_replaces_and_leaves_no_temp(tmp_path):
    path = create_exclusive(tmp_path / "report.yaml", "first\n")
    with pytest.raises(FileExistsError, match="already exists"):
        create_exclusive(path, "second\n")
    assert path.read_text() == "first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.yaml"]


def test_temp_files_of_a_crashed_write_are_cleaned(tmp_path):
    (tmp_path / ".a.yaml.k2j3x.tmp").write_text("half")
    (tmp_path / "a.yaml").write_text("whole")
    (tmp_path / ".gitkeep").write_text("")
    assert [p.name for p in clean_temp_files([tmp_path])] == [".a.yaml.k2j3x.tmp"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".gitkeep", "a.yaml"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: os.mkfifo(d / "f"), "not a regular file (a FIFO)"),
        (lambda d: (d / "f").mkdir(), "not a regular file (a directory)"),
        (lambda d: (d / "f").symlink_to("/etc/hostname"), "lies outside"),
        (lambda d: (d / "f").symlink_to(d / "missing"), "a link to nothing"),
        (lambda d: (d / "f").write_bytes(b"x" * 101), "101 bytes, more than 100"),
    ],
)
def test_only_regular_files_inside_the_folder_are_read(tmp_path, make, words):
    make(tmp_path)
    with pytest.raises(UnsafeFileError, match=re.escape(words)):
        read_regular(tmp_path / "f", [tmp_path], 100)


def test_a_link_inside_the_folder_is_followed(tmp_path):
    (tmp_path / "real.txt").write_text("words")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_regular(tmp_path / "link.txt", [tmp_path], 100) == b"words"
