"""Messages of the province receiver: ``code -> (id, en)``. Record rejections are sent to laptops in
Indonesian (the first text), inside signed receipts."""

MESSAGES: dict[str, tuple[str, str]] = {
    # HTTP-level refusals of the service (province/guard.py)
    "province.bad_request": ("Permintaan tidak sah.", "The request is not valid."),
    "province.not_found": ("Alamat tidak ada di layanan provinsi.", "No such address at the province service."),
    "province.method_not_allowed": (
        "Metode HTTP ini tidak diizinkan untuk alamat tersebut.",
        "This HTTP method is not allowed for that address.",
    ),
    "province.body_timeout": (
        "Pengiriman terhenti terlalu lama; kirim ulang.",
        "The upload stalled for too long; send it again.",
    ),
    "province.rate_limited": (
        "Terlalu banyak permintaan dari alamat ini; coba lagi sebentar lagi.",
        "Too many requests from this address; try again shortly.",
    ),
    "province.internal_error": (
        "Terjadi kesalahan di layanan provinsi; sudah dicatat.",
        "Something went wrong at the province service; it has been logged.",
    ),
    "province.busy": (
        "Basis data provinsi sedang sibuk; coba lagi sebentar lagi.",
        "The province database is busy; try again shortly.",
    ),
    "province.request_rejected": (
        "Permintaan {request_id} ditolak ({status}).",
        "Request {request_id} rejected ({status}).",
    ),
    "province.requests_purged": (
        "{count} permintaan perangkat lebih lama dari {days} hari yang tidak disetujui dihapus.",
        "{count} device requests older than {days} days that were never approved were deleted.",
    ),
    "province.server_url_not_https": (
        "URL layanan {url} harus https:// (laptop mengirim NIK ke sana); berkas pendaftaran hanya memuat https.",
        "The service URL {url} must be https:// (laptops send NIKs to it); enrolment files carry https only.",
    ),
    "province.unknown_held": (
        "Tidak ada (tepat satu) kiriman ditahan dengan SHA-256 berawalan {key}.",
        "No (single) held batch has a SHA-256 starting with {key}.",
    ),
    "province.held_not_releasable": (
        "Kiriman ditahan {key} tidak dapat dilepaskan ({reason}): ID kirimannya sudah dipakai. Buang saja.",
        "Held batch {key} cannot be released ({reason}): its batch id is already used. Discard it.",
    ),
    "province.held_released": (
        "Kiriman ditahan {sha256} (urutan {sequence}) dilepaskan dan diimpor sebagai kiriman {batch_id}: "
        "{accepted} diterima, {other} lainnya. Laptop menerima tanda terimanya pada sinkron berikutnya.",
        "Held batch {sha256} (sequence {sequence}) released and imported as batch {batch_id}: "
        "{accepted} accepted, {other} other. The laptop receives its receipt at its next sync.",
    ),
    "province.held_discarded": (
        "Kiriman ditahan {sha256} (urutan {sequence}) dibuang; dicatat di log.",
        "Held batch {sha256} (sequence {sequence}) discarded; written to the log.",
    ),
    "province.public_keys_written": (
        "Kunci publik provinsi ditulis ke {path}; salin ke laptop (kunci privat tetap di basis data).",
        "The province public keys were written to {path}; copy it to laptops (private keys stay in the database).",
    ),
    # Programme rules (issue 19)
    "rules.invalid": ("Aturan program tidak sah.", "The programme rules are invalid."),
    "rules.unknown_key": (
        "Aturan '{key}' tidak ada. Yang ada: {keys}.",
        "There is no rule '{key}'. The rules are: {keys}.",
    ),
    "rules.bad_value": (
        "Nilai '{value}' tidak dapat dipakai untuk {key}: {reason}.",
        "The value '{value}' cannot be used for {key}: {reason}.",
    ),
    "province.rules_none_published": (
        "Belum ada aturan program yang diterbitkan: laptop memakai aturan bawaan aplikasi.",
        "No programme rules published yet: laptops use the defaults shipped with the application.",
    ),
    "province.rules_published_version": (
        "Aturan program versi {version}, diterbitkan {published_at}. (* = draf berbeda dari versi terbit)",
        "Programme rules version {version}, published {published_at}. (* = draft differs from it)",
    ),
    "province.rules_unpublished": (
        "Draf punya perubahan yang belum diterbitkan: jalankan 'pulut-province rules publish'.",
        "The draft has changes not yet published: run 'pulut-province rules publish'.",
    ),
    "province.rules_changed": ("Draf diubah: {key} = {value}.", "Draft changed: {key} = {value}."),
    "province.rules_published": (
        "Aturan program versi {version} diterbitkan; laptop menerimanya pada sinkronisasi berikutnya.",
        "Programme rules version {version} published; laptops receive it at their next sync.",
    ),
    "province.rules_written": (
        "Paket referensi berisi aturan ditulis ke {path}.",
        "Reference bundle with the rules written to {path}.",
    ),
    "province.error": ("Terjadi kesalahan di penerima provinsi.", "Something went wrong at the province receiver."),
    "province.not_initialised": (
        "Folder data provinsi {path} belum disiapkan. Jalankan 'pulut-province init'.",
        "The province data folder {path} is not set up. Run 'pulut-province init'.",
    ),
    "province.already_initialised": (
        "Folder data provinsi {path} sudah punya kunci.",
        "The province data folder {path} already has keys.",
    ),
    "province.bad_passphrase": ("Frasa sandi kunci provinsi salah.", "Wrong passphrase for the province keys."),
    "province.passphrase_too_short": (
        "Frasa sandi terlalu pendek (paling sedikit {limit} karakter).",
        "The passphrase is too short (at least {limit} characters).",
    ),
    "province.device_error": ("Masalah pada data perangkat.", "A problem with device data."),
    "province.device_code_taken": (
        "Kode perangkat {device_code} sudah dipakai laptop lain; permintaan ditolak. Buat penyimpanan "
        "baru di laptop ini agar mendapat kunci dan kode lain.",
        "Device code {device_code} is already held by another laptop; the request is refused. Create a "
        "new store on this laptop to get another key and code.",
    ),
    "province.device_revoked": (
        "Perangkat {device_id} sudah dicabut dan tidak dapat didaftarkan lagi dengan kunci yang sama.",
        "Device {device_id} was revoked and cannot be enrolled again with the same key.",
    ),
    "province.unknown_device": ("Perangkat {device_id} tidak dikenal.", "Unknown device {device_id}."),
    "province.no_target": ("Sebutkan flashdisk atau berkas tujuan.", "Name a stick or an output file."),
    "province.no_requests": ("Tidak ada permintaan perangkat di {path}.", "No device requests in {path}."),
    "province.several_requests": (
        "Ada {count} permintaan perangkat; pilih satu dengan --code.",
        "There are {count} device requests; choose one with --code.",
    ),
    "province.batch_held": (
        "Kiriman nomor {sequence} dari perangkat {device_id} memakai ulang nomor urut dengan isi lain; "
        "disimpan untuk diperiksa admin, tanpa tanda terima.",
        "Batch {sequence} of device {device_id} reuses a sequence number with other content; kept for "
        "an administrator, no receipt written.",
    ),
    "province.no_stick_folder": (
        "Tidak ada folder PULUT di {path}.",
        "There is no PULUT folder in {path}.",
    ),
    "province.receipt_not_written": (
        "Tanda terima tidak dapat ditulis; impor ulang flashdisk untuk menulisnya lagi.",
        "The receipt could not be written; import the stick again to write it.",
    ),
    "province.unknown_batch": ("Kiriman {batch_id} tidak dikenal.", "Unknown batch {batch_id}."),
    # Whole-batch refusals and record rejections (the Indonesian text travels in the receipt)
    "province.training_device": (
        "Kiriman ini berasal dari laptop latihan. Data latihan tidak diterima provinsi; daftarkan "
        "pekerja sungguhan di laptop yang tidak dalam mode latihan.",
        "This batch comes from a training laptop. Training data is not accepted by the province; "
        "register real workers on a laptop that is not in training mode.",
    ),
    "province.record_not_approved": (
        "Pendaftaran dikirim dengan status '{status}', bukan 'disetujui'.",
        "The registration was sent with status '{status}', not 'approved'.",
    ),
    "province.record_training": (
        "Pendaftaran latihan tidak diterima provinsi.",
        "A training registration is not accepted by the province.",
    ),
    "province.number_mismatch": (
        "Nomor pendaftaran {number} bukan milik perangkat pengirim.",
        "Registration number {number} does not belong to the sending device.",
    ),
    "province.registration_elsewhere": (
        "Pendaftaran dengan ID yang sama sudah dikirim oleh perangkat lain.",
        "A registration with the same ID was already sent by another device.",
    ),
    # Informational lines of the CLI
    "province.initialised": (
        "Kunci provinsi dibuat (enkripsi {encryption_key_id}, tanda tangan {signing_key_id}). Kunci "
        "publik untuk laptop: {path}",
        "Province keys created (encryption {encryption_key_id}, signing {signing_key_id}). Public keys "
        "for laptops: {path}",
    ),
    "province.approved": (
        "Perangkat {code} ({name}) terdaftar sebagai {device_id}; berkas pendaftaran: {path}",
        "Device {code} ({name}) enrolled as {device_id}; enrolment file: {path}",
    ),
    "province.revoked": ("Perangkat {device_id} dicabut.", "Device {device_id} revoked."),
    "province.imported": (
        "{path}: kiriman {sequence} perangkat {device_id}: {status} ({counts})",
        "{path}: batch {sequence} of device {device_id}: {status} ({counts})",
    ),
    "province.import_failed": ("{path}: {problem}", "{path}: {problem}"),
    # issue 6: the online service
    "province.auth_error": ("Permintaan tidak terautentikasi.", "The request is not authenticated."),
    "province.auth_missing": (
        "Permintaan tanpa tanda tangan perangkat (X-Pulut-Device, X-Pulut-Nonce, X-Pulut-Signature).",
        "The request lacks the device signature (X-Pulut-Device, X-Pulut-Nonce, X-Pulut-Signature).",
    ),
    "province.auth_unknown_device": (
        "Perangkat {device_id} tidak terdaftar di provinsi.",
        "Device {device_id} is not enrolled at the province.",
    ),
    "province.auth_bad_signature": ("Tanda tangan permintaan tidak sah.", "The request signature is not valid."),
    "province.auth_nonce": (
        "Nonce tidak dikenal, sudah dipakai atau kedaluwarsa; minta nonce baru.",
        "Unknown, used or expired nonce; ask for a new one.",
    ),
    "province.auth_wrong_device": (
        "Kiriman ini bukan milik perangkat {device_id} yang menandatangani permintaan.",
        "This batch does not belong to device {device_id} that signed the request.",
    ),
    "province.body_too_large": (
        "Kiriman terlalu besar (batas {limit} byte).",
        "The upload is too large (limit {limit} bytes).",
    ),
    "province.unknown_request": (
        "Permintaan perangkat {request_id} tidak dikenal.",
        "Unknown device request {request_id}.",
    ),
    "province.near_duplicate": (
        "Mirip pendaftaran {number} dari laptop lain (nama dan tanggal lahir sama, NIK berbeda); menunggu tinjauan provinsi.",
        "Looks like registration {number} from another laptop (same name and birth date, other NIK); held for province review.",
    ),
    "province.review_error": ("Masalah pada tinjauan.", "A problem with a review."),
    "province.unknown_review": ("Tinjauan {id} tidak ada.", "There is no review {id}."),
    "province.review_decided": (
        "Tinjauan {id} sudah diputuskan ({status}).",
        "Review {id} is already decided ({status}).",
    ),
    "province.review_rejected": (
        "Ditolak setelah tinjauan provinsi: orang yang sama sudah terdaftar dengan NIK lain.",
        "Rejected after province review: the same person is already registered under another NIK.",
    ),
    "province.review_decision": ("Tinjauan {id}: {status}.", "Review {id}: {status}."),
    "province.unknown_regency": ("Kabupaten/kota {regency} tidak dikenal.", "Unknown regency {regency}."),
    "province.unknown_funding_source": ("Sumber dana {source} tidak dikenal.", "Unknown funding source {source}."),
    "province.bad_quota": ("Kuota {quota} tidak sah.", "Quota {quota} is not valid."),
    "province.quota_set": (
        "Kuota {regency} {source}: {quota} (tahun anggaran {year}).",
        "Quota {regency} {source}: {quota} (budget year {year}).",
    ),
    "province.recounted": (
        "Hitungan pendaftaran dihitung ulang dari {versions} versi: {rows} baris penghitung.",
        "Registration counts recomputed from {versions} versions: {rows} counter rows.",
    ),
    "province.bad_budget_year": ("Tahun anggaran {year} tidak sah.", "Budget year {year} is not valid."),
    "province.budget_year_open": (
        "Tahun anggaran {year} sudah dibuka.",
        "Budget year {year} is already open.",
    ),
    "province.budget_year_not_open": (
        "Tahun anggaran {year} belum dibuka. Buka dulu: pulut-province year open {year}.",
        "Budget year {year} is not open. Open it first: pulut-province year open {year}.",
    ),
    "province.budget_year_opened": ("Tahun anggaran {year} dibuka.", "Budget year {year} opened."),
    "province.bad_quota_spec": (
        "Kuota {spec} tidak sah; tulis KABUPATEN:SUMBER:JUMLAH, misalnya 14.06:APBD:500.",
        "Quota {spec} is not valid; write REGENCY:SOURCE:NUMBER, for example 14.06:APBD:500.",
    ),
    "province.approved_online": (
        "Perangkat {code} ({name}) disetujui sebagai {device_id}; laptop mengambil pendaftarannya lewat jaringan.",
        "Device {code} ({name}) approved as {device_id}; the laptop picks up its enrolment online.",
    ),
    "province.serving": ("Layanan provinsi berjalan di {url}", "Province service running at {url}"),
    "province.serve_not_loopback": (
        "Peringatan: layanan mendengarkan di {host} tanpa TLS. Pasang di belakang proxy HTTPS.",
        "Warning: the service listens on {host} without TLS. Put it behind an HTTPS reverse proxy.",
    ),
    "province.report_written": (
        "Laporan cakupan ditulis ke {path} ({rows} baris).",
        "Coverage report written to {path} ({rows} rows).",
    ),
    "province.bpjs_written": (
        "Ekspor BPJS ditulis ke {path} ({rows} peserta); tercatat di log provinsi.",
        "BPJS export written to {path} ({rows} participants); recorded in the province log.",
    ),
}
