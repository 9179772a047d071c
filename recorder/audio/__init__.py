"""audio layer (Qt-free)."""
