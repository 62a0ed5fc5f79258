<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountPage</name>
    <message>
        <source>First supervisor</source>
        <translation>Supervisor pertama</translation>
    </message>
    <message>
        <source>The supervisor adds the other officers and approves registrations.</source>
        <translation>Supervisor menambahkan petugas lain dan menyetujui pendaftaran.</translation>
    </message>
    <message>
        <source>Passwords need at least %1 characters. Keep this password safe: without a password nobody can open the data.</source>
        <translation>Kata sandi minimal %1 karakter. Simpan kata sandi ini baik-baik: tanpa kata sandi tidak ada yang dapat membuka data.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>e.g. rina.s</source>
        <translation>mis. rina.s</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>e.g. rina.s</source>
        <translation>mis. rina.s</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, house number, RT/RW, hamlet</source>
        <translation>Jalan, nomor rumah, RT/RW, dusun</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
    <message>
        <source>08xx, optional</source>
        <translation>08xx, boleh kosong</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (desa / kelurahan)</source>
        <translation>Desa / kelurahan</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Filled in from the open registration drive (%1).</source>
        <translation>Diisi dari kegiatan pendaftaran yang sedang berjalan (%1).</translation>
    </message>
</context>
<context>
    <name>AfterRegistrationCard</name>
    <message>
        <source>Enrolled at BPJS</source>
        <translation>Terdaftar BPJS</translation>
    </message>
    <message>
        <source>Waiting for BPJS</source>
        <translation>Menunggu BPJS</translation>
    </message>
    <message>
        <source>Rejected by BPJS</source>
        <translation>Ditolak BPJS</translation>
    </message>
    <message>
        <source>Due for renewal</source>
        <translation>Perlu diperpanjang</translation>
    </message>
    <message>
        <source>Ended, not renewed</source>
        <translation>Berakhir, tidak diperpanjang</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Other exits</source>
        <translation>Keluar lainnya</translation>
    </message>
    <message>
        <source>After registration</source>
        <translation>Setelah pendaftaran</translation>
    </message>
</context>
<context>
    <name>ApprovalNotes</name>
    <message>
        <source>Similar to %1: same birth date and village</source>
        <translation>Mirip dengan %1: tanggal lahir dan desa sama</translation>
    </message>
    <message>
        <source>The officer confirmed this is not %1</source>
        <translation>Petugas memastikan ini orang lain, bukan %1</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>%n peringatan</translation>
    </message>
    <message>
        <source>%n near match(es)</source>
        <translation>%n data mirip</translation>
    </message>
    <message>
        <source>different person confirmed</source>
        <translation>orang lain (dipastikan petugas)</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approval queue</source>
        <translation>Antrean persetujuan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Approve the highlighted registration (Ctrl+Enter)</source>
        <translation>Setujui pendaftaran yang disorot (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Setujui yang dipilih</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Check each record against its paper form, then approve it or send it back with a reason.</source>
        <translation>Periksa setiap data dengan formulir kertasnya, lalu setujui atau kembalikan dengan alasan.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve or send back registrations.</source>
        <translation>Hanya supervisor yang dapat menyetujui atau mengembalikan pendaftaran.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n)</source>
        <translation>
            <numerusform>Setujui yang dipilih (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) updated.</source>
        <translation>
            <numerusform>%n pendaftaran diperbarui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApproveQuestion</name>
    <message>
        <source>Approve %1 although the record has these notes?</source>
        <translation>Setujui %1 walaupun datanya punya catatan berikut?</translation>
    </message>
    <message>
        <source>Approve %n registration(s)? These workers have notes to weigh:</source>
        <translation>Setujui %n pendaftaran? Pekerja berikut punya catatan yang perlu ditimbang:</translation>
    </message>
    <message>
        <source>and %n more.</source>
        <translation>dan %n lainnya.</translation>
    </message>
    <message>
        <source>Approve despite notes?</source>
        <translation>Tetap setujui?</translation>
    </message>
    <message>
        <source>&amp;Approve anyway</source>
        <translation>&amp;Tetap setujui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Print cards</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>Verify a card…</source>
        <translation>Periksa kartu…</translation>
    </message>
    <message>
        <source>Ticked records in the list</source>
        <translation>Data yang dicentang di daftar</translation>
    </message>
    <message>
        <source>Everything not printed yet</source>
        <translation>Semua yang belum dicetak</translation>
    </message>
    <message>
        <source>A whole registration drive:</source>
        <translation>Satu kegiatan pendaftaran:</translation>
    </message>
    <message>
        <source>Search name, NIK or registration number</source>
        <translation>Cari nama, NIK atau nomor registrasi</translation>
    </message>
    <message>
        <source>Only records without a card</source>
        <translation>Hanya yang belum punya kartu</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Kartu yang dicetak</translation>
    </message>
    <message>
        <source>A4 sheets of 10 cards with crop marks</source>
        <translation>Lembar A4 isi 10 kartu dengan tanda potong</translation>
    </message>
    <message>
        <source>Card printer, one card per page</source>
        <translation>Printer kartu, satu kartu per halaman</translation>
    </message>
    <message>
        <source>Cards are 85.6 × 54 mm. Print at actual size (100%), two-sided, flip on the long edge: backs line up.</source>
        <translation>Kartu berukuran 85,6 × 54 mm. Cetak ukuran asli (100%), bolak-balik, balik pada sisi panjang: sisi belakang akan pas.</translation>
    </message>
    <message>
        <source>Open the PDF in the viewer to print it</source>
        <translation>Buka PDF di penampil untuk dicetak</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Cetak kartu…</translation>
    </message>
    <message>
        <source>Open the last PDF</source>
        <translation>Buka PDF terakhir</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Tick at least one record in the list.</source>
        <translation>Centang minimal satu data di daftar.</translation>
    </message>
    <message>
        <source>Choose a registration drive first.</source>
        <translation>Pilih kegiatan pendaftaran lebih dulu.</translation>
    </message>
    <message>
        <source>There are no cards to print for this choice.</source>
        <translation>Tidak ada kartu yang dapat dicetak untuk pilihan ini.</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n card(s)…</source>
        <translation>
            <numerusform>Mencetak %n kartu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to %1.</source>
        <translation>
            <numerusform>%n kartu disimpan di %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them reprinted.</source>
        <translation>
            <numerusform>%n di antaranya cetak ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: no card possible yet.</source>
        <translation>
            <numerusform>%n data dilewati: belum dapat diberi kartu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled. No file was saved and nothing was recorded.</source>
        <translation>Pencetakan dibatalkan. Tidak ada berkas yang disimpan dan tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Simpan kartu sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer could be opened. The file is at %1.</source>
        <translation>Penampil PDF tidak dapat dibuka. Berkasnya ada di %1.</translation>
    </message>
    <message numerus="yes">
        <source>Everything not printed yet (%n)</source>
        <translation>
            <numerusform>Semua yang belum dicetak (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n records; search to narrow the list.</source>
        <translation>
            <numerusform>Menampilkan %1 dari %n data; cari untuk mempersempit daftar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can get a card.</source>
        <translation>
            <numerusform>%n data dapat diberi kartu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked records in the list (%n)</source>
        <translation>
            <numerusform>Data yang dicentang di daftar (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The worker agrees that this data is recorded and sent to BPJS Ketenagakerjaan</source>
        <translation>Pekerja setuju data ini dicatat dan dikirim ke BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Signed consent form</source>
        <translation>Formulir persetujuan bertanda tangan</translation>
    </message>
    <message>
        <source>Verbal, with a witness</source>
        <translation>Lisan, dengan saksi</translation>
    </message>
    <message>
        <source>Number on the paper form, optional</source>
        <translation>Nomor pada formulir kertas, boleh kosong</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Cara persetujuan diberikan</translation>
    </message>
    <message>
        <source>Witness name</source>
        <translation>Nama saksi</translation>
    </message>
    <message>
        <source>Form reference</source>
        <translation>Nomor formulir</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where the data lives</source>
        <translation>Lokasi data</translation>
    </message>
    <message>
        <source>Everything is stored encrypted on this laptop.</source>
        <translation>Semua data disimpan terenkripsi di laptop ini.</translation>
    </message>
    <message>
        <source>The suggested folder is usually right. Choose another one only if your supervisor asked for it, for example a second internal disk.</source>
        <translation>Folder yang disarankan biasanya sudah tepat. Pilih folder lain hanya jika diminta supervisor, misalnya disk internal kedua.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Training laptop (sample data only, shows an orange banner)</source>
        <translation>Laptop latihan (hanya data contoh, tampil pita oranye)</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
    <message>
        <source>Creating the encrypted data store…</source>
        <translation>Membuat penyimpanan data terenkripsi…</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <source>Registrations made here carry the device name and its regency.</source>
        <translation>Pendaftaran yang dibuat di sini membawa nama perangkat dan kabupatennya.</translation>
    </message>
    <message>
        <source>Give the laptop a name people recognise, for example the office and a number, and choose the regency or city it is assigned to.</source>
        <translation>Beri laptop nama yang mudah dikenali, misalnya nama kantor dan nomor, lalu pilih kabupaten atau kota tempat laptop ini ditugaskan.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Assigned regency/city</source>
        <translation>Kabupaten/kota tugas</translation>
    </message>
</context>
<context>
    <name>DraftPickerDialog</name>
    <message>
        <source>Unsaved registrations</source>
        <translation>Pendaftaran yang belum disimpan</translation>
    </message>
    <message>
        <source>These registrations were being typed but were not saved. Choose one to continue; the others stay here for later.</source>
        <translation>Pendaftaran ini sedang diketik tetapi belum disimpan. Pilih satu untuk dilanjutkan; yang lain tetap tersimpan untuk nanti.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <source>Continue this one</source>
        <translation>Lanjutkan yang ini</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>DraftsListDialog</name>
    <message>
        <source>Delete the draft of %1? What was typed in it is lost.</source>
        <translation>Hapus draf %1? Isian di dalamnya akan hilang.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Draf tersimpan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Typed by</source>
        <translation>Diketik oleh</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 of %2 fields (%3%)</source>
        <translation>%1 dari %2 kolom (%3%)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) typed but not saved. Enter opens one in the form; Delete removes it.</source>
        <translation>
            <numerusform>%n pendaftaran diketik tetapi belum disimpan. Enter membukanya di formulir; Delete menghapusnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unsaved registrations.</source>
        <translation>Tidak ada pendaftaran yang belum disimpan.</translation>
    </message>
</context>
<context>
    <name>DrivesPage</name>
    <message>
        <source>Export registrations…</source>
        <translation>Ekspor pendaftaran…</translation>
    </message>
    <message>
        <source>Registration drives</source>
        <translation>Kegiatan pendaftaran</translation>
    </message>
    <message>
        <source>Start a drive</source>
        <translation>Mulai kegiatan</translation>
    </message>
    <message>
        <source>Registrations saved while a drive is open belong to it.</source>
        <translation>Pendaftaran yang disimpan selama kegiatan terbuka menjadi bagian kegiatan itu.</translation>
    </message>
    <message>
        <source>Drive in progress</source>
        <translation>Kegiatan sedang berlangsung</translation>
    </message>
    <message>
        <source>registered in this drive</source>
        <translation>terdaftar dalam kegiatan ini</translation>
    </message>
    <message>
        <source>The tally refreshes every few seconds.</source>
        <translation>Rekap diperbarui setiap beberapa detik.</translation>
    </message>
    <message>
        <source>Close the drive and print the report…</source>
        <translation>Tutup kegiatan dan cetak berita acara…</translation>
    </message>
    <message>
        <source>Past drives</source>
        <translation>Kegiatan sebelumnya</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reprint the close-out report</source>
        <translation>Cetak ulang berita acara</translation>
    </message>
    <message>
        <source>Close the drive</source>
        <translation>Tutup kegiatan</translation>
    </message>
    <message>
        <source>Close the drive at %1? Registrations made after this no longer belong to it. The close-out report (berita acara) will be written and opened.</source>
        <translation>Tutup kegiatan di %1? Pendaftaran setelah ini tidak lagi menjadi bagian kegiatan. Berita acara akan dibuat dan dibuka.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Tim: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Writing the close-out report…</source>
        <translation>Membuat berita acara…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The close-out report (berita acara) was saved at %1.</source>
        <translation>Berita acara disimpan di %1.</translation>
    </message>
    <message>
        <source>No PDF viewer opened it: open that file from a computer with a PDF viewer.</source>
        <translation>Tidak ada penampil PDF yang membukanya: buka berkas itu di komputer yang punya penampil PDF.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Enrolment with the province</source>
        <translation>Pendaftaran laptop di provinsi</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the province yet — registering and printing provisional cards still work, but data cannot be sent yet.</source>
        <translation>Laptop belum terdaftar di provinsi — pendaftaran dan cetak kartu sementara tetap bisa, tetapi data belum bisa dikirim.</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Kode perangkat</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID perangkat</translation>
    </message>
    <message>
        <source>Province key</source>
        <translation>Kunci provinsi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Write request…</source>
        <translation>Tulis permintaan…</translation>
    </message>
    <message>
        <source>Import enrolment…</source>
        <translation>Impor pendaftaran…</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <source>none (USB only)</source>
        <translation>tidak ada (hanya flashdisk)</translation>
    </message>
    <message>
        <source>Only a supervisor can enrol this laptop.</source>
        <translation>Hanya supervisor yang dapat mendaftarkan laptop ini.</translation>
    </message>
    <message>
        <source>A new enrolment file from the province can be imported at any time.</source>
        <translation>Berkas pendaftaran baru dari provinsi dapat diimpor kapan saja.</translation>
    </message>
    <message>
        <source>Write the device request to a USB stick and take it to the province admin. Compare the device code above with the one the admin sees, then import the enrolment file they give back.</source>
        <translation>Tulis permintaan perangkat ke flashdisk dan bawa ke admin provinsi. Cocokkan kode perangkat di atas dengan yang dilihat admin, lalu impor berkas pendaftaran yang mereka berikan.</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Pulut Desktop</source>
        <translation>Pulut Desktop</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong that Pulut Desktop did not expect. Your saved data is safe. Please copy this report and send it to your supervisor or the support team.</source>
        <translation>Terjadi kesalahan yang tidak diperkirakan Pulut Desktop. Data yang sudah disimpan tetap aman. Salin laporan ini dan kirimkan ke supervisor atau tim dukungan.</translation>
    </message>
    <message>
        <source>The log file is in: %1</source>
        <translation>Berkas log ada di: %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Salin laporan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Died</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Pindah domisili</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Other exit</source>
        <translation>Keluar karena alasan lain</translation>
    </message>
    <message>
        <source>Family or heirs</source>
        <translation>Keluarga atau ahli waris</translation>
    </message>
    <message>
        <source>Village office</source>
        <translation>Kantor desa/kelurahan</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Puskesmas atau rumah sakit</translation>
    </message>
    <message>
        <source>The BPJS office</source>
        <translation>Kantor BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>Pekerja sendiri</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Death or exit</source>
        <translation>Meninggal dunia atau keluar</translation>
    </message>
    <message>
        <source>e.g. number of the death certificate</source>
        <translation>mis. nomor surat keterangan kematian</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Print claim letter</source>
        <translation>Cetak surat klaim</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Dilaporkan oleh</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <source>{number} · {name} · {heirs} heir(s) recorded</source>
        <translation>{number} · {name} · {heirs} ahli waris tercatat</translation>
    </message>
    <message>
        <source>Recorded on {date}; saving again corrects it.</source>
        <translation>Dicatat pada {date}; simpan lagi untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>Saved. Print the claim letter for the heirs.</source>
        <translation>Tersimpan. Cetak surat klaim untuk ahli waris.</translation>
    </message>
    <message>
        <source>Saved. It goes to the province with the next sending.</source>
        <translation>Tersimpan. Data ini ikut pengiriman berikutnya ke provinsi.</translation>
    </message>
    <message>
        <source>Claim letter written to {path}.</source>
        <translation>Surat klaim ditulis ke {path}.</translation>
    </message>
    <message>
        <source>No PDF viewer opened it: open that file from a computer with a PDF viewer.</source>
        <translation>Tidak ada penampil PDF yang membukanya: buka berkas itu di komputer yang punya penampil PDF.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export registrations</source>
        <translation>Ekspor pendaftaran</translation>
    </message>
    <message>
        <source>Name, NIK or registration number (optional)</source>
        <translation>Nama, NIK atau nomor registrasi (opsional)</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Full NIK (supervisors only; recorded in the audit trail)</source>
        <translation>NIK lengkap (khusus supervisor; dicatat di jejak audit)</translation>
    </message>
    <message>
        <source>NIKs are masked (first 6 and last 4 digits) unless the full NIK is chosen.</source>
        <translation>NIK disamarkan (6 angka pertama dan 4 terakhir) kecuali NIK lengkap dipilih.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exporting registrations…</source>
        <translation>Mengekspor pendaftaran…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Simpan daftar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 registrations written to %2</source>
        <translation>%1 pendaftaran ditulis ke %2</translation>
    </message>
</context>
<context>
    <name>FieldDashboard</name>
    <message>
        <source>Provincial budget (APBD)</source>
        <translation>APBD Provinsi</translation>
    </message>
    <message>
        <source>Palm-oil revenue share (DBH Sawit)</source>
        <translation>DBH Sawit</translation>
    </message>
    <message>
        <source>No registrations yet</source>
        <translation>Belum ada pendaftaran</translation>
    </message>
    <message>
        <source>Registrations per day (last 30 days)</source>
        <translation>Pendaftaran per hari (30 hari terakhir)</translation>
    </message>
    <message>
        <source>Top 10 villages</source>
        <translation>10 desa teratas</translation>
    </message>
    <message>
        <source>Top 10 occupations</source>
        <translation>10 pekerjaan teratas</translation>
    </message>
    <message>
        <source>Against the quota</source>
        <translation>Terhadap kuota</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>to approve</source>
        <translation>untuk disetujui</translation>
    </message>
    <message>
        <source>cards to print</source>
        <translation>kartu untuk dicetak</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>untuk dikirim</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>untuk diperbaiki</translation>
    </message>
    <message>
        <source>Quota not yet received from the province</source>
        <translation>Kuota belum diterima dari provinsi</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>1. Choose the village's list</source>
        <translation>1. Pilih daftar dari desa</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one worker per row and the column names in the first row. Valid rows are saved as drafts in one go; the worker completes consent and heirs at the desk.</source>
        <translation>Berkas CSV atau Excel (XLSX) dengan satu pekerja per baris dan nama kolom di baris pertama. Baris yang sah disimpan sebagai draf sekaligus; pekerja melengkapi persetujuan dan ahli waris di meja pendaftaran.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas</translation>
    </message>
    <message>
        <source>Type to search a district</source>
        <translation>Ketik untuk mencari kecamatan</translation>
    </message>
    <message>
        <source>Provincial budget (APBD)</source>
        <translation>APBD Provinsi</translation>
    </message>
    <message>
        <source>Palm-oil revenue share (DBH Sawit)</source>
        <translation>DBH Sawit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>District of the villages</source>
        <translation>Kecamatan desa-desa</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, NIK (first digits) or registration number</source>
        <translation>Cari nama, NIK (angka awal) atau nomor registrasi</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>All funding</source>
        <translation>Semua dana</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Filter lainnya</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Dibuat dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Pulut Desktop — First start</source>
        <translation>Pulut Desktop — Mulai pertama</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Bantuan (F1)</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Saved drafts</source>
        <translation>Draf tersimpan</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Death or exit…</source>
        <translation>Meninggal/keluar…</translation>
    </message>
    <message>
        <source>Next problem (F8)</source>
        <translation>Kolom berikutnya (F8)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>Pendaftaran {number}</translation>
    </message>
    <message>
        <source>Sent back for correction: {reason}</source>
        <translation>Dikembalikan untuk diperbaiki: {reason}</translation>
    </message>
    <message>
        <source>This registration has left the laptop and can no longer be changed.</source>
        <translation>Pendaftaran ini sudah dikirim dari laptop dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Saved {number} · {name} · {status}</source>
        <translation>Tersimpan {number} · {name} · {status}</translation>
    </message>
</context>
<context>
    <name>GuardRailBanner</name>
    <message>
        <source>New registrations are stopped on this laptop</source>
        <translation>Pendaftaran baru dihentikan di laptop ini</translation>
    </message>
    <message>
        <source>Attention: a limit of this laptop is near</source>
        <translation>Perhatian: batas laptop ini hampir tercapai</translation>
    </message>
</context>
<context>
    <name>HeirsSection</name>
    <message>
        <source>Husband / wife</source>
        <translation>Suami / istri</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cucu</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Kakek / nenek</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Mertua</translation>
    </message>
    <message>
        <source>Other (named in a will)</source>
        <translation>Lainnya (disebut dalam wasiat)</translation>
    </message>
    <message>
        <source>Heirs</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>NIK (optional)</source>
        <translation>NIK (boleh kosong)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>No. HP (boleh kosong)</translation>
    </message>
    <message>
        <source>Add heir</source>
        <translation>Tambah ahli waris</translation>
    </message>
    <message>
        <source>Remove heir</source>
        <translation>Hapus ahli waris</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help — Officer's handbook</source>
        <translation>Bantuan — Panduan Petugas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Fungsinya</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>tempat lahir</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>mother's maiden name</source>
        <translation>nama ibu kandung</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>village</source>
        <translation>desa</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>no. HP</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>occupation (other)</source>
        <translation>pekerjaan (lainnya)</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>disabilitas</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>sumber dana</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>program</translation>
    </message>
    <message>
        <source>coverage start</source>
        <translation>mulai perlindungan</translation>
    </message>
    <message>
        <source>coverage length</source>
        <translation>lama perlindungan</translation>
    </message>
    <message>
        <source>heirs</source>
        <translation>ahli waris</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>kegiatan pendaftaran</translation>
    </message>
    <message>
        <source>Created as {status}</source>
        <translation>Dibuat dengan status {status}</translation>
    </message>
    <message>
        <source>Imported from a list</source>
        <translation>Diimpor dari daftar</translation>
    </message>
    <message>
        <source>Edited (version {version})</source>
        <translation>Diubah (versi {version})</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>tidak ada isian yang berubah</translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translation>Status {old} → {new}</translation>
    </message>
    <message>
        <source>Confirmed as a different person from a similar record</source>
        <translation>Dikonfirmasi sebagai orang yang berbeda dari data yang mirip</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>A new registration has no history yet.</source>
        <translation>Pendaftaran baru belum memiliki riwayat.</translation>
    </message>
    <message>
        <source>Print history</source>
        <translation>Riwayat cetak</translation>
    </message>
    <message>
        <source>Select a record in the list to see how often its card was printed.</source>
        <translation>Pilih data di daftar untuk melihat berapa kali kartunya dicetak.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n kali</numerusform>
        </translation>
    </message>
    <message>
        <source>Card of %1 printed %2.</source>
        <translation>Kartu %1 sudah dicetak %2.</translation>
    </message>
    <message>
        <source>The card of %1 has not been printed yet.</source>
        <translation>Kartu %1 belum pernah dicetak.</translation>
    </message>
    <message>
        <source>card printer</source>
        <translation>printer kartu</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>lembar A4</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>sementara</translation>
    </message>
    <message>
        <source>training</source>
        <translation>latihan</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>sah</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good day, %1</source>
        <translation>Selamat bekerja, %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Draf tersimpan</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>Didaftarkan hari ini</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Kartu belum dicetak</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Siap dikirim</translation>
    </message>
    <message>
        <source>All registrations on this laptop</source>
        <translation>Semua pendaftaran di laptop ini</translation>
    </message>
    <message>
        <source>Total: %1 registrations</source>
        <translation>Jumlah: %1 pendaftaran</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity (as on the KTP)</source>
        <translation>Identitas (sesuai KTP)</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>16 digits, optional</source>
        <translation>16 angka, boleh kosong</translation>
    </message>
    <message>
        <source>Day-month-year, for example 17-08-1985</source>
        <translation>Hari-bulan-tahun, misalnya 17-08-1985</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Buka data yang ada</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card no. (KK)</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Full name as on the KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth (dd-mm-yyyy)</source>
        <translation>Tanggal lahir (hh-bb-tttt)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Mother's maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>NIK: {sex}, born {born}, issued in {place}</source>
        <translation>NIK: {sex}, lahir {born}, diterbitkan di {place}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Import a village list</source>
        <translation>Impor daftar desa</translation>
    </message>
    <message>
        <source>Choose the column for: %1</source>
        <translation>Pilih kolom untuk: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Saving the drafts…</source>
        <translation>Menyimpan draf…</translation>
    </message>
    <message>
        <source>1. File</source>
        <translation>1. Berkas</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Kolom</translation>
    </message>
    <message>
        <source>5. Done</source>
        <translation>5. Selesai</translation>
    </message>
    <message>
        <source>3. Words</source>
        <translation>3. Kata</translation>
    </message>
    <message>
        <source>4. Check</source>
        <translation>4. Periksa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Periksa baris</translation>
    </message>
    <message>
        <source>Save %1 valid rows as drafts</source>
        <translation>Simpan %1 baris sah sebagai draf</translation>
    </message>
    <message>
        <source>Import another list</source>
        <translation>Impor daftar lain</translation>
    </message>
    <message>
        <source>Rows without a village go to the open drive's village: %1</source>
        <translation>Baris tanpa desa masuk ke desa kegiatan yang terbuka: %1</translation>
    </message>
    <message>
        <source>%1 registrations were saved as drafts. %2 rows with problems were not imported; give the error report back to the village.</source>
        <translation>%1 pendaftaran disimpan sebagai draf. %2 baris bermasalah tidak diimpor; serahkan laporan kesalahan kembali ke desa.</translation>
    </message>
    <message>
        <source>Error report saved: %1</source>
        <translation>Laporan kesalahan disimpan: %1</translation>
    </message>
    <message>
        <source>Choose the village list</source>
        <translation>Pilih daftar desa</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Daftar (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Simpan laporan kesalahan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Village (name or code)</source>
        <translation>Desa (nama atau kode)</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Mother's maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Pulut Desktop</source>
        <translation>Selamat datang di Pulut Desktop</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Pilih bahasa aplikasi.</translation>
    </message>
    <message>
        <source>This laptop has no Pulut data yet. In four short steps you create the first supervisor account and tell the application where this laptop works. You can change the language later in the settings.</source>
        <translation>Laptop ini belum berisi data Pulut. Dalam empat langkah singkat Anda membuat akun supervisor pertama dan memberi tahu aplikasi di mana laptop ini bertugas. Bahasa dapat diubah nanti di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Batches sent to the province</source>
        <translation>Kiriman ke provinsi</translation>
    </message>
    <message>
        <source>No batch has left this laptop yet.</source>
        <translation>Belum ada kiriman yang keluar dari laptop ini.</translation>
    </message>
    <message>
        <source>%1 batch(es); the province holds every batch up to no. %2; %3 still without a receipt.</source>
        <translation>%1 kiriman; provinsi sudah menerima semua kiriman sampai nomor %2; %3 belum ada tanda terimanya.</translation>
    </message>
    <message>
        <source>Batch no. %1 was refused by the province: %2</source>
        <translation>Kiriman no. %1 ditolak provinsi: %2</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Not on a stick yet</source>
        <translation>Belum di flashdisk</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak seluruhnya</translation>
    </message>
    <message>
        <source>Set aside by the province</source>
        <translation>Disisihkan, ditahan provinsi</translation>
    </message>
    <message>
        <source>The province answered a later batch but has not received this one: bring it again.</source>
        <translation>Provinsi sudah menjawab kiriman berikutnya tetapi belum menerima kiriman ini: bawa kembali.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>The screen was locked because nobody used it for a while. Your unsaved work is kept. Enter the password of %1, or of a supervisor, to continue.</source>
        <translation>Layar dikunci karena tidak digunakan beberapa saat. Pekerjaan yang belum disimpan tetap ada. Masukkan kata sandi %1, atau kata sandi supervisor, untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Pulut Desktop — Sign in</source>
        <translation>Pulut Desktop — Masuk</translation>
    </message>
    <message>
        <source>Pulut Desktop</source>
        <translation>Pulut Desktop</translation>
    </message>
    <message>
        <source>Pulut Ketan registration — BPJS Ketenagakerjaan JKK and JKM</source>
        <translation>Pendaftaran Pulut Ketan — BPJS Ketenagakerjaan JKK dan JKM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Pulihkan dari cadangan?</translation>
    </message>
    <message>
        <source>The data on this laptop is damaged. Restore the latest backup (%1)? The damaged files are kept.</source>
        <translation>Data di laptop ini rusak. Pulihkan dari cadangan terakhir (%1)? Berkas yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last answer from the province: none yet</source>
        <translation>Jawaban terakhir dari provinsi: belum ada</translation>
    </message>
    <message>
        <source>Last answer from the province: %1</source>
        <translation>Jawaban terakhir dari provinsi: %1</translation>
    </message>
    <message>
        <source>waiting to send: %1, %2</source>
        <translation>menunggu dikirim: %1, %2</translation>
    </message>
    <message>
        <source>Pulut Desktop</source>
        <translation>Pulut Desktop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Bantuan (F1)</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Kunci sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Masuk sebagai: %1 (%2)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n pendaftaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) without a receipt</source>
        <translation>
            <numerusform>%n kiriman belum bertanda terima</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Perangkat: %1</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>Perangkat: %1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved registration</source>
        <translation>Pendaftaran belum disimpan</translation>
    </message>
    <message>
        <source>The registration being typed has not been saved. Keep it as a draft (it is offered again at the next sign-in and listed in Saved drafts), discard it, or go back to the form?</source>
        <translation>Pendaftaran yang sedang diketik belum disimpan. Simpan sebagai draf (ditawarkan lagi saat masuk berikutnya dan ada di Draf tersimpan), buang, atau kembali ke formulir?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Kegiatan pendaftaran</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Impor daftar</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Kirim data</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Perpanjangan</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>2. Match the columns</source>
        <translation>2. Cocokkan kolom</translation>
    </message>
    <message>
        <source>Columns were matched by their names. Check each field; * marks a required one.</source>
        <translation>Kolom dicocokkan menurut namanya. Periksa setiap isian; * menandai yang wajib.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— tidak ada di berkas —</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolom %1)</translation>
    </message>
</context>
<context>
    <name>NearMatchDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>A registration with the same birth date and village and a similar name already exists. Compare them with the KTP. Is this the same person?</source>
        <translation>Sudah ada pendaftaran dengan tanggal lahir dan desa yang sama serta nama yang mirip. Bandingkan dengan KTP. Apakah ini orang yang sama?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Being entered</source>
        <translation>Yang sedang diisi</translation>
    </message>
    <message>
        <source>Existing {n}</source>
        <translation>Data tersimpan {n}</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(baru)</translation>
    </message>
    <message>
        <source>Different person — save</source>
        <translation>Orang yang berbeda — simpan</translation>
    </message>
    <message>
        <source>Same person — open the existing record</source>
        <translation>Orang yang sama — buka data yang ada</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Officers who may sign in on this laptop. Each has their own password; a deactivated officer can no longer open the data.</source>
        <translation>Petugas yang boleh masuk di laptop ini. Masing-masing punya kata sandi sendiri; petugas yang dinonaktifkan tidak dapat lagi membuka data.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Add officer…</source>
        <translation>Tambah petugas…</translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Deactivate officer</source>
        <translation>Nonaktifkan petugas</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in on this laptop. Their registrations stay.</source>
        <translation>Nonaktifkan %1 (%2)? Petugas ini tidak dapat lagi masuk di laptop ini. Pendaftaran yang sudah dibuatnya tetap ada.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OnlinePanel</name>
    <message>
        <source>Over the internet</source>
        <translation>Lewat internet</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Province server: %1</source>
        <translation>Server provinsi: %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>4. Check the rows</source>
        <translation>4. Periksa baris</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Tampilkan hanya baris bermasalah</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Save the error report…</source>
        <translation>Simpan laporan kesalahan…</translation>
    </message>
    <message>
        <source>%1 rows read: &lt;b&gt;%2 valid&lt;/b&gt;, &lt;b style='color:#8a1c12'&gt;%3 with problems&lt;/b&gt;.</source>
        <translation>%1 baris dibaca: &lt;b&gt;%2 sah&lt;/b&gt;, &lt;b style='color:#8a1c12'&gt;%3 bermasalah&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>OK — will be saved as a draft</source>
        <translation>OK — akan disimpan sebagai draf</translation>
    </message>
</context>
<context>
    <name>RecordsTable</name>
    <message>
        <source>Registration no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Sementara</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Sah</translation>
    </message>
</context>
<context>
    <name>RegistrationFormPage</name>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n kolom perlu diperbaiki sebelum disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a date; type day-month-year, for example 17-08-1985.</source>
        <translation>Ini bukan tanggal; ketik hari-bulan-tahun, misalnya 17-08-1985.</translation>
    </message>
    <message>
        <source>Restored the registration you were typing before the app closed.</source>
        <translation>Pendaftaran yang sedang diketik sebelum aplikasi tertutup telah dipulihkan.</translation>
    </message>
    <message>
        <source>Not saved. Check the data against the KTP.</source>
        <translation>Belum disimpan. Periksa data dengan KTP.</translation>
    </message>
    <message>
        <source>There is no earlier registration to copy from yet.</source>
        <translation>Belum ada pendaftaran sebelumnya untuk disalin.</translation>
    </message>
</context>
<context>
    <name>RegistrationLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Needs fix</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Enrolled at BPJS</source>
        <translation>Terdaftar BPJS</translation>
    </message>
    <message>
        <source>APBD (provincial budget)</source>
        <translation>APBD (anggaran provinsi)</translation>
    </message>
    <message>
        <source>DBH Sawit (palm-oil revenue)</source>
        <translation>DBH Sawit (bagi hasil sawit)</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Registration no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a registration.</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka pendaftaran.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n pendaftaran</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Send back for correction</source>
        <translation>Kembalikan untuk diperbaiki</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) will go back to the officer with status "Needs fix". Write what must be corrected; the officer sees it in the list and in the form.</source>
        <translation>
            <numerusform>%n pendaftaran akan dikembalikan ke petugas dengan status "Perlu perbaikan". Tuliskan apa yang harus diperbaiki; petugas melihatnya di daftar dan di formulir.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: the birth date does not match the KTP</source>
        <translation>Misalnya: tanggal lahir tidak sesuai KTP</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RenewalDialog</name>
    <message>
        <source>Renew coverage</source>
        <translation>Perpanjang kepesertaan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Check each field with the worker and correct what changed, then confirm.</source>
        <translation>Periksa setiap isian bersama pekerja, perbaiki yang berubah, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>Confirm renewal</source>
        <translation>Konfirmasi perpanjangan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>New coverage starts</source>
        <translation>Perlindungan baru mulai</translation>
    </message>
    <message>
        <source>Coverage length</source>
        <translation>Lama perlindungan</translation>
    </message>
    <message>
        <source>Heirs</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>{number} · {name} · NIK {nik} · {village}</source>
        <translation>{number} · {name} · NIK {nik} · {village}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>tidak ada yang tercatat</translation>
    </message>
</context>
<context>
    <name>RenewalsPage</name>
    <message>
        <source>Renewals</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Village / number</source>
        <translation>Desa / nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Coverage ends</source>
        <translation>Perlindungan berakhir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Perpanjang…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n pekerja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>berakhir dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>ended, not renewed</source>
        <translation>sudah berakhir, belum diperpanjang</translation>
    </message>
    <message>
        <source>Coverage ending within {days} days: {due}. Ended and not renewed: {lapsed}.</source>
        <translation>Perlindungan berakhir dalam {days} hari: {due}. Sudah berakhir dan belum diperpanjang: {lapsed}.</translation>
    </message>
    <message>
        <source>Renewal saved. It goes to the province with the next sending.</source>
        <translation>Perpanjangan tersimpan. Data ini ikut pengiriman berikutnya ke provinsi.</translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>Reprint cards</source>
        <translation>Cetak ulang kartu</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) were printed before. Write why they are printed again; the reason is kept with the print history and in the audit trail.</source>
        <translation>
            <numerusform>%n kartu sudah pernah dicetak. Tuliskan alasan cetak ulang; alasan disimpan di riwayat cetak dan jejak audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: card lost in the flood, name misspelt, card damaged</source>
        <translation>Misalnya: kartu hilang terbawa banjir, nama salah eja, kartu rusak</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Alasan cetak ulang</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell the officer in person; it is not shown again.</source>
        <translation>Kata sandi baru untuk %1 (%2). Sampaikan langsung kepada petugas; kata sandi tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Simpan kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A supervisor approves each registration before it is sent</source>
        <translation>Supervisor menyetujui setiap pendaftaran sebelum dikirim</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Antrean persetujuan</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Kunci layar setelah</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Only a supervisor can change these settings.</source>
        <translation>Hanya supervisor yang dapat mengubah pengaturan ini.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Help for this screen, with this list</source>
        <translation>Bantuan untuk layar ini, dengan daftar ini</translation>
    </message>
    <message>
        <source>New registration (from anywhere, also inside the form)</source>
        <translation>Pendaftaran baru (dari mana saja, juga di dalam formulir)</translation>
    </message>
    <message>
        <source>Find a registration</source>
        <translation>Cari pendaftaran</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Muat ulang halaman</translation>
    </message>
    <message>
        <source>Lock now (the password opens it again)</source>
        <translation>Kunci sekarang (kata sandi membukanya lagi)</translation>
    </message>
    <message>
        <source>Save the registration</source>
        <translation>Simpan pendaftaran</translation>
    </message>
    <message>
        <source>Next field to fix</source>
        <translation>Kolom berikutnya yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>Next field; in a list: choose the only match or open the list</source>
        <translation>Kolom berikutnya; di daftar pilihan: pilih satu-satunya yang cocok atau buka daftarnya</translation>
    </message>
    <message>
        <source>Approve the highlighted registration</source>
        <translation>Setujui pendaftaran yang disorot</translation>
    </message>
</context>
<context>
    <name>StartDriveForm</name>
    <message>
        <source>Type to search a regency</source>
        <translation>Ketik untuk mencari kabupaten/kota</translation>
    </message>
    <message>
        <source>Type to search a district</source>
        <translation>Ketik untuk mencari kecamatan</translation>
    </message>
    <message>
        <source>Type to search a village</source>
        <translation>Ketik untuk mencari desa</translation>
    </message>
    <message>
        <source>Day-month-year, for example 17-08-2026</source>
        <translation>Hari-bulan-tahun, misalnya 17-08-2026</translation>
    </message>
    <message>
        <source>e.g. Balai Desa</source>
        <translation>mis. Balai Desa</translation>
    </message>
    <message>
        <source>Names of the officers, separated by commas</source>
        <translation>Nama petugas, dipisah koma</translation>
    </message>
    <message>
        <source>Start the drive</source>
        <translation>Mulai kegiatan</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Choose the village of the drive.</source>
        <translation>Pilih desa tempat kegiatan.</translation>
    </message>
    <message>
        <source>Write the date of the drive as dd-mm-yyyy.</source>
        <translation>Tulis tanggal kegiatan sebagai hh-bb-tttt.</translation>
    </message>
    <message>
        <source>Write where the drive takes place.</source>
        <translation>Tulis tempat kegiatan berlangsung.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted by the province</source>
        <translation>Diterima provinsi</translation>
    </message>
    <message>
        <source>Duplicate at the province</source>
        <translation>Ganda di provinsi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send data</source>
        <translation>Kirim data</translation>
    </message>
    <message>
        <source>Approved registrations travel to the province on a USB stick; the province's receipts come back on the same stick.</source>
        <translation>Pendaftaran yang disetujui dibawa ke provinsi dengan flashdisk; tanda terima provinsi kembali lewat flashdisk yang sama.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>Where to write the device request (the USB stick)</source>
        <translation>Tempat menulis permintaan perangkat (flashdisk)</translation>
    </message>
    <message>
        <source>Writing the device request…</source>
        <translation>Menulis permintaan perangkat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enrolment file from the province</source>
        <translation>Berkas pendaftaran dari provinsi</translation>
    </message>
    <message>
        <source>Enrolment files (*.pulutenrolment);;All files (*)</source>
        <translation>Berkas pendaftaran (*.pulutenrolment);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking the enrolment file…</source>
        <translation>Memeriksa berkas pendaftaran…</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>Pilih flashdisk</translation>
    </message>
    <message>
        <source>Choose the USB stick first.</source>
        <translation>Pilih flashdisk terlebih dahulu.</translation>
    </message>
    <message>
        <source>Writing batches to the USB stick…</source>
        <translation>Menulis kiriman ke flashdisk…</translation>
    </message>
    <message>
        <source>Batch no. %1 is on the stick: %2 registration(s) marked as sent.</source>
        <translation>Kiriman nomor %1 sudah di flashdisk: %2 pendaftaran ditandai terkirim.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Written again unchanged, not yet answered by the province: no. %1.</source>
        <translation>Ditulis ulang tanpa perubahan, belum dijawab provinsi: nomor %1.</translation>
    </message>
    <message>
        <source>There is no data ready to send.</source>
        <translation>Tidak ada data yang siap dikirim.</translation>
    </message>
    <message>
        <source>Applying the province's receipts…</source>
        <translation>Menerapkan tanda terima provinsi…</translation>
    </message>
    <message>
        <source>There are no receipts for this laptop on the stick yet.</source>
        <translation>Belum ada tanda terima untuk laptop ini di flashdisk.</translation>
    </message>
    <message>
        <source>%1 receipt(s) applied: %2 accepted, %3 duplicate, %4 rejected, %5 held for review.</source>
        <translation>%1 tanda terima diterapkan: %2 diterima, %3 ganda, %4 ditolak, %5 ditahan untuk diperiksa.</translation>
    </message>
    <message>
        <source>%1 registration(s) of a refused batch are back to approved.</source>
        <translation>%1 pendaftaran dari kiriman yang ditolak kembali berstatus disetujui.</translation>
    </message>
    <message>
        <source>%1 receipt(s) had been applied before.</source>
        <translation>%1 tanda terima sudah diterapkan sebelumnya.</translation>
    </message>
    <message>
        <source>Stopped before the last receipts; apply again to finish.</source>
        <translation>Berhenti sebelum tanda terima terakhir; terapkan lagi untuk menyelesaikan.</translation>
    </message>
    <message>
        <source>The province's reference data on this laptop was updated.</source>
        <translation>Data referensi provinsi di laptop ini sudah diperbarui.</translation>
    </message>
    <message>
        <source>Sending to the province server…</source>
        <translation>Mengirim ke server provinsi…</translation>
    </message>
    <message>
        <source>Batch no. %1 sent and answered: %2 accepted, %3 duplicate, %4 rejected.</source>
        <translation>Kiriman nomor %1 terkirim dan dijawab: %2 diterima, %3 ganda, %4 ditolak.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; the province's answers are up to date.</source>
        <translation>Tidak ada yang menunggu dikirim; jawaban provinsi sudah terbaru.</translation>
    </message>
    <message>
        <source>Batch no. %1 was set aside: the province holds it. Reason: %2 Later batches are still sent.</source>
        <translation>Kiriman nomor %1 disisihkan karena ditahan provinsi. Alasan: %2 Kiriman berikutnya tetap dikirim.</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan: %1 enrolled (with a KPJ number), %2 rejected by BPJS (needs fix).</source>
        <translation>BPJS Ketenagakerjaan: %1 terdaftar (dengan nomor KPJ), %2 ditolak BPJS (perlu perbaikan).</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING MODE — sample data, not real registrations</source>
        <translation>MODE LATIHAN — data contoh, bukan data asli</translation>
    </message>
</context>
<context>
    <name>UsbPanel</name>
    <message>
        <source>USB stick</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <source>No stick chosen</source>
        <translation>Belum ada flashdisk dipilih</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Plug in the USB stick and choose its folder.</source>
        <translation>Pasang flashdisk lalu pilih foldernya.</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Ekspor ke USB</translation>
    </message>
    <message>
        <source>Apply receipts</source>
        <translation>Terapkan tanda terima</translation>
    </message>
    <message>
        <source>%1 ready to send</source>
        <translation>%1 siap dikirim</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>The stick is not there any more. Plug it in again or choose another.</source>
        <translation>Flashdisk tidak ditemukan lagi. Pasang kembali atau pilih yang lain.</translation>
    </message>
    <message>
        <source>No PULUT folder on this stick yet; export creates it.</source>
        <translation>Belum ada folder PULUT di flashdisk ini; ekspor akan membuatnya.</translation>
    </message>
    <message>
        <source>PULUT folder found: %1 batch file(s) and %2 receipt(s) of this laptop.</source>
        <translation>Folder PULUT ditemukan: %1 berkas kiriman dan %2 tanda terima laptop ini.</translation>
    </message>
</context>
<context>
    <name>ValuesStep</name>
    <message>
        <source>3. Match the words of the list</source>
        <translation>3. Cocokkan kata-kata daftar</translation>
    </message>
    <message>
        <source>The list uses its own words for these fields. Check the suggested meaning of each word once; the choice is remembered for the next list. A word left empty stays a problem of its rows.</source>
        <translation>Daftar ini memakai kata-katanya sendiri untuk kolom berikut. Periksa arti yang disarankan untuk setiap kata sekali saja; pilihan diingat untuk daftar berikutnya. Kata yang dibiarkan kosong tetap menjadi masalah pada barisnya.</translation>
    </message>
    <message>
        <source>Word in the list</source>
        <translation>Kata di daftar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Chosen for an earlier list</source>
        <translation>Dipilih untuk daftar sebelumnya</translation>
    </message>
    <message>
        <source>Type to search an occupation</source>
        <translation>Ketik untuk mencari pekerjaan</translation>
    </message>
</context>
<context>
    <name>VerifyCardDialog</name>
    <message>
        <source>Verify a card</source>
        <translation>Periksa kartu</translation>
    </message>
    <message>
        <source>Scan the QR code on the front of the card with a scanner, or paste its text here, then press Enter. The check works offline with the device keys this laptop knows.</source>
        <translation>Pindai kode QR di depan kartu dengan pemindai, atau tempel teksnya di sini, lalu tekan Enter. Pemeriksaan berjalan tanpa internet dengan kunci perangkat yang dikenal laptop ini.</translation>
    </message>
    <message>
        <source>PK1|PK-…  (scan or paste the QR text)</source>
        <translation>PK1|PK-…  (pindai atau tempel teks QR)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>Work and protection</source>
        <translation>Pekerjaan dan perlindungan</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
    <message>
        <source>Only for "Lainnya": describe the work</source>
        <translation>Hanya untuk "Lainnya": tuliskan pekerjaannya</translation>
    </message>
    <message>
        <source>The worker has a disability</source>
        <translation>Pekerja penyandang disabilitas</translation>
    </message>
    <message>
        <source>Same as previous</source>
        <translation>Sama dengan sebelumnya</translation>
    </message>
    <message>
        <source>Every new form takes the funding source and the coverage start of the last saved registration</source>
        <translation>Setiap formulir baru memakai sumber dana dan awal kepesertaan dari pendaftaran terakhir yang disimpan</translation>
    </message>
    <message>
        <source>JKK (work accident) ✓ covered · JKM (death) ✓ covered · JHT (old age) not covered</source>
        <translation>JKK (kecelakaan kerja) ✓ ditanggung · JKM (kematian) ✓ ditanggung · JHT (hari tua) tidak ditanggung</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Occupation (other)</source>
        <translation>Pekerjaan (lainnya)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Coverage starts</source>
        <translation>Mulai perlindungan</translation>
    </message>
    <message>
        <source>Coverage length</source>
        <translation>Lama perlindungan</translation>
    </message>
    <message>
        <source>Contribution paid by the province</source>
        <translation>Iuran yang dibayar provinsi</translation>
    </message>
    <message>
        <source>{monthly} × {months} months = {total}</source>
        <translation>{monthly} × {months} bulan = {total}</translation>
    </message>
    <message>
        <source>Covered until the end of {month}</source>
        <translation>Terlindungi sampai akhir {month}</translation>
    </message>
</context>
</TS>