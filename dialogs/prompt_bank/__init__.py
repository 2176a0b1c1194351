"""The prompt bank's pure logic: entries, making a saved prompt, search and ranking.

No storage and no SDK here; ``bot/network/prompt_bank_store.py`` keeps the entries in bot storage.
"""
