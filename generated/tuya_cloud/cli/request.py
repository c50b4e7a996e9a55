"""`tuya-cloud request METHOD PATH [--param NAME=VALUE]... [--body JSON]`: any endpoint, through `client.request`."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import parsers
from .exits import EXIT_STATUS_TEXT
from .parsers import JSON_INPUT, PROG, REQUEST
from .values import JsonSource, UsageError

if TYPE_CHECKING:
    from tuya_cloud import TuyaCloud, TuyaValidationError

    from .main import _Masker

NAME = f"{PROG} {REQUEST}"
EXAMPLES = f"""examples:
  {NAME} GET /v1.0/iot-03/devices/vdevo170000000000101/status
  {NAME} GET /v1.0/users/az1700000000000abcde/devices --param page_no=1 --param page_size=20
  {NAME} POST /v1.0/iot-03/devices/vdevo170000000000101/commands \\
      --body '{{"commands":[{{"code":"switch_led","value":true}}]}}'"""


def request_parser() -> parsers.Parser:
    description = "\n\n".join(
        [
            parsers.wrap(
                "Call any endpoint of Tuya's Cloud OpenAPI, including those no other command offers, and print "
                "the reply's result as JSON. The request is signed, given a token, limited, "
                "retried and checked like every other command's."
            ),
            parsers.wrap(
                "PATH is sent and signed exactly as given, so percent-encode the values in it (a space as %20). "
                "The query goes in --param options, encoded and signed for you. GET is retried on transient "
                "failures; POST, PUT and DELETE are never resent unless --allow-retry says they may be."
            ),
        ]
    )
    epilog = "\n\n".join(
        [EXAMPLES, parsers.wrap(f"Global options are accepted here too; see `{PROG} --help`."), EXIT_STATUS_TEXT]
    )
    parser = parsers.new_parser(
        NAME,
        usage=f"{NAME} METHOD PATH [--param NAME=VALUE]... [--body JSON] [--allow-retry]",
        description=description,
        epilog=epilog,
    )
    parser.add_argument("cli:method", metavar="METHOD", help="GET, POST, PUT or DELETE.")
    parser.add_argument("cli:path", metavar="PATH", help="The path, e.g. /v1.0/devices/ID, percent-encoded.")
    own = parser.add_argument_group("options")
    own.add_argument(
        "--param",
        dest="cli:params",
        action="append",
        metavar="NAME=VALUE",
        help="A query parameter; repeat for more. A list is VALUE,VALUE (sent as Tuya expects lists).",
    )
    own.add_argument("--body", dest="cli:body", metavar="JSON", help=f"The JSON body: {JSON_INPUT}.")
    own.add_argument(
        "--allow-retry",
        dest="cli:allow_retry",
        action="store_const",
        const=True,
        help="Resend a POST, PUT or DELETE on transient failures (only when doing it twice is harmless).",
    )
    own.add_argument("-h", "--help", action="help", help="Show this help and exit.")
    parsers.add_global_options(parser, hidden=True)
    return parser


def query_params(given: Sequence[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for text in given or ():
        name, equals, value = text.partition("=")
        if not equals or not name:
            raise UsageError(f"--param expects NAME=VALUE, got {text!r}")
        if name in params:
            raise UsageError(f"--param {name} was given twice; give a list once, as {name}=A,B")
        params[name] = value
    return params


def run_request(argv: list[str], head: Mapping[str, Any], mask: _Masker) -> int:
    from .main import call_with_client, merged_options, verbose_logging

    namespace = vars(request_parser().parse_intermixed_args(argv))
    options = merged_options(head, namespace, mask)
    try:
        params = query_params(namespace.get("cli:params"))
        body_text = namespace.get("cli:body")
        body = JsonSource(sys.stdin.read).load(body_text, "--body") if body_text is not None else None
    except UsageError as exc:
        raise UsageError(f"{NAME}: error: {exc}") from None
    method, path = namespace["cli:method"], namespace["cli:path"]

    def invoke(client: TuyaCloud) -> Any:
        return client.request(method, path, params=params, body=body, allow_retry=namespace.get("cli:allow_retry"))

    with verbose_logging(options, mask):
        return call_with_client(invoke, options, mask, NAME, _invalid_message)


def _invalid_message(exc: TuyaValidationError) -> str:
    """`invalid PATH: must start with '/'; nothing was sent`: the argument as the user typed it."""
    where = {"method": "METHOD", "path": "PATH", "body": "--body", "params": "--param"}.get(exc.param)
    if where is None and exc.param.startswith("params["):
        where = "--param " + exc.param.removeprefix("params[").removesuffix("]").strip("'\"")
    return f"invalid {where or exc.param}: {exc.rule}; nothing was sent"
