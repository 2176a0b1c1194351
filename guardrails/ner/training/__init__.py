"""Build-time tools of the name recognizer: the NorNE reader, augmentation, the HR-domain
synthetic sentences, training, evaluation and the name-list and lexicon builders.

Nothing here runs in the bot; the runtime (model loading, names, the person rules) is in
``guardrails/ner/``. Run as ``python -m guardrails.ner.training.<tool>``.
"""
