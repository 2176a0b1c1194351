"""Norwegian named-entity recognition (bokmål + nynorsk) trained on NorNE.

``corpus`` reads NorNE, ``augment`` adds case noise, ``train`` builds the spaCy pipeline,
``model`` loads it, ``names`` holds the name lists and cue words used by the PERSON
recognizer, ``evaluate`` measures it on NorNE test.
"""
