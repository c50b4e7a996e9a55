"""The hand-written runtime every generated method shares.

core.py does every step of a call that needs no I/O (validate, sign, classify, retry decisions,
parse, pages) once for both clients; client.py drives it with requests and threads (TuyaCloud),
sending through pooled.py's shortcut to the session's urllib3 pool when it can, aio.py with aiohttp
and asyncio (AsyncTuyaCloud). Tokens: tokens.py, async_tokens.py.
"""
