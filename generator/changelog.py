"""CHANGELOG.md: one section per release, its spec changes written by the generator, its notes by hand.

Only the pending section is (re)written: `## <version> (unreleased)` while spec/release.yaml names a
version that is not yet released, or `## Unreleased` while the spec changed without a version bump.
`python -m generator --release` dates it, and from then on it is never touched again. Notes written
between a section's notes markers are kept, whatever the generator rewrites around them.
"""

from __future__ import annotations

from .surface import Change

TITLE = "# Changelog"
PREAMBLE = """<!-- Written by `python -m generator`: each release's spec changes come from spec/, compared with the
last release kept in spec/released/. Write your own notes between a release's two notes lines; they are kept. -->

Every release of tuya-cloud-sdk. The version is written once, in `spec/release.yaml`; it follows semantic
versioning, and below 1.0 a breaking change bumps the minor version. Changes marked **Breaking** need that
bump (`python -m generator --breaking` checks it); deprecated items keep working and warn once."""
NOTES_START = "<!-- notes: written by hand; python -m generator keeps everything up to the next line -->"
NOTES_END = "<!-- end of notes -->"
SECTIONS = ("Added", "Changed", "Deprecated", "Removed")
UNRELEASED = "Unreleased"


def _split(text: str) -> list[tuple[str, str]]:
    """(heading, body) for every `## ` section; the text before the first one is dropped (it is ours)."""
    sections: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
    return [(heading, "\n".join(body).strip("\n")) for heading, body in sections]


def _notes(body: str) -> str:
    if NOTES_START not in body or NOTES_END not in body:
        return ""
    return body.split(NOTES_START, 1)[1].split(NOTES_END, 1)[0].strip("\n")


def is_pending(heading: str) -> bool:
    return heading == UNRELEASED or heading.endswith(" (unreleased)")


def changes_text(changes: list[Change], released: str) -> str:
    if not changes:
        return f"No changes to the spec since {released}."
    lines = [f"Changes to the spec since {released}:"]
    for section in SECTIONS:
        listed = [c for c in changes if c.section == section]
        if not listed:
            continue
        lines += ["", f"### {section}", ""]
        for change in listed:
            label = "**Breaking:** " if change.breaking else ""
            why = f" ({change.why})" if change.why else ""
            lines.append(f"- {label}`{change.where}`: {change.what}{why}")
    return "\n".join(lines)


def render(existing: str | None, heading: str | None, spec_changes: str) -> str:
    """The CHANGELOG with its pending section set to `heading` and `spec_changes`.

    `heading` None means no pending section: the one there was is dropped unless it holds notes.
    """
    sections = _split(existing or "")
    pending = [(h, body) for h, body in sections if is_pending(h)]
    kept = [(h, body) for h, body in sections if not is_pending(h)]
    notes = "\n\n".join(note for note in (_notes(body) for _, body in pending) if note)
    if heading is None and notes:
        heading = UNRELEASED
    parts = [TITLE, PREAMBLE]
    if heading is not None:
        note_block = f"{NOTES_START}\n{notes}\n{NOTES_END}" if notes else f"{NOTES_START}\n{NOTES_END}"
        parts.append(f"## {heading}\n\n{note_block}\n\n{spec_changes}")
    parts += [f"## {h}\n\n{body}" if body else f"## {h}" for h, body in kept]
    return "\n\n".join(parts) + "\n"
