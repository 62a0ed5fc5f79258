"""Which of Qt's files the bundle keeps: the rule the PyInstaller spec applies to every collected file.

PyInstaller lays PySide6 out differently per platform, and the rule must hold on both:
  Linux:   PySide6/Qt/plugins/platforms/libqxcb.so     PySide6/Qt/lib/libQt6Network.so.6
           PySide6/Qt/translations/qtbase_id.qm
  Windows: PySide6/plugins/platforms/qwindows.dll      PySide6/Qt6Network.dll
           PySide6/translations/qtbase_id.qm
tests/packaging/test_qt_trim.py checks it against both shapes of path.
"""

from __future__ import annotations

# Plugins: keep the platforms an officer's laptop (X11, Windows) and the self-test (offscreen) need,
# SVG/ICO images and icons, input methods; drop Wayland (X11/XWayland is used instead), EGL device
# integrations, network/TLS/SQL/print plugins and image formats the app never loads.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"libqxcb", "libqoffscreen", "qwindows", "qoffscreen", "qminimal"},
    "imageformats": {"libqsvg", "libqico", "qsvg", "qico"},
    "iconengines": None,  # all (the SVG icon engine)
    "platforminputcontexts": None,  # compose keys and IBus on Linux
    "xcbglintegrations": None,
    "styles": None,  # Windows 11 / Vista styles on Windows
}
DROP_LIBRARIES = (
    "qt6network", "qt6qml", "qt6quick", "qt6pdf", "qt6opengl", "qt6wayland", "qt6wlshell", "qt6eglfs",
    "qt6sql", "qt6test", "qt6virtualkeyboard", "qt6designer",
)  # fmt: skip
QT_TRANSLATIONS_KEPT = ("_en.qm", "_id.qm")
_PLUGIN_FOLDERS = ("/PySide6/Qt/plugins/", "/PySide6/plugins/", "/Qt/plugins/", "/Qt6/plugins/")


def norm(dest: str) -> str:
    return dest.replace("\\", "/")


def keep(dest: str) -> bool:
    """Whether the bundle keeps the file it would place at ``dest`` (relative to ``_internal``)."""
    dest = norm(dest)
    rooted = f"/{dest}"
    folder = next((f for f in _PLUGIN_FOLDERS if f in rooted), None)
    if folder is not None:
        parts = rooted.split(folder, 1)[1].split("/")
        if len(parts) < 2:
            return True
        kind, stem = parts[0], parts[1].split(".")[0]
        if kind not in KEEP_PLUGINS:
            return False
        wanted = KEEP_PLUGINS[kind]
        return wanted is None or stem in wanted
    if "/translations/" in rooted and dest.endswith(".qm") and "PySide6" in dest:
        return dest.endswith(QT_TRANSLATIONS_KEPT)
    base = dest.rsplit("/", 1)[-1]
    return not any(lib in base.lower() for lib in DROP_LIBRARIES)
