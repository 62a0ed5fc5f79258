"""Messages of field operations (drives, village-list imports, exports, guard rails): ``code -> (id, en)``."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Guard rails
    "guard.not_enrolled": (
        "Laptop ini belum terdaftar di provinsi setelah {days} hari (batas {limit} hari). Pendaftaran baru "
        "dihentikan sampai laptop didaftarkan.",
        "This laptop is still not enrolled with the province after {days} days (limit {limit} days). New "
        "registrations are stopped until it is enrolled.",
    ),
    "guard.too_many_unsent": (
        "{count} pendaftaran belum dikirim ke provinsi (batas {limit}). Kirim data dulu sebelum mendaftar lagi.",
        "{count} registrations have not been sent to the province (limit {limit}). Send data before registering more.",
    ),
    "guard.unsent_too_old": (
        "Pendaftaran tertua yang belum dikirim sudah {days} hari (batas {limit} hari). Kirim data ke provinsi.",
        "The oldest unsent registration is {days} days old (limit {limit} days). Send data to the province.",
    ),
    "guard.clock_behind": (
        "Jam laptop tertinggal {days} hari dari waktu provinsi terakhir ({date}). Perbaiki tanggal dan jam laptop; "
        "kartu dicetak dengan tanggal {date}.",
        "The laptop clock is {days} days behind the province's last known time ({date}). Fix the laptop's date and "
        "time; cards are dated {date}.",
    ),
    "guard.disk_low": (
        "Ruang disk tinggal {free_mb} MB (minimal {limit} MB). Kosongkan ruang disk sebelum mendaftar lagi.",
        "Only {free_mb} MB of disk space left (at least {limit} MB needed). Free some space before registering more.",
    ),
    "guard.blocked": (
        "Pendaftaran baru dihentikan oleh batas pengaman laptop.",
        "New registrations are stopped by a guard rail of this laptop.",
    ),
    # Drives
    "drive.place_required": ("Tempat kegiatan wajib diisi.", "The place of the drive is required."),
    "drive.already_open": (
        "Masih ada kegiatan pendaftaran yang terbuka. Tutup dulu sebelum memulai yang baru.",
        "A registration drive is still open. Close it before starting a new one.",
    ),
    "drive.already_closed": ("Kegiatan ini sudah ditutup.", "This drive is already closed."),
    # Village-list import
    "import.cancelled": (
        "Impor dibatalkan; tidak ada data yang disimpan.",
        "Import cancelled; nothing was saved.",
    ),
    "import.unreadable": (
        "Berkas {file} tidak bisa dibaca sebagai CSV atau XLSX.",
        "The file {file} cannot be read as CSV or XLSX.",
    ),
    "import.unsupported": (
        "Jenis berkas {suffix} tidak didukung. Gunakan CSV atau XLSX.",
        "File type {suffix} is not supported. Use CSV or XLSX.",
    ),
    "import.empty": ("Berkas tidak berisi baris data.", "The file has no data rows."),
    "import.nothing_valid": (
        "Tidak ada baris yang sah untuk diimpor.",
        "There are no valid rows to import.",
    ),
    "import.column_required": (
        "Kolom {field} harus dipetakan.",
        "The {field} column must be mapped.",
    ),
    "import.date_invalid": (
        "Tanggal '{value}' tidak dikenali. Gunakan hh-bb-tttt, hh/bb/tttt atau tttt-bb-hh.",
        "The date '{value}' is not recognised. Use dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd.",
    ),
    "import.sex_invalid": (
        "Jenis kelamin '{value}' tidak dikenali. Gunakan L atau P.",
        "Sex '{value}' is not recognised. Use L or P.",
    ),
    "import.occupation_invalid": (
        "Pekerjaan '{value}' tidak ada di daftar pekerjaan.",
        "Occupation '{value}' is not in the list of occupations.",
    ),
    "import.village_invalid": (
        "Desa '{value}' tidak ditemukan di kecamatan yang dipilih.",
        "Village '{value}' was not found in the chosen district.",
    ),
    "import.village_ambiguous": (
        "Nama desa '{value}' ada lebih dari satu; pakai kode desa.",
        "More than one village is called '{value}'; use the village code.",
    ),
    "import.village_missing": (
        "Desa belum diisi dan tidak ada desa bawaan.",
        "No village given and no default village chosen.",
    ),
    "import.nik_repeated": (
        "NIK sama dengan baris {first_row} di berkas ini.",
        "The NIK is the same as row {first_row} of this file.",
    ),
    "import.nik_exists": (
        "NIK sudah terdaftar di laptop ini ({registration_number}).",
        "The NIK is already registered on this laptop ({registration_number}).",
    ),
    # Exports
    "export.purpose_required": (
        "Tuliskan keperluan ekspor data disabilitas dan ahli waris (dicatat di jejak audit).",
        "Give the purpose of exporting disability and heir data (it is recorded in the audit trail).",
    ),
    "export.purpose_too_long": (
        "Keperluan terlalu panjang (paling banyak {limit} huruf).",
        "The purpose is too long (at most {limit} characters).",
    ),
    "export.specific_data": (
        "Data disabilitas dan ahli waris (data pribadi spesifik; hanya supervisor, dengan keperluan)",
        "Disability and heir data (specific personal data; supervisors only, with a purpose)",
    ),
    "export.purpose": ("Keperluan", "Purpose"),
    "export.cancelled": (
        "Ekspor dibatalkan; berkas tidak dibuat.",
        "Export cancelled; no file was written.",
    ),
    "export.unsupported": (
        "Jenis berkas {suffix} tidak didukung. Gunakan CSV atau XLSX.",
        "File type {suffix} is not supported. Use CSV or XLSX.",
    ),
}
