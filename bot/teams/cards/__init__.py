"""Adaptive Card views for Teams (``CardViews``) and card-submit handling."""

from bot.teams.cards.submit import CardSubmit, normalize_submit
from bot.teams.cards.views import CardViews

__all__ = ["CardSubmit", "CardViews", "normalize_submit"]
