"""`python -m generator`: regenerate generated/ from spec/ (or check it, or only lint the spec)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .background import ModelsInBackground

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail (exit 1) when generated/ is not what spec/ makes")
    mode.add_argument("--lint", action="store_true", help="only load and check the spec")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec directory (default: spec/)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output directory (default: generated/)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    early = None if args.lint else ModelsInBackground(args.spec)  # the slowest step starts while the spec is checked
    from .loader import SpecError, load_spec
    from .python.naming import check as python_checks

    try:
        spec = load_spec(args.spec)
        target_problems = python_checks(spec)  # rules of the target languages, reported like the spec's own
        if target_problems:
            raise SpecError(target_problems)
    except SpecError as exc:
        if early is not None:
            early.cancel()
        print(exc, file=sys.stderr)
        return 1
    if early is None:
        print(f"spec OK: {len(spec.operations)} operations in {len(spec.groups)} groups, {len(spec.schemas)} schemas")
        return 0

    from .emit import build_tree, check_tree, write_tree

    try:
        tree = build_tree(spec, early)
    except ModuleNotFoundError as exc:  # run outside the project's environment
        print(
            f"python -m generator needs the dev extras ({exc.name} is missing): pip install -e '.[dev]'",
            file=sys.stderr,
        )
        return 2
    if args.check:
        stale = check_tree(tree, args.out)
        if stale:
            print("generated/ is stale; run `python -m generator`. Differing files:", file=sys.stderr)
            for line in stale:
                print(f"  {line}", file=sys.stderr)
            return 1
        print(f"generated/ is current ({len(tree)} files)")
        return 0
    changed = write_tree(tree, args.out)
    elapsed = time.perf_counter() - started
    print(f"generated {len(tree)} files ({changed} changed) in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
