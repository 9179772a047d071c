"""cli layer (Qt-free)."""
