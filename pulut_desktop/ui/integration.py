"""Where the shell meets the registration desk pages built in ``ui/registration`` and ``ui/registrations``.

The pages are looked up by module name, so the shell runs (and is tested) whether or not a page has
been written yet: a page whose module does not exist simply gets no navigation entry. Any other import
error (a bug inside an existing page) is raised, never hidden.

Contract with those modules:

- ``pulut_desktop.ui.registration.form.RegistrationFormPage(store, runner, parent=None)`` with
  ``new_registration()`` and ``open_registration(registration_id: str)``;
- ``pulut_desktop.ui.registrations.page.RegistrationsPage(store, runner, parent=None)`` with the signal
  ``sig_registration_open_requested(str)`` and optionally ``refresh()`` / ``focus_search()``;
- ``pulut_desktop.ui.registrations.approvals.ApprovalsPage(store, runner, parent=None)`` (supervisors),
  same signal, optionally ``set_language(str)`` / ``refresh()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..storage.store import Store
from .operations import OperationRunner
from .pages import EXTRA_PAGES

FORM_PAGE = ("pulut_desktop.ui.registration.form", "RegistrationFormPage")
LIST_PAGE = ("pulut_desktop.ui.registrations.page", "RegistrationsPage")
APPROVALS_PAGE = ("pulut_desktop.ui.registrations.approvals", "ApprovalsPage")


def page_class(module_name: str, class_name: str) -> type[QWidget] | None:
    """The page class, or None when its module has not been written yet."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name is not None and module_name.startswith(err.name):
            return None
        raise
    return getattr(module, class_name, None)


@dataclass
class RegistrationPages:
    form: QWidget | None
    registrations: QWidget | None
    approvals: QWidget | None


def build_registration_pages(store: Store, runner: OperationRunner, *, language: str) -> RegistrationPages:
    """Instantiate the registration desk pages that exist; approvals only for supervisors."""
    pages = []
    for spec, wanted in ((FORM_PAGE, True), (LIST_PAGE, True), (APPROVALS_PAGE, store.officer.is_supervisor)):
        cls = page_class(*spec) if wanted else None
        page = cls(store, runner) if cls is not None else None
        if page is not None and hasattr(page, "set_language"):
            page.set_language(language)
        pages.append(page)
    return RegistrationPages(*pages)


def build_extra_pages(store: Store, runner: OperationRunner, *, language: str) -> list[tuple[str, str, QWidget]]:
    """``(key, English title, page)`` for every page of :data:`pages.EXTRA_PAGES` that exists."""
    built = []
    for spec in EXTRA_PAGES:
        if spec.supervisor_only and not store.officer.is_supervisor:
            continue
        cls = page_class(spec.module, spec.class_name)
        if cls is None:
            continue
        page = cls(store, runner)
        if hasattr(page, "set_language"):
            page.set_language(language)
        built.append((spec.key, spec.title, page))
    return built


PageFactory = Callable[..., RegistrationPages]
"""``(store, runner, *, language) -> RegistrationPages``: tests of the shell pass one of their own."""


def no_registration_pages(store: Store, runner: OperationRunner, *, language: str) -> RegistrationPages:
    """The shell alone, for tests that must not depend on the registration desk pages."""
    return RegistrationPages(None, None, None)
