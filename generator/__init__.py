"""Turns spec/ into generated/: the Python package, the OpenAPI export and the docs."""
