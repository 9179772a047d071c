"""timestamp layer (Qt-free)."""
