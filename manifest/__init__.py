"""The Teams app package: manifest template, icons and ``python -m manifest`` (the builder)."""
