"""No module of the package is over 400 lines: a longer one is split by responsibility."""

from __future__ import annotations

from pathlib import Path

import itwin_mesh_async

PACKAGE = Path(itwin_mesh_async.__file__).parent
MAX_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 50  # the package's own modules were found
    too_long = {name: n for name, n in sorted(sizes.items()) if n > MAX_LINES}
    assert not too_long, f"over {MAX_LINES} lines, split by responsibility: {too_long}"
