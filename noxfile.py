"""Developer sessions: `nox -s tests` is what CI runs (see .ci/run and the README); it ends with `build`."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"

ROOT = Path(__file__).resolve().parent
# The hand-written folders of the package sit beside generated files (README, "How it is built").
PACKAGE_HAND_WRITTEN = ["generated/tuya_cloud/_runtime", "generated/tuya_cloud/testing", "generated/tuya_cloud/cli"]
HAND_WRITTEN = ["generator", "tests", "examples", "bench", "noxfile.py", *PACKAGE_HAND_WRITTEN]
TYPED = ["generator", "generated/tuya_cloud", "examples", "bench"]
# Test folders have a conftest.py each and no __init__.py, so mypy takes them one at a time.
TYPED_TESTS = [
    "tests/conftest.py",
    "tests/forwarding_proxy.py",
    "tests/test_surface.py",
    "tests/test_public_surface.py",
    "tests/test_lazy_models.py",
    "tests/generator",
    "tests/runtime",
    "tests/contract",
    "tests/cli",
    "tests/testing",
    "tests/typescript",
    "tests/aio",
    "tests/wheel",
    "tests/events",
]
TS_PACKAGE = "generated/typescript"
# `pip install --group` (PEP 735 dependency groups) needs pip 25.1 or later.
PIP = "pip>=25.1"


def install(session: nox.Session, *extras: str) -> None:
    """The project, editable, with the `dev` dependency group (and user extras, if asked for)."""
    session.install("--upgrade", PIP)
    project = f".[{','.join(extras)}]" if extras else "."
    session.install("--group", "dev", "-e", project)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ and CHANGELOG.md from spec/."""
    install(session)
    session.run("python", "-m", "generator")


@nox.session
def lint(session: nox.Session) -> None:
    """Spec lint, generated/ up to date, no unannounced breaking change, ruff and mypy --strict."""
    install(session, "async", "events")
    run_lint(session)


def run_lint(session: nox.Session) -> None:
    session.run("python", "-m", "generator", "--lint")
    session.run("python", "-m", "generator", "--check")
    session.run("python", "-m", "generator", "--breaking")
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    session.run("ruff", "check", "--config", "generator/python/ruff.toml", "generated/tuya_cloud")
    session.run("mypy", "--strict", *TYPED)
    for folder in TYPED_TESTS:
        session.run("mypy", "--strict", folder)


@nox.session
def tests(session: nox.Session) -> None:
    """Everything CI checks: regeneration, breaking changes, lint, types, the Python test suite (both clients),
    the TypeScript package, then `build` (the wheel, tried away from the checkout)."""
    install(session, "async", "events")
    session.install("tuya-connector-python")  # Tuya's own consumer, against the fake's message service
    run_lint(session)
    session.run("pytest", *session.posargs)
    run_typescript(session)
    if not session.posargs:  # a run of chosen tests stays quick; the full run also builds and tries the wheel
        session.notify("build")


@nox.session
def typescript(session: nox.Session) -> None:
    """The TypeScript package: npm ci, tsc (strict) type-check and build, node --test against the fake cloud."""
    # The Python fake cloud the tests start (with its message service), and the Python client for parity.
    session.install("-e", ".[events]")
    run_typescript(session)


def run_typescript(session: nox.Session) -> None:
    # Only node and npm come from the machine; the fake cloud runs on this session's Python.
    env = {"TUYA_PYTHON": str(Path(session.bin) / "python")}
    with session.chdir(TS_PACKAGE):
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
        # tsc -p tsconfig.json (strict type-check, emits dist/ with .d.ts), tsc for the tests, node --test
        session.run("npm", "test", env=env, external=True)


@nox.session
def demo(session: nox.Session) -> None:
    """The SDK against the local fake Tuya cloud; no credentials, no network."""
    session.install("-e", ".")
    session.run("python", "examples/demo.py")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them, and try the wheel installed in a fresh venv, away from
    the checkout: the demo, `tuya-cloud --help`, a CLI call against the fake cloud and a pytest file."""
    session.install("--upgrade", PIP)
    session.install("--group", "build")
    with tempfile.TemporaryDirectory(prefix="tuya-build-") as tmp:
        scratch = Path(tmp)  # outside the checkout, so nothing there can put it on sys.path
        dist, direct = scratch / "dist", scratch / "direct"
        session.run("python", "-m", "build", "--outdir", str(dist))  # the sdist, then the wheel built from it
        session.run("python", "-m", "build", "--wheel", "--outdir", str(direct))  # the wheel from the tree
        session.run("twine", "check", "--strict", *(str(p) for p in sorted(dist.iterdir())))
        session.run("python", "tests/wheel/check_dist.py", str(dist), str(direct))

        venv = scratch / "venv"
        session.run(sys.executable, "-m", "venv", str(venv), external=True)
        python = str(venv / ("Scripts" if sys.platform == "win32" else "bin") / "python")
        wheel = next(dist.glob("*.whl"))
        session.run(python, "-m", "pip", "install", "--quiet", "--upgrade", PIP, external=True)
        session.run(python, "-m", "pip", "install", "--quiet", str(wheel), "pytest", external=True)

        work = scratch / "work"
        work.mkdir()
        for name in ("tests/wheel/check_installed.py", "tests/wheel/test_installed_fixture.py", "examples/demo.py"):
            shutil.copy(ROOT / name, work)
        clean = {"PYTHONPATH": None, "PYTHONHOME": None}
        with session.chdir(work):
            # -I: neither the current directory, PYTHONPATH nor the user's site-packages reach sys.path.
            session.run(python, "-I", "check_installed.py", str(ROOT), external=True, env=clean)
            session.run(python, "-I", "demo.py", external=True, env=clean)
            session.run(str(Path(python).with_name("tuya-cloud")), "--help", external=True, env=clean)
            session.run(
                python, "-I", "-m", "pytest", "-p", "no:cacheprovider", "test_installed_fixture.py",
                external=True, env=clean,
            )  # fmt: skip


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against the floors and the peer libraries (installed only here, never in a lock file)."""
    install(session, "async", "events")
    session.install("tinytuya", "tuya-connector-python")
    with session.chdir(TS_PACKAGE):  # the TypeScript client, built; its Node peer is installed by bench/run.py
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
        session.run("npm", "run", "build", external=True)
    session.run("python", "bench/run.py", *session.posargs)
