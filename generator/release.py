"""The last release, kept in spec/released/, and what the generator does with it.

- `changelog_text`: CHANGELOG.md with the pending release's spec changes (on every generation).
- `breaking` (`python -m generator --breaking`): every change since the last release, for the spec and for
  the Python package and its command line; exit 1 when one breaks users and the version was not bumped.
- `record` (`python -m generator --release`): keep the current surfaces as the last release, date its
  CHANGELOG section.
"""

from __future__ import annotations

import datetime
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from . import changelog, ir, surface, versions
from .python import surface as python_surface
from .surface import Change

RELEASED = "released"  # under the spec directory
SPEC_SURFACE = "surface.json"
PYTHON_SURFACE = "python.json"
NOTICE = "Kept by `python -m generator --release`: the surface of the last release; do not edit."


def released_dir(spec_dir: Path) -> Path:
    return spec_dir / RELEASED


def _read(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.pop("$comment", None)
    return data


def write_kept(path: Path, data: dict[str, Any]) -> None:
    """One top-level entry per line group and one object per line, so that a release's diff reads well."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["{", f'  "$comment": {json.dumps(NOTICE)},']
    items = sorted(data.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if isinstance(value, dict) and value:
            inner = [
                f"    {json.dumps(k)}: {json.dumps(v, sort_keys=True, ensure_ascii=False)}" for k, v in value.items()
            ]
            lines.append(f"  {json.dumps(key)}: {{\n" + ",\n".join(inner) + f"\n  }}{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}{comma}")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def released_surface(spec_dir: Path) -> dict[str, Any] | None:
    return _read(released_dir(spec_dir) / SPEC_SURFACE)


def changelog_path(out_dir: Path) -> Path:
    """CHANGELOG.md sits beside generated/ (the repository root for the default output)."""
    return out_dir.parent / "CHANGELOG.md"


def changelog_text(spec: ir.Spec, spec_dir: Path, existing: str | None, released_on: str | None = None) -> str:
    """CHANGELOG.md with its pending section written from the spec; `released_on` dates (freezes) it."""
    kept = released_surface(spec_dir)
    current = surface.of_spec(spec)
    if kept is None:
        heading: str | None = f"{spec.version} (unreleased)"
        text = surface.summary(current)
    else:
        found = surface.changes(kept, current)
        text = changelog.changes_text(found, kept["version"])
        if spec.version != kept["version"]:
            heading = f"{spec.version} (unreleased)"
        elif found:
            heading = changelog.UNRELEASED
            text += f"\n\nspec/release.yaml still names {kept['version']}, the last release: bump it to release these."
        else:
            heading = None
    if released_on is not None:
        heading = f"{spec.version} - {released_on}"
    return changelog.render(existing, heading, text)


def package_with(tree: dict[str, bytes], out_dir: Path, into: Path) -> Path:
    """The Python package as `tree` makes it: hand-written files from `out_dir`, generated ones from `tree`."""
    package = into / python_surface.PACKAGE
    shutil.copytree(out_dir / python_surface.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    prefix = python_surface.PACKAGE + "/"
    for path, data in tree.items():
        if path.startswith(prefix):
            target = into / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return into


def python_surface_of(tree: dict[str, bytes], out_dir: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tuya-surface-") as tmp:
        return python_surface.of_package(package_with(tree, out_dir, Path(tmp)))


def version_problem(spec: ir.Spec, spec_dir: Path, releasing: bool) -> str | None:
    """What is wrong with spec/release.yaml's version before comparing anything, if anything."""
    kept = released_surface(spec_dir)
    if kept is None:
        return None
    if versions.parse(spec.version) < versions.parse(kept["version"]):
        return f"spec/release.yaml names {spec.version}, older than the last release {kept['version']}"
    if releasing and spec.version == kept["version"]:
        return f"{spec.version} is already released: bump the version in spec/release.yaml first"
    return None


def breaking(
    spec: ir.Spec, spec_dir: Path, out_dir: Path, tree: dict[str, bytes], python: dict[str, Any] | None = None
) -> tuple[bool, list[str]]:
    """(passes, report lines): every change since the last release, and whether the version allows them."""
    kept = released_surface(spec_dir)
    if kept is None:
        return True, [f"no release is kept in {spec_dir.name}/{RELEASED}/ yet: nothing to compare with"]
    released = kept["version"]
    problem = version_problem(spec, spec_dir, releasing=False)
    if problem is not None:
        return False, [problem]
    found: list[tuple[str, list[Change]]] = [("spec", surface.changes(kept, surface.of_spec(spec)))]
    kept_python = _read(released_dir(spec_dir) / PYTHON_SURFACE)
    if kept_python is not None:
        current_python = python if python is not None else python_surface_of(tree, out_dir)
        found.append(("python package and command line", python_surface.changes(kept_python, current_python)))
    lines = [f"compared with the last release, {released} (spec/release.yaml: {spec.version}):"]
    for layer, changes in found:
        lines.append(f"{layer}: {len(changes)} change(s)" + (":" if changes else ""))
        lines += [f"  {change.line()}" for change in changes]
    count = sum(1 for _, changes in found for change in changes if change.breaking)
    if count and not versions.breaking_allowed(released, spec.version):
        lines.append(
            f"{count} breaking change(s) need version {versions.next_breaking(released)} or later (a new major "
            f"version; a new minor one while below 1.0), but spec/release.yaml names {spec.version}. Bump it, or "
            "deprecate instead of removing (spec/README.md, Deprecation)."
        )
        return False, lines
    if count:
        lines.append(f"{count} breaking change(s), allowed by the version bump {released} -> {spec.version}.")
    return True, lines


def record(
    spec: ir.Spec, spec_dir: Path, out_dir: Path, tree: dict[str, bytes], today: datetime.date | None = None
) -> tuple[bool, list[str]]:
    """Keep the current surfaces as the release `spec.version` and date its CHANGELOG section."""
    problem = version_problem(spec, spec_dir, releasing=True)
    if problem is not None:
        return False, [problem]
    python = python_surface_of(tree, out_dir)
    passes, lines = breaking(spec, spec_dir, out_dir, tree, python)
    if not passes:
        return False, lines
    log = changelog_path(out_dir)
    existing = log.read_text(encoding="utf-8") if log.exists() else None
    date = (today or datetime.date.today()).isoformat()
    text = changelog_text(spec, spec_dir, existing, released_on=date)  # compared with the release before
    target = released_dir(spec_dir)
    write_kept(target / SPEC_SURFACE, surface.of_spec(spec))
    write_kept(target / PYTHON_SURFACE, {"version": spec.version, **python})
    log.write_text(text, encoding="utf-8")
    done = f"released {spec.version}: kept its surface in {spec_dir.name}/{RELEASED}/, dated its CHANGELOG section"
    return True, [*lines, done]
