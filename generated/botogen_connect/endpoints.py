"""The endpoint rules of connect (endpoint-rule-set-1.json) compiled to Python;
`_endpoints.resolve_endpoint` gives them their parameters from settings and a request.
"""

from __future__ import annotations

from . import _endpoints as _e

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

#: Each parameter of the rules: the built-in that gives its value (AWS::Region...),
#: and the client setting that does (a key of `client_context_params`), if any.
PARAMETERS: dict[str, tuple[str | None, str | None]] = {
    "Region": ("AWS::Region", None),
    "UseDualStack": ("AWS::UseDualStack", None),
    "UseFIPS": ("AWS::UseFIPS", None),
    "Endpoint": ("SDK::Endpoint", None),
}

#: The parameters each operation gives (by API name), from its request object.
CONTEXT: dict[str, Callable[[Any], dict[str, Any]]] = {}


def resolve(params: Mapping[str, Any]) -> _e.Endpoint:
    """The endpoint for the rules' parameters, as botocore's EndpointProvider finds
    it; an EndpointError with the rules' message where they give none."""
    region: str | None = _e.string(params, "Region")
    use_dual_stack: bool = _e.boolean(params, "UseDualStack", False, True)
    use_fips: bool = _e.boolean(params, "UseFIPS", False, True)
    endpoint: str | None = _e.string(params, "Endpoint")
    if endpoint is not None:
        if use_fips:
            raise _e.EndpointError(
                "Invalid Configuration: FIPS and custom endpoint are not supported"
            )
        if use_dual_stack:
            raise _e.EndpointError(
                "Invalid Configuration: Dualstack and custom endpoint are not supported"
            )
        return _e.Endpoint(endpoint)
    if region is not None:
        partition_result = _e.partition(region)
        if use_fips and use_dual_stack:
            if partition_result["supportsFIPS"]:
                if partition_result["supportsDualStack"]:
                    return _e.Endpoint(
                        f"https://connect-fips.{region}.{partition_result['dualStackDnsSuffix']}"
                    )
            raise _e.EndpointError(
                "FIPS and DualStack are enabled, but this partition does not support one or both"
            )
        if use_fips:
            if partition_result["supportsFIPS"]:
                if partition_result["name"] == "aws-us-gov":
                    return _e.Endpoint(f"https://connect.{region}.amazonaws.com")
                return _e.Endpoint(
                    f"https://connect-fips.{region}.{partition_result['dnsSuffix']}"
                )
            raise _e.EndpointError(
                "FIPS is enabled but this partition does not support FIPS"
            )
        if use_dual_stack:
            if partition_result["supportsDualStack"]:
                return _e.Endpoint(
                    f"https://connect.{region}.{partition_result['dualStackDnsSuffix']}"
                )
            raise _e.EndpointError(
                "DualStack is enabled but this partition does not support DualStack"
            )
        return _e.Endpoint(f"https://connect.{region}.{partition_result['dnsSuffix']}")
    raise _e.EndpointError("Invalid Configuration: Missing Region")
