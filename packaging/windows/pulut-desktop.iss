; Inno Setup 6 script for Pulut Desktop: a per-user install by default (no administrator rights
; needed); an administrator may choose "for all users" (dialog or /ALLUSERS) to install machine-wide.
;   iscc packaging\windows\pulut-desktop.iss
;   iscc /DSign "/Spulutsign=signtool sign /fd SHA256 /td SHA256 /tr <timestamp URL> /f <cert.pfx> /p <pw> $f" ...
; The version comes from the version resource of the built pulut-desktop.exe (from
; pulut_desktop.__version__); signing is described in packaging/README.md ("Signing").
; Input: the one-folder bundle in dist\pulut-desktop\ (see packaging\README.md, "Windows").
; Output: dist\pulut-desktop-<version>-setup.exe
;
; Program files go to %LOCALAPPDATA%\Programs\Pulut Desktop (per user) or Program Files (all users). The officer's data (encrypted store,
; keyring, backups, logs) lives in %LOCALAPPDATA%\Disnakertrans Riau\PulutDesktop (platformdirs) or in
; the folder chosen in the first-run wizard: the uninstaller only removes the files it installed, so
; the data dir is always kept. Installing a newer version over an older one keeps it too; the app
; backs the database up before it migrates the schema.

#define AppName "Pulut Desktop"
#define BundleDir "..\..\dist\pulut-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\pulut-desktop.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error pulut-desktop.exe has no version resource: build the bundle first (packaging/pulut-desktop.spec)
#endif

[Setup]
AppId={{6F1D7C52-3A8E-4B0F-9D21-5C7E2A9B4F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dinas Tenaga Kerja dan Transmigrasi Provinsi Riau
PrivilegesRequired=lowest
; The officer's own account by default; "install for all users" is offered (and /ALLUSERS works).
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf}: %LOCALAPPDATA%\Programs per user, Program Files for all users.
DefaultDirName={autopf}\{#AppName}
VersionInfoVersion={#AppVersion}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=pulut-desktop-{#AppVersion}-setup
SetupIconFile=..\..\pulut_desktop\resources\icons\app-icon.ico
UninstallDisplayIcon={app}\pulut-desktop-gui.exe
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
; The signing command is given to ISCC as /Spulutsign=... (see the header); without /DSign nothing is signed.
SignTool=pulutsign
SignedUninstaller=yes
#endif
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships no official Indonesian translation; the installer speaks English, the app Indonesian.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so files dropped from a newer bundle do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; pulut-desktop-gui.exe has no console window; pulut-desktop.exe is for --self-test and the CLI.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\pulut-desktop-gui.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\pulut-desktop-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\pulut-desktop-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
