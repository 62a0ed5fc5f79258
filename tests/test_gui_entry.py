"""``pulut-desktop`` with no subcommand starts the GUI with the data dir it was given."""

from pulut_desktop import launcher


def test_gui_gets_the_data_dir_as_given(monkeypatch, tmp_path):
    seen = {}

    def fake_main(argv, data_dir):
        seen["data_dir"] = data_dir
        return 0

    monkeypatch.setattr("pulut_desktop.ui.app.main", fake_main)
    assert launcher.main(["--data-dir", str(tmp_path)]) == 0
    assert seen["data_dir"] == tmp_path
    assert launcher.main([]) == 0
    assert seen["data_dir"] is None  # the GUI then uses the folder remembered by its wizard
