"""Run the service with uvicorn, draining on SIGTERM.

On SIGTERM or Ctrl-C readiness turns 503 at once and new analysis requests get 503; the
requests already accepted finish (for up to ``drain_timeout_s``), then the process exits.

Example (needs the ``server`` extra)::

    serve(ServeSettings(port=8080))
"""

from __future__ import annotations

import importlib.util
import logging
import math
from types import FrameType

import uvicorn

from affectkit.serve.app import ServiceState, create_app
from affectkit.serve.settings import ServeSettings

log = logging.getLogger("affectkit.serve")


class _DrainingServer(uvicorn.Server):
    """A uvicorn server that marks the service as draining before it stops."""

    def __init__(self, config: uvicorn.Config, state: ServiceState) -> None:
        super().__init__(config)
        self.affect_state = state

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if not self.affect_state.draining:
            log.info("signal %d: draining (readiness 503), finishing accepted requests", sig)
        self.affect_state.draining = True
        super().handle_exit(sig, frame)


def serve(settings: ServeSettings) -> None:
    """Serve until SIGTERM or Ctrl-C.

    Example (blocks, so not run here)::

        serve(ServeSettings(host="127.0.0.1", port=8000))
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = create_app(settings)
    fast = importlib.util.find_spec("httptools") is not None
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        http="httptools" if fast else "h11",
        loop="uvloop" if importlib.util.find_spec("uvloop") is not None else "asyncio",
        access_log=False,  # our own log lines name the route and status, never a text
        timeout_graceful_shutdown=max(1, math.ceil(settings.drain_timeout_s)),  # never None: that waits forever
        log_level="info",
    )
    _DrainingServer(config, app.state.affect).run()
