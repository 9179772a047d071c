"""Reviewing a past session: timeline, playback from memory, integrity and later annotations (issue 5)."""

from .session_view import SessionView

__all__ = ["SessionView"]
