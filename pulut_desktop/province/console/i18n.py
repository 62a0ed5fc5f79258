"""The console's words. Templates write the Indonesian text (the default language) inside ``t()``;
:data:`EN` gives the English. A test reads every template and fails on a ``t()`` text missing here."""

from __future__ import annotations

EN: dict[str, str] = {
    # frame and navigation
    "Konsol Provinsi": "Province Console",
    "Beranda": "Home",
    "Tinjauan": "Reviews",
    "Perangkat": "Devices",
    "Kiriman": "Batches",
    "Laporan": "Reports",
    "Kuota & aturan": "Quotas & rules",
    "Jejak audit": "Audit trail",
    "Keluar": "Sign out",
    "Navigasi utama": "Main navigation",
    "Bahasa": "Language",
    "Lewati ke isi": "Skip to content",
    "Masuk": "Sign in",
    "Nama akun": "Account name",
    "Kata sandi": "Password",
    "Kode verifikasi (bila diminta)": "Verification code (if asked)",
    "Masuk ke konsol provinsi Pulut Ketan": "Sign in to the Pulut Ketan province console",
    "Terjadi masalah": "Something went wrong",
    "Kembali": "Back",
    "peran": "role",
    "Sebelumnya": "Previous",
    "Berikutnya": "Next",
    "Halaman": "Page",
    "Tidak ada.": "None.",
    "Simpan": "Save",
    "Catatan": "Note",
    "Alasan": "Reason",
    "Saring": "Filter",
    "Semua": "All",
    # home
    "Cakupan terhadap kuota": "Coverage against quota",
    "Tahun anggaran": "Budget year",
    "Pendaftaran per minggu": "Registrations per week",
    "Laptop terakhir terlihat": "Laptops last seen",
    "Menunggu tinjauan": "Waiting for review",
    "Kiriman tertahan": "Held batches",
    "Permintaan perangkat": "Device requests",
    "Diterima": "Accepted",
    "Kuota": "Quota",
    "Kabupaten/kota": "Regency/city",
    "Sumber dana": "Funding source",
    "Minggu mulai": "Week starting",
    "Jumlah": "Count",
    "Kiriman terakhir": "Last batch",
    "Hari sejak kiriman": "Days since batch",
    "Urutan hilang": "Missing sequences",
    "Belum ada kuota. Atur di halaman Kuota & aturan.": "No quotas yet. Set them on the Quotas & rules page.",
    "belum pernah": "never",
    # review
    "Data mirip yang ditahan": "Near-duplicates held",
    "Data baru": "New record",
    "Sudah terdaftar": "Already registered",
    "Nama lengkap": "Full name",
    "NIK": "NIK",
    "Tanggal lahir": "Birth date",
    "Tempat lahir": "Birth place",
    "Jenis kelamin": "Sex",
    "Nama ibu kandung": "Mother's maiden name",
    "Kode desa": "Village code",
    "Pekerjaan": "Occupation",
    "Nomor registrasi": "Registration number",
    "Diterima provinsi": "Received by the province",
    "Terima (orang berbeda)": "Accept (different person)",
    "Tolak": "Reject",
    "Orang yang sama": "Same person",
    "Kolom yang berbeda ditandai.": "Fields that differ are marked.",
    "berbeda": "differs",
    "Tidak ada data yang menunggu tinjauan.": "Nothing is waiting for review.",
    "Keputusan sampai ke laptop pada sinkron berikutnya.": "The decision reaches the laptop at its next sync.",
    "Kasus": "Case",
    # devices
    "Kode perangkat": "Device code",
    "Nama perangkat": "Device name",
    "Latihan": "Training",
    "Diterima pada": "Received at",
    "Setujui": "Approve",
    "Cabut": "Revoke",
    "Cocokkan kode dengan layar laptop sebelum menyetujui.": "Compare the code with the laptop's screen before approving.",
    "Perangkat terdaftar": "Enrolled devices",
    "Status": "Status",
    "Sinkron terakhir": "Last sync",
    "Jumlah kiriman": "Batches",
    "ya": "yes",
    "tidak": "no",
    "aktif": "active",
    "dicabut": "revoked",
    "Kiriman perangkat": "Batches of the device",
    "Terdaftar": "Enrolled",
    # batches
    "Kiriman diterima": "Batches received",
    "Urutan": "Sequence",
    "Data": "Records",
    "Hasil": "Outcome",
    "Tanda terima": "Receipt",
    "Unduh": "Download",
    "Lepaskan": "Release",
    "Buang": "Discard",
    "Diterima server": "Received by the server",
    # reports
    "Laporan cakupan": "Coverage report",
    "Ekspor BPJS Ketenagakerjaan": "BPJS Ketenagakerjaan export",
    "Ekspor berisi NIK lengkap (data pribadi). Setiap unduhan dicatat di jejak audit.": "The export holds full NIKs (personal data). Every download is recorded in the audit trail.",
    "Hanya admin yang dapat mengunduh ekspor BPJS.": "Only an admin can download the BPJS export.",
    "Unduh CSV": "Download CSV",
    "Unduh XLSX": "Download XLSX",
    # quotas and rules
    "Atur kuota": "Set a quota",
    "Aturan program": "Programme rules",
    "Persen": "Percent",
    "Diperbarui": "Updated",
    "Aturan": "Rule",
    "Draf": "Draft",
    "Di laptop": "On laptops",
    "Nilai": "Value",
    "Tahun anggaran dibuka": "Budget years opened",
    "Buka tahun anggaran": "Open a budget year",
    "Buka": "Open",
    "Jumlah kuota": "Total quota",
    "Dibuka": "Opened",
    "Belum ada tahun anggaran yang dibuka.": "No budget year opened yet.",
    "Pendaftaran dihitung pada tahun anggaran awal kepesertaannya.": "A registration counts in the budget year its coverage starts in.",
    "Ubah aturan (draf)": "Change a rule (draft)",
    "Terbitkan ke laptop": "Publish to laptops",
    "Versi terbit": "Published version",
    "Belum pernah diterbitkan: laptop memakai aturan bawaan.": "Never published: laptops use the shipped rules.",
    "Ada perubahan yang belum diterbitkan.": "There are changes not yet published.",
    # audit
    "Waktu": "Time",
    "Tindakan": "Action",
    "Subjek": "Subject",
    "Akun": "Account",
    "Rincian": "Details",
    "Dari tanggal": "From date",
    "Sampai tanggal": "To date",
}

DONE: dict[str, tuple[str, str]] = {
    "approved": ("Perangkat disetujui; laptop mengambil pendaftarannya lewat jaringan.",
                 "Device approved; the laptop picks up its enrolment online."),
    "refused": ("Permintaan perangkat ditolak.", "Device request refused."),
    "revoked": ("Perangkat dicabut.", "Device revoked."),
    "accepted": ("Data diterima.", "Record accepted."),
    "rejected": ("Data ditolak.", "Record rejected."),
    "same_person": ("Ditandai sebagai orang yang sama (ganda).", "Marked as the same person (duplicate)."),
    "released": ("Kiriman tertahan dilepaskan dan diimpor.", "Held batch released and imported."),
    "discarded": ("Kiriman tertahan dibuang.", "Held batch discarded."),
    "quota": ("Kuota disimpan.", "Quota saved."),
    "year_opened": ("Tahun anggaran dibuka; atur kuotanya di bawah.", "Budget year opened; set its quotas below."),
    "rule": ("Aturan disimpan di draf; terbitkan agar sampai ke laptop.", "Rule saved in the draft; publish it to reach the laptops."),
    "published": ("Aturan diterbitkan; laptop menerimanya pada sinkron berikutnya.", "Rules published; laptops receive them at their next sync."),
}  # fmt: skip


def translate(text: str, lang: str) -> str:
    return text if lang == "id" else EN.get(text, text)


def done_text(key: str, lang: str) -> str | None:
    entry = DONE.get(key)
    return None if entry is None else entry[0 if lang == "id" else 1]


def number(value: object) -> str:
    """Thousands with a dot, as written in Indonesia (12.345)."""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)
