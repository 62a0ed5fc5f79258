"""Messages of enrollment cards and their verification: ``code -> (Bahasa Indonesia, English)``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cards.error": ("Kartu tidak dapat dibuat.", "The card could not be made."),
    "cards.cancelled": (
        "Pencetakan kartu dibatalkan ({done} dari {total} kartu); tidak ada berkas yang disimpan.",
        "Card printing was cancelled ({done} of {total} cards); no file was saved.",
    ),
    "cards.none": ("Tidak ada kartu untuk dicetak.", "There are no cards to print."),
    "cards.not_printable": (
        "Kartu belum dapat dicetak untuk pendaftaran berstatus {status}.",
        "A card cannot be printed yet for a registration with status {status}.",
    ),
    "cards.no_registration_number": (
        "Pendaftaran belum memiliki nomor registrasi.",
        "The registration has no registration number yet.",
    ),
    "cards.no_name": ("Nama peserta belum diisi.", "The holder's name is missing."),
    "cards.no_birth_date": ("Tanggal lahir belum diisi.", "The birth date is missing."),
    "cards.kpj_invalid": (
        "Nomor KPJ kartu tidak sah (harus 11 angka, hanya pada kartu TERDAFTAR BPJS).",
        "The card's KPJ number is invalid (11 digits, only on an ENROLLED AT BPJS card).",
    ),
    "cards.no_coverage": (
        "Masa perlindungan belum diisi atau tidak benar.",
        "The coverage period is missing or wrong.",
    ),
    "cards.unknown_village": (
        "Kode desa/kelurahan {village_code} tidak ada di daftar wilayah.",
        "Village code {village_code} is not in the region list.",
    ),
    "cards.unknown_occupation": (
        "Pekerjaan {id} tidak ada di daftar pekerjaan.",
        "Occupation {id} is not in the occupation list.",
    ),
    "cards.nik_not_masked": (
        "NIK pada kartu harus disamarkan (6 angka awal dan 4 angka akhir saja).",
        "The NIK on a card must be masked (first 6 and last 4 digits only).",
    ),
    "cards.invalid_device_code": (
        "Kode perangkat {device_code} tidak sah.",
        "Device code {device_code} is not valid.",
    ),
    "cards.qr_too_long": (
        "Data kode QR kartu {registration_number} terlalu panjang.",
        "The QR data of card {registration_number} is too long.",
    ),
    "cards.unknown_layout": (
        "Tata letak cetak {layout} tidak dikenal (pilih kartu atau A4).",
        "Unknown print layout {layout} (choose card or A4).",
    ),
    "cards.write_failed": (
        "Berkas kartu tidak dapat disimpan di {path}: {reason}.",
        "The card file could not be saved at {path}: {reason}.",
    ),
    # Scanning a card's QR code
    "cards.verify.valid": (
        "Kartu asli dan masa perlindungan masih berlaku.",
        "The card is genuine and its coverage is current.",
    ),
    "cards.verify.forged": (
        "Kartu TIDAK ASLI: tanda tangan digital tidak cocok dengan isinya.",
        "The card is NOT genuine: its digital signature does not match its contents.",
    ),
    "cards.verify.unknown_device": (
        "Perangkat penerbit {device_code} tidak dikenal; keaslian kartu belum dapat diperiksa.",
        "The issuing device {device_code} is unknown; the card cannot be checked yet.",
    ),
    "cards.verify.expired": (
        "Kartu asli, tetapi masa perlindungan berakhir pada {coverage_end}.",
        "The card is genuine, but its coverage ended on {coverage_end}.",
    ),
    "cards.verify.training": (
        "Kartu LATIHAN dari laptop mode latihan: TIDAK BERLAKU sebagai kartu peserta.",
        "A TRAINING card from a laptop in training mode: NOT valid as an enrollment card.",
    ),
    "cards.verify.malformed": (
        "Kode QR ini bukan kartu peserta Pulut Ketan.",
        "This QR code is not a Pulut Ketan enrollment card.",
    ),
    # Printing from the store
    "cards.reprint_reason_required": (
        "{count} kartu sudah pernah dicetak. Cetak ulang harus disertai alasan.",
        "{count} card(s) were printed before. A reprint needs a reason.",
    ),
    "cards.no_drive": ("Pilih kegiatan pendaftaran lebih dulu.", "Choose a registration drive first."),
    "cards.record_gone": (
        "Pendaftaran {registration_number} tidak ada lagi; tidak ada cetakan yang dicatat.",
        "Registration {registration_number} no longer exists; no prints were recorded.",
    ),
    "cards.printed": (
        "{count} kartu ditulis ke {path} ({reprints} cetak ulang).",
        "{count} card(s) written to {path} ({reprints} reprint(s)).",
    ),
    "cards.skipped": (
        "Dilewati {registration_number} ({name}): {problem}",
        "Skipped {registration_number} ({name}): {problem}",
    ),
    # Headlines of a verification, shown large by the CLI and the dialog
    "cards.verify.headline.valid": ("SAH", "VALID"),
    "cards.verify.headline.forged": ("PALSU", "FORGED"),
    "cards.verify.headline.unknown_device": ("PERANGKAT TIDAK DIKENAL", "UNKNOWN DEVICE"),
    "cards.verify.headline.expired": ("KEDALUWARSA", "EXPIRED"),
    "cards.verify.headline.malformed": ("TIDAK TERBACA", "MALFORMED"),
    "cards.verify.headline.training": ("LATIHAN — TIDAK BERLAKU", "TRAINING — NOT VALID"),
    # Field labels of a decoded card
    "cards.field.registration_number": ("Nomor registrasi", "Registration number"),
    "cards.field.holder_name": ("Nama", "Name"),
    "cards.field.birth_date": ("Tanggal lahir", "Birth date"),
    "cards.field.village_code": ("Kode desa/kelurahan", "Village code"),
    "cards.field.village": ("Desa/kelurahan", "Village"),
    "cards.field.coverage_end": ("Perlindungan sampai", "Coverage until"),
    "cards.field.status": ("Status kartu", "Card status"),
    "cards.field.kpj": ("Nomor KPJ (BPJS Ketenagakerjaan)", "KPJ number (BPJS Ketenagakerjaan)"),
    "cards.field.device_code": ("Perangkat penerbit", "Issuing device"),
    "cards.field.issued_on": ("Tanggal terbit", "Issued on"),
    "cards.status.PROVISIONAL": ("SEMENTARA", "PROVISIONAL"),
    "cards.status.VALID": ("SAH", "VALID"),
    "cards.status.TRAINING": ("LATIHAN", "TRAINING"),
    "cards.status.ENROLLED": ("TERDAFTAR BPJS", "ENROLLED AT BPJS"),
}
