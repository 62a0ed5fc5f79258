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
        "Hanya pendaftaran yang sudah dikirim atau diterima provinsi dapat dicatat keluar/meninggal "
        "(status sekarang: {status}).",
        "Only a registration sent to or accepted by the province can be recorded as an exit (status now: {status}).",
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
    "province.exits_report_written": (
        "Laporan kematian dan keluar ditulis ke {path} ({rows} baris).",
        "Deaths and exits report written to {path} ({rows} rows).",
    ),
}
