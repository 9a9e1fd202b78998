"""Small service models made in the tests, and a way to generate and import them."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

from generator import cli


def model(
    shapes: dict[str, Any], operations: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A service-2 model with these shapes; by default one operation taking `Input`."""
    if operations is None:
        operations = {
            "Call": {
                "name": "Call",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "Input"},
            }
        }
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2020-01-01",
            "endpointPrefix": "small",
            "protocol": "rest-json",
            "serviceFullName": "Small Service",
            "serviceId": "Small",
            "signatureVersion": "v4",
        },
        "operations": operations,
        "shapes": shapes,
    }


def closure(model: dict[str, Any], *operations: str) -> dict[str, Any]:
    """A real model cut down to some operations and the shapes they reach."""
    shapes = model["shapes"]
    chosen = {name: model["operations"][name] for name in operations}
    todo = [
        op[p]["shape"] for op in chosen.values() for p in ("input", "output") if p in op
    ]
    todo += [error["shape"] for op in chosen.values() for error in op.get("errors", ())]
    keep: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in keep:
            keep.add(name)
            shape = shapes[name]
            todo += [m["shape"] for m in shape.get("members", {}).values()]
            todo += [
                shape[k]["shape"] for k in ("member", "key", "value") if k in shape
            ]
    return {
        "version": "2.0",
        "metadata": model["metadata"],
        "documentation": model.get("documentation", ""),
        "operations": chosen,
        "shapes": {name: shapes[name] for name in sorted(keep)},
    }


def generate(raw: dict[str, Any], tmp_path: Path, package: str) -> Any:
    """Run the CLI on the model and import the package it writes."""
    source = tmp_path / "service-2.json"
    source.write_text(json.dumps(raw))
    out = tmp_path / "out"
    code = cli.main(
        ["generate", str(source), "--out", str(out), "--package", package, "--no-cache"]
    )
    assert code == 0
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
