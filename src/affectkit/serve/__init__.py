"""The HTTP service and its web page (extra ``server``): ``affectkit serve``.

Example (needs the ``server`` extra)::

    from affectkit.serve import ServeSettings, create_app

    app = create_app(ServeSettings(port=8080))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from affectkit.serve.settings import ServeSettings

if TYPE_CHECKING:
    from affectkit.serve.app import create_app

__all__ = ["ServeSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from affectkit.errors import MissingDependencyError

        try:
            from affectkit.serve.app import create_app
        except ImportError as error:
            raise MissingDependencyError(
                f"the HTTP service needs {error.name}: pip install 'affectkit[server]'"
            ) from error
        return create_app
    raise AttributeError(name)
