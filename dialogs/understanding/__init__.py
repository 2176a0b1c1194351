"""Free-text understanding of a user's message, local and data-driven (``prompts/intents.yaml``)."""

from dialogs.understanding.understand import Understander, Understanding

__all__ = ["Understander", "Understanding"]
