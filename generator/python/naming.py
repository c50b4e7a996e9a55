"""Python names for spec items, and the spec rules that only Python has.

The loader and the intermediate model know no target language; what a Python method or keyword
argument may be called is decided here and checked by `check`, reported like any spec problem.
"""

from __future__ import annotations

import keyword

from .. import ir
from ..loader import Problem

# The per-call options every generated method takes after its wire parameters, with their docs.
CALL_OPTIONS = (
    (
        "timeout",
        "Timeout | None",
        "Seconds for the whole call, retries included, or (connect, total); default: the client's.",
    ),
    ("max_retries", "int | None", "How often to retry this call on transient failures; default: the client's."),
    (
        "allow_retry",
        "bool | None",
        "Resend on failure even though the operation is not marked retry-safe (default: the spec decides).",
    ),
)
# Parameter names a generated method cannot take: its own receiver and the per-call options.
RESERVED = frozenset({"self", *(name for name, _, _ in CALL_OPTIONS)})
ITERATOR_PREFIX = "iter_"
# Group names the package and its command line already use: `client.request(...)` and the client's own
# methods, `tuya-cloud request` and `tuya-cloud fake-cloud`.
RESERVED_GROUPS = frozenset({"request", "fake_cloud", "close", "aclose", "with_options", "call", "paginate"})


def python_name(wire_name: str) -> str:
    """Keyword-argument name for a wire name: `from` becomes `from_`."""
    return f"{wire_name}_" if keyword.iskeyword(wire_name) else wire_name


def class_name(group: str) -> str:
    """`device_timers` -> `DeviceTimersResource`."""
    return "".join(part.capitalize() for part in group.split("_")) + "Resource"


def constant_name(op: ir.Operation) -> str:
    """The module constant that holds an operation's descriptor: `device_timers.add` -> `_ADD`."""
    return "_" + op.method_name.upper()


def check(spec: ir.Spec) -> list[Problem]:
    """Spec problems that would make the Python package wrong: reserved names and method clashes."""
    problems = []
    for group in spec.groups:
        if group.name in RESERVED_GROUPS:
            # every group file starts with its modeline, `kind` and then `group`
            problems.append(Problem(group.file, 3, "group", f"{group.name!r} is a name the client already uses"))
        methods = {op.method_name for op in group.operations}
        for op in group.operations:
            iterator = ITERATOR_PREFIX + op.method_name
            if op.pagination is not None and iterator in methods:
                problems.append(_problem(op.position, f"{iterator} clashes with another method"))
            for param in op.params:
                if python_name(param.name) in RESERVED:
                    problems.append(
                        _problem(param.position, f"{param.name!r} clashes with a per-call option of the SDK")
                    )
    return problems


def _problem(where: ir.Position, message: str) -> Problem:
    return Problem(where.file, where.line, where.key, message)
