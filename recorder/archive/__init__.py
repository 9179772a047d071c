"""archive layer (Qt-free)."""
