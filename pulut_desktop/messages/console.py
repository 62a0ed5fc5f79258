"""Messages of the province console and its accounts (issue 20): ``code -> (Indonesian, English)``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "province.account_error": ("Masalah pada akun.", "A problem with an account."),
    "province.unknown_account": ("Akun {username} tidak ada.", "There is no account {username}."),
    "province.account_exists": ("Akun {username} sudah ada.", "Account {username} already exists."),
    "province.bad_username": (
        "Nama akun {username} tidak sah: huruf kecil, angka, titik, garis bawah atau tanda hubung, 2–64 karakter.",
        "Account name {username} is not valid: lower-case letters, digits, dot, underscore or hyphen, 2–64 characters.",
    ),
    "province.bad_role": (
        "Peran {role} tidak dikenal (admin, reviewer, viewer).",
        "Unknown role {role} (admin, reviewer, viewer).",
    ),
    "province.password_too_short": (
        "Kata sandi terlalu pendek (minimal {minimum} karakter).",
        "The password is too short (at least {minimum} characters).",
    ),
    "province.password_has_username": (
        "Kata sandi tidak boleh memuat nama akun.",
        "The password must not contain the account name.",
    ),
    "province.login_failed": ("Nama akun atau kata sandi salah.", "Wrong account name or password."),
    "province.login_locked": (
        "Terlalu banyak percobaan gagal. Akun dikunci; coba lagi dalam {minutes} menit.",
        "Too many failed attempts. The account is locked; try again in {minutes} minutes.",
    ),
    "province.login_throttled": (
        "Terlalu banyak percobaan masuk dari alamat ini; coba lagi dalam {minutes} menit.",
        "Too many sign-in attempts from this address; try again in {minutes} minutes.",
    ),
    "province.totp_required": (
        "Akun ini memakai kode verifikasi dua langkah: isi kode 6 angka dari aplikasi autentikator.",
        "This account uses two-step verification: enter the 6-digit code from the authenticator app.",
    ),
    "province.last_admin": (
        "Akun {username} adalah admin aktif terakhir dan tidak dapat dinonaktifkan.",
        "Account {username} is the last active admin and cannot be disabled.",
    ),
    "province.account_added": ("Akun {username} ({role}) dibuat.", "Account {username} ({role}) created."),
    "province.account_reset": (
        "Kata sandi akun {username} diganti.",
        "The password of account {username} was replaced.",
    ),
    "province.account_disabled": ("Akun {username} dinonaktifkan.", "Account {username} disabled."),
    "province.totp_secret": (
        "Kode rahasia TOTP (masukkan ke aplikasi autentikator, hanya ditampilkan sekali): {secret}\n{uri}",
        "TOTP secret (enter it into the authenticator app; shown only once): {secret}\n{uri}",
    ),
    "province.first_admin_hint": (
        "Buat admin pertama konsol web: pulut-province users add NAMA --role admin",
        "Create the web console's first admin: pulut-province users add NAME --role admin",
    ),
    "province.csrf": (
        "Formulir kedaluwarsa atau bukan dari konsol ini. Muat ulang halaman lalu coba lagi.",
        "The form has expired or did not come from this console. Reload the page and try again.",
    ),
    "province.forbidden": (
        "Peran Anda ({role}) tidak diizinkan melakukan ini.",
        "Your role ({role}) is not allowed to do this.",
    ),
    "province.bad_format": ("Format {format} tidak dikenal (csv atau xlsx).", "Unknown format {format} (csv or xlsx)."),
    "province.unknown_held_batch": ("Kiriman tertahan {id} tidak ada.", "There is no held batch {id}."),
}
