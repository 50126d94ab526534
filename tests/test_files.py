"""Atomic writes leave the old file or the new one, never half of either."""

from __future__ import annotations

import os

import pytest

from tracker.table.files import atomic_write


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
