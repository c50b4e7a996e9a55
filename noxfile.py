"""Developer sessions: `nox -s tests` is what CI runs (see .ci/run and the README)."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"

# The hand-written folders of the package sit beside generated files (README, "How it is built").
PACKAGE_HAND_WRITTEN = ["generated/tuya_cloud/_runtime", "generated/tuya_cloud/testing", "generated/tuya_cloud/cli"]
HAND_WRITTEN = ["generator", "tests", "examples", "bench", "noxfile.py", *PACKAGE_HAND_WRITTEN]
TYPED = ["generator", "generated/tuya_cloud", "examples", "bench"]
# Test folders have a conftest.py each and no __init__.py, so mypy takes them one at a time.
TYPED_TESTS = [
    "tests/test_surface.py",
    "tests/test_public_surface.py",
    "tests/generator",
    "tests/runtime",
    "tests/contract",
    "tests/cli",
    "tests/testing",
    "tests/typescript",
    "tests/aio",
]
TS_PACKAGE = "generated/typescript"


def install(session: nox.Session, extras: str = "dev") -> None:
    session.install("--upgrade", "pip")
    session.install("-e", f".[{extras}]")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from spec/."""
    install(session)
    session.run("python", "-m", "generator")


@nox.session
def lint(session: nox.Session) -> None:
    """Spec lint, generated/ up to date, ruff and mypy --strict."""
    install(session, "dev,async")
    run_lint(session)


def run_lint(session: nox.Session) -> None:
    session.run("python", "-m", "generator", "--lint")
    session.run("python", "-m", "generator", "--check")
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    session.run("ruff", "check", "--config", "generator/python/ruff.toml", "generated/tuya_cloud")
    session.run("mypy", "--strict", *TYPED)
    for folder in TYPED_TESTS:
        session.run("mypy", "--strict", folder)


@nox.session
def tests(session: nox.Session) -> None:
    """Everything CI checks: regeneration, lint, types, the Python test suite (both clients), then TypeScript."""
    install(session, "dev,async")
    run_lint(session)
    session.run("pytest", *session.posargs)
    run_typescript(session)


@nox.session
def typescript(session: nox.Session) -> None:
    """The TypeScript package: npm ci, tsc (strict) type-check and build, node --test against the fake cloud."""
    session.install("-e", ".")  # the Python fake cloud the tests start, and the Python client for parity
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
def bench(session: nox.Session) -> None:
    """Benchmarks against the floors and the peer libraries (installed only here, never in a lock file)."""
    install(session, "dev,async")
    session.install("tinytuya", "tuya-connector-python")
    with session.chdir(TS_PACKAGE):  # the TypeScript client, built; its Node peer is installed by bench/run.py
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
        session.run("npm", "run", "build", external=True)
    session.run("python", "bench/run.py", *session.posargs)
