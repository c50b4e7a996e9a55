"""Checks the built sdist and wheel (run by `nox -s build`): python check_dist.py DIST_DIR DIRECT_WHEEL_DIR.

DIST_DIR holds what `python -m build` made (the sdist, and the wheel built from that sdist);
DIRECT_WHEEL_DIR the wheel built straight from the source tree. Both wheels must be the same.
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

PACKAGE = "tuya_cloud"
MUST_SHIP = (
    "__init__.py",
    "openapi.json",
    "asyncapi.json",
    "py.typed",
    "_runtime/client.py",
    "_runtime/events_sync.py",
    "testing/server.py",
    "testing/pulsar.py",
    "cli/main.py",
)
# Top-level folders of the repository that are never installed.
NEVER_SHIPPED = ("tests/", "generator/", "spec/", "examples/", "bench/", "generated/")
CLASSIFIERS = ("Typing :: Typed", "Framework :: Pytest", "Programming Language :: Python :: 3.11")


def one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        sys.exit(f"expected one {pattern} in {folder}, found {[p.name for p in found]}")
    return found[0]


def wheel_files(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def check_wheel(files: dict[str, bytes]) -> list[str]:
    problems = [f"the wheel lacks {PACKAGE}/{name}" for name in MUST_SHIP if f"{PACKAGE}/{name}" not in files]
    for name in files:
        top = name.split("/", 1)[0]
        if name.startswith(NEVER_SHIPPED) or (top != PACKAGE and not top.endswith(".dist-info")):
            problems.append(f"the wheel must not contain {name}")
        if "__pycache__" in name or name.endswith(".pyc"):
            problems.append(f"the wheel contains compiled bytecode: {name}")
    info = next((name.split("/", 1)[0] for name in files if name.split("/", 1)[0].endswith(".dist-info")), None)
    if info is None:
        return [*problems, "the wheel has no .dist-info"]
    if f"{info}/licenses/LICENSE" not in files:
        problems.append("the wheel does not ship LICENSE")
    metadata = Parser().parsestr(files[f"{info}/METADATA"].decode("utf-8"))
    if metadata["License-Expression"] != "MIT":
        problems.append(f"License-Expression is {metadata['License-Expression']!r}, not MIT")
    classifiers = metadata.get_all("Classifier") or []
    problems += [f"classifier {c!r} is missing" for c in CLASSIFIERS if c not in classifiers]
    if not metadata.get_all("Project-URL"):
        problems.append("no Project-URL")
    entry_points = files.get(f"{info}/entry_points.txt", b"").decode("utf-8")
    for needed in ("tuya-cloud = tuya_cloud.cli.main:main", "tuya_cloud = tuya_cloud.testing.pytest_plugin"):
        if needed not in entry_points:
            problems.append(f"entry point {needed!r} is missing")
    return problems


def check_sdist(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = ("LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "PKG-INFO", f"generated/{PACKAGE}/openapi.json")
    problems = [f"the sdist lacks {name}" for name in needed if name not in names]
    return problems + [
        f"the sdist must not contain {name}" for name in sorted(names) if name.startswith(NEVER_SHIPPED[:3])
    ]


def main(dist: Path, direct: Path) -> int:
    from_sdist, from_tree = one(dist, "*.whl"), one(direct, "*.whl")
    files = wheel_files(from_sdist)
    problems = check_wheel(files) + check_sdist(one(dist, "*.tar.gz"))
    if files != wheel_files(from_tree):
        differing = sorted(set(files).symmetric_difference(wheel_files(from_tree)))
        problems.append(f"the wheel built from the sdist differs from the one built from the tree: {differing[:10]}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{from_sdist.name}: {len(files)} files, as built from the tree; the sdist is complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
