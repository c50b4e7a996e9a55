"""`tuya-cloud <group> <command> [options]`: one SDK call per run, its result as JSON on stdout."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuya_cloud._runtime.errors import (
    TuyaAPIError,
    TuyaConfigError,
    TuyaConnectionError,
    TuyaError,
    TuyaResponseError,
    TuyaValidationError,
)

from . import parsers
from .apispec import ApiSpec, Command
from .events import EVENTS
from .exits import (
    EXIT_API,
    EXIT_CONFIG,
    EXIT_CONNECTION,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REPLY,
    EXIT_USAGE,
)
from .parsers import DEBUG_OPTION, FAKE_CLOUD, PROG, REQUEST, VALUE_OPTIONS
from .settings import ConfigError, Settings, resolve
from .values import JsonSource, UsageError, convert

if TYPE_CHECKING:
    from tuya_cloud import TuyaCloud


class _Masker:
    """Replaces known secrets in everything written to stderr, whatever produced the text."""

    def __init__(self) -> None:
        self.secrets: set[str] = set()

    def add(self, secret: object) -> None:
        if isinstance(secret, str) and len(secret) >= 4:
            self.secrets.add(secret)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


class _MaskingFilter(logging.Filter):
    def __init__(self, mask: _Masker) -> None:
        super().__init__()
        self.mask = mask

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.mask(record.getMessage())
        record.args = None
        return True


def _split(argv: Sequence[str]) -> tuple[list[str], str | None, str | None, list[str]]:
    """(global options, group, command, the rest): the first two words that are not options or their values."""
    head: list[str] = []
    words: list[str] = []
    index = 0
    while index < len(argv) and len(words) < 2:
        token = argv[index]
        index += 1
        if token == "--":
            break
        if token.startswith("-") and token != "-":
            head.append(token)
            if token in VALUE_OPTIONS and index < len(argv):
                head.append(argv[index])
                index += 1
            continue
        words.append(token)
        if token in (FAKE_CLOUD, REQUEST, EVENTS):
            break  # its own arguments follow
    group = words[0] if words else None
    command = words[1] if len(words) > 1 else None
    return head, group, command, list(argv[index:])


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    mask = _Masker()
    try:
        _check_text(args)
        return _run(args, mask)
    except UsageError as exc:  # from argparse: already prefixed with the command
        return _fail(mask, "", str(exc), EXIT_USAGE)
    except SystemExit as exc:  # argparse's --help, --version and usage errors; main() always returns a status
        return exc.code if isinstance(exc.code, int) else EXIT_OK if exc.code is None else EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); stop quietly instead of failing while flushing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug here or in the SDK: one line and its own status, the traceback on request
        if _debugging(args):
            sys.stderr.write(mask(traceback.format_exc()))
        detail = " ".join(str(exc).split())
        detail = f": {detail[:200]}{'...' if len(detail) > 200 else ''}" if detail else ""
        hint = "" if _debugging(args) else "; run again with --debug for the traceback"
        return _fail(
            mask,
            f"{PROG}: internal error",
            f"{type(exc).__name__}{detail} (a bug: please report it{hint})",
            EXIT_INTERNAL,
        )


def _debugging(argv: Sequence[str]) -> bool:
    """--debug anywhere before a `--`: known even when the failure came before the options were parsed."""
    return DEBUG_OPTION in (argv[: argv.index("--")] if "--" in argv else argv)


def _check_text(argv: Sequence[str]) -> None:
    """Arguments that are not UTF-8 reach Python as lone surrogates, which nothing can send: refuse them."""
    for number, argument in enumerate(argv, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
            raise UsageError(f"{PROG}: error: argument {number} is not valid UTF-8 text: {shown[:60]}") from None


def _say(mask: _Masker, prefix: str, message: str) -> None:
    line = " ".join(f"{prefix}: {message}".split() if prefix else message.split())  # always one line
    sys.stderr.write(mask(line) + "\n")


def _fail(mask: _Masker, prefix: str, message: str, status: int) -> int:
    _say(mask, prefix, message)
    return status


def _run(argv: list[str], mask: _Masker) -> int:
    spec = ApiSpec.load()
    head, group_word, command_word, rest = _split(argv)
    top = parsers.top_parser(spec)
    head_ns = vars(top.parse_args(head))
    mask.add(head_ns.get("g:access_secret"))
    group = spec.groups.get(group_word.replace("_", "-")) if group_word else None
    asked_help = bool(head_ns.pop("g:help", False))

    if group_word == FAKE_CLOUD:
        from .fakecloud import run_fake_cloud

        return run_fake_cloud(rest, head_ns)
    if group_word == REQUEST:
        from .request import run_request

        return run_request(rest, head_ns, mask)
    if group_word == EVENTS:
        from .events import run_events

        return run_events(rest, head_ns, lambda prefix, message: _say(mask, prefix, message))
    if group_word is None:
        top.print_help(sys.stdout if asked_help else sys.stderr)
        return EXIT_OK if asked_help else EXIT_USAGE
    if group is None:
        hint = parsers.suggest(group_word, [*spec.groups, FAKE_CLOUD, REQUEST, EVENTS])
        return _fail(mask, f"{PROG}: error", f"unknown group {group_word!r}{hint} (see {PROG} --help)", EXIT_USAGE)
    if command_word is None or asked_help:
        parsers.print_help_text(parsers.group_help(group), error=not asked_help)
        return EXIT_OK if asked_help else EXIT_USAGE
    command = group.commands.get(command_word.replace("_", "-"))
    if command is None:
        hint = parsers.suggest(command_word, list(group.commands))
        where = f"{PROG} {group.cli_name}"
        return _fail(
            mask, f"{where}: error", f"unknown command {command_word!r}{hint} (see {where} --help)", EXIT_USAGE
        )

    parser = parsers.command_parser(spec, command)
    tail_ns = vars(parser.parse_intermixed_args(rest))
    options = merged_options(head_ns, tail_ns, mask)
    prefix = f"{PROG} {group.cli_name} {command.name}"
    with verbose_logging(options, mask):
        try:
            kwargs = _call_arguments(spec, command, tail_ns, sys.stdin.read)
        except UsageError as exc:
            return _fail(mask, f"{prefix}: error", str(exc), EXIT_USAGE)
        return _call(command, kwargs, tail_ns, options, mask, prefix)


def merged_options(head: Mapping[str, Any], tail: Mapping[str, Any], mask: _Masker) -> dict[str, Any]:
    """The global options given before the group and after the command (those after win; -v counts add up)."""
    options = {**head, **{k: v for k, v in tail.items() if k.startswith("g:")}}
    options["g:verbose"] = (head.get("g:verbose") or 0) + (tail.get("g:verbose") or 0)
    mask.add(options.get("g:access_secret"))
    return options


@contextlib.contextmanager
def verbose_logging(options: Mapping[str, Any], mask: _Masker) -> Iterator[None]:
    """With -v, the SDK's log on stderr, secrets masked; logging is left as it was afterwards (main() may
    run more than once in a process: tests, embedding)."""
    logger = logging.getLogger("tuya_cloud")
    handler, level = logging.StreamHandler(sys.stderr), logger.level
    if options.get("g:verbose"):
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        handler.addFilter(_MaskingFilter(mask))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _call_arguments(
    spec: ApiSpec, command: Command, namespace: Mapping[str, Any], read_stdin: Callable[[int], str]
) -> dict[str, Any]:
    """Keyword arguments for the SDK method, from the parsed options."""
    paging = bool(namespace.get("cli:all"))
    positional = parsers.positional_values(namespace, command)
    source = JsonSource(read_stdin)
    kwargs: dict[str, Any] = {}
    for option in command.options:
        raw = namespace.get(option.dest)
        if option.name in positional:
            raw = positional[option.name]
        if paging and option.name == command.driven_param:
            if raw is not None:
                raise UsageError(f"{option.flag} cannot be combined with --all, which sets it page by page")
            continue
        if raw is not None:
            kwargs[option.py_name] = convert(raw, option.schema, option.flag, spec.resolve, source)
        elif option.required:
            kwargs[option.py_name] = None  # the SDK then reports "is required" like any other broken rule
    return kwargs


def _call(
    command: Command,
    kwargs: dict[str, Any],
    namespace: Mapping[str, Any],
    options: Mapping[str, Any],
    mask: _Masker,
    prefix: str,
) -> int:
    def invoke(client: TuyaCloud) -> Any:
        resource = getattr(client, command.group)  # imports this group's module only
        if namespace.get("cli:all"):  # the SDK's iter_ method: the core's pager, with its stop rules
            method = getattr(resource, f"iter_{command.method}")
            return list(method(**kwargs, max_pages=namespace.get("cli:max_pages", 1000)))
        return getattr(resource, command.method)(**kwargs)

    return call_with_client(invoke, options, mask, prefix, lambda exc: _validation_message(command, exc))


def call_with_client(
    invoke: Callable[[TuyaCloud], Any],
    options: Mapping[str, Any],
    mask: _Masker,
    prefix: str,
    describe_invalid: Callable[[TuyaValidationError], str],
) -> int:
    """Resolve the settings, run `invoke` with a client, print its result; each failure one line and its status."""
    log = logging.getLogger("tuya_cloud.cli")
    try:
        settings = resolve(
            {key: options.get(f"g:{key}") for key in ("access_id", "access_secret", "region", "base_url")},
            Path(options["g:config"]).expanduser() if options.get("g:config") else None,
            os.environ,
        )
    except ConfigError as exc:
        return _fail(mask, f"{prefix}: configuration error", str(exc), EXIT_CONFIG)
    except UsageError as exc:
        return _fail(mask, f"{prefix}: error", str(exc), EXIT_USAGE)
    mask.add(settings.access_secret)
    for warning in settings.warnings:
        _say(mask, f"{PROG}: warning", warning)
    _log_settings(log, settings)

    from tuya_cloud import TuyaCloud

    from .output import wants_pretty, write_json

    try:
        client_options: dict[str, Any] = {"region": settings.region, "base_url": settings.base_url}
        for key in ("timeout", "max_retries", "lang"):
            if options.get(f"g:{key}") is not None:
                client_options[key] = options[f"g:{key}"]
        with TuyaCloud(settings.access_id, settings.access_secret, **client_options) as client:
            result = invoke(client)
    except TuyaValidationError as exc:
        return _fail(mask, f"{prefix}: error", describe_invalid(exc), EXIT_USAGE)
    except TuyaConfigError as exc:
        return _fail(mask, f"{prefix}: configuration error", str(exc), EXIT_CONFIG)
    except TuyaAPIError as exc:
        return _fail(mask, prefix, str(exc), EXIT_API)
    except TuyaConnectionError as exc:
        return _fail(mask, f"{prefix}: connection error", str(exc), EXIT_CONNECTION)
    except TuyaResponseError as exc:
        return _fail(mask, f"{prefix}: bad reply", str(exc), EXIT_REPLY)
    except TuyaError as exc:
        return _fail(mask, f"{prefix}: error", str(exc), EXIT_API)
    write_json(result, sys.stdout, pretty=wants_pretty(options.get("g:pretty"), sys.stdout))
    return EXIT_OK


def _validation_message(command: Command, exc: TuyaValidationError) -> str:
    """`invalid --loops: must match ...`: the flag the user typed, then the SDK's rule."""
    top = exc.param.split(".", 1)[0].split("[", 1)[0]
    option = next((o for o in command.options if o.name == top), None)
    flag = option.flag if option is not None else exc.param
    where = "" if exc.param == top else f"{exc.param}: "
    if exc.rule == "is required" and not where:
        alternative = " (or use --all)" if top == command.driven_param else ""
        return f"{flag} is required{alternative}; nothing was sent"
    return f"invalid {flag}: {where}{exc.rule}; nothing was sent"


def _log_settings(log: logging.Logger, settings: Settings) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    endpoint = f"base_url {settings.base_url}" if settings.base_url else f"region {settings.region}"
    log.debug("tuya_cloud.cli: access_id %s, %s", settings.access_id, endpoint)
    for key, source in sorted(settings.sources.items()):
        log.debug("tuya_cloud.cli: %s from %s", key, source)  # the source only: the secret itself is never shown
