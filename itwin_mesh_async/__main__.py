"""``python -m itwin_mesh_async``: the ``itwin-mesh`` command line tool."""

from .cli import main

raise SystemExit(main())
