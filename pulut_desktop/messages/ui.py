"""Messages the desktop shell shows: login, accounts, the store, the first-run wizard.

The store and account codes are raised by ``storage/`` (``login.failed``, ``officer.exists``...); they
live here because the login and officer screens are the first to show them.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # Login and lockout
    "login.failed": ("Nama pengguna atau kata sandi salah.", "Wrong username or password."),
    "login.remaining": (
        "Sisa {remaining} kali percobaan sebelum akun dikunci sementara.",
        "{remaining} attempts left before the account is locked for a while.",
    ),
    "login.locked": (
        "Terlalu banyak percobaan yang salah. Akun dikunci; coba lagi dalam {seconds} detik.",
        "Too many wrong attempts. The account is locked; try again in {seconds} seconds.",
    ),
    "login.username_required": ("Isi nama pengguna.", "Enter the username."),
    "login.password_required": ("Isi kata sandi.", "Enter the password."),
    "lock.not_allowed": (
        "Hanya petugas yang sedang masuk atau seorang supervisor yang dapat membuka kunci.",
        "Only the signed-in officer or a supervisor can unlock.",
    ),
    # Passwords and accounts
    "password.too_short": (
        "Kata sandi minimal {minimum} karakter.",
        "The password needs at least {minimum} characters.",
    ),
    "password.mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    "officer.exists": ("Nama pengguna {username} sudah dipakai.", "The username {username} is taken."),
    "officer.unknown": ("Petugas {username} tidak dikenal.", "Unknown officer {username}."),
    "officer.username_invalid": (
        "Nama pengguna 3-40 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf.",
        "A username has 3-40 characters: lower-case letters, digits, dot, underscore or dash, "
        "starting with a letter.",
    ),
    "officer.cannot_remove_self": (
        "Anda tidak dapat menonaktifkan akun Anda sendiri.",
        "You cannot deactivate your own account.",
    ),
    "officer.added": ("Petugas {username} ditambahkan.", "Officer {username} added."),
    "officer.password_reset": (
        "Kata sandi {username} sudah diganti.",
        "The password of {username} has been changed.",
    ),
    "officer.deactivated": ("Petugas {username} dinonaktifkan.", "Officer {username} deactivated."),
    "permission.denied": (
        "Hanya supervisor yang boleh melakukan ini.",
        "Only a supervisor may do this.",
    ),
    # The store and the data folder
    "store.error": ("Penyimpanan data bermasalah.", "There is a problem with the data store."),
    "store.not_initialised": (
        "Folder data {path} belum disiapkan.",
        "The data folder {path} has not been set up.",
    ),
    "store.already_exists": (
        "Folder {path} sudah berisi data Pulut. Pilih folder lain atau masuk dengan akun yang ada.",
        "The folder {path} already holds Pulut data. Choose another folder or sign in.",
    ),
    "store.too_new": (
        "Data ini dibuat oleh versi Pulut Desktop yang lebih baru. Perbarui aplikasi.",
        "This data was written by a newer Pulut Desktop. Update the application.",
    ),
    "store.corrupt": ("File data rusak ({detail}).", "The data file is damaged ({detail})."),
    "store.keyring_corrupt": (
        "File kunci (keyring.json) rusak ({detail}). Hubungi supervisor.",
        "The key file (keyring.json) is damaged ({detail}). Contact your supervisor.",
    ),
    "device.regency_unknown": ("Pilih kabupaten/kota dari daftar.", "Choose a regency from the list."),
    "device.name_required": ("Isi nama perangkat.", "Enter the device name."),
    "data_dir.required": ("Pilih folder data.", "Choose the data folder."),
    "record.not_found": ("Data tidak ditemukan.", "The record was not found."),
    "status.reason_required": ("Tuliskan alasannya.", "Give the reason."),
    # Settings
    "settings.saved": ("Pengaturan disimpan.", "Settings saved."),
    "settings.language_next_start": (
        "Bahasa baru dipakai setelah aplikasi dibuka kembali.",
        "The new language is used after the application is restarted.",
    ),
}
