"""Adaptive Card views for Teams (``CardViews``) and card-submit handling."""

from bot.cards.submit import CardSubmit, normalize_submit
from bot.cards.views import CardViews

__all__ = ["CardSubmit", "CardViews", "normalize_submit"]
