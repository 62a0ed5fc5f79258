"""Messages the desktop shell shows: login, accounts, the store, the first-run wizard.

The store and account codes are raised by ``storage/`` (``login.failed``, ``officer.exists``...); they
live here because the login and officer screens are the first to show them.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # Login and lockout
    "login.remaining": (
        "Sisa {remaining} kali percobaan sebelum akun dikunci sementara.",
        "{remaining} attempts left before the account is locked for a while.",
    ),
    "login.username_required": ("Isi nama pengguna.", "Enter the username."),
    "login.password_required": ("Isi kata sandi.", "Enter the password."),
    "lock.not_allowed": (
        "Hanya petugas yang sedang masuk atau seorang supervisor yang dapat membuka kunci.",
        "Only the signed-in officer or a supervisor can unlock.",
    ),
    # Passwords and accounts
    "officer.added": ("Petugas {username} ditambahkan.", "Officer {username} added."),
    "officer.password_reset": (
        "Kata sandi {username} sudah diganti.",
        "The password of {username} has been changed.",
    ),
    "officer.deactivated": ("Petugas {username} dinonaktifkan.", "Officer {username} deactivated."),
    # The store and the data folder
    "store.error": ("Penyimpanan data bermasalah.", "There is a problem with the data store."),
    "device.name_required": ("Isi nama perangkat.", "Enter the device name."),
    "data_dir.required": ("Pilih folder data.", "Choose the data folder."),
    # Settings
    "settings.saved": ("Pengaturan disimpan.", "Settings saved."),
    "settings.language_next_start": (
        "Bahasa baru dipakai setelah aplikasi dibuka kembali.",
        "The new language is used after the application is restarted.",
    ),
}
