"""CLI command ``dyadline serve``: the reading room over a store.

Thin: parses the arguments into ``dyadline.web.Settings`` and runs the app with
uvicorn. Needs the optional extra ``web`` (``pip install 'dyadline[web]'``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dyadline.cli.core import add_db_argument
from dyadline.cli.options import positive_int
from dyadline.errors import DyadlineError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="the reading room: read, filter and review in the browser")
    add_db_argument(p)
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1; any other needs --token for writes)",
    )
    p.add_argument("--port", type=positive_int("--port"), default=8000, help="default 8000")
    p.add_argument(
        "--read-only", action="store_true", help="open the database read-only; no reviews"
    )
    p.add_argument(
        "--token",
        default=None,
        metavar="T",
        help="token that writes need on a non-local address (default: $DYADLINE_TOKEN)",
    )
    p.add_argument(
        "--max-upload-mb", type=positive_int("--max-upload-mb"), default=20, metavar="MB"
    )
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from dyadline.web import Settings, serve
    except ImportError as exc:
        raise DyadlineError(
            "dyadline serve",
            f"the web extra is not installed ({exc.name} missing)",
            "pip install 'dyadline[web]'",
        ) from exc
    from dyadline.store import Store

    with Store(args.db, create=False, read_only=args.read_only):
        pass  # a missing or foreign file is refused here, before the server starts
    token = args.token or os.environ.get("DYADLINE_TOKEN") or None
    settings = Settings(
        db=Path(args.db),
        host=args.host,
        port=args.port,
        read_only=args.read_only,
        token=token,
        max_upload=args.max_upload_mb * 1024 * 1024,
    )
    if not settings.local and not token and not args.read_only:
        sys.stderr.write(
            f"dyadline: serving on {args.host} without --token: reviews and uploads are refused\n"
        )
    sys.stderr.write(f"dyadline reading room on http://{args.host}:{args.port}/ ({args.db})\n")
    serve(settings)
    return 0
