"""The comparison engine: alignment, redline, meaning-shift flags, compare() -> Comparison."""
