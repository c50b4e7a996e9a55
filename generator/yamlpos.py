"""Load YAML into plain Python values while remembering the line of every key and item.

PyYAML forgets positions once it builds Python objects and silently keeps the last of two equal
keys; the spec's error messages need both, so we compose nodes ourselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # the C composer is several times faster; fall back to pure Python where it is missing
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment,attr-defined,unused-ignore]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

JsonPath = tuple[str | int, ...]


@dataclass
class LoadedFile:
    """A YAML file as plain data plus the 1-based line of every path in it."""

    path: Path
    data: Any
    lines: dict[JsonPath, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[JsonPath, int]] = field(default_factory=list)

    def line_of(self, path: JsonPath) -> int:
        """Line of the deepest known ancestor of `path` (1 when nothing is known)."""
        for cut in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:cut]))
            if line is not None:
                return line
        return 1


def load_yaml(path: Path) -> LoadedFile:
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text, Loader=_Loader)
    loaded = LoadedFile(path=path, data=None)
    # One constructor per file: it memoises every node it builds, so a shared one would keep every
    # node of every file alive (and make each later file slower).
    scalar = yaml.constructor.SafeConstructor()
    loaded.data = _to_python(node, (), loaded, scalar) if node is not None else None
    return loaded


def _to_python(node: yaml.Node, path: JsonPath, out: LoadedFile, scalar: yaml.constructor.SafeConstructor) -> Any:
    out.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, scalar)
            key_text = str(key)
            child = (*path, key_text)
            if key_text in result:
                out.duplicate_keys.append((child, key_node.start_mark.line + 1))
            out.lines[child] = key_node.start_mark.line + 1
            result[key_text] = _to_python(value_node, child, out, scalar)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*path, index), out, scalar) for index, item in enumerate(node.value)]
    return _scalar(node, scalar)


def _scalar(node: yaml.Node, constructor: yaml.constructor.SafeConstructor) -> Any:
    # The composer already resolved the tag (int, bool, null, str...); construct it as safe_load would.
    return constructor.construct_object(node, deep=True)
