"""The Windows build's rules, checked on any machine: Qt trimming on both PyInstaller layouts, and the
version resource made from the one version source."""

from __future__ import annotations

import ast
import sys

import pytest

from pulut_desktop import __version__

from .helpers import REPO

sys.path.insert(0, str(REPO / "packaging"))
import qt_trim
import windows_version

# (path inside _internal, kept?) as PyInstaller 6 lays PySide6 out on each platform.
WINDOWS = [
    (r"PySide6\plugins\platforms\qwindows.dll", True),
    (r"PySide6\plugins\platforms\qoffscreen.dll", True),
    (r"PySide6\plugins\platforms\qdirect2d.dll", False),
    (r"PySide6\plugins\imageformats\qsvg.dll", True),
    (r"PySide6\plugins\imageformats\qjpeg.dll", False),
    (r"PySide6\plugins\imageformats\qwebp.dll", False),
    (r"PySide6\plugins\tls\qschannelbackend.dll", False),
    (r"PySide6\plugins\networkinformation\qnetworklistmanager.dll", False),
    (r"PySide6\plugins\sqldrivers\qsqlite.dll", False),
    (r"PySide6\plugins\styles\qmodernwindowsstyle.dll", True),
    (r"PySide6\plugins\iconengines\qsvgicon.dll", True),
    (r"PySide6\plugins\generic\qtuiotouchplugin.dll", False),
    (r"PySide6\Qt6Core.dll", True),
    (r"PySide6\Qt6Widgets.dll", True),
    (r"PySide6\Qt6Network.dll", False),
    (r"PySide6\Qt6Pdf.dll", False),
    (r"PySide6\Qt6Quick.dll", False),
    (r"PySide6\translations\qtbase_id.qm", True),
    (r"PySide6\translations\qtbase_de.qm", False),
    (r"pulut_desktop\resources\translations\pulut_id.qm", True),
    (r"python311.dll", True),
]
LINUX = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/imageformats/libqgif.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_ja.qm", False),
]


@pytest.mark.parametrize(("dest", "kept"), WINDOWS + LINUX)
def test_qt_trimming_keeps_and_drops_the_same_files_on_both_layouts(dest, kept):
    assert qt_trim.keep(dest) is kept


def test_every_windows_plugin_folder_is_decided_by_the_plugin_rule():
    """The old rule looked for /Qt/plugins/ only, so on Windows every plugin shipped."""
    dropped = [dest for dest, _ in WINDOWS if r"\plugins" in dest and not qt_trim.keep(dest)]
    assert len(dropped) >= 7


def test_version_resource_carries_the_package_version():
    text = windows_version.version_file_text(__version__, "pulut-desktop")
    calls: dict[str, object] = {}

    def record(name):
        def make(*args, **kwargs):
            calls.setdefault(name, []).append((args, kwargs))
            return name

        return make

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]  # fmt: skip
    eval(compile(ast.parse(text, mode="eval"), "version", "eval"), {n: record(n) for n in names})
    strings = dict(args for args, _ in calls["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "pulut-desktop.exe"
    fixed = calls["FixedFileInfo"][0][1]
    assert fixed["filevers"] == fixed["prodvers"] == windows_version.version_tuple(__version__)
    assert len(fixed["filevers"]) == 4


def test_installer_allows_a_machine_wide_install_and_signs_only_when_asked():
    iss = (REPO / "packaging" / "windows" / "pulut-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss
    assert "DefaultDirName={autopf}" in iss
    assert 'GetStringFileInfo(BundleDir + "\\pulut-desktop.exe", "ProductVersion")' in iss
    sign_block = iss.split("#ifdef Sign", 1)[1].split("#endif", 1)[0]
    assert "SignTool=pulutsign" in sign_block
    script = (REPO / "packaging" / "windows" / "sign.ps1").read_text(encoding="utf-8")
    assert "exit 0" in script.split("PULUT_SIGN_CERT) {", 1)[1].split("}", 1)[0]
