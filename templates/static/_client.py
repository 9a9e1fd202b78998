"""What every generated client shares: typed methods over a transport, pagination,
waiters, and the helpers that compiled paginator and waiter expressions call.

Standard library only, and nothing imported that a call does not need: a client's
methods are made from the operation table the first time each is used, and botocore
is touched only by `BotocoreTransport`, which a botocore client brings along.

The transport is the one replaceable part: an object with a method
`call(operation, request)` that sends a request object (None for an operation without
input) and returns the output object (None for an operation without output), or
raises the package's typed error. Everything else here works over any transport.
"""

from __future__ import annotations

import sys

from ._runtime import Operation, ServiceError, Structure, _resolve

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import (
        Any,
        ClassVar,
        Generic,
        ParamSpec,
        Protocol,
        Self,
        TypeVar,
        overload,
    )

    P = ParamSpec("P")
    Req = TypeVar("Req", bound=Structure)
    Out = TypeVar("Out")
    Item = TypeVar("Item")
    Out_co = TypeVar("Out_co", covariant=True)
    Req_contra = TypeVar("Req_contra", bound=Structure, contravariant=True)
else:
    # Importing typing would double the import time of a client: these stand-ins make
    # the generic classes below plain classes at run time.

    class Generic:
        def __class_getitem__(cls, item):
            return cls

    Protocol = Generic
    P = Req = Out = Item = Out_co = Req_contra = None

    def overload(function):
        return function


__all__ = [
    "BotocoreTransport",
    "Client",
    "PaginationError",
    "Paginator",
    "WaiterError",
]


def _module(package: str, name: str) -> Any:
    """A module of the package, imported on first use."""
    full = f"{package}.{name}"
    module = sys.modules.get(full)
    if module is None:
        __import__(full)
        module = sys.modules[full]
    return module


# -- the client ------------------------------------------------------------------------


if TYPE_CHECKING:

    class Transport(Protocol):
        """What a client sends its calls through."""

        def call(self, operation: Operation, request: Structure | None) -> Any:
            """Send `request` (None when the operation has no input); return the
            output object (None when it has no output) or raise the typed error."""
            ...


class Client:
    """Base of the generated clients: one method per operation, made on first use from
    the package's operation table, plus `paginate_...` and `wait_until_...` methods."""

    __slots__ = ("transport",)
    _package: ClassVar[str] = ""
    transport: Transport
    """Where the client's calls go."""

    def __init__(
        self,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        credentials: Any = None,
        profile_name: str | None = None,
        config: Any = None,
    ) -> None:
        """A standalone client: botogen's own transport, without botocore. The
        arguments are boto3's: the region (else `AWS_REGION`, `AWS_DEFAULT_REGION` or
        the profile's), an endpoint URL that overrides the service's, credentials (ours,
        a (key, secret[, token]) tuple, or botocore's; else found in boto3's order),
        the profile to read, and a `Config` (botocore's is taken too)."""
        transport = _module(self._package, "_transport")
        self.transport = transport.standalone(
            _module(self._package, "operations").SERVICE,
            region_name,
            endpoint_url,
            credentials,
            profile_name,
            config,
        )

    @classmethod
    def from_transport(cls, transport: Transport) -> Self:
        """A client whose calls go through `transport`."""
        client = cls.__new__(cls)
        client.transport = transport
        return client

    @classmethod
    def from_botocore(cls, client: Any) -> Self:
        """A client whose calls go through a botocore or boto3 client (its credentials,
        configuration, retries and event hooks apply)."""
        return cls.from_transport(BotocoreTransport(client, cls._package))

    def __repr__(self) -> str:
        transport = getattr(self, "transport", None)
        return f"{type(self).__name__}({transport!r})"

    def close(self) -> None:
        """Close the transport's kept-alive connections (a boto3 client's too)."""
        close = getattr(self.transport, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    if not TYPE_CHECKING:  # type checkers see the methods the generated class declares

        def __getattr__(self, name):
            method = _method(type(self), name)
            setattr(type(self), name, method)
            return method.__get__(self, type(self))


def _method(cls: type[Client], name: str) -> Any:
    """The method `name` of a client class, made from the package's tables."""
    if name.startswith("__"):
        raise AttributeError(name)
    operations = _module(cls._package, "operations").OPERATIONS
    operation = operations.get(name)
    if operation is not None:
        return _operation_method(name, operation)
    spec = _module(cls._package, "paginators").PAGINATORS.get(name)
    if spec is not None:
        return _paginator_method(name, spec, operations[spec.operation])
    spec = _module(cls._package, "waiters").WAITERS.get(name)
    if spec is not None:
        return _WaiterMethod(spec, operations[spec.operation])
    raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")


def _request(
    operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    """The request object of a call: the one given, checked, or one made of keywords."""
    cls = operation.input_class()
    if cls is None:
        if args or kwargs:
            raise TypeError(f"{operation.name} takes no arguments")
        return None
    if not args:
        return cls.make(**kwargs)
    request = args[0]
    if len(args) > 1 or kwargs or not isinstance(request, cls):
        raise TypeError(
            f"{operation.name} takes one {cls.__name__} or the keyword arguments of "
            f"{cls.__name__}.make"
        )
    if not request._checked:
        request.validate()
    return request


def _named(function: Any, name: str, doc: str) -> Any:
    function.__name__ = function.__qualname__ = name
    function.__doc__ = doc
    return function


def _operation_method(name: str, operation: Operation) -> Any:
    def method(self: Client, *args: Any, **kwargs: Any) -> Any:
        return self.transport.call(operation, _request(operation, args, kwargs))

    return _named(method, name, f"Call {operation.name}.")


def _paginator_method(name: str, spec: PaginatorSpec, operation: Operation) -> Any:
    def method(self: Client, *args: Any, **kwargs: Any) -> Any:
        return Paginator(self, spec, operation, _request(operation, args, kwargs))

    return _named(method, name, f"Pages of {operation.name}'s results.")


if TYPE_CHECKING:
    # The types of the methods the generated client declares: `operation(Input.make,
    # Output)` is the method that takes an Input or `Input.make`'s keyword arguments
    # and returns an Output; `pages(method, Item)` and `waiter(method)` are the
    # paginator and waiter of such a method, with the same arguments.

    class OperationCall(Protocol[P, Req_contra, Out_co]):
        @overload
        def __call__(self, request: Req_contra, /) -> Out_co: ...
        @overload
        def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Out_co: ...
        def __call__(self, *args: Any, **kwargs: Any) -> Any: ...

    class OperationMethod(Generic[P, Req, Out]):
        @overload
        def __get__(self, client: None, owner: type[Any]) -> Self: ...
        @overload
        def __get__(
            self, client: Client, owner: type[Any]
        ) -> OperationCall[P, Req, Out]: ...
        def __get__(self, client: Any, owner: type[Any]) -> Any: ...

    class PaginatorMethod(Generic[P, Req, Out, Item]):
        @overload
        def __get__(self, client: None, owner: type[Any]) -> Self: ...
        @overload
        def __get__(
            self, client: Client, owner: type[Any]
        ) -> OperationCall[P, Req, Paginator[Out, Item]]: ...
        def __get__(self, client: Any, owner: type[Any]) -> Any: ...

    class WaiterMethod(Generic[P, Req]):
        @overload
        def __get__(self, client: None, owner: type[Any]) -> Self: ...
        @overload
        def __get__(self, client: Client, owner: type[Any]) -> Waiter[P, Req]: ...
        def __get__(self, client: Any, owner: type[Any]) -> Any: ...

    @overload
    def operation(
        make: Callable[P, Req], output: None
    ) -> OperationMethod[P, Req, None]: ...
    @overload
    def operation(
        make: Callable[P, Req], output: type[Out]
    ) -> OperationMethod[P, Req, Out]: ...
    def operation(make: Callable[P, Req], output: Any) -> Any:
        """The type of a client method (no value at run time)."""
        ...

    def pages(
        method: OperationMethod[P, Req, Out], item: type[Item]
    ) -> PaginatorMethod[P, Req, Out, Item]:
        """The type of a client's paginator method (no value at run time)."""
        ...

    def waiter(method: OperationMethod[P, Req, Any]) -> WaiterMethod[P, Req]:
        """The type of a client's waiter method (no value at run time)."""
        ...


# -- the botocore transport ------------------------------------------------------------


class BotocoreTransport:
    """Calls through a botocore (or boto3) client: `_make_api_call` with the request's
    `to_value()`, the response through the output class's `from_value`, and botocore's
    `ClientError` turned into the package's typed error (the ClientError its cause).
    """

    __slots__ = ("client", "_package", "_client_error", "_errors", "_streams")

    def __init__(self, client: Any, package: str) -> None:
        # botocore is there (the client is one); imported by name, as it is untyped
        exceptions = __import__("botocore.exceptions", fromlist=["ClientError"])
        self.client: Any = client
        """The botocore client."""
        self._package = package
        self._client_error: type[Exception] = exceptions.ClientError
        self._errors: dict[str, str] | None = None
        self._streams: dict[str, tuple[str, ...]] = {}

    def __repr__(self) -> str:
        return f"BotocoreTransport({self.client!r})"

    def close(self) -> None:
        """Close the botocore client's connections."""
        self.client.close()

    def call(self, operation: Operation, request: Structure | None) -> Any:
        """Send `request`; the output object, or the typed error raised."""
        params = {} if request is None else request.to_value()
        try:
            response = self.client._make_api_call(operation.name, params)
        except self._client_error as error:
            raise self.error(error) from error
        output = operation.output_class()
        if output is None:
            return None
        streams = self._streams.get(operation.name)
        if streams is None:
            streams = self._streams[operation.name] = _event_streams(output)
        for wire_name in streams:
            if wire_name in response:
                response[wire_name] = self._events(response[wire_name])
        return output.from_value(response)

    def error(self, error: Any) -> ServiceError:
        """The typed error for botocore's ClientError: the generated class of its code,
        or ServiceError itself for a code the model does not know."""
        if self._errors is None:
            self._errors = _module(self._package, "operations").ERRORS
        response = error.response
        details = response.get("Error", {})
        metadata = response.get("ResponseMetadata", {})
        code = details.get("Code", "")
        # as botocore picks the exception class: an awsQueryCompatible service's
        # error has its query code in Code and the shape's name in QueryErrorCode
        name = self._errors.get(details.get("QueryErrorCode") or code)
        cls = ServiceError if name is None else _resolve(name)
        typed = cls.from_value(response)
        typed.code = code
        typed.http_status = metadata.get("HTTPStatusCode", 0)
        typed.request_id = metadata.get("RequestId")
        if typed.message is None:
            typed.message = details.get("Message")
        return typed

    def _events(self, stream: Any) -> Iterator[Any]:
        """botocore's event stream, with an error inside it raised typed."""
        try:
            yield from stream
        except self._client_error as error:
            raise self.error(error) from error


def _event_streams(output: type[Structure]) -> tuple[str, ...]:
    from ._runtime import EventStream

    return tuple(f.wire_name for f in output._fields if isinstance(f.type, EventStream))


# -- pagination ------------------------------------------------------------------------


class PaginationError(Exception):
    """A service that sent the same pagination token twice, or a bad resume token."""


class PaginatorSpec:
    """A row of a package's paginator table: how an operation's pages link up.

    Input tokens and the limit key are wire names of the input (requests are built
    in botocore's form, as botocore's paginator builds them, so resume tokens are
    boto3's); `output_tokens` and `more_results` are compiled expressions over an
    output object; result keys are attribute paths into it.
    """

    __slots__ = (
        "operation",
        "input_tokens",
        "output_tokens",
        "result_keys",
        "limit_key",
        "more_results",
    )

    def __init__(
        self,
        operation: str,
        input_tokens: tuple[str, ...],
        output_tokens: Callable[[Any], tuple[Any, ...]],
        result_keys: tuple[tuple[str, ...], ...],
        limit_key: str | None = None,
        more_results: Callable[[Any], Any] | None = None,
    ) -> None:
        self.operation: str = operation
        self.input_tokens: tuple[str, ...] = input_tokens
        self.output_tokens: Callable[[Any], tuple[Any, ...]] = output_tokens
        self.result_keys: tuple[tuple[str, ...], ...] = result_keys
        self.limit_key: str | None = limit_key
        self.more_results: Callable[[Any], Any] | None = more_results


class Paginator(Generic[Out, Item]):
    """The pages of an operation's results, fetched as they are iterated.

    Iterating it yields typed output pages; `items()` yields the items of the result
    key instead. `pages()` and `items()` take boto3's `max_items`, `page_size` and
    `starting_token`; after a run that `max_items` cut short, `resume_token` is the
    `starting_token` that goes on from there (boto3 reads it too, and the other way
    round).
    """

    def __init__(
        self, client: Client, spec: PaginatorSpec, operation: Operation, request: Any
    ) -> None:
        self._client = client
        self._spec = spec
        self._operation = operation
        self._request = request
        self.resume_token: str | None = None
        """Where a run cut short by `max_items` stopped, for `starting_token`."""

    def __iter__(self) -> Iterator[Out]:
        return self.pages()

    def items(
        self,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> Iterator[Item]:
        """The items of the (first) result key, page after page."""
        path = self._spec.result_keys[0]
        for page in self.pages(max_items, page_size, starting_token):
            value = _get(page, path)
            if isinstance(value, list):
                yield from value
            elif value is not None:
                yield value

    def pages(
        self,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> Iterator[Out]:
        """The output pages; `max_items` counts the items of the first result key (the
        last page is cut to fit), `page_size` goes to the operation's limit member."""
        spec = self._spec
        params = {} if self._request is None else self._request.to_value()
        next_token: dict[str, Any] = dict.fromkeys(spec.input_tokens)
        skip = 0
        if starting_token is not None:
            next_token, skip = _decode_token(starting_token, spec.input_tokens)
            _inject(params, next_token)
        if page_size is not None:
            if spec.limit_key is None:
                raise PaginationError(f"{self._operation.name} takes no page size")
            params[spec.limit_key] = page_size
        self.resume_token = None
        primary = spec.result_keys[0]
        total = 0
        previous = None
        first = True
        while True:
            page = self._fetch(params)
            if first and skip:
                self._skip(page, skip)
            elif not first:
                skip = 0
            first = False
            items = _get(page, primary)
            count = len(items) if isinstance(items, (list, str)) else 0
            if max_items is not None and total + count > max_items:
                keep = max_items - total
                _set(page, primary, items[:keep])
                self.resume_token = _encode_token(
                    {**next_token, "boto_truncate_amount": keep + skip}
                )
                yield page
                return
            yield page
            total += count
            next_token = self._next_token(page)
            if all(token is None for token in next_token.values()):
                return
            if max_items is not None and total == max_items:
                self.resume_token = _encode_token(next_token)
                return
            if previous is not None and previous == next_token:
                raise PaginationError(
                    f"the same next token was received twice: {next_token}"
                )
            _inject(params, next_token)
            previous = next_token

    def _fetch(self, params: dict[str, Any]) -> Any:
        cls = self._operation.input_class()
        request = None if cls is None else cls.from_value(params)
        return self._client.transport.call(self._operation, request)

    def _next_token(self, page: Any) -> dict[str, Any]:
        """The tokens for the next request, by input member; empty ones are None."""
        spec = self._spec
        if spec.more_results is not None and not truthy(spec.more_results(page)):
            return {}
        tokens = (plain(token) for token in spec.output_tokens(page))
        return {
            name: token if token else None
            for name, token in zip(spec.input_tokens, tokens)
        }

    def _skip(self, page: Any, skip: int) -> None:
        """The first page after a resume token cut inside a page: the items already
        seen are left out, and the other result keys emptied (numbers kept)."""
        first, *others = self._spec.result_keys
        items = _get(page, first)
        _set(page, first, items[skip:] if isinstance(items, (list, str)) else None)
        for path in others:
            value = _get(page, path)
            if isinstance(value, (list, str)):
                _set(page, path, value[:0])
            elif not isinstance(value, (int, float)):
                _set(page, path, None)


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def _set(obj: Any, path: tuple[str, ...], value: Any) -> None:
    parent = _get(obj, path[:-1])
    if parent is not None:
        setattr(parent, path[-1], value)


def _inject(params: dict[str, Any], tokens: dict[str, Any]) -> None:
    """Tokens into a request in botocore's form, as botocore's paginator puts them."""
    for name, token in tokens.items():
        if token is not None and token != "None":
            params[name] = token
        else:
            params.pop(name, None)


def _encode_token(token: dict[str, Any]) -> str:
    """boto3's resume token: base64 of the JSON of the tokens, bytes base64-encoded
    and their paths listed under `boto_encoded_keys`."""
    import base64
    import json

    encoded: list[list[Any]] = []

    def encode(value: Any, path: list[Any]) -> Any:
        if isinstance(value, dict):
            return {k: encode(v, [*path, k]) for k, v in value.items()}
        if isinstance(value, list):
            return [encode(v, [*path, i]) for i, v in enumerate(value)]
        if isinstance(value, (bytes, bytearray)):
            encoded.append(path)
            return base64.b64encode(value).decode("ascii")
        return value

    data = encode(token, [])
    if encoded:
        data["boto_encoded_keys"] = encoded
    return base64.b64encode(json.dumps(data).encode()).decode()


def _decode_token(token: str, names: tuple[str, ...]) -> tuple[dict[str, Any], int]:
    """The tokens and the items to skip of a resume token (boto3's or ours)."""
    import base64
    import binascii
    import json

    try:
        data = json.loads(base64.b64decode(token.encode()).decode())
        if not isinstance(data, dict):
            raise ValueError("not an object")
        for path in data.pop("boto_encoded_keys", ()):
            container = data
            for step in path[:-1]:
                container = container[step]
            container[path[-1]] = base64.b64decode(container[path[-1]])
    except (ValueError, binascii.Error, KeyError, IndexError, TypeError) as error:
        raise PaginationError(f"bad starting token {token!r}: {error}") from None
    skip = data.pop("boto_truncate_amount", 0)
    if set(data) - set(names):
        raise PaginationError(f"bad starting token {token!r}: unknown keys")
    return data, skip


# -- waiters ---------------------------------------------------------------------------


class WaiterError(Exception):
    """A waiter that reached a failure state, ran out of attempts, or got an error that
    no acceptor expects: `name` is the waiter's, `last_response` the last output
    object or typed error."""

    def __init__(self, name: str, reason: str, last_response: Any) -> None:
        super().__init__(f"Waiter {name} failed: {reason}")
        self.name: str = name
        """The waiter's name in the model, e.g. InstanceRunning."""
        self.reason: str = reason
        """Why it failed."""
        self.last_response: Any = last_response
        """The last output object, or the typed error, the waiter received."""


class WaiterSpec:
    """A row of a package's waiter table. An acceptor is (state, matcher, expected,
    compiled argument or None)."""

    __slots__ = (
        "name",
        "operation",
        "delay",
        "max_attempts",
        "acceptors",
        "success_status",
    )

    def __init__(
        self,
        name: str,
        operation: str,
        delay: float,
        max_attempts: int,
        acceptors: list[tuple[str, str, Any, Callable[[Any], Any] | None]],
        success_status: int = 200,
    ) -> None:
        self.name: str = name
        self.operation: str = operation
        self.delay: float = delay
        self.max_attempts: int = max_attempts
        self.acceptors: tuple[
            tuple[str, str, Any, Callable[[Any], Any] | None], ...
        ] = tuple(acceptors)
        self.success_status: int = success_status


class _WaiterMethod:
    """The run-time descriptor of a waiter method: a `Waiter` bound to the client."""

    def __init__(self, spec: WaiterSpec, operation: Operation) -> None:
        self.spec: WaiterSpec = spec
        self.operation: Operation = operation

    def __get__(self, client: Any, owner: Any = None) -> Any:
        if client is None:
            return self
        return Waiter(client, self.spec, self.operation)


class Waiter(Generic[P, Req]):
    """A waiter bound to a client: call it with the operation's arguments to poll
    until an acceptor says success (returns None) or failure (raises WaiterError)."""

    def __init__(
        self,
        client: Client,
        spec: WaiterSpec,
        operation: Operation,
        delay: float | None = None,
        max_attempts: int | None = None,
    ) -> None:
        self._client = client
        self._spec = spec
        self._operation = operation
        self.delay: float = spec.delay if delay is None else delay
        """Seconds between attempts."""
        self.max_attempts: int = (
            spec.max_attempts if max_attempts is None else max_attempts
        )
        """Attempts before giving up."""

    def with_config(
        self, delay: float | None = None, max_attempts: int | None = None
    ) -> Waiter[P, Req]:
        """The same waiter with another delay or number of attempts."""
        return Waiter(
            self._client,
            self._spec,
            self._operation,
            self.delay if delay is None else delay,
            self.max_attempts if max_attempts is None else max_attempts,
        )

    @overload
    def __call__(self, request: Req, /) -> None: ...
    @overload
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> None: ...
    def __call__(self, *args: Any, **kwargs: Any) -> None:
        import time

        spec = self._spec
        request = _request(self._operation, args, kwargs)
        last_matched: tuple[Any, ...] | None = None
        attempts = 0
        while True:
            attempts += 1
            response: Any
            error: ServiceError | None = None
            try:
                response = self._client.transport.call(self._operation, request)
            except ServiceError as raised:
                response = error = raised
            state = None
            for acceptor in spec.acceptors:
                if _accepts(acceptor, response, error, spec.success_status):
                    state, last_matched = acceptor[0], acceptor
                    break
            else:
                if error is not None:
                    reason = f"An error occurred ({error.code}): {error.message}"
                    raise WaiterError(spec.name, reason, error)
            if state == "success":
                return
            if state == "failure":
                reason = f"Waiter encountered a terminal failure state: {_explain(last_matched)}"
                raise WaiterError(spec.name, reason, response)
            if attempts >= self.max_attempts:
                reason = "Max attempts exceeded"
                if last_matched is not None:
                    reason += f". Previously accepted state: {_explain(last_matched)}"
                raise WaiterError(spec.name, reason, response)
            time.sleep(self.delay)


def _accepts(
    acceptor: tuple[Any, ...], response: Any, error: ServiceError | None, status: int
) -> bool:
    """Whether an acceptor matches a response (an output object or a typed error)."""
    _, matcher, expected, argument = acceptor
    if matcher == "error":
        if expected is True or expected is False:
            return (error is not None) is expected
        return error is not None and bool(error.code == expected)
    if matcher == "status":
        return bool((status if error is None else error.http_status) == expected)
    if error is not None or argument is None:
        return False
    result = plain(argument(response))
    if matcher == "path":
        return bool(result == expected)
    if not isinstance(result, list) or not result:
        return False
    if matcher == "pathAll":
        return all(element == expected for element in result)
    return any(element == expected for element in result)  # pathAny


def _explain(acceptor: tuple[Any, ...] | None) -> str:
    if acceptor is None:
        return ""
    state, matcher, expected, _ = acceptor
    return f"For expression matcher {matcher!r} we matched expected value: {expected!r} ({state})"


# -- what compiled expressions call ----------------------------------------------------
#
# JMESPath's rules, for the typed values a compiled expression walks: a structure
# object counts as the dict of its set members, an enum as its string.


def plain(value: Any) -> Any:
    """A typed value in botocore's form (what JMESPath sees)."""
    if isinstance(value, Structure):
        return value.to_value()
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    return value


def truthy(value: Any) -> bool:
    """JMESPath's truth: null, false, and empty strings, lists and objects are false."""
    if value is None or value is False:
        return False
    if isinstance(value, Structure):
        return bool(value.to_value())
    if isinstance(value, (str, list, dict)):
        return len(value) > 0
    return True


def field(value: Any, name: str) -> Any:
    """`value.name` where the type is known only at run time."""
    if isinstance(value, dict):
        return value.get(name)
    if isinstance(value, Structure):
        for f in value._fields:
            if f.wire_name == name:
                return getattr(value, f.name)
    return None


def index(value: Any, position: int) -> Any:
    if not isinstance(value, list):
        return None
    try:
        return value[position]
    except IndexError:
        return None


def project(value: Any, function: Callable[[Any], Any] | None) -> list[Any] | None:
    """`function` applied to each element of a list, nulls left out."""
    if not isinstance(value, list):
        return None
    if function is None:
        return [item for item in value if item is not None]
    return [result for item in value if (result := function(item)) is not None]


def flatten(value: Any) -> list[Any] | None:
    if not isinstance(value, list):
        return None
    merged: list[Any] = []
    for item in value:
        if isinstance(item, list):
            merged.extend(item)
        else:
            merged.append(item)
    return merged


def values(value: Any) -> list[Any] | None:
    """An object's values: a map's, or a structure's set members'."""
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, Structure):
        return list(plain(value).values())
    return None


def keep(value: Any, test: Callable[[Any], Any]) -> list[Any] | None:
    """The elements of a list for which `test` is true (a filter projection)."""
    if not isinstance(value, list):
        return None
    return [item for item in value if truthy(test(item))]


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def eq(left: Any, right: Any) -> bool:
    """JMESPath's equality: `true` is not `1`, as it is in Python."""
    left, right = plain(left), plain(right)
    if _number(left) and left in (0, 1) and isinstance(right, bool):
        return False
    if _number(right) and right in (0, 1) and isinstance(left, bool):
        return False
    return bool(left == right)


def ne(left: Any, right: Any) -> bool:
    return not eq(left, right)


def _ordered(left: Any, right: Any, compare: Callable[[Any, Any], bool]) -> bool | None:
    """An ordering comparison, null unless both are numbers or both strings."""
    left, right = plain(left), plain(right)
    if (_number(left) and _number(right)) or (
        isinstance(left, str) and isinstance(right, str)
    ):
        return compare(left, right)
    return None


def lt(left: Any, right: Any) -> bool | None:
    return _ordered(left, right, lambda a, b: a < b)


def lte(left: Any, right: Any) -> bool | None:
    return _ordered(left, right, lambda a, b: a <= b)


def gt(left: Any, right: Any) -> bool | None:
    return _ordered(left, right, lambda a, b: a > b)


def gte(left: Any, right: Any) -> bool | None:
    return _ordered(left, right, lambda a, b: a >= b)


def length(value: Any) -> int | None:
    """The length of a string, list or object; null for anything else (where JMESPath
    raises an error, a waiter's acceptor simply does not match)."""
    if isinstance(value, Structure):
        return len(value.to_value())
    if isinstance(value, (str, list, dict)):
        return len(value)
    return None


def contains(subject: Any, search: Any) -> bool | None:
    subject, search = plain(subject), plain(search)
    if isinstance(subject, list):
        return any(eq(item, search) for item in subject)
    if isinstance(subject, str) and isinstance(search, str):
        return search in subject
    return None
