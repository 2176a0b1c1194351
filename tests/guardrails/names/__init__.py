"""Tests of person names: the lexicon, the name gate, the NER model and pipeline, the person recognizer."""
