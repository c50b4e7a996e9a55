"""Release versions (`MAJOR.MINOR.PATCH`, as spec/release.yaml writes them) and the bump rule.

A breaking change needs a new major version, or a new minor version while the major is 0 (the
usual reading of semantic versioning below 1.0); anything else may ship in any later version.
"""

from __future__ import annotations

Version = tuple[int, int, int]


def parse(text: str) -> Version:
    """`0.2.1` -> (0, 2, 1); raises ValueError for anything else."""
    parts = text.split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    major, minor, patch = (int(part) for part in parts)
    return major, minor, patch


def breaking_allowed(released: str, current: str) -> bool:
    """Whether `current` is bumped enough over `released` to carry a breaking change."""
    old, new = parse(released), parse(current)
    if old[0] == 0:
        return new[0] > 0 or new[1] > old[1]
    return new[0] > old[0]


def next_breaking(released: str) -> str:
    """The smallest version that may carry a breaking change after `released`."""
    major, minor, _ = parse(released)
    return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
