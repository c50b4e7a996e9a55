"""The `tuya-cloud` command line: every operation of the spec as `tuya-cloud <group> <command>`.

The commands are read at run time from the package's openapi.json; see `tuya-cloud --help`.
"""
