"""The "Kirim data" page: enrolment with the province, export to a USB stick, receipts, the ledger."""
