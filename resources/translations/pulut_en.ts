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
            <numerusform>%n registration(s) updated.</numerusform>
            <numerusform>%n registration(s) updated.</numerusform>
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
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
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
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Device: %1 (%2)</source>
        <translation>Device: %1 (%2)</translation>
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
    <name>RegistrationFormPage</name>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n field(s) need attention before saving.</numerusform>
            <numerusform>%n field(s) need attention before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
            <numerusform>%n registration(s)</numerusform>
            <numerusform>%n registration(s)</numerusform>
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
            <numerusform>%n registration(s) will go back to the officer with status "Needs fix". Write what must be corrected; the officer sees it in the list and in the form.</numerusform>
            <numerusform>%n registration(s) will go back to the officer with status "Needs fix". Write what must be corrected; the officer sees it in the list and in the form.</numerusform>
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
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING MODE — sample data, not real registrations</source>
        <translation>TRAINING MODE — sample data, not real registrations</translation>
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