"""Where the shell meets the pages: the registration desk (form, list, approvals) and the extra pages.

The main window gets its registration desk pages from a :data:`PageFactory`, so tests of the shell can
pass :func:`no_registration_pages` and stay independent of the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..storage.store import Store
from .operations import OperationRunner, Priority
from .pages import EXTRA_PAGES
from .registration.form import RegistrationFormPage
from .registrations.approvals import ApprovalsPage
from .registrations.page import RegistrationsPage


@dataclass
class RegistrationPages:
    form: RegistrationFormPage | None
    registrations: RegistrationsPage | None
    approvals: ApprovalsPage | None


def build_registration_pages(store: Store, runner: OperationRunner, *, language: str) -> RegistrationPages:
    """The registration desk pages; approvals only for supervisors. The list's first page is queued ahead of
    the form's checks and the approval queue: after sign-in the officer looks for a worker first."""
    with runner.prioritised(Priority.NORMAL):
        registrations = RegistrationsPage(store, runner)
    with runner.prioritised(Priority.BACKGROUND):  # not on screen yet
        form = RegistrationFormPage(store, runner)
        approvals = ApprovalsPage(store, runner) if store.officer.is_supervisor else None
    form.set_language(language)
    if approvals is not None:
        approvals.set_language(language)
    return RegistrationPages(form, registrations, approvals)


def build_extra_pages(store: Store, runner: OperationRunner, *, language: str) -> list[tuple[str, str, QWidget]]:
    """``(key, English title, page)`` for every page of :data:`pages.EXTRA_PAGES` this officer may see."""
    built = []
    for spec in EXTRA_PAGES:
        if spec.supervisor_only and not store.officer.is_supervisor:
            continue
        page = spec.page(store, runner)
        if hasattr(page, "set_language"):
            page.set_language(language)
        built.append((spec.key, spec.title, page))
    return built


PageFactory = Callable[..., RegistrationPages]
"""``(store, runner, *, language) -> RegistrationPages``: tests of the shell pass one of their own."""


def no_registration_pages(store: Store, runner: OperationRunner, *, language: str) -> RegistrationPages:
    """The shell alone, for tests that must not depend on the registration desk pages."""
    return RegistrationPages(None, None, None)
