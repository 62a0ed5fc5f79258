"""Near matches: the entered worker beside the similar registrations already on the laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.nik import mask_nik
from ...domain.reference import regions
from ...domain.registration import Registration
from ...storage.registrations import SimilarRegistration
from ..registrations.labels import status_label


class NearMatchDialog(QDialog):
    """Asks whether the worker is someone already registered. ``open_id`` is set when the officer
    chose to open an existing record instead; ``accept()`` means "a different person"."""

    def __init__(
        self, entered: Registration, candidates: list[SimilarRegistration], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.setMinimumWidth(720)
        self.open_id: str | None = None
        self._candidates = candidates
        intro = QLabel(
            self.tr(
                "A registration with the same birth date and village and a similar name already exists. "
                "Compare them with the KTP. Is this the same person?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(6, 1 + len(candidates), self)
        self.table.setVerticalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("NIK"),
                self.tr("Date of birth"),
                self.tr("Village"),
                self.tr("Registration no."),
                self.tr("Status"),
            ]
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Being entered")] + [self.tr("Existing {n}").format(n=i + 1) for i in range(len(candidates))]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        village = regions().get(entered.village_code)
        columns = [
            [
                entered.full_name.upper(),
                mask_nik(entered.nik),
                entered.birth_date.strftime("%d-%m-%Y") if entered.birth_date else "",
                village.name if village else entered.village_code,
                self.tr("(new)"),
                "",
            ]
        ]
        for c in candidates:
            other_village = regions().get(c.village_code)
            columns.append(
                [
                    c.full_name,
                    c.masked_nik,
                    c.birth_date.strftime("%d-%m-%Y") if c.birth_date else "",
                    other_village.name if other_village else c.village_code,
                    c.registration_number,
                    status_label(c.status),
                ]
            )
        for column, values in enumerate(columns):
            for row, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setBackground(Qt.GlobalColor.transparent)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(self.table.verticalHeader().length() + self.table.horizontalHeader().height() + 4)

        self.buttons = QDialogButtonBox(self)
        self.different_button = self.buttons.addButton(
            self.tr("Different person — save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Same person — open the existing record"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.buttons.addButton(self.tr("Check again"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # Enter never confirms by accident
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    def candidate_ids(self) -> list[str]:
        return [c.id for c in self._candidates]

    def _on_open_button_clicked(self) -> None:
        column = self.table.currentColumn()
        index = column - 1 if column >= 1 else 0
        self.open_id = self._candidates[index].id
        self.done(QDialog.DialogCode.Rejected)
