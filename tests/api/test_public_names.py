"""The public names of the Python API are importable from the package."""

from __future__ import annotations

import itwin_mesh_async as imx


def test_the_contract_names_are_importable_from_the_package() -> None:
    for name in (
        "ITwinClient", "Export", "ExportStatus", "ExportType", "Connection", "Run",
        "DownloadReport", "Tile", "RetryPolicy", "ClientCredentials", "StaticToken",
        "ITwinError", "APIError", "AuthenticationError", "PermissionDeniedError",
        "NotFoundError", "ConflictError", "UnprocessableError", "RateLimitError", "ServerError",
        "TransportError", "TileError",
    ):  # fmt: skip
        assert hasattr(imx, name), name
        assert name in imx.__all__, name
