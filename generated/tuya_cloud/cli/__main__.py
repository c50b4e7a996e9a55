# Copied from generator/python/cli/__main__.py by `python -m generator`; edit it there.
"""`python -m tuya_cloud.cli`, the same as the `tuya-cloud` script."""

import sys

from .main import main

sys.exit(main())
