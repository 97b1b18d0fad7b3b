"""Benchmarks of the tileset downloader against curl, wget2, aria2c, rclone and others.

Run ``python -m benchmarks.run --help``; see ``benchmarks/README.md``.
"""
