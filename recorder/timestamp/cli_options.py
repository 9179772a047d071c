"""The trusted-time options shared by ``recorder record`` and ``recorder export`` (issue 7, item 1).

``add_tsa_options(parser)`` adds ``--tsa URL`` (repeatable, tried in order), ``--tsa-root PEM`` (repeatable),
``--tsa-copies {1,2}`` and ``--stamp-every MIN``; the command then calls :func:`start_stamper` after
``Session.start`` (and ``stamper.stop()`` after the seal), or :func:`send_before_export` before exporting.
Bad values end in one sentence (a RecorderError), which the CLI prints with exit 2.
"""

from __future__ import annotations

import argparse
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translate
from .authorities import StampSettings, parse_authority

if TYPE_CHECKING:  # the stamping machinery (HTTP, X.509) is loaded when used: `recorder verify` never needs it
    from ..core.session import Session
    from ..core.vault import Vault
    from .stamper import Outcome, Stamper
    from .trust import TrustStore


def add_tsa_options(parser: argparse.ArgumentParser, *, recording: bool = True) -> None:
    """The options; ``recording=False`` (export) leaves out the cadence, which only matters while recording."""
    parser.add_argument(
        "--tsa",
        metavar="URL",
        action="append",
        help=translate("CLI", "a time-stamp authority to ask, tried in order (repeat for more; default: settings)"),
    )
    parser.add_argument(
        "--tsa-root",
        metavar="PEM",
        action="append",
        help=translate("CLI", "also trust this root certificate for time-stamp tokens (repeatable)"),
    )
    parser.add_argument(
        "--tsa-copies",
        type=int,
        choices=(1, 2),
        help=translate("CLI", "ask 2 different authorities for each stamp"),
    )
    if not recording:
        return
    parser.add_argument(
        "--stamp-every",
        metavar="MIN",
        type=float,
        help=translate("CLI", "minutes between time stamps of the newest checkpoint while recording (default 5)"),
    )


def settings_from_args(args: argparse.Namespace, base: StampSettings | None = None) -> StampSettings:
    """``base`` (the saved settings, or the defaults) with what the command line overrides."""
    s = base or StampSettings()
    urls = getattr(args, "tsa", None)
    if urls:
        s.authorities = [parse_authority(u) for u in urls]
    roots = getattr(args, "tsa_root", None)
    if roots:
        s.root_files = [*s.root_files, *(Path(r) for r in roots)]
    if getattr(args, "tsa_copies", None):
        s.copies = int(args.tsa_copies)
    every = getattr(args, "stamp_every", None)
    if every is not None and every > 0:
        s.interval_minutes = float(every)
    return s


def trust_from(settings: StampSettings) -> TrustStore:
    from .trust import TrustStore

    return TrustStore.from_files(settings.root_files)


def check_args(args: argparse.Namespace) -> tuple[StampSettings, TrustStore]:
    """Validate the options before anything starts (a bad address or root file is exit 2, nothing recorded)."""
    settings = settings_from_args(args)
    return settings, trust_from(settings)


def start_stamper(args: argparse.Namespace, session: Session, vault: Vault | None = None) -> Stamper:
    """Start stamping ``session`` in the background; stamps left by earlier sessions of ``vault`` go too."""
    from .stamper import stamp_session

    return stamp_session(session, settings_from_args(args), vault)


def send_before_export(args: argparse.Namespace, vault: Vault, session_ids: Iterable[str]) -> list[Outcome]:
    """Send the queued stamps of the sessions about to be exported, so the archive carries them.

    Bounded: the first stamp that no authority answers ends the pass (the rest would wait as long for nothing).
    """
    from .stamper import send_pending

    settings, trust = check_args(args)
    if not settings.authorities:
        return []
    give_up_early = threading.Event()
    give_up_early.set()
    return send_pending([vault.session_dir(s) for s in session_ids], settings, trust, give_up_early)
