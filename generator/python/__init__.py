"""The Python target: `build` renders the package, `pydantic_models` its models, `naming` its names."""


def header(source: str) -> str:
    """The first line of every Python file the generator writes (the mark `emit` looks for)."""
    return f"# Generated from {source} by `python -m generator`; do not edit."
