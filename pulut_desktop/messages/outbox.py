"""Messages of the laptop's sync services (enrolment, export to USB, receipts): ``code -> (id, en)``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "outbox.error": ("Terjadi kesalahan saat sinkronisasi.", "Something went wrong while syncing."),
    "outbox.not_enrolled": (
        "Laptop ini belum terdaftar di provinsi, jadi data belum bisa dikirim. Pendaftaran pekerja dan "
        "kartu sementara tetap bisa dibuat. Kirim permintaan perangkat ke admin provinsi.",
        "This laptop is not enrolled with the province yet, so data cannot be sent. Registering workers "
        "and printing provisional cards still work. Send a device request to the province admin.",
    ),
    "outbox.already_enrolled": (
        "Laptop ini sudah mengirim data sebagai perangkat {device_id}; pendaftaran lain tidak bisa dipakai.",
        "This laptop already sent data as device {device_id}; another enrolment cannot be used.",
    ),
    "outbox.nothing_to_send": (
        "Tidak ada data yang menunggu dikirim.",
        "Nothing is waiting to be sent.",
    ),
    "outbox.registration_not_sendable": (
        "Pendaftaran {number} tidak bisa dikirim: isian {field} tidak sesuai format kiriman. Buka pendaftaran "
        "itu, perbaiki isiannya, lalu kirim lagi. Tidak ada yang berubah; data lain tetap menunggu.",
        "Registration {number} cannot be sent: its field {field} does not fit the batch format. Open that "
        "registration, correct the field, then send again. Nothing was changed; the rest is still waiting.",
    ),
    "outbox.cancelled": (
        "Pengiriman dibatalkan; {written} berkas sudah tertulis. Data yang belum tertulis tetap menunggu.",
        "Export cancelled; {written} file(s) were written. What was not written is still waiting.",
    ),
    "outbox.province_keys_invalid": (
        "Berkas kunci provinsi {file} tidak sah atau rusak.",
        "The province keys file {file} is invalid or damaged.",
    ),
    "outbox.no_enrolment_file": (
        "Tidak ada berkas pendaftaran untuk laptop ini di {path}.",
        "There is no enrolment file for this laptop in {path}.",
    ),
    "outbox.enrolment_training_mismatch": (
        "Berkas pendaftaran tidak cocok dengan mode laptop ini (latihan: {training}).",
        "The enrolment file does not match this laptop's mode (training: {training}).",
    ),
    # Informational lines of the CLI
    "outbox.request_written": (
        "Permintaan perangkat {device} ditulis ke {path}. Cocokkan kode perangkat dengan admin provinsi.",
        "Device request of {device} written to {path}. Confirm the device code with the province admin.",
    ),
    "outbox.enrolled": (
        "Laptop terdaftar sebagai perangkat {device_id}.",
        "Laptop enrolled as device {device_id}.",
    ),
    "outbox.exported": (
        "{files} berkas kiriman ditulis ({new} baru, {resent} diulang); {registrations} pendaftaran ditandai terkirim.",
        "{files} batch file(s) written ({new} new, {resent} again); {registrations} registration(s) marked sent.",
    ),
    "outbox.receipts_applied": (
        "{count} tanda terima diterapkan: {accepted} diterima, {duplicate} ganda, {rejected} ditolak.",
        "{count} receipt(s) applied: {accepted} accepted, {duplicate} duplicate, {rejected} rejected.",
    ),
    "outbox.bpjs_applied": (
        "BPJS Ketenagakerjaan: {enrolled} terdaftar (dengan nomor KPJ), {rejected} ditolak BPJS (perlu perbaikan).",
        "BPJS Ketenagakerjaan: {enrolled} enrolled (with a KPJ number), {rejected} rejected by BPJS (needs fix).",
    ),
    "outbox.receipt_problem": ("{file}: {problem}", "{file}: {problem}"),
    "outbox.gap": (
        "Provinsi belum menerima kiriman nomor {sequences}. Bawa kembali flashdisk dengan kiriman itu.",
        "The province has not received batch(es) {sequences}. Bring the stick with them again.",
    ),
    # issue 6: sync over the network
    "outbox.not_province_server": (
        "Server {url} tidak menjawab seperti server provinsi (mungkin halaman login Wi-Fi/captive portal). Tidak ada yang ditandai terkirim.",
        "{url} did not answer like the province server (a Wi-Fi login page / captive portal?). Nothing was marked as sent.",
    ),
    "outbox.server_unreachable": (
        "Server provinsi {url} tidak dapat dihubungi ({detail}). Coba lagi nanti.",
        "The province server {url} cannot be reached ({detail}). Try again later.",
    ),
    "outbox.server_refused": (
        "Server provinsi menolak permintaan ({error}): {pesan}",
        "The province server refused the request ({error}): {detail}",
    ),
    "outbox.no_server_url": (
        "Alamat server provinsi belum diketahui; berikan --server URL.",
        "The province server address is not known; give --server URL.",
    ),
    "outbox.enrolment_pending": (
        "Permintaan {request_id} masih menunggu persetujuan provinsi.",
        "Request {request_id} is still waiting for province approval.",
    ),
    "outbox.bundle_invalid": (
        "Data referensi provinsi tidak sah ({detail}).",
        "The province reference bundle is not valid ({detail}).",
    ),
    "outbox.synced": (
        "Sinkron: {sent} kiriman terkirim, {accepted} diterima, {duplicate} ganda, {rejected} ditolak, {held} ditinjau; data referensi {bundle}.",
        "Synced: {sent} batch(es) sent, {accepted} accepted, {duplicate} duplicate, {rejected} rejected, {held} held for review; reference data {bundle}.",
    ),
    "outbox.batch_set_aside": (
        "Kiriman nomor {sequence} disisihkan, provinsi menahannya ({error}): {reason} Kiriman berikutnya tetap dikirim.",
        "Batch no. {sequence} set aside, the province holds it ({error}): {reason} Later batches are still sent.",
    ),
    "outbox.request_posted": (
        "Permintaan {request_id} terkirim; menunggu persetujuan provinsi...",
        "Request {request_id} posted; waiting for province approval...",
    ),
}
