"""Versus: read several versions of the same article side by side."""

__version__ = "0.1.0"
