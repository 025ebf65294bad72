"""The revisions are known without Alembic (read from the migration files' text), so opening a
database that is already at head imports no Alembic; they are the revisions Alembic finds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from app.bootstrap import open_data_dir
from app.services.migrations import head_revision, known_revisions, revision_graph, script_directory


def test_the_head_and_the_revisions_are_alembics():
    scripts = script_directory()
    assert [head_revision()] == scripts.get_heads()
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    for rev in scripts.walk_revisions():
        down = rev.down_revision
        expected = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        assert revision_graph()[rev.revision] == expected


def test_the_migration_files_are_read_as_alembic_writes_them(tmp_path):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "__init__.py").write_text("")
    (versions / "0001_a.py").write_text(
        '"""a\n\nRevision ID: 0001\n"""\nrevision = "0001"\ndown_revision = None\n'
    )
    (versions / "0002_b.py").write_text("revision: str = '0002'\ndown_revision: str | None = '0001'\n")
    (versions / "0003_c.py").write_text('revision = "0003"  # "c"\ndown_revision = "0001"  # not "0002"\n')
    (versions / "0004_merge.py").write_text(
        'revision: str = "0004"\ndown_revision: tuple[str, ...] | None = ("0002", "0003")\n'
    )
    assert revision_graph(versions) == {
        "0001": (),
        "0002": ("0001",),
        "0003": ("0001",),
        "0004": ("0002", "0003"),
    }


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path):
    root = tmp_path / "data"
    open_data_dir(root, writer=True, program="kiểm thử").close()  # created (and migrated) here
    code = textwrap.dedent(
        f"""
        import sys
        from app.bootstrap import open_data_dir
        ctx = open_data_dir({str(root)!r}, writer=True, program="kiểm thử")
        assert ctx.status_before.state.value == "current", ctx.status_before
        ctx.services.agency.get_profile()
        ctx.close()
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "openpyxl", "reportlab", "docx")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.strip() == "[]"
