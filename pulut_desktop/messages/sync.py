"""Messages of batches, receipts, enrolment files and the USB stick: ``code -> (Bahasa Indonesia, English)``.

Placeholders match the ``params`` of the errors raised in :mod:`pulut_desktop.sync`.
"""

_FILES = {
    "batch": ("Berkas kiriman", "The batch file"),
    "receipt": ("Berkas tanda terima", "The receipt file"),
    "request": ("Berkas permintaan pendaftaran perangkat", "The device request file"),
    "enrolment": ("Berkas pendaftaran perangkat", "The enrolment file"),
    "rules": ("Aturan program dari provinsi", "The programme rules from the province"),
}


def _framing(kind: str) -> dict[str, tuple[str, str]]:
    ind, eng = _FILES[kind]
    return {
        f"{kind}.truncated": (
            f"{ind} terpotong (hanya {{size}} bita). Mungkin flashdisk dicabut saat menyalin; salin ulang.",
            f"{eng} is cut short (only {{size}} bytes). The stick may have been pulled out while copying; "
            "copy it again.",
        ),
        f"{kind}.bad_magic": (
            f"{ind} bukan berkas Pulut Ketan atau jenisnya salah. Periksa folder tempat berkas diletakkan.",
            f"{eng} is not a Pulut Ketan file, or it is the wrong kind. Check the folder it was put in.",
        ),
        f"{kind}.unsupported_version": (
            f"{ind} dibuat dengan format versi {{version}}; aplikasi ini hanya membaca versi {{supported}}. "
            "Perbarui aplikasi.",
            f"{eng} uses format version {{version}}; this application reads version {{supported}} only. "
            "Update the application.",
        ),
        f"{kind}.too_large": (
            f"{ind} terlalu besar ({{size}} bita, batas {{limit}} bita).",
            f"{eng} is too large ({{size}} bytes, the limit is {{limit}} bytes).",
        ),
        f"{kind}.header_invalid": (
            f"{ind} rusak atau tidak sah (bagian: {{field}}). Minta berkas baru dari pengirim.",
            f"{eng} is damaged or invalid (part: {{field}}). Ask the sender for a new file.",
        ),
        f"{kind}.trailing_data": (
            f"{ind} berisi {{extra}} bita tambahan di akhir; berkas rusak. Salin ulang.",
            f"{eng} has {{extra}} extra bytes at its end; it is damaged. Copy it again.",
        ),
        f"{kind}.bad_signature": (
            f"Tanda tangan digital {ind.lower()} tidak cocok: berkas telah diubah atau bukan dari "
            "pengirim yang sah. Jangan dipakai; laporkan ke admin.",
            f"The digital signature of {eng.lower()} does not match: the file was changed or does not "
            "come from its rightful sender. Do not use it; tell the admin.",
        ),
    }


MESSAGES: dict[str, tuple[str, str]] = {
    "sync.error": ("Terjadi kesalahan pada pengiriman data.", "Something went wrong while moving data."),
    "batch.invalid": ("Berkas kiriman tidak sah.", "The batch file is invalid."),
    "receipt.invalid": ("Berkas tanda terima tidak sah.", "The receipt file is invalid."),
    "request.invalid": ("Berkas permintaan perangkat tidak sah.", "The device request file is invalid."),
    "enrolment.invalid": ("Berkas pendaftaran perangkat tidak sah.", "The enrolment file is invalid."),
    **_framing("batch"),
    **_framing("receipt"),
    **_framing("rules"),
    **_framing("request"),
    **_framing("enrolment"),
    # Batches (read at the province)
    "batch.unknown_device": (
        "Kiriman berasal dari perangkat yang tidak terdaftar ({device_id}). Daftarkan perangkat itu dulu.",
        "The batch comes from a device that is not enrolled ({device_id}). Enrol that device first.",
    ),
    "batch.revoked_device": (
        "Kiriman berasal dari perangkat yang sudah dicabut ({device_id}); data tidak diterima. Hubungi admin.",
        "The batch comes from a revoked device ({device_id}); its data is refused. Contact the admin.",
    ),
    "batch.unknown_key": (
        "Kiriman dikunci untuk kunci provinsi yang tidak dikenal ({key_id}). Perangkat mungkin memakai "
        "pendaftaran lama; daftarkan ulang.",
        "The batch is encrypted to an unknown province key ({key_id}). The device may use an old "
        "enrolment; enrol it again.",
    ),
    "batch.decrypt_failed": (
        "Isi kiriman tidak dapat dibuka dengan kunci provinsi: berkas rusak atau bagian-bagiannya ditukar.",
        "The batch content cannot be opened with the province key: the file is damaged or its parts were swapped.",
    ),
    "batch.payload_too_large": (
        "Isi kiriman melebihi batas {limit} bita setelah dibuka; berkas ditolak.",
        "The batch content exceeds {limit} bytes once unpacked; the file is refused.",
    ),
    "batch.payload_invalid": (
        "Isi kiriman rusak pada data ke-{line}. Buat kiriman ulang dari laptop.",
        "The batch content is damaged at record {line}. Export the batch again from the laptop.",
    ),
    "batch.digest_mismatch": (
        "Isi kiriman tidak sesuai dengan sidik datanya; berkas ditolak. Buat kiriman ulang.",
        "The batch content does not match its digest; the file is refused. Export the batch again.",
    ),
    "batch.record_count_mismatch": (
        "Kiriman menyebut {expected} data tetapi berisi {found}; berkas ditolak.",
        "The batch declares {expected} records but holds {found}; the file is refused.",
    ),
    "batch.too_many_records": (
        "Satu kiriman paling banyak {limit} data. Bagi menjadi beberapa kiriman.",
        "A batch holds at most {limit} records. Split it into several batches.",
    ),
    # Receipts (read on the laptop)
    "receipt.unknown_key": (
        "Tanda terima ditandatangani dengan kunci provinsi yang tidak dikenal ({key_id}). Jangan dipakai; "
        "hubungi admin.",
        "The receipt is signed with an unknown province key ({key_id}). Do not use it; contact the admin.",
    ),
    "receipt.wrong_device": (
        "Tanda terima ini untuk perangkat lain ({device_id}), bukan laptop ini.",
        "This receipt is for another device ({device_id}), not this laptop.",
    ),
    "receipt.wrong_batch": (
        "Tanda terima untuk kiriman nomor {sequence} tidak cocok dengan kiriman yang tersimpan di laptop ini.",
        "The receipt for batch number {sequence} does not match the batch stored on this laptop.",
    ),
    # Device requests and enrolments
    "request.device_code_mismatch": (
        "Kode perangkat dalam permintaan ({device_code}) tidak sesuai dengan kuncinya; permintaan ditolak.",
        "The device code in the request ({device_code}) does not match its key; the request is refused.",
    ),
    "enrolment.untrusted_key": (
        "Berkas pendaftaran ditandatangani kunci yang tidak dipercaya ({key_id}). Jangan dipakai; "
        "hubungi admin provinsi.",
        "The enrolment file is signed by an untrusted key ({key_id}). Do not use it; contact the province admin.",
    ),
    "enrolment.wrong_device": (
        "Berkas pendaftaran ini untuk perangkat lain ({device_code}), bukan laptop ini.",
        "This enrolment file is for another device ({device_code}), not this laptop.",
    ),
    "enrolment.inconsistent": (
        "Isi berkas pendaftaran tidak konsisten (kunci dan kodenya tidak cocok). Minta berkas baru.",
        "The enrolment file is inconsistent (its keys and codes do not match). Ask for a new file.",
    ),
    # USB stick
    "usb.write_failed": (
        "Gagal menulis {file} ke flashdisk ({errno}). Pastikan flashdisk terpasang, lalu coba lagi.",
        "Could not write {file} to the USB stick ({errno}). Make sure the stick is plugged in and try again.",
    ),
    "usb.no_space": (
        "Flashdisk penuh; {file} tidak dapat ditulis. Kosongkan ruang atau pakai flashdisk lain.",
        "The USB stick is full; {file} could not be written. Free some space or use another stick.",
    ),
    "usb.read_only": (
        "Flashdisk tidak dapat ditulisi ({errno}). Periksa kunci tulis di flashdisk atau izin folder.",
        "The USB stick cannot be written to ({errno}). Check the stick's write-protect switch or the "
        "folder's permissions.",
    ),
    "usb.verify_failed": (
        "{file} yang ditulis ke flashdisk tidak sama saat dibaca ulang; flashdisk mungkin rusak. Coba flashdisk lain.",
        "{file} read back from the USB stick differs from what was written; the stick may be faulty. Try "
        "another stick.",
    ),
    "usb.not_found": (
        "{file} tidak ditemukan di flashdisk.",
        "{file} was not found on the USB stick.",
    ),
    "usb.read_failed": (
        "Gagal membaca {file} dari flashdisk ({errno}). Pastikan flashdisk terpasang, lalu coba lagi.",
        "Could not read {file} from the USB stick ({errno}). Make sure the stick is plugged in and try again.",
    ),
    "usb.too_large": (
        "{file} di flashdisk terlalu besar (batas {limit} bita); bukan berkas Pulut Ketan yang sah.",
        "{file} on the USB stick is too large (the limit is {limit} bytes); it is not a valid Pulut Ketan file.",
    ),
    "key.invalid": (
        "Kunci kriptografi tidak sah ({kind}). Hubungi admin.",
        "A cryptographic key is invalid ({kind}). Contact the admin.",
    ),
}
