"""Issue 11: what each held-out round taught, as principles tested in other words."""
