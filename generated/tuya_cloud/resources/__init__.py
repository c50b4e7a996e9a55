# Generated from spec/groups/ by `python -m generator`; do not edit.
"""One module per API group; the client imports each on first use."""
