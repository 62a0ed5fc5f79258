"""Only pulut_desktop/ui imports Qt, so the core runs headless on the province server and in CI."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pulut_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def test_no_core_module_imports_qt():
    offenders = {str(p.relative_to(PACKAGE)): qt_imports(p.read_text()) for p in core_modules()}
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(core_modules()) > 20


def test_the_check_catches_a_violation():
    assert qt_imports("from PySide6.QtCore import QObject\n") == ["PySide6.QtCore"]
    assert qt_imports("import shiboken6\nimport os\n") == ["shiboken6"]
    assert qt_imports("def f():\n    import PySide6.QtWidgets as w\n") == ["PySide6.QtWidgets"]
