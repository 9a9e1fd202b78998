"""Bad input: one clear line naming the file and the place, exit code 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import cli, load
from small_models import model

CONNECT = load.find("connect")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder that already holds an earlier generation."""
    folder = tmp_path / "out"
    small = tmp_path / "small" / "service-2.json"
    small.parent.mkdir()
    small.write_text(json.dumps(model({"Input": {"type": "structure", "members": {}}})))
    assert cli.main(["generate", str(small), "--out", str(folder), "--no-cache"]) == 0
    return folder


def _broken_connect(tmp_path: Path, change) -> Path:
    raw = json.loads(CONNECT.read_text())
    change(raw)
    path = tmp_path / "connect.json"
    path.write_text(json.dumps(raw))
    return path


def _fails(args: list[str], out: Path, capsys, *expected: str) -> None:
    before = _snapshot(out)
    assert cli.main([*args, "--out", str(out), "--no-cache"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    for text in expected:
        assert text in err, err
    assert _snapshot(out) == before


def test_missing_file(out: Path, capsys) -> None:
    _fails(
        ["generate", "/no/such/service-2.json"],
        out,
        capsys,
        "/no/such/service-2.json",
        "no such file",
    )


def test_unknown_service(out: Path, capsys) -> None:
    _fails(["generate", "no-such-service"], out, capsys, "no-such-service")


def test_invalid_json(tmp_path: Path, out: Path, capsys) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"metadata": {,}')
    _fails(["generate", str(path)], out, capsys, f"{path}:1:15", "invalid JSON")


def test_shape_type_typo(tmp_path: Path, out: Path, capsys) -> None:
    def change(raw):
        raw["shapes"]["ParticipantDetails"]["type"] = "strucutre"

    path = _broken_connect(tmp_path, change)
    _fails(
        ["generate", str(path)],
        out,
        capsys,
        f"{path}#/shapes/ParticipantDetails/type",
        "strucutre",
    )


def test_member_to_missing_shape(tmp_path: Path, out: Path, capsys) -> None:
    def change(raw):
        raw["shapes"]["ParticipantDetails"]["members"]["DisplayName"][
            "shape"
        ] = "Nowhere"

    path = _broken_connect(tmp_path, change)
    pointer = "#/shapes/ParticipantDetails/members/DisplayName/shape"
    _fails(["generate", str(path)], out, capsys, str(path) + pointer, "'Nowhere'")


def test_required_names_missing_member(tmp_path: Path, out: Path, capsys) -> None:
    def change(raw):
        raw["shapes"]["ParticipantDetails"]["required"] = ["DisplayName", "Nickname"]

    path = _broken_connect(tmp_path, change)
    _fails(
        ["generate", str(path)],
        out,
        capsys,
        f"{path}#/shapes/ParticipantDetails/required/1",
        "'Nickname'",
    )


def test_refuses_to_replace_a_foreign_folder(tmp_path: Path, capsys) -> None:
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    _fails(["generate", "connect"], foreign, capsys, "refusing")


def test_check_reports_differences(out: Path, capsys) -> None:
    (out / "pyproject.toml").write_text("changed")
    small = out.parent / "small" / "service-2.json"
    assert (
        cli.main(["generate", str(small), "--out", str(out), "--check", "--no-cache"])
        == 1
    )
    assert "differs" in capsys.readouterr().err
    assert (out / "pyproject.toml").read_text() == "changed"


def test_ir_dump(capsys) -> None:
    assert cli.main(["ir", "connect"]) == 0
    ir = json.loads(capsys.readouterr().out)
    shapes = {shape["wire_name"]: shape for shape in ir["shapes"]}
    assert (
        shapes["StartWebRTCContactRequest"]["class_name"] == "StartWebRTCContactRequest"
    )
    assert len(ir["operations"]) == 370


def test_one_broken_model_does_not_stop_the_others(tmp_path: Path, capsys) -> None:
    good = tmp_path / "good" / "service-2.json"
    bad = tmp_path / "bad" / "service-2.json"
    for path in (good, bad):
        path.parent.mkdir()
    good.write_text(json.dumps(model({"Input": {"type": "structure", "members": {}}})))
    bad.write_text(json.dumps(model({"Input": {"type": "strucutre", "members": {}}})))
    out = tmp_path / "out"
    assert (
        cli.main(["generate", str(good), str(bad), "--out", str(out), "--no-cache"])
        == 1
    )
    captured = capsys.readouterr()
    assert f"{bad}#/shapes/Input/type" in captured.err
    assert "1 services" in captured.out and "1 failed" in captured.out
    assert (out / "botogen_good" / "__init__.py").is_file()
    assert not (out / "botogen_bad").exists()


def test_failed_service_keeps_its_previous_package(tmp_path: Path) -> None:
    one = tmp_path / "one" / "service-2.json"
    two = tmp_path / "two" / "service-2.json"
    for path in (one, two):
        path.parent.mkdir()
        path.write_text(
            json.dumps(model({"Input": {"type": "structure", "members": {}}}))
        )
    out = tmp_path / "out"
    assert (
        cli.main(["generate", str(one), str(two), "--out", str(out), "--no-cache"]) == 0
    )
    before = _snapshot(out / "botogen_two")
    two.write_text("{broken")
    assert (
        cli.main(["generate", str(one), str(two), "--out", str(out), "--no-cache"]) == 1
    )
    assert _snapshot(out / "botogen_two") == before
    assert '"botogen_two"' in (out / "pyproject.toml").read_text()


def test_gzipped_model_path(tmp_path: Path) -> None:
    """A path to botocore's own `.json.gz` works as well as a name."""
    path = load.newest_model(load.botocore_data() / "sts")
    assert path is not None and path.suffix == ".gz"
    out = tmp_path / "out"
    assert cli.main(["generate", str(path), "--out", str(out), "--no-cache"]) == 0
    assert (out / "botogen_sts" / "_runtime.py").is_file()


def test_protocol_the_model_does_not_offer(out: Path, capsys) -> None:
    _fails(
        ["generate", "cloudwatch", "--protocol", "rest-xml"],
        out,
        capsys,
        "#/metadata/protocols",
        "the model offers smithy-rpc-v2-cbor, json, query, not rest-xml",
    )


def test_protocol_takes_one_service(out: Path, capsys) -> None:
    _fails(
        ["generate", "cloudwatch", "snowball", "--protocol", "json"],
        out,
        capsys,
        "--protocol takes one service",
    )


def test_protocol_choice_reaches_the_package(tmp_path: Path) -> None:
    """--protocol decides the package's protocol, and a generation of the same model
    for another protocol is not taken from the cache."""
    from generator import pipeline
    from generator.format import FormatCache

    assert pipeline.ir("snowball").protocol == "json"
    assert pipeline.ir("snowball", protocol="smithy-rpc-v2-cbor").protocol == (
        "smithy-rpc-v2-cbor"
    )
    cache = FormatCache(tmp_path / "cache")
    default = pipeline.generate("snowball", cache)
    cbor = pipeline.generate("snowball", cache, protocol="smithy-rpc-v2-cbor")
    assert "botogen_snowball/_aws_json.py" in default.files
    assert "botogen_snowball/_rpc_v2_cbor.py" in cbor.files
    assert "botogen_snowball/_aws_json.py" not in cbor.files
    operations = cbor.files["botogen_snowball/operations.py"]
    assert '"smithy-rpc-v2-cbor"' in operations
