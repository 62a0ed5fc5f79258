"""The handbook: every screenshot it shows exists, every main screen's F1 anchor resolves, and it prints."""

import os

from pypdf import PdfReader

from pulut_desktop.handbook import HANDBOOK, SCREEN_ANCHORS, docs_dir, handbook


def test_every_referenced_screenshot_exists():
    book = handbook(HANDBOOK)
    assert len(book.images) >= 10
    missing = [image for image in book.images if not (docs_dir() / image).is_file()]
    assert missing == []


def test_every_main_screen_has_a_help_anchor_that_resolves():
    anchors = handbook(HANDBOOK).anchors
    unresolved = {screen: anchor for screen, anchor in SCREEN_ANCHORS.items() if anchor not in anchors}
    assert unresolved == {}
    for anchor in set(SCREEN_ANCHORS.values()):
        assert f'id="{anchor}"' in handbook(HANDBOOK).html


def test_handbook_prints_to_pdf_with_its_pictures(qapp, tmp_path):
    from pulut_desktop.ui.help import write_pdf

    target = write_pdf(tmp_path / "panduan.pdf")
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    # Body sentences (headings are split after their first letter by the PDF text extractor).
    for phrase in ("Tanda merah harus diperbaiki", "Admin mencabut laptop tersebut", "Pusat layanan BPJS"):
        assert phrase in text
    images = sum(len(page.images) for page in reader.pages)
    assert images >= len(set(handbook(HANDBOOK).images))
    assert os.path.getsize(target) > 100_000
