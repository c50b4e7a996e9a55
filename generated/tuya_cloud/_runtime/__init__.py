# Copied from generator/python/runtime/__init__.py by `python -m generator`; edit it there.
"""The hand-written runtime every generated method shares: signing, tokens, transport, retries, errors."""
