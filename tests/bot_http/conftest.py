"""HTTP-level tests: the fixtures come from the root conftest (``tests.fakes.fixtures``)."""
