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
    # Programme rules in Pengaturan (issue 19)
    "settings.rules_title": ("Aturan program", "Programme rules"),
    "settings.rules_version": (
        "Versi {version} dari provinsi, diterbitkan {published_at}.",
        "Version {version} from the province, published {published_at}.",
    ),
    "settings.rules_shipped": (
        "Belum menerima aturan dari provinsi: memakai aturan bawaan aplikasi (versi 0). Aturan datang "
        "bersama paket referensi saat sinkronisasi atau dari flashdisk.",
        "No rules received from the province yet: using the defaults shipped with the application "
        "(version 0). Rules come with the reference bundle at a sync or on a stick.",
    ),
    "settings.rules_age": (
        "Umur: peringatan di bawah {warn_below} atau di atas {warn_above} tahun; ditolak {block}.",
        "Age: a warning under {warn_below} or over {warn_above}; refused {block}.",
    ),
    "settings.rules_block_below": ("di bawah {limit} tahun", "under {limit}"),
    "settings.rules_block_above": ("di atas {limit} tahun", "over {limit}"),
    "settings.rules_or": (" atau ", " or "),
    "settings.rules_no_block": ("tidak ada", "never"),
    "settings.rules_phone": ("Nomor HP: {required}, {mobile}.", "Phone: {required}, {mobile}."),
    "settings.rules_phone_required": ("wajib", "required"),
    "settings.rules_phone_optional": ("boleh kosong", "optional"),
    "settings.rules_phone_mobile": ("hanya nomor HP 08xx", "mobiles (08xx) only"),
    "settings.rules_phone_any": ("HP atau telepon rumah", "mobile or landline"),
    "settings.rules_contribution": (
        "Iuran per bulan: JKK Rp{jkk} + JKM Rp{jkm} = Rp{total}; perlindungan {months} bulan.",
        "Monthly contribution: JKK Rp{jkk} + JKM Rp{jkm} = Rp{total}; coverage {months} months.",
    ),
    "settings.language_next_start": (
        "Bahasa baru dipakai setelah aplikasi dibuka kembali.",
        "The new language is used after the application is restarted.",
    ),
}
