"""Field operations: registration drives, village-list imports, exports, dashboard numbers and guard rails.

No Qt here: the widgets in ``pulut_desktop.ui.fieldops`` call these functions through the runner.
"""
