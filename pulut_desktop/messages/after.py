"""Messages about life after registration: deaths and exits, renewals (issue 21)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "exit.date_future": ("Tanggal tidak boleh di masa depan.", "The date cannot be in the future."),
    "exit.date_too_early": (
        "Tanggal terlalu lama ({earliest} atau sesudahnya). Periksa tahunnya.",
        "The date is too early (on or after {earliest}). Check the year.",
    ),
    "exit.before_coverage": (
        "Tanggal sebelum masa perlindungan dimulai ({start}).",
        "The date is before the coverage started ({start}).",
    ),
    "exit.death_from_worker": (
        "Kematian tidak dapat dilaporkan oleh pekerja sendiri. Pilih sumber lain.",
        "A death cannot be reported by the worker. Choose another source.",
    ),
    "exit.unknown_kind": (
        "Jenis ({kind}) atau sumber ({source}) tidak dikenal.",
        "Unknown kind ({kind}) or source ({source}).",
    ),
    "exit.not_a_member": (
        "Hanya pendaftaran yang sudah dikirim ke atau diterima provinsi dapat dicatat meninggal/keluar.",
        "Only a registration sent to or accepted by the province can be recorded as a death or exit.",
    ),
    "exit.not_a_death": (
        "Surat panduan klaim hanya untuk pekerja yang dicatat meninggal dunia.",
        "The claim-help letter is only for a worker recorded as deceased.",
    ),
    "province.exit_unknown_registration": (
        "Provinsi tidak memegang pendaftaran ini dari laptop ini.",
        "The province holds no such registration from this laptop.",
    ),
    "province.exit_not_accepted": (
        "Pendaftaran ini belum diterima provinsi; keluar/meninggal tidak dicatat.",
        "The province has not accepted this registration; the exit is not recorded.",
    ),
    "province.after_report_written": (
        "Laporan ditulis ke {path} ({rows} baris).",
        "Report written to {path} ({rows} rows).",
    ),
}
MESSAGES.update(
    {
        "renewal.not_accepted": (
            "Hanya pendaftaran yang sudah diterima provinsi dapat diperpanjang.",
            "Only a registration accepted by the province can be renewed.",
        ),
        "renewal.data_removed": (
            "Data pribadi pekerja ini sudah dihapus dari laptop (masa simpan). Minta provinsi mencetak datanya.",
            "This worker's personal data has left the laptop (retention). Ask the province for the record.",
        ),
        "renewal.worker_exited": (
            "Pekerja ini dicatat meninggal atau keluar; tidak dapat diperpanjang.",
            "This worker is recorded as deceased or exited and cannot be renewed.",
        ),
        "renewal.nik_changed": (
            "NIK tidak boleh berubah pada perpanjangan.",
            "The NIK cannot change in a renewal.",
        ),
        "renewal.overlaps": (
            "Masa perlindungan baru harus mulai {earliest} atau sesudahnya.",
            "The new coverage must start on {earliest} or later.",
        ),
        "province.renewal_unknown_period": (
            "Perpanjangan menyebut masa perlindungan yang tidak dipegang provinsi.",
            "The renewal names a coverage period the province does not hold.",
        ),
        "province.renewal_overlaps": (
            "Masa perlindungan perpanjangan tumpang tindih dengan masa sebelumnya.",
            "The renewal's coverage overlaps the previous period.",
        ),
    }
)
