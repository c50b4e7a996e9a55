"""`python -m tuya_cloud.cli`, the same as the `tuya-cloud` script."""

import sys

from .main import main

sys.exit(main())
