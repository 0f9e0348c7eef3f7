"""The managers' back office: commission reports, plan editor, records needing review."""

from .window import BackOfficeWindow

__all__ = ["BackOfficeWindow"]
