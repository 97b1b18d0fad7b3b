"""The viewer bundle shipped in the package is exactly what ``viewer/`` builds from its pinned
lockfile: ``npm ci`` then ``npm run build`` in a copy, compared file by file.

Needs npm and the npm registry; skipped without npm, except in CI (``CI`` set).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWER = ROOT / "viewer"
SHIPPED = ROOT / "itwin_mesh_async" / "view" / "static"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_shipped_bundle_is_rebuilt_byte_for_byte_from_the_lockfile(tmp_path: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI"):
            pytest.fail("npm is required in CI to check the viewer bundle")
        pytest.skip("npm is not installed")
    work = tmp_path / "viewer"
    work.mkdir()
    for name in ("package.json", "package-lock.json", "build.mjs"):
        shutil.copy2(VIEWER / name, work / name)
    shutil.copytree(VIEWER / "src", work / "src")
    quiet = ["--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"]
    subprocess.run([npm, "ci", *quiet], cwd=work, check=True, timeout=100)
    out = tmp_path / "static"
    subprocess.run(
        [npm, "run", "--silent", "build", "--", str(out)], cwd=work, check=True, timeout=60
    )
    built, shipped = _files(out), _files(SHIPPED)
    assert sorted(built) == sorted(shipped)
    stale = [name for name in built if built[name] != shipped[name]]
    assert stale == [], f"rebuild the viewer (see viewer/README.md): {stale} differ"
