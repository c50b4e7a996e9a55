"""The command line's exit statuses, and the text its help prints about them."""

from __future__ import annotations

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONNECTION, EXIT_REPLY, EXIT_CONFIG = range(6)
EXIT_INTERNAL = 70  # a bug in the command line itself (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED = 130
EXIT_STATUS_TEXT = (
    "exit status:\n"
    "  0    success\n"
    "  1    Tuya answered with an error (its code and message are on stderr)\n"
    "  2    usage error or invalid argument; nothing was sent\n"
    "  3    Tuya could not be reached or did not answer in time\n"
    "  4    the reply was not what the spec describes\n"
    "  5    configuration error (missing or unreadable credentials, region, base URL or config file)\n"
    "  70   internal error: a bug in the command line or the SDK (--debug prints its traceback)\n"
    "  130  interrupted (Ctrl-C)"
)
