"""The CBOR codec of the smithy-rpc-v2-cbor protocol (templates/static/_cbor.py) against
oracles nobody here wrote: the examples of RFC 8949 Appendix A, botocore's CBOR parser
and serializer, and the cbor2 package, on hand-picked and random values."""

from __future__ import annotations

import datetime
import importlib
import io
import math
import struct
import sys
import types
from typing import Any

import cbor2
import pytest
from botocore.parsers import RpcV2CBORParser, ResponseParserError
from botocore.serialize import RpcV2CBORSerializer
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from oracles import oracle_settings


def _static_package() -> types.ModuleType:
    """templates/static as a package of its own, so its modules import each other as
    they do inside a generated package."""
    name = "botogen_static_under_test"
    if name not in sys.modules:
        package = types.ModuleType(name)
        package.__path__ = [str(ROOT / "templates" / "static")]
        sys.modules[name] = package
    return importlib.import_module(f"{name}._cbor")


cbor = _static_package()
UTC = datetime.timezone.utc


def botocore_loads(data: bytes) -> Any:
    parser = RpcV2CBORParser()
    return parser.parse_data_item(parser.get_peekable_stream_from_bytes(data))


# -- RFC 8949, Appendix A -----------------------------------------------------------------
#
# (encoded hex, the value it decodes to). Written out from the RFC's table of examples;
# tag 1 reads as a datetime, tags 2 and 3 as integers, other tags as their content.

NAN = float("nan")
INF = float("inf")
RFC_EXAMPLES: list[tuple[str, Any]] = [
    ("00", 0),
    ("01", 1),
    ("0a", 10),
    ("17", 23),
    ("1818", 24),
    ("1819", 25),
    ("1864", 100),
    ("1903e8", 1000),
    ("1a000f4240", 1000000),
    ("1b000000e8d4a51000", 1000000000000),
    ("1bffffffffffffffff", 18446744073709551615),
    ("c249010000000000000000", 18446744073709551616),
    ("3bffffffffffffffff", -18446744073709551616),
    ("c349010000000000000000", -18446744073709551617),
    ("20", -1),
    ("29", -10),
    ("3863", -100),
    ("3903e7", -1000),
    ("f90000", 0.0),
    ("f98000", -0.0),
    ("f93c00", 1.0),
    ("fb3ff199999999999a", 1.1),
    ("f93e00", 1.5),
    ("f97bff", 65504.0),
    ("fa47c35000", 100000.0),
    ("fa7f7fffff", 3.4028234663852886e38),
    ("fb7e37e43c8800759c", 1.0e300),
    ("f90001", 5.960464477539063e-8),
    ("f90400", 0.00006103515625),
    ("f9c400", -4.0),
    ("fbc010666666666666", -4.1),
    ("f97c00", INF),
    ("f97e00", NAN),
    ("f9fc00", -INF),
    ("fa7f800000", INF),
    ("fa7fc00000", NAN),
    ("faff800000", -INF),
    ("fb7ff0000000000000", INF),
    ("fb7ff8000000000000", NAN),
    ("fbfff0000000000000", -INF),
    ("f4", False),
    ("f5", True),
    ("f6", None),
    ("f7", None),  # undefined reads as None, as botocore reads it
    ("c074323031332d30332d32315432303a30343a30305a", "2013-03-21T20:04:00Z"),
    ("c11a514b67b0", datetime.datetime(2013, 3, 21, 20, 4, tzinfo=UTC)),
    (
        "c1fb41d452d9ec200000",
        datetime.datetime(2013, 3, 21, 20, 4, 0, 500000, tzinfo=UTC),
    ),
    ("d74401020304", b"\x01\x02\x03\x04"),
    ("d818456449455446", b"dIETF"),
    ("d82076687474703a2f2f7777772e6578616d706c652e636f6d", "http://www.example.com"),
    ("40", b""),
    ("4401020304", b"\x01\x02\x03\x04"),
    ("60", ""),
    ("6161", "a"),
    ("6449455446", "IETF"),
    ("62225c", '"\\'),
    ("62c3bc", "\u00fc"),
    ("63e6b0b4", "\u6c34"),
    ("64f0908591", "\U00010151"),
    ("80", []),
    ("83010203", [1, 2, 3]),
    ("8301820203820405", [1, [2, 3], [4, 5]]),
    ("98190102030405060708090a0b0c0d0e0f101112131415161718181819", list(range(1, 26))),
    ("a0", {}),
    ("a201020304", {1: 2, 3: 4}),
    ("a26161016162820203", {"a": 1, "b": [2, 3]}),
    ("826161a161626163", ["a", {"b": "c"}]),
    (
        "a56161614161626142616361436164614461656145",
        {"a": "A", "b": "B", "c": "C", "d": "D", "e": "E"},
    ),
    ("5f42010243030405ff", b"\x01\x02\x03\x04\x05"),
    ("7f657374726561646d696e67ff", "streaming"),
    ("9fff", []),
    ("9f018202039f0405ffff", [1, [2, 3], [4, 5]]),
    ("9f01820203820405ff", [1, [2, 3], [4, 5]]),
    ("83018202039f0405ff", [1, [2, 3], [4, 5]]),
    ("83019f0203ff820405", [1, [2, 3], [4, 5]]),
    ("9f0102030405060708090a0b0c0d0e0f101112131415161718181819ff", list(range(1, 26))),
    ("bf61610161629f0203ffff", {"a": 1, "b": [2, 3]}),
    ("826161bf61626163ff", ["a", {"b": "c"}]),
    ("bf6346756ef563416d7421ff", {"Fun": True, "Amt": -2}),
]
#: The examples above that use indefinite lengths somewhere (we write definite ones).
RFC_INDEFINITE = {
    encoded
    for encoded, _ in RFC_EXAMPLES
    if encoded[:2] in ("5f", "7f", "9f", "bf")
    or encoded.endswith(("9f0405ff", "9f0203ff820405", "bf61626163ff"))
}

#: Simple values the protocol has no use for: botocore rejects them, and so do we.
RFC_UNSUPPORTED = ["f0", "f8ff"]


def same(a: Any, b: Any) -> bool:
    """Equality with NaN equal to NaN, -0.0 apart from 0.0, and types kept apart
    (1 is not 1.0 nor True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (
            a == b and math.copysign(1, a) == math.copysign(1, b)
        )
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    return bool(a == b)


@pytest.mark.parametrize(
    ("encoded", "expected"), RFC_EXAMPLES, ids=[e for e, _ in RFC_EXAMPLES]
)
def test_rfc_examples_decode(encoded: str, expected: Any) -> None:
    data = bytes.fromhex(encoded)
    assert same(cbor.loads(data), expected)
    try:
        theirs = botocore_loads(data)
    except ResponseParserError:
        assert encoded[:2] in ("c0", "c2", "c3", "d7", "d8")  # tags botocore refuses
        return
    assert same(cbor.loads(data), theirs)


def test_rfc_examples_encode() -> None:
    """Every example our encoder writes in the RFC's form: integers (bignums included),
    strings, arrays, maps, simple values, the special floats as half floats and finite
    floats as doubles. Other floats and indefinite lengths we write in another form."""
    written = 0
    for encoded, value in RFC_EXAMPLES:
        data = bytes.fromhex(encoded)
        first = data[0]
        if first >> 5 == 6 or first == 0xF7 or encoded in RFC_INDEFINITE:
            continue
        if isinstance(value, float) and first != (
            0xFB if math.isfinite(value) else 0xF9
        ):
            continue
        assert cbor.dumps(value) == data, encoded
        written += 1
    for encoded in ("c249010000000000000000", "c349010000000000000000"):
        assert cbor.dumps(cbor.loads(bytes.fromhex(encoded))) == bytes.fromhex(encoded)
    assert written == 43


@pytest.mark.parametrize("encoded", RFC_UNSUPPORTED)
def test_rfc_unsupported_simple_values(encoded: str) -> None:
    with pytest.raises(ResponseParserError):
        botocore_loads(bytes.fromhex(encoded))
    with pytest.raises(ValueError, match="simple value"):
        cbor.loads(bytes.fromhex(encoded))


# -- random values --------------------------------------------------------------------------

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**64), max_value=2**64 - 1)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.binary(max_size=40)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=6)
    | st.dictionaries(st.text(max_size=30), inner, max_size=6),
    max_leaves=30,
)


def read_back(value: Any) -> Any:
    """A value as a CBOR reader following botocore gives it back: null map values
    dropped."""
    if isinstance(value, dict):
        return {k: read_back(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [read_back(v) for v in value]
    return value


@given(value=VALUES)
@oracle_settings(300)
def test_random_values_against_botocore_and_cbor2(value: Any) -> None:
    """What we write, botocore and cbor2 read as the value; what cbor2 writes (shortest
    floats or not), we read as botocore reads it."""
    data = cbor.dumps(value)
    assert same(botocore_loads(data), read_back(value))
    assert same(cbor.loads(data), read_back(value))
    assert same(cbor2.loads(data), value)
    for canonical in (False, True):
        theirs = cbor2.dumps(value, canonical=canonical)
        assert same(cbor.loads(theirs), botocore_loads(theirs))


@given(value=VALUES, data=st.data())
@oracle_settings(200)
def test_indefinite_lengths(value: Any, data: st.DataObject) -> None:
    """Arrays, maps and strings written with indefinite length (strings in chunks) read
    as botocore reads them."""
    encoded = indefinite(value, data)
    assert same(cbor.loads(encoded), botocore_loads(encoded))
    assert same(cbor.loads(encoded), read_back(value))


def indefinite(value: Any, data: st.DataObject) -> bytes:
    """`value` in CBOR, each container and string drawn definite or indefinite."""
    if isinstance(value, list) and data.draw(st.booleans()):
        return b"\x9f" + b"".join(indefinite(v, data) for v in value) + b"\xff"
    if isinstance(value, dict) and data.draw(st.booleans()):
        parts = (indefinite(k, data) + indefinite(v, data) for k, v in value.items())
        return b"\xbf" + b"".join(parts) + b"\xff"
    if isinstance(value, list):
        return cbor.head(0x80, len(value)) + b"".join(
            indefinite(v, data) for v in value
        )
    if isinstance(value, dict):
        parts = (indefinite(k, data) + indefinite(v, data) for k, v in value.items())
        return cbor.head(0xA0, len(value)) + b"".join(parts)
    if isinstance(value, (str, bytes)) and data.draw(st.booleans()):
        raw = value.encode() if isinstance(value, str) else value
        cuts = sorted(data.draw(st.lists(st.integers(0, len(raw)), max_size=3)))
        pieces = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)])]
        major = 0x60 if isinstance(value, str) else 0x40
        chunks = b"".join(cbor.head(major, len(p)) + p for p in pieces)
        return bytes([major | 31]) + chunks + b"\xff"
    return cbor.dumps(value)


@given(value=VALUES)
@oracle_settings(150)
def test_truncated_input_is_a_value_error(value: Any) -> None:
    """Every strict prefix of an encoding is refused with ValueError, as botocore refuses
    it; so is anything after the data item."""
    data = cbor.dumps(value)
    step = max(1, len(data) // 40)
    for end in range(0, len(data), step):
        with pytest.raises(ValueError):
            cbor.loads(data[:end])
        with pytest.raises((ResponseParserError, IndexError, UnicodeDecodeError)):
            botocore_loads(data[:end])
    with pytest.raises(ValueError, match="after the data item"):
        cbor.loads(data + b"\x00")


MALFORMED = [
    ("1c", "reserved additional information"),  # 28-30 are reserved
    ("5d", "reserved additional information"),
    ("ff", "break code"),
    ("1f", "indefinite"),  # an integer cannot be indefinite
    ("3f", "indefinite"),
    ("df00", "indefinite"),  # nor a tag
    ("5f6161ff", "chunk"),  # a text chunk in a byte string
    ("7f5f40ffff", "chunk"),  # a nested indefinite chunk
    ("c16161", "tag 1"),  # a timestamp that is not a number
    ("a1810000", "map key"),  # an array as a map key
    ("6280", ""),  # truncated text
    ("62c328", "utf-8"),  # invalid UTF-8
    ("fa0000", "truncated"),
    ("9f01", "truncated"),  # no break
]


@pytest.mark.parametrize(
    ("encoded", "message"), MALFORMED, ids=[e for e, _ in MALFORMED]
)
def test_malformed_input_is_a_value_error(encoded: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"(?i){message}"):
        cbor.loads(bytes.fromhex(encoded))


# -- the writers botocore's serializer has, byte for byte ----------------------------------

SERIALIZER = RpcV2CBORSerializer()


def botocore_bytes(method: str, value: Any) -> bytes:
    out = bytearray()
    getattr(SERIALIZER, f"_serialize_type_{method}")(out, value, None, None)
    return bytes(out)


def ours(writer: Any, value: Any) -> bytes:
    out = bytearray()
    writer(out, value)
    return bytes(out)


@given(
    integer=st.integers(min_value=-(2**64), max_value=2**64 - 1),
    text=st.text(max_size=300),
    blob=st.binary(max_size=300),
    double=st.floats(),
    single=st.floats(width=32) | st.floats(min_value=-3.4e38, max_value=3.4e38),
    boolean=st.booleans(),
    timestamp=st.datetimes(
        min_value=datetime.datetime(
            1970, 1, 2
        ),  # botocore cannot write negative seconds
        max_value=datetime.datetime(2200, 1, 1),
        timezones=st.sampled_from(
            [UTC, datetime.timezone(datetime.timedelta(hours=5))]
        ),
    ),
)
@oracle_settings(300)
def test_scalars_byte_for_byte(
    integer: int,
    text: str,
    blob: bytes,
    double: float,
    single: float,
    boolean: bool,
    timestamp: datetime.datetime,
) -> None:
    assert ours(cbor.integer, integer) == botocore_bytes("integer", integer)
    assert ours(cbor.text, text) == botocore_bytes("string", text)
    assert ours(cbor.blob, blob) == botocore_bytes("blob", blob)
    assert ours(cbor.blob, io.BytesIO(blob)) == botocore_bytes("blob", io.BytesIO(blob))
    assert ours(cbor.double, double) == botocore_bytes("double", double)
    assert ours(cbor.single, single) == botocore_bytes("float", single)
    assert ours(cbor.encode, boolean) == botocore_bytes("boolean", boolean)
    assert ours(cbor.timestamp, timestamp) == botocore_bytes("timestamp", timestamp)


def test_single_too_large_for_32_bits_is_written_as_a_double() -> None:
    with pytest.raises(OverflowError):
        botocore_bytes("float", 1e300)  # botocore cannot write it at all
    assert ours(cbor.single, 1e300) == b"\xfb" + struct.pack(">d", 1e300)
    assert cbor.loads(ours(cbor.single, 1e300)) == 1e300
