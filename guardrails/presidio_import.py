"""Import ``presidio_analyzer`` without validating its predefined patterns at import time.

Importing the package builds a few hundred module-level ``Pattern`` objects for the
recognizers of other countries, and a URL pattern that lists every top-level domain; each
``Pattern`` compiles its regex once only to check it and throws the result away. That is
about 0.5 s of every start-up (``url_recognizer`` alone: 0.48 s of import time here), for
recognizers the guardrail never runs.

``install()`` puts a finder on ``sys.meta_path`` that wraps the loading of the
``presidio_analyzer`` package: while (and only while) the package's ``__init__`` runs,
``regex.compile`` returns None for calls made by ``Pattern.__validate_regex`` in
``presidio_analyzer.pattern``; every other call compiles as usual. Afterwards
``regex.compile`` is the library's own function again, so every pattern built later (ours)
is validated as Presidio intends, and every pattern that is used is compiled when used.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

PACKAGE = "presidio_analyzer"
_VALIDATOR = ("presidio_analyzer.pattern", "__validate_regex")


class _ValidationSkippingLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        import regex

        original = regex.compile

        def compile_unless_validating(pattern, flags=0, *args, **kwargs):
            caller = sys._getframe(1)
            if (caller.f_globals.get("__name__"), caller.f_code.co_name) == _VALIDATOR:
                return None
            return original(pattern, flags, *args, **kwargs)

        regex.compile = compile_unless_validating
        try:
            self._loader.exec_module(module)
        finally:
            regex.compile = original


class _PresidioFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != PACKAGE:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _ValidationSkippingLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Idempotent; does nothing once Presidio has been imported."""
    if PACKAGE in sys.modules or any(isinstance(f, _PresidioFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _PresidioFinder())
