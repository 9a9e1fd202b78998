"""The vendored service models and the JSON Schema of the model format: package data
of botogen, shipped as `generator.models`."""
