"""Messages of the BPJS result import at the province (``pulut-province bpjs-import``): ``code -> (id, en)``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "bpjs.file_type": (
        "Berkas {path} bukan CSV atau XLSX.",
        "File {path} is not CSV or XLSX.",
    ),
    "bpjs.file_unreadable": (
        "Berkas {path} tidak dapat dibaca ({problem}).",
        "File {path} cannot be read ({problem}).",
    ),
    "bpjs.file_too_large": ("Berkas {path} lebih dari {limit_mb} MB.", "File {path} is larger than {limit_mb} MB."),
    "bpjs.file_encoding": (
        "Berkas {path} bukan teks UTF-8; simpan ulang sebagai CSV UTF-8.",
        "File {path} is not UTF-8 text; save it again as CSV UTF-8.",
    ),
    "bpjs.file_empty": ("Berkas {path} kosong (tidak ada baris judul).", "File {path} is empty (no header row)."),
    "bpjs.too_many_rows": ("Berkas berisi lebih dari {limit} baris.", "The file holds more than {limit} rows."),
    "bpjs.header_duplicate": ('Judul kolom "{header}" muncul dua kali.', 'Column header "{header}" appears twice.'),
    "bpjs.map_syntax": (
        'Pemetaan "{item}" tidak sah; tulis --map kolom=Judul.',
        'Mapping "{item}" is not valid; write --map field=Header.',
    ),
    "bpjs.map_field_unknown": (
        'Kolom "{field}" tidak dikenal; pilihan: {fields}.',
        'Unknown field "{field}"; choose from: {fields}.',
    ),
    "bpjs.map_header_missing": (
        'Judul "{header}" (untuk {field}) tidak ada di berkas.',
        'Header "{header}" (for {field}) is not in the file.',
    ),
    "bpjs.map_incomplete": (
        "Kolom {fields} tidak ditemukan; petakan dengan --map kolom=Judul. Judul di berkas: {headers}.",
        "Fields {fields} not found; map them with --map field=Header. Headers in the file: {headers}.",
    ),
    "bpjs.nik_as_number": (
        "NIK tersimpan sebagai angka (digit terakhir bisa hilang); format kolom NIK sebagai teks.",
        "NIK stored as a number (its last digit may be lost); format the NIK column as text.",
    ),
    "bpjs.nik_invalid": ("NIK harus 16 angka.", "The NIK must be 16 digits."),
    "bpjs.kpj_invalid": ("Nomor KPJ harus {length} angka.", "The KPJ number must be {length} digits."),
    "bpjs.rejected_with_kpj": (
        "Baris ditolak tetapi berisi nomor KPJ.",
        "The row is a rejection but holds a KPJ number.",
    ),
    "bpjs.reason_missing": ("Penolakan tanpa alasan.", "A rejection without a reason."),
    "bpjs.reason_too_long": ("Alasan lebih dari {limit} karakter.", "The reason is longer than {limit} characters."),
    "bpjs.dates_order": (
        "Tanggal berakhir sebelum tanggal efektif.",
        "The end date is before the effective date.",
    ),
    "bpjs.date_invalid": (
        "Tanggal {field} tidak sah (pakai TTTT-BB-HH atau HH/BB/TTTT).",
        "Date {field} is not valid (use YYYY-MM-DD or DD/MM/YYYY).",
    ),
    "bpjs.status_unknown": (
        'Status "{status}" tidak dikenal (TERDAFTAR atau DITOLAK).',
        'Unknown status "{status}" (TERDAFTAR or DITOLAK).',
    ),
    "bpjs.no_outcome": (
        "Baris tanpa nomor KPJ dan tanpa alasan penolakan.",
        "The row has neither a KPJ number nor a rejection reason.",
    ),
    "bpjs.unmatched": (
        "NIK ini bukan pendaftaran yang diterima provinsi.",
        "This NIK is not a registration accepted by the province.",
    ),
    "bpjs.conflict_in_file": (
        "NIK yang sama muncul dengan hasil berbeda (baris {lines}).",
        "The same NIK appears with different results (rows {lines}).",
    ),
    "bpjs.conflict_stored_kpj": (
        "Nomor KPJ berbeda dari yang sudah tersimpan ({kpj}).",
        "The KPJ number differs from the one already stored ({kpj}).",
    ),
    "bpjs.conflict_stored_enrolled": (
        "Peserta sudah terdaftar dengan KPJ {kpj}; penolakan tidak diterapkan.",
        "Already enrolled with KPJ {kpj}; the rejection is not applied.",
    ),
    "province.bpjs_imported": (
        "Hasil BPJS diimpor dari {path}: {rows} baris, {added} baru, {updated} diperbarui, {unchanged} tetap.",
        "BPJS result imported from {path}: {rows} rows, {added} new, {updated} updated, {unchanged} unchanged.",
    ),
    "province.bpjs_import_refused": (
        "Tidak ada yang diimpor: {count} baris bermasalah; laporan galat: {path}",
        "Nothing imported: {count} rows have problems; error report: {path}",
    ),
    "province.bpjs_mapping_saved": (
        "Pemetaan kolom disimpan untuk tata letak berkas ini: {mapping}",
        "Column mapping saved for this file layout: {mapping}",
    ),
}
