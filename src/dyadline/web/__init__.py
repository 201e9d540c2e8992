"""``dyadline serve``: the analyst's reading room (FastAPI on uvicorn).

Reads: a dyadline store. Adds: a local web application to read documents with
their events, filter and download events, see timelines, networks and claims,
review events and upload documents. ``create_app(Settings(db=...))`` builds it;
``serve`` runs it with uvicorn. Needs the optional extra ``web``.
"""

from __future__ import annotations

from dyadline.web.app import Settings, create_app

__all__ = ["Settings", "create_app", "serve"]


def serve(settings: Settings) -> None:
    """Run the reading room until interrupted."""
    import uvicorn

    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")
