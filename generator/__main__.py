"""`python -m generator`: regenerate generated/ and CHANGELOG.md from spec/ (or check them, or only lint the
spec, or compare with the last release, or keep this one as the last release)."""

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
    mode.add_argument(
        "--breaking",
        action="store_true",
        help="list every change since the last release (spec/released/); fail (exit 1) on a breaking one "
        "without the version bump it needs",
    )
    mode.add_argument(
        "--release",
        action="store_true",
        help="keep the current spec and package surface as the last release and date its CHANGELOG section",
    )
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec directory (default: spec/)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output directory (default: generated/)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    # The slowest step (the pydantic models) starts while the spec is checked.
    models_in_background = None if args.lint else ModelsInBackground(args.spec)
    from .loader import SpecError, load_spec
    from .python.naming import check as python_checks

    try:
        spec = load_spec(args.spec, on_read=models_in_background.start if models_in_background else None)
        target_problems = python_checks(spec)  # rules of the target languages, reported like the spec's own
        if target_problems:
            raise SpecError(target_problems)
    except SpecError as exc:
        if models_in_background is not None:
            models_in_background.cancel()
        print(exc, file=sys.stderr)
        return 1
    if models_in_background is None:
        print(f"spec OK: {len(spec.operations)} operations in {len(spec.groups)} groups, {len(spec.schemas)} schemas")
        return 0

    from . import release
    from .emit import build_tree, check_tree, write_tree

    problem = release.version_problem(spec, args.spec, args.release) if args.breaking or args.release else None
    if problem is not None:
        models_in_background.cancel()
        return _report(False, [problem])

    try:
        tree = build_tree(spec, models_in_background)
        log = release.changelog_path(args.out)
        logged = log.read_text(encoding="utf-8") if log.exists() else None
        log_text = release.changelog_text(spec, args.spec, logged)
        if args.breaking:
            return _report(*release.breaking(spec, args.spec, args.out, tree))
        stale = check_tree(tree, args.out)
        if logged != log_text:
            stale.append(f"{'differs' if logged is not None else 'missing'}: ../{log.name}")
        if args.release:
            if stale:
                return _report(False, ["run `python -m generator` first; stale:", *(f"  {line}" for line in stale)])
            return _report(*release.record(spec, args.spec, args.out, tree))
    except ModuleNotFoundError as exc:  # run outside the project's environment
        print(
            f"python -m generator needs the dev dependency group ({exc.name} is missing): pip install --group dev -e .",
            file=sys.stderr,
        )
        return 2
    if args.check:
        return _report(
            not stale,
            [f"generated/ and {log.name} are current ({len(tree)} files)"]
            if not stale
            else ["generated/ is stale; run `python -m generator`. Differing files:", *(f"  {line}" for line in stale)],
        )
    changed = write_tree(tree, args.out)
    if logged != log_text:
        log.write_text(log_text, encoding="utf-8")
        changed += 1
    elapsed = time.perf_counter() - started
    print(f"generated {len(tree)} files and {log.name} ({changed} changed) in {elapsed:.2f} s")
    return 0


def _report(passes: bool, lines: list[str]) -> int:
    print("\n".join(lines), file=sys.stdout if passes else sys.stderr)
    return 0 if passes else 1


if __name__ == "__main__":
    sys.exit(main())
