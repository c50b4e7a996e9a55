"""argparse parsers and help text for the three levels: the program, a group, a command.

Only the parser for the command that runs is built, so start-up does not grow with the API.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import sys
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NoReturn

from .._runtime.schema import describe as describe_rules
from .._schemas import FORMATS
from .apispec import ApiSpec, Command, Group, Option, Schema, kebab
from .exits import EXIT_STATUS_TEXT
from .values import UsageError, takes_json, types_of

PROG = "tuya-cloud"
FAKE_CLOUD = "fake-cloud"
REQUEST = "request"  # `tuya-cloud request METHOD PATH`: any endpoint (request.py)
DEBUG_OPTION = "--debug"
# Global options that take a value: the pre-scan in main.py must skip their values to find the group.
VALUE_OPTIONS = frozenset(
    {"--access-id", "--access-secret", "--region", "--base-url", "--timeout", "--max-retries", "--lang", "--config"}
)
JSON_INPUT = "JSON given inline, as @file.json, or as - for stdin"


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120) - 2)


def wrap(text: str, indent: str = "") -> str:
    """Each paragraph (blank-line separated) wrapped to the terminal; single newlines are joined."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(
        textwrap.fill(p, _width(), initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)
        for p in paragraphs
        if p
    )


def columns(rows: Iterable[tuple[str, str]], indent: int = 2) -> str:
    rows = list(rows)
    left = min(max((len(name) for name, _ in rows), default=0) + 2, 24)
    lines = []
    for name, text in rows:
        body = textwrap.wrap(" ".join(text.split()), max(30, _width() - indent - left), break_on_hyphens=False)
        body = body or [""]
        if len(name) + 2 > left:
            lines.append(" " * indent + name)
            lines.extend(" " * (indent + left) + line for line in body)
        else:
            lines.append(" " * indent + name.ljust(left) + body[0])
            lines.extend(" " * (indent + left) + line for line in body[1:])
    return "\n".join(lines)


def first_sentence(text: str, limit: int = 80) -> str:
    """A one-line summary: the first sentence, cut before its first aside when it is long."""
    sentence = text.split(". ", 1)[0].rstrip(".").strip()
    if len(sentence) > limit:
        cuts = [i for i in (sentence.find(m) for m in (": ", " - ", " (")) if i >= 20]
        if cuts:
            sentence = sentence[: min(cuts)]
    return sentence


class Parser(argparse.ArgumentParser):
    """Usage errors as one line (the full usage is one --help away), exit status 2.

    The error is raised rather than printed so that main() writes it, with any secret masked.
    """

    def error(self, message: str) -> NoReturn:
        if message.endswith("expected one argument"):
            message += " (write a value that starts with '-' as --option=VALUE)"
        raise UsageError(f"{self.prog}: error: {message} (see {self.prog} --help)")


class Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=_width())

    def _split_lines(self, text: str, width: int) -> list[str]:
        # argparse breaks at hyphens, which splits names like tuya-cloud and --device-id.
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def new_parser(prog: str, **kwargs: Any) -> Parser:
    return Parser(prog=prog, formatter_class=Formatter, allow_abbrev=False, add_help=False, **kwargs)


# ---------------------------------------------------------------- global options


def _timeout(text: str) -> float | tuple[float, float]:
    try:
        parts = [float(p) for p in text.split(",")]
    except ValueError:
        parts = []
    if len(parts) not in (1, 2) or any(not 0 < p < 1e6 for p in parts):
        raise argparse.ArgumentTypeError(f"expected seconds > 0 or CONNECT,READ seconds, got {text!r}")
    return parts[0] if len(parts) == 1 else (parts[0], parts[1])


def _retries(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return value


def add_global_options(parser: argparse.ArgumentParser, *, hidden: bool, skip: Iterable[str] = ()) -> None:
    """The client and output options, accepted before the group and after the command.

    After the command they are hidden from --help (the program's help lists them once) and leave no
    default behind, so a value given before the group survives. A command's own wire parameter of
    the same name (ota's --lang) wins there; the global one then goes before the group.
    """
    from tuya_cloud import REGIONS

    skipped = set(skip)
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if hidden else {}

    def add(*flags: str, help: str, **kwargs: Any) -> None:
        if skipped.intersection(flags):
            return
        kwargs = {**extra, **kwargs}
        target.add_argument(*flags, help=argparse.SUPPRESS if hidden else help, **kwargs)

    target: Any = parser if hidden else parser.add_argument_group("connection options")
    add("--access-id", dest="g:access_id", metavar="ID", help="Access ID of the cloud project.")
    add(
        "--access-secret",
        dest="g:access_secret",
        metavar="SECRET",
        help="Access Secret of the cloud project. Prefer TUYA_ACCESS_SECRET or the config file: other users "
        "can read command lines in the process list.",
    )
    add(
        "--region",
        dest="g:region",
        metavar="{" + ",".join(REGIONS) + "}",
        help="Data centre: " + ", ".join(f"{k} ({v.removeprefix('https://')})" for k, v in REGIONS.items()) + ".",
    )
    add(
        "--base-url",
        dest="g:base_url",
        metavar="URL",
        help="Explicit endpoint instead of --region (http only on loopback).",
    )
    add(
        "--timeout",
        dest="g:timeout",
        metavar="SECONDS",
        type=_timeout,
        help="Seconds per request, or CONNECT,READ (default 5,30).",
    )
    add(
        "--max-retries",
        dest="g:max_retries",
        metavar="N",
        type=_retries,
        help="Retries of retry-safe calls on transient failures (default 2).",
    )
    add("--lang", dest="g:lang", metavar="LANG", help="Language of Tuya's messages, e.g. en.")
    add(
        "--config",
        dest="g:config",
        metavar="PATH",
        help="Config file to read (default: $XDG_CONFIG_HOME/tuya-cloud/config.toml, else "
        "~/.config/tuya-cloud/config.toml).",
    )
    if not hidden:
        target = parser.add_argument_group("output options")
    add(
        "--pretty", dest="g:pretty", action="store_const", const=True, help="Indented JSON (the default on a terminal)."
    )
    add("--compact", dest="g:pretty", action="store_const", const=False, help="One-line JSON (the default when piped).")
    add("-v", "--verbose", dest="g:verbose", action="count", help="Log requests and replies (never secrets) to stderr.")
    add(
        DEBUG_OPTION, dest="g:debug", action="store_true", help="On an internal error (status 70), print its traceback."
    )


def top_parser(spec: ApiSpec) -> Parser:
    from tuya_cloud import __version__

    rows = [(g.cli_name, first_sentence(g.description) or g.title) for g in spec.groups.values()]
    rows.append((REQUEST, "Call any endpoint, including those the spec lacks: METHOD PATH, signed like every command."))
    rows.append((FAKE_CLOUD, "Run the local fake Tuya cloud in the foreground, for trying commands and tests."))
    rows.append(("events", "Print the project's pushed events (message service) as JSON lines, acknowledging each."))
    description = (
        wrap(
            "Call Tuya's Cloud OpenAPI from the shell. Every operation of the tuya-cloud SDK is a command, "
            "built from the API spec shipped with the package; results are printed as JSON on stdout, errors as "
            "one line on stderr."
        )
        + "\n\ngroups:\n"
        + columns(rows)
    )
    epilog = "\n\n".join(
        [
            wrap(
                f"Run `{PROG} <group> --help` for a group's commands and `{PROG} <group> <command> --help` for a "
                "command's options. Options after the command may also be global options."
            ),
            "configuration (the first that is set wins):\n"
            + wrap(
                "flags (--access-id, --access-secret, --region or --base-url), then the environment "
                "(TUYA_ACCESS_ID, TUYA_ACCESS_SECRET, TUYA_REGION or TUYA_BASE_URL), then the config file, a TOML "
                "file with the keys access_id, access_secret, region and base_url.",
                "  ",
            ),
            EXIT_STATUS_TEXT,
        ]
    )
    parser = new_parser(
        PROG,
        usage=f"{PROG} [global options] <group> <command> [options]\n"
        f"       {PROG} [global options] {REQUEST} METHOD PATH [--param NAME=VALUE]... [--body JSON]\n"
        f"       {PROG} {FAKE_CLOUD} [--port N]",
        description=description,
        epilog=epilog,
    )
    parser.add_argument("-h", "--help", dest="g:help", action="store_true", help="Show this help and exit.")
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__}", help="Show the version and exit."
    )
    add_global_options(parser, hidden=False)
    return parser


def group_help(group: Group) -> str:
    rows = []
    for command in group.commands.values():
        paged = " Paged; --all reads every page." if command.pagination else ""
        rows.append((command.name, command.summary.rstrip(".") + "." + paged))
    text = [
        f"usage: {PROG} [global options] {group.cli_name} <command> [options]",
        wrap(f"{group.title}: {group.description}" if group.description else group.title),
        "commands:\n" + columns(rows),
        wrap(
            f"Run `{PROG} {group.cli_name} <command> --help` for a command's options, "
            f"`{PROG} --help` for the global ones."
        ),
    ]
    return "\n\n".join(text) + "\n"


# ---------------------------------------------------------------- commands


def describe(option: Option, spec: ApiSpec) -> str:
    """The bracketed type and rules after an option's description."""
    schema = spec.resolve(option.schema)
    parts = ["required"] if option.required else []
    if takes_json(option.schema, spec.resolve):
        parts.append(_json_shape(option.schema, spec))
        parts.append(JSON_INPUT)
    elif types_of(schema) == ("array",):
        item = spec.resolve(schema.get("items", {}))
        parts.append("list, comma-separated or by repeating the option; each item: " + _scalar_words(item))
        parts += _array_rules(schema)
    else:
        parts.append(_scalar_words(schema))
    if option.sensitive:
        parts.append("secret: never logged or shown in errors")
    return "[" + "; ".join(p for p in parts if p) + "]"


def _scalar_words(schema: Schema) -> str:
    types = types_of(schema)
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if types == ("boolean",):
        return "true or false"
    words = " or ".join(types) if types else "any JSON value"
    rules = describe_rules(schema, FORMATS)
    return words + (", " + ", ".join(rules) if rules else "")


def _array_rules(schema: Schema) -> list[str]:
    return describe_rules({k: v for k, v in schema.items() if k in _ARRAY_KEYWORDS}, FORMATS)


_ARRAY_KEYWORDS = ("minItems", "maxItems", "uniqueItems")


def _json_shape(raw: Schema, spec: ApiSpec) -> str:
    schema = spec.resolve(raw)
    if types_of(schema) == ("array",):
        items_raw = schema.get("items", {})
        return ", ".join(["JSON list of " + _object_words(items_raw, spec), *_array_rules(schema)])
    return "JSON " + _object_words(raw, spec)


def _object_words(raw: Schema, spec: ApiSpec) -> str:
    schema = spec.resolve(raw)
    name = spec.ref_name(raw)
    if "object" not in types_of(schema):
        return "values" if not types_of(schema) else _scalar_words(schema)
    required = set(schema.get("required", ()))
    fields = [f"{key}{'*' if key in required else ''}" for key in schema.get("properties", {})]
    label = f"{name} objects" if name else "objects"
    return label + (" {" + ", ".join(fields) + "} (* = required field)" if fields else "")


def metavar(option: Option, spec: ApiSpec) -> str:
    schema = spec.resolve(option.schema)
    if takes_json(option.schema, spec.resolve):
        return "JSON"
    if types_of(schema) == ("array",):
        item = spec.resolve(schema.get("items", {}))
        single = option.name.upper().removesuffix("S") if option.name.endswith("s") else "ITEM"
        return _scalar_metavar(item, single) + "[,...]"
    return _scalar_metavar(schema, option.name.upper())


def _scalar_metavar(schema: Schema, fallback: str) -> str:
    enum = schema.get("enum")
    if enum is not None and len(enum) <= 8:
        return "{" + ",".join(str(v) for v in enum) + "}"
    if types_of(schema) == ("boolean",):
        return "{true,false}"
    if types_of(schema) in (("integer",), ("number",)):
        return "N"
    return fallback


def _example(command: Command, spec: ApiSpec) -> str | None:
    if not command.examples:
        return None
    request: Mapping[str, Any] = command.examples[0].get("request", {})
    words = [PROG, kebab(command.group), command.name]
    by_name = {o.name: o for o in command.options}
    for option in command.path_options:
        if option.name in request and not option.sensitive:
            words.append(shlex.quote(str(request[option.name])))
    for option in command.options:
        if option.location == "path" or option.name not in request or option.sensitive:
            continue
        words.append(f"{option.flag} {shlex.quote(_example_text(request[option.name], by_name[option.name], spec))}")
    lines = [words[0]]
    for word in words[1:]:  # break between options, never inside a value, so the example pastes as is
        if len(lines[-1]) + len(word) + 3 > _width() - 2:
            lines[-1] += " \\"
            lines.append("    " + word)
        else:
            lines[-1] += " " + word
    return "\n".join(lines)


def _example_text(value: Any, option: Option, spec: ApiSpec) -> str:
    if takes_json(option.schema, spec.resolve):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_example_text(v, option, spec) for v in value)
    return str(value)


def command_parser(spec: ApiSpec, command: Command) -> Parser:
    prog = f"{PROG} {kebab(command.group)} {command.name}"
    driven = command.driven_param
    lines = [wrap(command.summary.rstrip(".") + ".")]
    if command.deprecated:
        lines.append(wrap(f"{command.deprecated} It still works."))
    if command.description:
        lines.append(wrap(command.description))
    retry = "retried on transient failures" if command.retry_safe else "never resent automatically"
    facts = [f"{command.http_method} {command.path} ({command.operation_id}; {retry})"]
    if command.docs_url:
        facts.append(f"Tuya docs: {command.docs_url}")
    lines.append("\n".join("  " + f for f in facts))
    if command.rules:
        lines.append("rules (checked before anything is sent):\n" + "\n".join(f"  - {r}" for r in command.rules))
    epilog = []
    example = _example(command, spec)
    if example:
        epilog.append("example:\n" + textwrap.indent(example, "  "))
    note = (
        "Global options (--access-id, --region, --base-url, --timeout, --pretty, --compact, -v, ...) are "
        f"accepted here too; see `{PROG} --help`."
    )
    shadowed = sorted(VALUE_OPTIONS.intersection(o.flag for o in command.options))
    if shadowed:
        note += f" Here {', '.join(shadowed)} is the parameter above; give the global option before the group."
    epilog.append(wrap(note))
    epilog.append(EXIT_STATUS_TEXT)
    parser = new_parser(
        prog, usage=_usage(prog, command, spec), description="\n\n".join(lines), epilog="\n\n".join(epilog)
    )
    wire_flags = {o.flag for o in command.options}
    sections = {
        "path": parser.add_argument_group(
            "path parameters (as options, or positionally in this order: "
            + " ".join(o.name.upper() for o in command.path_options)
            + ")"
        ),
        "query": parser.add_argument_group("query parameters"),
        "body": parser.add_argument_group("body fields"),
    }
    for option in command.path_options:
        sections["path"].add_argument(
            f"pos:{option.name}", nargs="?", metavar=option.name.upper(), help=argparse.SUPPRESS
        )
    for option in command.options:
        help_text = f"{option.description.strip()} {describe(option, spec)}".strip()
        if option.deprecated:
            help_text = f"{option.deprecated} {help_text}"
        if option.name == driven:
            help_text += " Not with --all, which sets it page by page."
        repeat = "append" if types_of(spec.resolve(option.schema)) == ("array",) else "store"
        sections[option.location].add_argument(
            option.flag,
            dest=option.dest,
            action=repeat,
            metavar=metavar(option, spec),
            help=help_text.replace("%", "%%"),
        )
    own = parser.add_argument_group("options")
    if "-h" not in wire_flags:
        own.add_argument("-h", "--help", action="help", help="Show this help and exit.")
    if command.pagination is not None and "--all" not in wire_flags:
        driven_flag = f"--{driven.replace('_', '-')}" if driven else "the page"
        own.add_argument(
            "--all",
            dest="cli:all",
            action="store_true",
            help=f"Read every page (advancing {driven_flag} itself) and print all items as one JSON list.",
        )
        if "--max-pages" not in wire_flags:
            own.add_argument(
                "--max-pages",
                dest="cli:max_pages",
                metavar="N",
                type=_positive,
                default=1000,
                help="With --all: stop with an error after N pages (default 1000).",
            )
    add_global_options(parser, hidden=True, skip=wire_flags)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return value


def _usage(prog: str, command: Command, spec: ApiSpec) -> str:
    words = [o.name.upper() for o in command.path_options]
    optional: list[str] = []
    for option in command.options:
        if option.location == "path":
            continue
        word = f"{option.flag} {metavar(option, spec)}"
        if option.name == command.driven_param:
            (words if option.required else optional).append(
                f"({word} | --all)" if option.required else f"[{word} | --all]"
            )
        elif option.required:
            words.append(word)
        else:
            optional.append(f"[{word}]")
    if command.pagination is not None and command.driven_param not in {o.name for o in command.options}:
        optional.append("[--all]")
    # Non-breaking spaces keep each "--flag VALUE" together when the line wraps.
    body = " ".join(w.replace(" ", "\xa0") for w in words + optional)
    indent = " " * (len("usage: ") + len(prog) + 1)
    wrapped = textwrap.fill(body, _width(), initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)
    return (prog + " " + wrapped.lstrip()).replace("\xa0", " ") if body else prog


def positional_values(namespace: Mapping[str, Any], command: Command) -> dict[str, str]:
    """Positional path values, given to the path parameters that were not given as options, in path order."""
    given = [namespace[f"pos:{o.name}"] for o in command.path_options if namespace.get(f"pos:{o.name}") is not None]
    open_slots = [o for o in command.path_options if namespace.get(o.dest) is None]
    if len(given) > len(open_slots):
        extra = " ".join(given[len(open_slots) :])
        raise UsageError(f"too many positional arguments: {extra} (every path parameter is already given)")
    return {o.name: value for o, value in zip(open_slots, given, strict=False)}


def suggest(word: str, choices: Sequence[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=3)
    return f"; did you mean {' or '.join(close)}?" if close else ""


def print_help_text(text: str, *, error: bool) -> None:
    (sys.stderr if error else sys.stdout).write(text)
