"""What the app says when it opens a vault that was tampered with (issue 12 §2–§3): a vault file replaced by one
with other keys, and each recording the vault's ledger lists and cannot read, or a ledger cut short or altered.
Banners, never dialogs: a recording may be starting."""

from __future__ import annotations

from ..core import messages as M
from ..core.errors import render
from ..core.ledger import LedgerReport, findings
from ..core.vault import VAULT_FILE, Vault
from .banner import BannerArea
from .i18n import translated


def announce_vault(banners: BannerArea, vault: Vault, report: LedgerReport | None) -> None:
    if vault.replaced:
        path = str(vault.home / VAULT_FILE)
        banners.show_message(
            lambda: translated(M.CTX, M.VAULT_REPLACED_WARNING).format(path=path), "error", "vault-replaced"
        )
    for n, (problem, message, params) in enumerate(findings(report) if report is not None else []):
        banners.show_message(
            lambda m=message, p=params: render(M.CTX, m, p, translated),  # type: ignore[misc]
            "error" if problem else "info",
            f"ledger-{n}",
        )
