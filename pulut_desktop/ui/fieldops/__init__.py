"""Field operations in the GUI: drives, the village-list import wizard, exports, the dashboard and the
guard-rail banner. The work itself is in :mod:`pulut_desktop.fieldops` (no Qt)."""
