"""Where botogen's own files are: its templates and its models.

The repository keeps them at the top, in `templates/` and `models/`; the distribution
ships them as the packages `generator.templates` and `generator.models` (pyproject.toml
maps the folders), so that a wheel, an sdist or an editable install finds them with
importlib.resources, from any working directory.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def folder(package: str) -> Path:
    """The folder of a data package. botogen is installed as files (pip never installs
    a wheel zipped), and its stages want paths: models are named in error messages."""
    found = files(package)
    if not isinstance(found, Path):
        raise RuntimeError(f"botogen's {package} is not a folder on disk: {found}")
    return found


#: The Jinja2 templates of a generated package; `static/` holds the modules copied
#: into every package as they are.
TEMPLATES = folder("generator.templates")

#: The vendored models, `<service>/<api version>/service-2.json` and files beside it,
#: and the JSON Schema of the model format.
MODELS = folder("generator.models")
