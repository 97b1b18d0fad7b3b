"""The version, apart so the transport can name it without importing the package."""

__version__ = "0.1.0"
