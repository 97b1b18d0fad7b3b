"""The pure parsers of 3D Tiles files: no I/O, no aiohttp; unit-tested directly.

:func:`~.discover.discover` is the one entry point the walker calls for every fetched file;
:mod:`.formats` detects and verifies tile formats, :mod:`.tileset` reads tileset JSON,
:mod:`.implicit` and :mod:`.subtree` implicit tiling, :mod:`.gltf` glTF/GLB references.
"""
