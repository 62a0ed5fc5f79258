<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>First supervisor</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <source>The supervisor adds the other officers and approves registrations.</source>
        <translation>The supervisor adds the other officers and approves registrations.</translation>
    </message>
    <message>
        <source>Passwords need at least %1 characters. Keep this password safe: without a password nobody can open the data.</source>
        <translation>Passwords need at least %1 characters. Keep this password safe: without a password nobody can open the data.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>e.g. rina.s</source>
        <translation>e.g. rina.s</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add officer</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>e.g. rina.s</source>
        <translation>e.g. rina.s</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street, house number, RT/RW, hamlet</source>
        <translation>Street, house number, RT/RW, hamlet</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <source>08xx, optional</source>
        <translation>08xx, optional</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <source>Village (desa / kelurahan)</source>
        <translation>Village (desa / kelurahan)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Filled in from the open registration drive (%1).</source>
        <translation>Filled in from the open registration drive (%1).</translation>
    </message>
</context>
<context>
    <name>AfterRegistrationCard</name>
    <message>
        <source>Enrolled at BPJS</source>
        <translation>Enrolled at BPJS</translation>
    </message>
    <message>
        <source>Waiting for BPJS</source>
        <translation>Waiting for BPJS</translation>
    </message>
    <message>
        <source>Rejected by BPJS</source>
        <translation>Rejected by BPJS</translation>
    </message>
    <message>
        <source>Due for renewal</source>
        <translation>Due for renewal</translation>
    </message>
    <message>
        <source>Ended, not renewed</source>
        <translation>Ended, not renewed</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Other exits</source>
        <translation>Other exits</translation>
    </message>
    <message>
        <source>After registration</source>
        <translation>After registration</translation>
    </message>
</context>
<context>
    <name>ApprovalNotes</name>
    <message>
        <source>Similar to %1: same birth date and village</source>
        <translation>Similar to %1: same birth date and village</translation>
    </message>
    <message>
        <source>The officer confirmed this is not %1</source>
        <translation>The officer confirmed this is not %1</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>%n warning(s)</translation>
    </message>
    <message>
        <source>%n near match(es)</source>
        <translation>%n near match(es)</translation>
    </message>
    <message>
        <source>different person confirmed</source>
        <translation>different person confirmed</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approval queue</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the highlighted registration (Ctrl+Enter)</source>
        <translation>Approve the highlighted registration (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Check each record against its paper form, then approve it or send it back with a reason.</source>
        <translation>Check each record against its paper form, then approve it or send it back with a reason.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve or send back registrations.</source>
        <translation>Only a supervisor can approve or send back registrations.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n)</source>
        <translation>
            <numerusform>Approve selected (%n)</numerusform>
            <numerusform>Approve selected (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) updated.</source>
        <translation>
            <numerusform>%n registration updated.</numerusform>
            <numerusform>%n registrations updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApproveQuestion</name>
    <message>
        <source>Approve %1 although the record has these notes?</source>
        <translation>Approve %1 although the record has these notes?</translation>
    </message>
    <message>
        <source>Approve %n registration(s)? These workers have notes to weigh:</source>
        <translation>Approve %n registration(s)? These workers have notes to weigh:</translation>
    </message>
    <message>
        <source>and %n more.</source>
        <translation>and %n more.</translation>
    </message>
    <message>
        <source>Approve despite notes?</source>
        <translation>Approve despite notes?</translation>
    </message>
    <message>
        <source>&amp;Approve anyway</source>
        <translation>&amp;Approve anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Print cards</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <source>Verify a card…</source>
        <translation>Verify a card…</translation>
    </message>
    <message>
        <source>Ticked records in the list</source>
        <translation>Ticked records in the list</translation>
    </message>
    <message>
        <source>Everything not printed yet</source>
        <translation>Everything not printed yet</translation>
    </message>
    <message>
        <source>A whole registration drive:</source>
        <translation>A whole registration drive:</translation>
    </message>
    <message>
        <source>Search name, NIK or registration number</source>
        <translation>Search name, NIK or registration number</translation>
    </message>
    <message>
        <source>Only records without a card</source>
        <translation>Only records without a card</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Which cards</translation>
    </message>
    <message>
        <source>A4 sheets of 10 cards with crop marks</source>
        <translation>A4 sheets of 10 cards with crop marks</translation>
    </message>
    <message>
        <source>Card printer, one card per page</source>
        <translation>Card printer, one card per page</translation>
    </message>
    <message>
        <source>Cards are 85.6 × 54 mm. Print at actual size (100%), two-sided, flip on the long edge: backs line up.</source>
        <translation>Cards are 85.6 × 54 mm. Print at actual size (100%), two-sided, flip on the long edge: backs line up.</translation>
    </message>
    <message>
        <source>Open the PDF in the viewer to print it</source>
        <translation>Open the PDF in the viewer to print it</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Print cards…</translation>
    </message>
    <message>
        <source>Open the last PDF</source>
        <translation>Open the last PDF</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Tick at least one record in the list.</source>
        <translation>Tick at least one record in the list.</translation>
    </message>
    <message>
        <source>Choose a registration drive first.</source>
        <translation>Choose a registration drive first.</translation>
    </message>
    <message>
        <source>There are no cards to print for this choice.</source>
        <translation>There are no cards to print for this choice.</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n card(s)…</source>
        <translation>
            <numerusform>Printing %n card…</numerusform>
            <numerusform>Printing %n cards…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to %1.</source>
        <translation>
            <numerusform>%n card saved to %1.</numerusform>
            <numerusform>%n cards saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them reprinted.</source>
        <translation>
            <numerusform>%n of them reprinted.</numerusform>
            <numerusform>%n of them reprinted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: no card possible yet.</source>
        <translation>
            <numerusform>%n record skipped: no card possible yet.</numerusform>
            <numerusform>%n records skipped: no card possible yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled. No file was saved and nothing was recorded.</source>
        <translation>Printing was cancelled. No file was saved and nothing was recorded.</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Save the cards as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer could be opened. The file is at %1.</source>
        <translation>No PDF viewer could be opened. The file is at %1.</translation>
    </message>
    <message numerus="yes">
        <source>Everything not printed yet (%n)</source>
        <translation>
            <numerusform>Everything not printed yet (%n)</numerusform>
            <numerusform>Everything not printed yet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n records; search to narrow the list.</source>
        <translation>
            <numerusform>Showing %1 of %n records; search to narrow the list.</numerusform>
            <numerusform>Showing %1 of %n records; search to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can get a card.</source>
        <translation>
            <numerusform>%n record can get a card.</numerusform>
            <numerusform>%n records can get a card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticked records in the list (%n)</source>
        <translation>
            <numerusform>Ticked records in the list (%n)</numerusform>
            <numerusform>Ticked records in the list (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The worker agrees that this data is recorded and sent to BPJS Ketenagakerjaan</source>
        <translation>The worker agrees that this data is recorded and sent to BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Signed consent form</source>
        <translation>Signed consent form</translation>
    </message>
    <message>
        <source>Verbal, with a witness</source>
        <translation>Verbal, with a witness</translation>
    </message>
    <message>
        <source>Number on the paper form, optional</source>
        <translation>Number on the paper form, optional</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <source>Witness name</source>
        <translation>Witness name</translation>
    </message>
    <message>
        <source>Form reference</source>
        <translation>Form reference</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where the data lives</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <source>Everything is stored encrypted on this laptop.</source>
        <translation>Everything is stored encrypted on this laptop.</translation>
    </message>
    <message>
        <source>The suggested folder is usually right. Choose another one only if your supervisor asked for it, for example a second internal disk.</source>
        <translation>The suggested folder is usually right. Choose another one only if your supervisor asked for it, for example a second internal disk.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Training laptop (sample data only, shows an orange banner)</source>
        <translation>Training laptop (sample data only, shows an orange banner)</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Creating the encrypted data store…</source>
        <translation>Creating the encrypted data store…</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Registrations made here carry the device name and its regency.</source>
        <translation>Registrations made here carry the device name and its regency.</translation>
    </message>
    <message>
        <source>Give the laptop a name people recognise, for example the office and a number, and choose the regency or city it is assigned to.</source>
        <translation>Give the laptop a name people recognise, for example the office and a number, and choose the regency or city it is assigned to.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Assigned regency/city</source>
        <translation>Assigned regency/city</translation>
    </message>
</context>
<context>
    <name>DraftPickerDialog</name>
    <message>
        <source>Unsaved registrations</source>
        <translation>Unsaved registrations</translation>
    </message>
    <message>
        <source>These registrations were being typed but were not saved. Choose one to continue; the others stay here for later.</source>
        <translation>These registrations were being typed but were not saved. Choose one to continue; the others stay here for later.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Continue this one</source>
        <translation>Continue this one</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>DraftsListDialog</name>
    <message>
        <source>Delete the draft of %1? What was typed in it is lost.</source>
        <translation>Delete the draft of %1? What was typed in it is lost.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Saved drafts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Typed by</source>
        <translation>Typed by</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 of %2 fields (%3%)</source>
        <translation>%1 of %2 fields (%3%)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) typed but not saved. Enter opens one in the form; Delete removes it.</source>
        <translation>
            <numerusform>%n registration typed but not saved. Enter opens one in the form; Delete removes it.</numerusform>
            <numerusform>%n registrations typed but not saved. Enter opens one in the form; Delete removes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unsaved registrations.</source>
        <translation>No unsaved registrations.</translation>
    </message>
</context>
<context>
    <name>DrivesPage</name>
    <message>
        <source>Export registrations…</source>
        <translation>Export registrations…</translation>
    </message>
    <message>
        <source>Registration drives</source>
        <translation>Registration drives</translation>
    </message>
    <message>
        <source>Start a drive</source>
        <translation>Start a drive</translation>
    </message>
    <message>
        <source>Registrations saved while a drive is open belong to it.</source>
        <translation>Registrations saved while a drive is open belong to it.</translation>
    </message>
    <message>
        <source>Drive in progress</source>
        <translation>Drive in progress</translation>
    </message>
    <message>
        <source>registered in this drive</source>
        <translation>registered in this drive</translation>
    </message>
    <message>
        <source>The tally refreshes every few seconds.</source>
        <translation>The tally refreshes every few seconds.</translation>
    </message>
    <message>
        <source>Close the drive and print the report…</source>
        <translation>Close the drive and print the report…</translation>
    </message>
    <message>
        <source>Past drives</source>
        <translation>Past drives</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reprint the close-out report</source>
        <translation>Reprint the close-out report</translation>
    </message>
    <message>
        <source>Close the drive</source>
        <translation>Close the drive</translation>
    </message>
    <message>
        <source>Close the drive at %1? Registrations made after this no longer belong to it. The close-out report (berita acara) will be written and opened.</source>
        <translation>Close the drive at %1? Registrations made after this no longer belong to it. The close-out report (berita acara) will be written and opened.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Writing the close-out report…</source>
        <translation>Writing the close-out report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The close-out report (berita acara) was saved at %1.</source>
        <translation>The close-out report (berita acara) was saved at %1.</translation>
    </message>
    <message>
        <source>No PDF viewer opened it: open that file from a computer with a PDF viewer.</source>
        <translation>No PDF viewer opened it: open that file from a computer with a PDF viewer.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Enrolment with the province</source>
        <translation>Enrolment with the province</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the province yet — registering and printing provisional cards still work, but data cannot be sent yet.</source>
        <translation>This laptop is not enrolled with the province yet — registering and printing provisional cards still work, but data cannot be sent yet.</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Device id</translation>
    </message>
    <message>
        <source>Province key</source>
        <translation>Province key</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Write request…</source>
        <translation>Write request…</translation>
    </message>
    <message>
        <source>Import enrolment…</source>
        <translation>Import enrolment…</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>none (USB only)</source>
        <translation>none (USB only)</translation>
    </message>
    <message>
        <source>Only a supervisor can enrol this laptop.</source>
        <translation>Only a supervisor can enrol this laptop.</translation>
    </message>
    <message>
        <source>A new enrolment file from the province can be imported at any time.</source>
        <translation>A new enrolment file from the province can be imported at any time.</translation>
    </message>
    <message>
        <source>Write the device request to a USB stick and take it to the province admin. Compare the device code above with the one the admin sees, then import the enrolment file they give back.</source>
        <translation>Write the device request to a USB stick and take it to the province admin. Compare the device code above with the one the admin sees, then import the enrolment file they give back.</translation>
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
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that Pulut Desktop did not expect. Your saved data is safe. Please copy this report and send it to your supervisor or the support team.</source>
        <translation>Something went wrong that Pulut Desktop did not expect. Your saved data is safe. Please copy this report and send it to your supervisor or the support team.</translation>
    </message>
    <message>
        <source>The log file is in: %1</source>
        <translation>The log file is in: %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <source>Other exit</source>
        <translation>Other exit</translation>
    </message>
    <message>
        <source>Family or heirs</source>
        <translation>Family or heirs</translation>
    </message>
    <message>
        <source>Village office</source>
        <translation>Village office</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <source>The BPJS office</source>
        <translation>The BPJS office</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>The worker</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Death or exit</source>
        <translation>Death or exit</translation>
    </message>
    <message>
        <source>e.g. number of the death certificate</source>
        <translation>e.g. number of the death certificate</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print claim letter</source>
        <translation>Print claim letter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Document reference</translation>
    </message>
    <message>
        <source>{number} · {name} · {heirs} heir(s) recorded</source>
        <translation>{number} · {name} · {heirs} heir(s) recorded</translation>
    </message>
    <message>
        <source>Recorded on {date}; saving again corrects it.</source>
        <translation>Recorded on {date}; saving again corrects it.</translation>
    </message>
    <message>
        <source>Saved. Print the claim letter for the heirs.</source>
        <translation>Saved. Print the claim letter for the heirs.</translation>
    </message>
    <message>
        <source>Saved. It goes to the province with the next sending.</source>
        <translation>Saved. It goes to the province with the next sending.</translation>
    </message>
    <message>
        <source>Claim letter written to {path}.</source>
        <translation>Claim letter written to {path}.</translation>
    </message>
    <message>
        <source>No PDF viewer opened it: open that file from a computer with a PDF viewer.</source>
        <translation>No PDF viewer opened it: open that file from a computer with a PDF viewer.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export registrations</source>
        <translation>Export registrations</translation>
    </message>
    <message>
        <source>Name, NIK or registration number (optional)</source>
        <translation>Name, NIK or registration number (optional)</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>All drives</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Full NIK (supervisors only; recorded in the audit trail)</source>
        <translation>Full NIK (supervisors only; recorded in the audit trail)</translation>
    </message>
    <message>
        <source>NIKs are masked (first 6 and last 4 digits) unless the full NIK is chosen.</source>
        <translation>NIKs are masked (first 6 and last 4 digits) unless the full NIK is chosen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exporting registrations…</source>
        <translation>Exporting registrations…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 registrations written to %2</source>
        <translation>%1 registrations written to %2</translation>
    </message>
</context>
<context>
    <name>FieldDashboard</name>
    <message>
        <source>Provincial budget (APBD)</source>
        <translation>Provincial budget (APBD)</translation>
    </message>
    <message>
        <source>Palm-oil revenue share (DBH Sawit)</source>
        <translation>Palm-oil revenue share (DBH Sawit)</translation>
    </message>
    <message>
        <source>No registrations yet</source>
        <translation>No registrations yet</translation>
    </message>
    <message>
        <source>Registrations per day (last 30 days)</source>
        <translation>Registrations per day (last 30 days)</translation>
    </message>
    <message>
        <source>Top 10 villages</source>
        <translation>Top 10 villages</translation>
    </message>
    <message>
        <source>Top 10 occupations</source>
        <translation>Top 10 occupations</translation>
    </message>
    <message>
        <source>Against the quota</source>
        <translation>Against the quota</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>to approve</source>
        <translation>to approve</translation>
    </message>
    <message>
        <source>cards to print</source>
        <translation>cards to print</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>to send</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>to fix</translation>
    </message>
    <message>
        <source>Quota not yet received from the province</source>
        <translation>Quota not yet received from the province</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>1. Choose the village's list</source>
        <translation>1. Choose the village's list</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one worker per row and the column names in the first row. Valid rows are saved as drafts in one go; the worker completes consent and heirs at the desk.</source>
        <translation>A CSV or Excel (XLSX) file with one worker per row and the column names in the first row. Valid rows are saved as drafts in one go; the worker completes consent and heirs at the desk.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Type to search a district</source>
        <translation>Type to search a district</translation>
    </message>
    <message>
        <source>Provincial budget (APBD)</source>
        <translation>Provincial budget (APBD)</translation>
    </message>
    <message>
        <source>Palm-oil revenue share (DBH Sawit)</source>
        <translation>Palm-oil revenue share (DBH Sawit)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>District of the villages</source>
        <translation>District of the villages</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, NIK (first digits) or registration number</source>
        <translation>Search by name, NIK (first digits) or registration number</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>All drives</translation>
    </message>
    <message>
        <source>All funding</source>
        <translation>All funding</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>More filters</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Pulut Desktop — First start</source>
        <translation>Pulut Desktop — First start</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Saved drafts</source>
        <translation>Saved drafts</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Death or exit…</source>
        <translation>Death or exit…</translation>
    </message>
    <message>
        <source>Next problem (F8)</source>
        <translation>Next problem (F8)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>Registration {number}</translation>
    </message>
    <message>
        <source>Sent back for correction: {reason}</source>
        <translation>Sent back for correction: {reason}</translation>
    </message>
    <message>
        <source>This registration has left the laptop and can no longer be changed.</source>
        <translation>This registration has left the laptop and can no longer be changed.</translation>
    </message>
    <message>
        <source>Saved {number} · {name} · {status}</source>
        <translation>Saved {number} · {name} · {status}</translation>
    </message>
</context>
<context>
    <name>GuardRailBanner</name>
    <message>
        <source>New registrations are stopped on this laptop</source>
        <translation>New registrations are stopped on this laptop</translation>
    </message>
    <message>
        <source>Attention: a limit of this laptop is near</source>
        <translation>Attention: a limit of this laptop is near</translation>
    </message>
</context>
<context>
    <name>HeirsSection</name>
    <message>
        <source>Husband / wife</source>
        <translation>Husband / wife</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Other (named in a will)</source>
        <translation>Other (named in a will)</translation>
    </message>
    <message>
        <source>Heirs</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>NIK (optional)</source>
        <translation>NIK (optional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Add heir</source>
        <translation>Add heir</translation>
    </message>
    <message>
        <source>Remove heir</source>
        <translation>Remove heir</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help — Officer's handbook</source>
        <translation>Help — Officer's handbook</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
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
        <translation>KK number</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>mother's maiden name</source>
        <translation>mother's maiden name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>occupation (other)</source>
        <translation>occupation (other)</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>disability</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>funding source</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>coverage start</source>
        <translation>coverage start</translation>
    </message>
    <message>
        <source>coverage length</source>
        <translation>coverage length</translation>
    </message>
    <message>
        <source>heirs</source>
        <translation>heirs</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>drive</translation>
    </message>
    <message>
        <source>Created as {status}</source>
        <translation>Created as {status}</translation>
    </message>
    <message>
        <source>Imported from a list</source>
        <translation>Imported from a list</translation>
    </message>
    <message>
        <source>Edited (version {version})</source>
        <translation>Edited (version {version})</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>no field changed</translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translation>Status {old} → {new}</translation>
    </message>
    <message>
        <source>Confirmed as a different person from a similar record</source>
        <translation>Confirmed as a different person from a similar record</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>A new registration has no history yet.</source>
        <translation>A new registration has no history yet.</translation>
    </message>
    <message>
        <source>Print history</source>
        <translation>Print history</translation>
    </message>
    <message>
        <source>Select a record in the list to see how often its card was printed.</source>
        <translation>Select a record in the list to see how often its card was printed.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Card of %1 printed %2.</source>
        <translation>Card of %1 printed %2.</translation>
    </message>
    <message>
        <source>The card of %1 has not been printed yet.</source>
        <translation>The card of %1 has not been printed yet.</translation>
    </message>
    <message>
        <source>card printer</source>
        <translation>card printer</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 sheet</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good day, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Saved drafts</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>Registered today</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Cards to print</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>All registrations on this laptop</source>
        <translation>All registrations on this laptop</translation>
    </message>
    <message>
        <source>Total: %1 registrations</source>
        <translation>Total: %1 registrations</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity (as on the KTP)</source>
        <translation>Identity (as on the KTP)</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>16 digits, optional</source>
        <translation>16 digits, optional</translation>
    </message>
    <message>
        <source>Day-month-year, for example 17-08-1985</source>
        <translation>Day-month-year, for example 17-08-1985</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Male (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Female (P)</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card no. (KK)</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <source>Full name as on the KTP</source>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Date of birth (dd-mm-yyyy)</source>
        <translation>Date of birth (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Mother's maiden name</source>
        <translation>Mother's maiden name</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>NIK: {sex}, born {born}, issued in {place}</source>
        <translation>NIK: {sex}, born {born}, issued in {place}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Import a village list</source>
        <translation>Import a village list</translation>
    </message>
    <message>
        <source>Choose the column for: %1</source>
        <translation>Choose the column for: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving the drafts…</source>
        <translation>Saving the drafts…</translation>
    </message>
    <message>
        <source>1. File</source>
        <translation>1. File</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <source>5. Done</source>
        <translation>5. Done</translation>
    </message>
    <message>
        <source>3. Words</source>
        <translation>3. Words</translation>
    </message>
    <message>
        <source>4. Check</source>
        <translation>4. Check</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Save %1 valid rows as drafts</source>
        <translation>Save %1 valid rows as drafts</translation>
    </message>
    <message>
        <source>Import another list</source>
        <translation>Import another list</translation>
    </message>
    <message>
        <source>Rows without a village go to the open drive's village: %1</source>
        <translation>Rows without a village go to the open drive's village: %1</translation>
    </message>
    <message>
        <source>%1 registrations were saved as drafts. %2 rows with problems were not imported; give the error report back to the village.</source>
        <translation>%1 registrations were saved as drafts. %2 rows with problems were not imported; give the error report back to the village.</translation>
    </message>
    <message>
        <source>Error report saved: %1</source>
        <translation>Error report saved: %1</translation>
    </message>
    <message>
        <source>Choose the village list</source>
        <translation>Choose the village list</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Save the error report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
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
        <translation>Full name</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex (L/P)</source>
        <translation>Sex (L/P)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Village (name or code)</source>
        <translation>Village (name or code)</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Mother's maiden name</source>
        <translation>Mother's maiden name</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Pulut Desktop</source>
        <translation>Welcome to Pulut Desktop</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Choose the language of the application.</translation>
    </message>
    <message>
        <source>This laptop has no Pulut data yet. In four short steps you create the first supervisor account and tell the application where this laptop works. You can change the language later in the settings.</source>
        <translation>This laptop has no Pulut data yet. In four short steps you create the first supervisor account and tell the application where this laptop works. You can change the language later in the settings.</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Batches sent to the province</source>
        <translation>Batches sent to the province</translation>
    </message>
    <message>
        <source>No batch has left this laptop yet.</source>
        <translation>No batch has left this laptop yet.</translation>
    </message>
    <message>
        <source>%1 batch(es); the province holds every batch up to no. %2; %3 still without a receipt.</source>
        <translation>%1 batch(es); the province holds every batch up to no. %2; %3 still without a receipt.</translation>
    </message>
    <message>
        <source>Batch no. %1 was refused by the province: %2</source>
        <translation>Batch no. %1 was refused by the province: %2</translation>
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
        <translation>Created</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Not on a stick yet</source>
        <translation>Not on a stick yet</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>On its way</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Set aside by the province</source>
        <translation>Set aside by the province</translation>
    </message>
    <message>
        <source>The province answered a later batch but has not received this one: bring it again.</source>
        <translation>The province answered a later batch but has not received this one: bring it again.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>The screen was locked because nobody used it for a while. Your unsaved work is kept. Enter the password of %1, or of a supervisor, to continue.</source>
        <translation>The screen was locked because nobody used it for a while. Your unsaved work is kept. Enter the password of %1, or of a supervisor, to continue.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Pulut Desktop — Sign in</source>
        <translation>Pulut Desktop — Sign in</translation>
    </message>
    <message>
        <source>Pulut Desktop</source>
        <translation>Pulut Desktop</translation>
    </message>
    <message>
        <source>Pulut Ketan registration — BPJS Ketenagakerjaan JKK and JKM</source>
        <translation>Pulut Ketan registration — BPJS Ketenagakerjaan JKK and JKM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Restore a backup?</translation>
    </message>
    <message>
        <source>The data on this laptop is damaged. Restore the latest backup (%1)? The damaged files are kept.</source>
        <translation>The data on this laptop is damaged. Restore the latest backup (%1)? The damaged files are kept.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last answer from the province: none yet</source>
        <translation>Last answer from the province: none yet</translation>
    </message>
    <message>
        <source>Last answer from the province: %1</source>
        <translation>Last answer from the province: %1</translation>
    </message>
    <message>
        <source>waiting to send: %1, %2</source>
        <translation>waiting to send: %1, %2</translation>
    </message>
    <message>
        <source>Pulut Desktop</source>
        <translation>Pulut Desktop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) without a receipt</source>
        <translation>
            <numerusform>%n batch without a receipt</numerusform>
            <numerusform>%n batches without a receipt</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>Device: %1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved registration</source>
        <translation>Unsaved registration</translation>
    </message>
    <message>
        <source>The registration being typed has not been saved. Keep it as a draft (it is offered again at the next sign-in and listed in Saved drafts), discard it, or go back to the form?</source>
        <translation>The registration being typed has not been saved. Keep it as a draft (it is offered again at the next sign-in and listed in Saved drafts), discard it, or go back to the form?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Drives</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Import list</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Send data</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renewals</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>2. Match the columns</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <source>Columns were matched by their names. Check each field; * marks a required one.</source>
        <translation>Columns were matched by their names. Check each field; * marks a required one.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
</context>
<context>
    <name>NearMatchDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>A registration with the same birth date and village and a similar name already exists. Compare them with the KTP. Is this the same person?</source>
        <translation>A registration with the same birth date and village and a similar name already exists. Compare them with the KTP. Is this the same person?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Being entered</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>Existing {n}</source>
        <translation>Existing {n}</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Different person — save</source>
        <translation>Different person — save</translation>
    </message>
    <message>
        <source>Same person — open the existing record</source>
        <translation>Same person — open the existing record</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Officers who may sign in on this laptop. Each has their own password; a deactivated officer can no longer open the data.</source>
        <translation>Officers who may sign in on this laptop. Each has their own password; a deactivated officer can no longer open the data.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add officer…</source>
        <translation>Add officer…</translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation>Set new password…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Deactivate officer</source>
        <translation>Deactivate officer</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in on this laptop. Their registrations stay.</source>
        <translation>Deactivate %1 (%2)? They can no longer sign in on this laptop. Their registrations stay.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OnlinePanel</name>
    <message>
        <source>Over the internet</source>
        <translation>Over the internet</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Province server: %1</source>
        <translation>Province server: %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>4. Check the rows</source>
        <translation>4. Check the rows</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Save the error report…</source>
        <translation>Save the error report…</translation>
    </message>
    <message>
        <source>%1 rows read: &lt;b&gt;%2 valid&lt;/b&gt;, &lt;b style='color:#8a1c12'&gt;%3 with problems&lt;/b&gt;.</source>
        <translation>%1 rows read: &lt;b&gt;%2 valid&lt;/b&gt;, &lt;b style='color:#8a1c12'&gt;%3 with problems&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>OK — will be saved as a draft</source>
        <translation>OK — will be saved as a draft</translation>
    </message>
</context>
<context>
    <name>RecordsTable</name>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>RegistrationFormPage</name>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n field need attention before saving.</numerusform>
            <numerusform>%n fields need attention before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a date; type day-month-year, for example 17-08-1985.</source>
        <translation>This is not a date; type day-month-year, for example 17-08-1985.</translation>
    </message>
    <message>
        <source>Restored the registration you were typing before the app closed.</source>
        <translation>Restored the registration you were typing before the app closed.</translation>
    </message>
    <message>
        <source>Not saved. Check the data against the KTP.</source>
        <translation>Not saved. Check the data against the KTP.</translation>
    </message>
    <message>
        <source>There is no earlier registration to copy from yet.</source>
        <translation>There is no earlier registration to copy from yet.</translation>
    </message>
</context>
<context>
    <name>RegistrationLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Needs fix</source>
        <translation>Needs fix</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Enrolled at BPJS</source>
        <translation>Enrolled at BPJS</translation>
    </message>
    <message>
        <source>APBD (provincial budget)</source>
        <translation>APBD (provincial budget)</translation>
    </message>
    <message>
        <source>DBH Sawit (palm-oil revenue)</source>
        <translation>DBH Sawit (palm-oil revenue)</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a registration.</source>
        <translation>Double-click or press Enter to open a registration.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Send back for correction</source>
        <translation>Send back for correction</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) will go back to the officer with status "Needs fix". Write what must be corrected; the officer sees it in the list and in the form.</source>
        <translation>
            <numerusform>%n registration will go back to the officer with status "Needs fix". Write what must be corrected; the officer sees it in the list and in the form.</numerusform>
            <numerusform>%n registrations will go back to the officer with status "Needs fix". Write what must be corrected; the officer sees it in the list and in the form.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: the birth date does not match the KTP</source>
        <translation>For example: the birth date does not match the KTP</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RenewalDialog</name>
    <message>
        <source>Renew coverage</source>
        <translation>Renew coverage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Check each field with the worker and correct what changed, then confirm.</source>
        <translation>Check each field with the worker and correct what changed, then confirm.</translation>
    </message>
    <message>
        <source>Confirm renewal</source>
        <translation>Confirm renewal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>New coverage starts</source>
        <translation>New coverage starts</translation>
    </message>
    <message>
        <source>Coverage length</source>
        <translation>Coverage length</translation>
    </message>
    <message>
        <source>Heirs</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>{number} · {name} · NIK {nik} · {village}</source>
        <translation>{number} · {name} · NIK {nik} · {village}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
</context>
<context>
    <name>RenewalsPage</name>
    <message>
        <source>Renewals</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Village / number</source>
        <translation>Village / number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Coverage ends</source>
        <translation>Coverage ends</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>ended, not renewed</source>
        <translation>ended, not renewed</translation>
    </message>
    <message>
        <source>Coverage ending within {days} days: {due}. Ended and not renewed: {lapsed}.</source>
        <translation>Coverage ending within {days} days: {due}. Ended and not renewed: {lapsed}.</translation>
    </message>
    <message>
        <source>Renewal saved. It goes to the province with the next sending.</source>
        <translation>Renewal saved. It goes to the province with the next sending.</translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>Reprint cards</source>
        <translation>Reprint cards</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) were printed before. Write why they are printed again; the reason is kept with the print history and in the audit trail.</source>
        <translation>
            <numerusform>%n card were printed before. Write why they are printed again; the reason is kept with the print history and in the audit trail.</numerusform>
            <numerusform>%n cards were printed before. Write why they are printed again; the reason is kept with the print history and in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: card lost in the flood, name misspelt, card damaged</source>
        <translation>For example: card lost in the flood, name misspelt, card damaged</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Reason for the reprint</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell the officer in person; it is not shown again.</source>
        <translation>New password for %1 (%2). Tell the officer in person; it is not shown again.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A supervisor approves each registration before it is sent</source>
        <translation>A supervisor approves each registration before it is sent</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Only a supervisor can change these settings.</source>
        <translation>Only a supervisor can change these settings.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Help for this screen, with this list</source>
        <translation>Help for this screen, with this list</translation>
    </message>
    <message>
        <source>New registration (from anywhere, also inside the form)</source>
        <translation>New registration (from anywhere, also inside the form)</translation>
    </message>
    <message>
        <source>Find a registration</source>
        <translation>Find a registration</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Reload the page</translation>
    </message>
    <message>
        <source>Lock now (the password opens it again)</source>
        <translation>Lock now (the password opens it again)</translation>
    </message>
    <message>
        <source>Save the registration</source>
        <translation>Save the registration</translation>
    </message>
    <message>
        <source>Next field to fix</source>
        <translation>Next field to fix</translation>
    </message>
    <message>
        <source>Next field; in a list: choose the only match or open the list</source>
        <translation>Next field; in a list: choose the only match or open the list</translation>
    </message>
    <message>
        <source>Approve the highlighted registration</source>
        <translation>Approve the highlighted registration</translation>
    </message>
</context>
<context>
    <name>StartDriveForm</name>
    <message>
        <source>Type to search a regency</source>
        <translation>Type to search a regency</translation>
    </message>
    <message>
        <source>Type to search a district</source>
        <translation>Type to search a district</translation>
    </message>
    <message>
        <source>Type to search a village</source>
        <translation>Type to search a village</translation>
    </message>
    <message>
        <source>Day-month-year, for example 17-08-2026</source>
        <translation>Day-month-year, for example 17-08-2026</translation>
    </message>
    <message>
        <source>e.g. Balai Desa</source>
        <translation>e.g. Balai Desa</translation>
    </message>
    <message>
        <source>Names of the officers, separated by commas</source>
        <translation>Names of the officers, separated by commas</translation>
    </message>
    <message>
        <source>Start the drive</source>
        <translation>Start the drive</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Choose the village of the drive.</source>
        <translation>Choose the village of the drive.</translation>
    </message>
    <message>
        <source>Write the date of the drive as dd-mm-yyyy.</source>
        <translation>Write the date of the drive as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>Write where the drive takes place.</source>
        <translation>Write where the drive takes place.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Needs a fix</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted by the province</source>
        <translation>Accepted by the province</translation>
    </message>
    <message>
        <source>Duplicate at the province</source>
        <translation>Duplicate at the province</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send data</source>
        <translation>Send data</translation>
    </message>
    <message>
        <source>Approved registrations travel to the province on a USB stick; the province's receipts come back on the same stick.</source>
        <translation>Approved registrations travel to the province on a USB stick; the province's receipts come back on the same stick.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Where to write the device request (the USB stick)</source>
        <translation>Where to write the device request (the USB stick)</translation>
    </message>
    <message>
        <source>Writing the device request…</source>
        <translation>Writing the device request…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enrolment file from the province</source>
        <translation>Enrolment file from the province</translation>
    </message>
    <message>
        <source>Enrolment files (*.pulutenrolment);;All files (*)</source>
        <translation>Enrolment files (*.pulutenrolment);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the enrolment file…</source>
        <translation>Checking the enrolment file…</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>Choose the USB stick</translation>
    </message>
    <message>
        <source>Choose the USB stick first.</source>
        <translation>Choose the USB stick first.</translation>
    </message>
    <message>
        <source>Writing batches to the USB stick…</source>
        <translation>Writing batches to the USB stick…</translation>
    </message>
    <message>
        <source>Batch no. %1 is on the stick: %2 registration(s) marked as sent.</source>
        <translation>Batch no. %1 is on the stick: %2 registration(s) marked as sent.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Written again unchanged, not yet answered by the province: no. %1.</source>
        <translation>Written again unchanged, not yet answered by the province: no. %1.</translation>
    </message>
    <message>
        <source>There is no data ready to send.</source>
        <translation>There is no data ready to send.</translation>
    </message>
    <message>
        <source>Applying the province's receipts…</source>
        <translation>Applying the province's receipts…</translation>
    </message>
    <message>
        <source>There are no receipts for this laptop on the stick yet.</source>
        <translation>There are no receipts for this laptop on the stick yet.</translation>
    </message>
    <message>
        <source>%1 receipt(s) applied: %2 accepted, %3 duplicate, %4 rejected, %5 held for review.</source>
        <translation>%1 receipt(s) applied: %2 accepted, %3 duplicate, %4 rejected, %5 held for review.</translation>
    </message>
    <message>
        <source>%1 registration(s) of a refused batch are back to approved.</source>
        <translation>%1 registration(s) of a refused batch are back to approved.</translation>
    </message>
    <message>
        <source>%1 receipt(s) had been applied before.</source>
        <translation>%1 receipt(s) had been applied before.</translation>
    </message>
    <message>
        <source>Stopped before the last receipts; apply again to finish.</source>
        <translation>Stopped before the last receipts; apply again to finish.</translation>
    </message>
    <message>
        <source>The province's reference data on this laptop was updated.</source>
        <translation>The province's reference data on this laptop was updated.</translation>
    </message>
    <message>
        <source>Sending to the province server…</source>
        <translation>Sending to the province server…</translation>
    </message>
    <message>
        <source>Batch no. %1 sent and answered: %2 accepted, %3 duplicate, %4 rejected.</source>
        <translation>Batch no. %1 sent and answered: %2 accepted, %3 duplicate, %4 rejected.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; the province's answers are up to date.</source>
        <translation>Nothing was waiting to be sent; the province's answers are up to date.</translation>
    </message>
    <message>
        <source>Batch no. %1 was set aside: the province holds it. Reason: %2 Later batches are still sent.</source>
        <translation>Batch no. %1 was set aside: the province holds it. Reason: %2 Later batches are still sent.</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan: %1 enrolled (with a KPJ number), %2 rejected by BPJS (needs fix).</source>
        <translation>BPJS Ketenagakerjaan: %1 enrolled (with a KPJ number), %2 rejected by BPJS (needs fix).</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING MODE — sample data, not real registrations</source>
        <translation>TRAINING MODE — sample data, not real registrations</translation>
    </message>
</context>
<context>
    <name>UsbPanel</name>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>No stick chosen</source>
        <translation>No stick chosen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Plug in the USB stick and choose its folder.</source>
        <translation>Plug in the USB stick and choose its folder.</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <source>Apply receipts</source>
        <translation>Apply receipts</translation>
    </message>
    <message>
        <source>%1 ready to send</source>
        <translation>%1 ready to send</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nothing waiting</translation>
    </message>
    <message>
        <source>The stick is not there any more. Plug it in again or choose another.</source>
        <translation>The stick is not there any more. Plug it in again or choose another.</translation>
    </message>
    <message>
        <source>No PULUT folder on this stick yet; export creates it.</source>
        <translation>No PULUT folder on this stick yet; export creates it.</translation>
    </message>
    <message>
        <source>PULUT folder found: %1 batch file(s) and %2 receipt(s) of this laptop.</source>
        <translation>PULUT folder found: %1 batch file(s) and %2 receipt(s) of this laptop.</translation>
    </message>
</context>
<context>
    <name>ValuesStep</name>
    <message>
        <source>3. Match the words of the list</source>
        <translation>3. Match the words of the list</translation>
    </message>
    <message>
        <source>The list uses its own words for these fields. Check the suggested meaning of each word once; the choice is remembered for the next list. A word left empty stays a problem of its rows.</source>
        <translation>The list uses its own words for these fields. Check the suggested meaning of each word once; the choice is remembered for the next list. A word left empty stays a problem of its rows.</translation>
    </message>
    <message>
        <source>Word in the list</source>
        <translation>Word in the list</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Chosen for an earlier list</source>
        <translation>Chosen for an earlier list</translation>
    </message>
    <message>
        <source>Type to search an occupation</source>
        <translation>Type to search an occupation</translation>
    </message>
</context>
<context>
    <name>VerifyCardDialog</name>
    <message>
        <source>Verify a card</source>
        <translation>Verify a card</translation>
    </message>
    <message>
        <source>Scan the QR code on the front of the card with a scanner, or paste its text here, then press Enter. The check works offline with the device keys this laptop knows.</source>
        <translation>Scan the QR code on the front of the card with a scanner, or paste its text here, then press Enter. The check works offline with the device keys this laptop knows.</translation>
    </message>
    <message>
        <source>PK1|PK-…  (scan or paste the QR text)</source>
        <translation>PK1|PK-…  (scan or paste the QR text)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>Work and protection</source>
        <translation>Work and protection</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <source>Only for "Lainnya": describe the work</source>
        <translation>Only for "Lainnya": describe the work</translation>
    </message>
    <message>
        <source>The worker has a disability</source>
        <translation>The worker has a disability</translation>
    </message>
    <message>
        <source>Same as previous</source>
        <translation>Same as previous</translation>
    </message>
    <message>
        <source>Every new form takes the funding source and the coverage start of the last saved registration</source>
        <translation>Every new form takes the funding source and the coverage start of the last saved registration</translation>
    </message>
    <message>
        <source>JKK (work accident) ✓ covered · JKM (death) ✓ covered · JHT (old age) not covered</source>
        <translation>JKK (work accident) ✓ covered · JKM (death) ✓ covered · JHT (old age) not covered</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Occupation (other)</source>
        <translation>Occupation (other)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Coverage starts</source>
        <translation>Coverage starts</translation>
    </message>
    <message>
        <source>Coverage length</source>
        <translation>Coverage length</translation>
    </message>
    <message>
        <source>Contribution paid by the province</source>
        <translation>Contribution paid by the province</translation>
    </message>
    <message>
        <source>{monthly} × {months} months = {total}</source>
        <translation>{monthly} × {months} months = {total}</translation>
    </message>
    <message>
        <source>Covered until the end of {month}</source>
        <translation>Covered until the end of {month}</translation>
    </message>
</context>
</TS>