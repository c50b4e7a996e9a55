"""The generated tree: current, deterministic, valid OpenAPI, and every template feature on tiny specs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from generator.emit import GENERATED_MARK, build_tree, check_tree
from generator.loader import load_spec

ROOT = Path(__file__).resolve().parents[2]
# The folders under generated/ that are written by hand (README, "How it is built").
HAND_WRITTEN_DIRS = ("tuya_cloud/_runtime/", "tuya_cloud/testing/", "tuya_cloud/cli/", "typescript/")
UNTRACKED = ("typescript/node_modules/", "typescript/dist/", "typescript/dist-test/")
# Copies of generated/ for the tests below leave out what npm and tsc put there.
NOT_COPIED = shutil.ignore_patterns("__pycache__", "node_modules", "dist", "dist-test")


def run_generator(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_committed_tree_is_what_the_spec_makes() -> None:
    stale = check_tree(build_tree(load_spec(ROOT / "spec")), ROOT / "generated")
    assert stale == [], "generated/ is stale; run `python -m generator`:\n" + "\n".join(stale)


def test_check_mode_lists_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=NOT_COPIED)
    (out / "tuya_cloud" / "errors.py").write_text("# edited by hand\n")
    # A file with the generated header that the generator no longer writes is stale.
    (out / "tuya_cloud" / "stray.py").write_text(f"# Generated from spec/old.yaml {GENERATED_MARK}\n")
    (out / "docs" / "api.md").unlink()
    result = run_generator("--check", "--out", str(out))
    assert result.returncode == 1
    assert "differs: tuya_cloud/errors.py" in result.stderr
    assert "not generated (remove it): tuya_cloud/stray.py" in result.stderr
    assert "missing: docs/api.md" in result.stderr


def test_hand_written_files_are_never_touched_nor_flagged(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=NOT_COPIED)
    own = out / "tuya_cloud" / "_runtime" / "mine.py"
    own.write_text("# hand-written, no generated header\n")
    stale = out / "tuya_cloud" / "resources" / "gone.py"
    stale.write_text(f"# Generated from spec/groups/gone.yaml {GENERATED_MARK}\n")
    assert run_generator("--check", "--out", str(out)).stderr.count("not generated (remove it)") == 1
    assert run_generator("--out", str(out)).returncode == 0
    assert own.read_text() == "# hand-written, no generated header\n"
    assert not stale.exists()
    assert run_generator("--check", "--out", str(out)).returncode == 0


def test_generation_is_byte_identical_across_runs(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_generator("--out", str(first), seed="1").returncode == 0
    assert run_generator("--out", str(second), seed="2").returncode == 0
    files_a = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_the_cache_changes_no_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(ROOT / "spec")
    monkeypatch.setenv("TUYA_GENERATOR_CACHE", "off")
    cold = build_tree(spec)
    monkeypatch.setenv("TUYA_GENERATOR_CACHE", str(tmp_path))
    assert build_tree(spec) == cold  # made, then kept
    kept = {kind.name: len(list(kind.iterdir())) for kind in tmp_path.iterdir()}
    assert kept["models"] == 1 and kept["ruff"] == sum(path.endswith(".py") for path in cold), kept
    assert build_tree(spec) == cold  # read back
    for entry in (tmp_path / "models").iterdir():
        entry.write_text("{not json")  # a damaged entry is made again, never used
    assert build_tree(spec) == cold


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_models_of_files_that_need_each_other_share_a_module(tmp_path: Path) -> None:
    # Each spec file's models are a module of their own, loaded on first use; two modules that
    # import each other could not load, so files whose models need each other share one.
    from generator.python.pydantic_models import model_modules, module_imports, spec_models_input

    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    sub_device = "      id: {type: string, description: Sub-device ID.}\n"
    lock_media = "    properties:\n      file_url:"
    edit(spec_dir / "groups" / "devices.yaml", sub_device, sub_device + "      media: {$ref: LockMedia}\n")
    edit(
        spec_dir / "groups" / "locks.yaml",
        lock_media,
        lock_media.replace("file_url:", "sub_device: {$ref: SubDevice}\n      file_url:"),
    )
    given = spec_models_input(load_spec(spec_dir))
    assert given.module_of["SubDevice"] == given.module_of["LockMedia"] == "_devices"
    assert given.sources["_devices"] == "spec/groups/devices.yaml, spec/groups/locks.yaml"
    assert given.module_of["Device"] == "_shared"  # the others stay apart
    graph = module_imports(given.schemas, given.module_of)
    assert all(module not in graph[other] for module, imported in graph.items() for other in imported)
    code = model_modules(given)["tuya_cloud/models/_devices.py"]
    assert "class SubDevice(" in code and "class LockMedia(" in code


def test_every_generated_python_file_starts_with_the_header() -> None:
    tree = build_tree(load_spec(ROOT / "spec"))
    for name, data in tree.items():
        if name.endswith((".py", ".md")):
            first = data.decode().splitlines()[0]
            assert first.startswith(("# Generated from spec", "<!-- Generated from spec")), name
            assert GENERATED_MARK in first, name
    # Every other file is hand-written: it lives in a hand-written folder and carries no header.
    for file in (ROOT / "generated").rglob("*"):
        rel = file.relative_to(ROOT / "generated").as_posix()
        untracked = rel.startswith(UNTRACKED) or any(p == "__pycache__" or p.endswith(".egg-info") for p in file.parts)
        if not file.is_file() or rel in tree or untracked:
            continue
        assert rel.startswith(HAND_WRITTEN_DIRS), rel
        assert GENERATED_MARK not in file.read_text().splitlines()[0], rel


def test_openapi_export_is_valid_and_complete() -> None:
    document = json.loads((ROOT / "generated" / "tuya_cloud" / "openapi.json").read_text())
    validate(document)
    spec = load_spec(ROOT / "spec")
    operations = {
        op["operationId"]: op for path in document["paths"].values() for op in path.values() if "operationId" in op
    }
    assert set(operations) == {op.id for op in spec.operations}
    for op_id, op in operations.items():
        assert op["summary"]
        assert op["x-tuya-examples"], op_id
        assert op["responses"]["200"]["content"]["application/json"]["examples"], op_id
    assert not (ROOT / "generated" / "openapi.json").exists(), "the export is committed once, in the package"


def test_coverage_table_lists_every_seed_entry() -> None:
    table = (ROOT / "generated" / "docs" / "coverage.md").read_text()
    seed = ROOT.parent / "shared" / "seeds" / "000_00dcb33aa3e381a5.txt"
    spec = load_spec(ROOT / "spec")
    assert len(spec.coverage) == table.count("\n| 0")
    if seed.exists():  # the seed lives beside the repository, not in it
        lines = seed.read_text().splitlines()
        start = [i for i, line in enumerate(lines) if line.startswith("API Description")]
        entries = 0
        for index in start:
            for line in lines[index + 1 :]:
                if not line.strip():
                    break
                entries += 1
        assert entries == sum(1 for e in spec.coverage if e.seed.startswith("000_"))
    assert "unresolved" in table and "Update device firmware version" in table


# ------------------------------------------------------------------ tiny specs


TINY_GROUP = """\
kind: group
group: gadgets
title: Gadgets
description: A tiny group that exercises the templates.
operations:
  - id: gadgets.list
    summary: List gadgets
    description: Lists gadgets, one page at a time.
    source: https://example.invalid/gadgets
    confidence: low
    method: GET
    path: /v1.0/gadgets/{owner_id}
    retry_safe: true
    params:
      - {name: owner_id, in: path, description: Owner., schema: {type: string}}
      - {name: from, in: query, description: Where from., schema: {type: string, enum: [home, share]}}
      - {name: ids, in: query, description: IDs., schema: {type: array, items: {type: string}, maxItems: 3}}
      - {name: page_no, in: query, required: true, description: Page., schema: {type: integer, minimum: 1}}
      - {name: page_size, in: query, description: Size., schema: {type: integer}}
    pagination:
      style: page_number
      items: gadgets
      page_param: page_no
      first_page: 1
      size_param: page_size
      has_more: has_more
    result:
      description: A page.
      schema: {$ref: GadgetPage}
    examples:
      - {name: one, source: constructed, request: {owner_id: o1, page_no: 1}, result: {gadgets: [], has_more: false}}
  - id: gadgets.configure
    summary: Configure a gadget
    description: Sets a gadget's mode.
    source: https://example.invalid/gadgets
    confidence: low
    method: POST
    path: /v1.0/gadgets/{owner_id}/config
    retry_safe: false
    params:
      - {name: owner_id, in: path, description: Owner., schema: {type: string}}
      - {name: mode, in: body, required: true, description: Mode., schema: {type: string, enum: [a, b]}}
      - {name: detail, in: body, description: Detail., schema: {type: string}}
      - {name: settings, in: body, description: Settings., schema: {$ref: Gadget}}
    rules:
      - name: b_needs_detail
        message: mode b needs a detail
        if: {field: mode, const: b}
        then: {field: detail, present: true}
    result: {description: Done., schema: {type: boolean}}
    examples:
      - {name: one, source: constructed, request: {owner_id: o1, mode: a}, result: true}
schemas:
  Gadget:
    type: object
    required: [name]
    properties:
      name: {type: string, pattern: '^[a-z]+$', description: Lower-case name.}
  GadgetPage:
    type: object
    properties:
      gadgets: {type: array, items: {$ref: Gadget}}
      has_more: {type: boolean}
"""


@pytest.fixture(scope="module")
def tiny_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny")
    spec_dir = root / "spec"
    shutil.copytree(ROOT / "spec", spec_dir, ignore=shutil.ignore_patterns("groups"))
    (spec_dir / "groups").mkdir()
    shutil.copy(ROOT / "spec" / "groups" / "token.yaml", spec_dir / "groups" / "token.yaml")
    (spec_dir / "groups" / "gadgets.yaml").write_text(TINY_GROUP)
    coverage = "kind: coverage\ndescription: tiny\nseeds:\n"
    for op in ("gadgets.list", "gadgets.configure", "token.get", "token.refresh"):
        coverage += f"  - {{seed: s, section: s, entry: {op}, operation: {op}}}\n"
    (spec_dir / "coverage.yaml").write_text(coverage)
    # Generate over a copy of the real tree: the hand-written runtime stays, the real groups' files go.
    out = root / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "typescript"))
    result = run_generator("--spec", str(spec_dir), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert not (out / "tuya_cloud" / "resources" / "devices.py").exists()  # generated, no longer in the spec
    assert (out / "tuya_cloud" / "_runtime" / "client.py").exists()  # hand-written, never touched
    return out


def run_in(package_root: Path, code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={**os.environ, "PYTHONPATH": str(package_root)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_tiny_spec_signature_and_docs(tiny_package: Path) -> None:
    out = run_in(
        tiny_package,
        """
        import inspect, tuya_cloud
        assert tuya_cloud.__file__.startswith(PACKAGE_ROOT)
        from tuya_cloud.resources.gadgets import GadgetsResource
        sig = inspect.signature(GadgetsResource.list)
        assert all(p.kind is p.KEYWORD_ONLY for n, p in sig.parameters.items() if n != "self")
        assert "from_" in sig.parameters and "from" not in sig.parameters       # Python keyword renamed
        assert sig.parameters["page_no"].default is inspect.Parameter.empty     # required: no default
        assert sig.parameters["page_size"].default is None
        assert {"timeout", "max_retries", "allow_retry"} <= set(sig.parameters)
        assert hasattr(GadgetsResource, "iter_list")                            # paginated -> iterator
        assert "page_no" not in inspect.signature(GadgetsResource.iter_list).parameters
        assert not hasattr(GadgetsResource, "iter_configure")
        doc = GadgetsResource.configure.__doc__
        assert "mode: Mode. One of \\"a\\", \\"b\\"." in doc and "Tuya docs: https://example.invalid/gadgets" in doc
        print(sig.return_annotation)
        """.replace("PACKAGE_ROOT", repr(str(tiny_package))),
    )
    assert out.strip() == "models.GadgetPage"


def test_tiny_spec_validation_and_wire_form(tiny_package: Path) -> None:
    run_in(
        tiny_package,
        """
        from tuya_cloud import TuyaCloud, TuyaValidationError, models
        from tuya_cloud.resources.gadgets import _LIST, _CONFIGURE
        c = TuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")
        def refused(op, args, needle):
            try:
                c.prepare(op, args)
            except TuyaValidationError as exc:
                assert needle in str(exc), str(exc)
            else:
                raise AssertionError(f"accepted {args}")
        refused(_LIST, {"owner_id": "o"}, "gadgets.list: page_no: is required")
        refused(_LIST, {"owner_id": "o", "page_no": 0}, "page_no: must be >= 1, got 0")
        refused(_LIST, {"owner_id": "o", "page_no": 1, "from": "away"}, "from: must be one of 'home', 'share'")
        refused(_LIST, {"owner_id": "o", "page_no": 1, "ids": ["a", "b", "c", "d"]}, "ids: must have at most 3 items")
        refused(_LIST, {"owner_id": "..", "page_no": 1}, "owner_id: must be a non-empty path segment")
        refused(_CONFIGURE, {"owner_id": "o", "mode": "b"}, "configure: detail: must be given: mode b needs a detail")
        refused(_CONFIGURE, {"owner_id": "o", "mode": "a", "settings": {"name": "UP"}}, "settings.name: must match")
        p = c.prepare(_LIST, {"owner_id": "a/b c", "page_no": 2, "ids": "x,y", "from": "home"})
        assert p.wire_path == "/v1.0/gadgets/a%2Fb%20c", p.wire_path
        assert p.query == (("from", "home"), ("ids", "x,y"), ("page_no", "2")), p.query
        assert p.body is None
        p = c.prepare(_CONFIGURE, {"owner_id": "o", "mode": "a", "settings": models.Gadget(name="abc")})
        assert p.body == b'{"mode":"a","settings":{"name":"abc"}}', p.body
        """,
    )
