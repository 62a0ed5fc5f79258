"""Messages of the domain rules, the store and accounts: ``code -> (Bahasa Indonesia, English)``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "error.unexpected": (
        "Terjadi kesalahan tak terduga ({detail}).",
        "An unexpected error occurred ({detail}).",
    ),
    # NIK
    "nik.length": (
        "NIK harus 16 angka; yang diketik {length} angka.",
        "A NIK has 16 digits; {length} were typed.",
    ),
    "nik.not_digits": ("NIK hanya boleh berisi angka.", "A NIK may contain digits only."),
    "nik.unknown_province": (
        "Dua angka pertama NIK ({province}) bukan kode provinsi. Periksa kembali KTP.",
        "The first two digits of the NIK ({province}) are not a province code. Check the KTP again.",
    ),
    "nik.impossible_date": (
        "Angka tanggal lahir di NIK ({digits}) bukan tanggal yang mungkin. Periksa angka ke-7 s.d. 12.",
        "The birth-date digits of the NIK ({digits}) are not a possible date. Check digits 7 to 12.",
    ),
    "nik.serial_zero": (
        "Empat angka terakhir NIK tidak boleh 0000.",
        "The last four digits of a NIK cannot be 0000.",
    ),
    "nik.birth_date_mismatch": (
        "Tanggal lahir berbeda dari tanggal di NIK ({nik_date}). Boleh disimpan jika KTP memang begitu.",
        "The birth date differs from the date in the NIK ({nik_date}). You may save if the KTP says so.",
    ),
    "nik.sex_mismatch": (
        "Jenis kelamin berbeda dari NIK (NIK menunjukkan {nik_sex}). Periksa KTP.",
        "Sex differs from the NIK (the NIK says {nik_sex}). Check the KTP.",
    ),
    "nik.outside_riau": (
        "NIK diterbitkan di luar Riau ({name}). Tidak apa-apa bila pekerja pindah ke Riau.",
        "The NIK was issued outside Riau ({name}). That is fine if the worker moved to Riau.",
    ),
    "nik.unknown_district": (
        "Kode kecamatan di NIK ({district}) tidak ada di daftar 2025; mungkin kode lama sebelum pemekaran.",
        "The district code in the NIK ({district}) is not in the 2025 list; it may predate a split.",
    ),
    # Age (programme rules)
    "age.warn_below": (
        "Umur {age} tahun: di bawah {limit} tahun. Periksa tanggal lahir; boleh disimpan.",
        "Age {age}: under {limit}. Check the birth date; it may be saved.",
    ),
    "age.warn_above": (
        "Umur {age} tahun: di atas {limit} tahun. Periksa tanggal lahir; boleh disimpan.",
        "Age {age}: over {limit}. Check the birth date; it may be saved.",
    ),
    "age.block_below": (
        "Umur {age} tahun: di bawah batas program ({limit} tahun). Tidak dapat didaftarkan.",
        "Age {age}: under the programme's limit ({limit}). Cannot be registered.",
    ),
    "age.block_above": (
        "Umur {age} tahun: di atas batas program ({limit} tahun). Tidak dapat didaftarkan.",
        "Age {age}: over the programme's limit ({limit}). Cannot be registered.",
    ),
    # KK
    "kk.length": (
        "No. KK harus 16 angka; yang diketik {length} angka.",
        "A KK number has 16 digits; {length} were typed.",
    ),
    "kk.not_digits": ("No. KK hanya boleh berisi angka.", "A KK number may contain digits only."),
    "kk.unknown_province": (
        "Dua angka pertama No. KK ({province}) bukan kode provinsi.",
        "The first two digits of the KK number ({province}) are not a province code.",
    ),
    "kk.impossible_date": (
        "Angka tanggal di No. KK ({digits}) bukan tanggal yang mungkin. Periksa KK; boleh disimpan.",
        "The date digits of the KK number ({digits}) are not a possible date. Check the KK; it may be saved.",
    ),
    "kk.future_date": (
        "Tanggal di No. KK ({digits}) ada di masa depan. Periksa KK; boleh disimpan.",
        "The date in the KK number ({digits}) is in the future. Check the KK; it may be saved.",
    ),
    "kk.serial_zero": (
        "Empat angka terakhir No. KK tidak boleh 0000.",
        "The last four digits of a KK number cannot be 0000.",
    ),
    "kk.same_as_nik": (
        "No. KK sama dengan NIK; biasanya berbeda.",
        "The KK number equals the NIK; they usually differ.",
    ),
    # Canonical spelling (domain/canonical.py): what the province refuses a record for, field by field
    "nik.not_canonical": (
        "NIK pada {field} harus tepat 16 angka ASCII tanpa spasi atau karakter lain.",
        "The NIK in {field} must be exactly 16 ASCII digits with no spaces or other characters.",
    ),
    "kk.not_canonical": (
        "No. KK pada {field} harus tepat 16 angka ASCII tanpa spasi atau karakter lain.",
        "The KK number in {field} must be exactly 16 ASCII digits with no spaces or other characters.",
    ),
    "phone.not_canonical": (
        "Nomor HP pada {field} harus ditulis +62 diikuti 8-12 angka.",
        "The phone number in {field} must be +62 followed by 8-12 digits.",
    ),
    "text.control_character": (
        "Isian {field} memuat karakter kendali atau tak terlihat ({codepoint}).",
        "The field {field} holds a control or invisible character ({codepoint}).",
    ),
    "text.bidi_control": (
        "Isian {field} memuat karakter pembalik arah teks ({codepoint}).",
        "The field {field} holds a text-direction override character ({codepoint}).",
    ),
    "text.not_nfc": (
        "Isian {field} tidak dalam bentuk Unicode NFC.",
        "The field {field} is not in Unicode NFC form.",
    ),
    "text.spacing": (
        "Isian {field} memuat spasi di awal, di akhir, atau berulang.",
        "The field {field} has leading, trailing or repeated spaces.",
    ),
    "text.too_long": (
        "Isian {field} terlalu panjang ({length} karakter, maksimal {limit}).",
        "The field {field} is too long ({length} characters, at most {limit}).",
    ),
    # Other fields
    "name.required": ("Nama lengkap sesuai KTP wajib diisi.", "The full name as on the KTP is required."),
    "name.too_long": (
        "Nama terlalu panjang (maksimal {limit} huruf).",
        "The name is too long (at most {limit} characters).",
    ),
    "birth_place.required": ("Tempat lahir wajib diisi.", "The place of birth is required."),
    "birth_date.required": ("Tanggal lahir wajib diisi.", "The birth date is required."),
    "birth_date.future": (
        "Tanggal lahir tidak boleh di masa depan.",
        "The birth date cannot be in the future.",
    ),
    "sex.required": ("Jenis kelamin wajib dipilih.", "Sex is required."),
    "address.required": ("Alamat wajib diisi.", "The address is required."),
    "village.unknown": ("Pilih desa/kelurahan dari daftar.", "Choose a village from the list."),
    "phone.not_indonesian": (
        "Nomor HP harus nomor Indonesia (+62).",
        "The phone number must be Indonesian (+62).",
    ),
    "phone.not_digits": ("Nomor HP hanya boleh berisi angka.", "A phone number may contain digits only."),
    "phone.length": (
        "Panjang nomor telepon tidak sesuai ({length} angka).",
        "The phone number has the wrong length ({length} digits).",
    ),
    "phone.mobile_length": (
        "Nomor HP 08xx harus {low}-{high} angka; yang diketik {length} angka.",
        "A 08xx mobile number has {low}-{high} digits; {length} were typed.",
    ),
    "phone.not_mobile": (
        "Isi nomor HP yang aktif (08xx), bukan telepon rumah atau nomor layanan.",
        "Give an active mobile number (08xx), not a landline or a service number.",
    ),
    "phone.required": (
        "Nomor HP aktif wajib diisi (aturan program).",
        "An active mobile number is required (programme rules).",
    ),
    "funding.closed": (
        "Sumber dana {source} tidak dibuka untuk kabupaten/kota {regency} tahun anggaran {year}.",
        "Funding source {source} is not open for regency {regency} in budget year {year}.",
    ),
    "funding.dbh_sawit_occupation": (
        "Pekerjaan ini tidak termasuk penerima DBH Sawit. Pilih sumber dana APBD.",
        "This occupation may not be funded from DBH Sawit. Choose APBD.",
    ),
    "occupation.unknown": ("Pilih pekerjaan dari daftar.", "Choose an occupation from the list."),
    "occupation.note_required": ("Tuliskan jenis pekerjaannya.", "Describe the occupation."),
    "programmes.must_be_jkk_jkm": (
        "Pulut Ketan hanya menanggung JKK dan JKM.",
        "Pulut Ketan covers JKK and JKM only.",
    ),
    "coverage.start_required": (
        "Bulan mulai perlindungan wajib diisi.",
        "The coverage start month is required.",
    ),
    "coverage.start_not_first_of_month": (
        "Perlindungan mulai pada tanggal 1 suatu bulan.",
        "Coverage starts on the first day of a month.",
    ),
    "coverage.months_range": (
        "Lama perlindungan 1 sampai {limit} bulan.",
        "Coverage lasts 1 to {limit} months.",
    ),
    "heirs.none": (
        "Belum ada ahli waris. Sebaiknya isi minimal satu.",
        "No heir yet. At least one is advisable.",
    ),
    "heirs.too_many": ("Paling banyak {limit} ahli waris.", "At most {limit} heirs."),
    "heir.name_required": (
        "Nama ahli waris baris {row} wajib diisi.",
        "The name of heir row {row} is required.",
    ),
    "heir.same_nik_as_worker": (
        "NIK ahli waris baris {row} sama dengan NIK pekerja.",
        "The NIK of heir row {row} equals the worker's NIK.",
    ),
    "consent.required": (
        "Persetujuan pekerja wajib dicatat sebelum menyimpan (UU 27/2022).",
        "The worker's consent must be recorded before saving (UU 27/2022).",
    ),
    "consent.method_required": ("Pilih cara persetujuan diberikan.", "Choose how consent was given."),
    "consent.witness_required": (
        "Persetujuan lisan memerlukan nama saksi.",
        "Verbal consent needs a witness's name.",
    ),
    "registration_number.invalid": (
        "Nomor registrasi tidak dikenali.",
        "Registration number not recognised.",
    ),
    "status.transition": (
        "Status tidak dapat diubah dari {current} ke {new}.",
        "The status cannot change from {current} to {new}.",
    ),
    "validation": (
        "Data belum lengkap atau belum benar ({field}).",
        "The data is incomplete or wrong ({field}).",
    ),
}

MESSAGES.update(
    {
        # Store and accounts
        "store.not_initialised": (
            "Folder data {path} belum disiapkan. Jalankan penyiapan awal dulu.",
            "The data folder {path} is not set up yet. Run the first-time setup.",
        ),
        "store.already_exists": (
            "Folder {path} sudah berisi data Pulut. Pilih folder lain atau masuk dengan akun yang ada.",
            "The folder {path} already holds Pulut data. Choose another folder or sign in.",
        ),
        "store.too_new": (
            "Data ini dibuat oleh versi Pulut Desktop yang lebih baru ({revision}). Perbarui aplikasi; data tidak diubah.",
            "This data was written by a newer Pulut Desktop ({revision}). Update the app; the data was not changed.",
        ),
        "store.corrupt": (
            "Penyimpanan rusak atau tidak dapat dibaca ({detail}). Pulihkan dari cadangan terakhir.",
            "The store is damaged or unreadable ({detail}). Restore the latest backup.",
        ),
        "store.keyring_corrupt": (
            "File kunci (keyring.json) rusak ({detail}). Hubungi supervisor.",
            "The key file (keyring.json) is damaged ({detail}). Contact your supervisor.",
        ),
        "store.wrong_key": ("Kunci penyimpanan salah.", "Wrong store key."),
        "login.failed": ("Nama pengguna atau kata sandi salah.", "Wrong username or password."),
        "login.locked": (
            "Terlalu banyak percobaan yang salah. Akun dikunci; coba lagi dalam {minutes} menit.",
            "Too many wrong attempts. The account is locked; try again in {minutes} minute(s).",
        ),
        "permission.denied": ("Hanya supervisor yang dapat melakukan ini.", "Only a supervisor can do this."),
        "password.too_short": (
            "Kata sandi minimal {minimum} karakter.",
            "A password needs at least {minimum} characters.",
        ),
        "password.mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
        "officer.exists": ("Nama pengguna {username} sudah dipakai.", "The username {username} is taken."),
        "officer.unknown": ("Petugas {username} tidak dikenal.", "Officer {username} is not known."),
        "officer.username_invalid": (
            "Nama pengguna 3-40 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf.",
            "A username has 3-40 characters: lower-case letters, digits, dot, underscore or dash, starting with a letter.",
        ),
        "officer.cannot_remove_self": (
            "Anda tidak dapat menonaktifkan akun sendiri.",
            "You cannot deactivate your own account.",
        ),
        "device.regency_unknown": (
            "Kabupaten/kota {regency} tidak dikenal.",
            "Regency {regency} is not known.",
        ),
        "record.not_found": ("Data tidak ditemukan.", "Record not found."),
        "registration.duplicate_nik": (
            "NIK ini sudah terdaftar di laptop ini ({registration_number}).",
            "This NIK is already registered on this laptop ({registration_number}).",
        ),
        "registration.nik_on_roster": (
            "NIK ini kemungkinan sudah terdaftar di provinsi (daftar NIK dari provinsi). Tanyakan kepada pekerja "
            "apakah ia sudah pernah didaftarkan.",
            "This NIK is probably registered at the province already (the province's NIK roster). Ask the worker "
            "whether they were registered before.",
        ),
        "registration.stale_version": (
            "Data ini sudah diubah orang lain sejak dibuka. Buka ulang lalu ulangi perubahan.",
            "This record was changed since you opened it. Reopen it and redo your change.",
        ),
        "registration.not_editable": (
            "Data berstatus {status} tidak dapat diubah lagi.",
            "A record with status {status} can no longer be edited.",
        ),
        "status.reason_required": ("Tuliskan alasan pengembalian.", "Give a reason for sending it back."),
        # CLI
        "cli.initialised": (
            "Penyimpanan dibuat di {path}. Kode perangkat: {device}.",
            "Store created in {path}. Device code: {device}.",
        ),
        "cli.demo_done": ("{count} data contoh (latihan) ditambahkan.", "{count} training records added."),
        "demo.not_training": (
            "Data contoh hanya boleh dimasukkan ke penyimpanan latihan.",
            "Demo data may only go into a training store.",
        ),
        "audit.ok": (
            "Jejak audit utuh: {count} peristiwa diperiksa.",
            "Audit trail intact: {count} events checked.",
        ),
        "audit.broken_hash": (
            "Jejak audit rusak: peristiwa #{seq} telah diubah.",
            "Audit trail broken: event #{seq} was altered.",
        ),
        "audit.broken_link": (
            "Jejak audit rusak: rantai putus di peristiwa #{seq} (peristiwa dihapus atau disisipkan).",
            "Audit trail broken: the chain breaks at event #{seq} (an event was removed or inserted).",
        ),
        "audit.broken_sequence": (
            "Jejak audit rusak: peristiwa #{seq} hilang.",
            "Audit trail broken: event #{seq} is missing.",
        ),
        "backup.restored": (
            "Penyimpanan dipulihkan dari {file}. Data yang diganti disimpan di {kept}.",
            "Store restored from {file}. The replaced data was kept in {kept}.",
        ),
        "backup.corrupt": (
            "Cadangan rusak dan tidak dapat dipulihkan ({detail}). Pilih cadangan lain.",
            "The backup is damaged and cannot be restored ({detail}). Choose another backup.",
        ),
        "backup.not_a_backup": ("{file} bukan berkas cadangan Pulut Desktop.", "{file} is not a Pulut Desktop backup."),
        "retention.purged": (
            "{count} data yang sudah diterima provinsi dihapus data pribadinya (tersisa nomor registrasi dan status).",
            "{count} records already accepted by the province had their personal data removed (number and status remain).",
        ),
        "backup.done": ("Cadangan terenkripsi ditulis ke {path}.", "Encrypted backup written to {path}."),
        "backup.source_damaged": (
            "Cadangan tidak dibuat: data di laptop ini rusak ({detail}). Cadangan lama tetap disimpan; "
            "pulihkan cadangan terakhir yang baik.",
            "No backup was made: the data on this laptop is damaged ({detail}). The older backups are kept; "
            "restore the latest good one.",
        ),
        "backup.busy": (
            "Cadangan lain sedang dibuat. Tunggu sebentar lalu coba lagi.",
            "Another backup is being made. Wait a moment and try again.",
        ),
        # The technical detail goes to the log (Store.mark_damaged), not into the officer's sentence.
        "store.damaged": (
            "Data di laptop ini rusak. Pulut Desktop berhenti menyimpan perubahan agar kerusakan tidak "
            "bertambah. Pulihkan cadangan terakhir yang baik.",
            "The data on this laptop is damaged. Pulut Desktop has stopped saving changes so the damage "
            "does not spread. Restore the latest good backup.",
        ),
        "store.check_ok": ("Pemeriksaan data: baik ({seconds} detik).", "Data check: fine ({seconds} s)."),
        "store.damaged_offer": (
            "Cadangan terakhir yang baik: {file} ({count} pendaftaran).",
            "Latest good backup: {file} ({count} registrations).",
        ),
        "store.no_good_backup": (
            "Tidak ada cadangan yang baik di laptop ini. Hubungi supervisor; file data tidak dihapus.",
            "There is no good backup on this laptop. Contact your supervisor; no data file was deleted.",
        ),
        "store.busy": (
            "Berkas {file} sedang dipakai oleh Pulut Desktop lain. Tunggu sebentar lalu coba lagi.",
            "{file} is in use by another Pulut Desktop. Wait a moment and try again.",
        ),
        "store.restore_button": ("Pulihkan cadangan ini", "Restore this backup"),
        "store.later_button": ("Nanti", "Later"),
        "store.restore_sign_in": (
            "Masukkan kata sandi Anda untuk memulihkan cadangan {file}. File data yang rusak tetap disimpan.",
            "Enter your password to restore the backup {file}. The damaged data files are kept.",
        ),
        "disk.full": ("Ruang disk laptop penuh: kosongkan {mb} MB", "The laptop's disk is full: free {mb} MB"),
        "cli.password_reset": ("Kata sandi {username} diganti.", "The password of {username} was changed."),
    }
)
