"""The hand-written runtime every generated method shares: signing, tokens, transport, retries, errors."""
