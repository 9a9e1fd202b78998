"""botogen: typed Python bindings for AWS services, generated from botocore's models."""

__version__ = "0.1.0"
