"""Adaptive Card views for Teams (``views.CardViews``), the cards, and card-submit handling."""
