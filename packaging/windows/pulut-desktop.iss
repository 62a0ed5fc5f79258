; Inno Setup 6 script for Pulut Desktop: a per-user install, no administrator rights needed.
;   iscc /DAppVersion=0.1.0 packaging\windows\pulut-desktop.iss
; Input: the one-folder bundle in dist\pulut-desktop\ (see packaging\README.md, "Windows").
; Output: dist\pulut-desktop-<version>-setup.exe
;
; Program files go to %LOCALAPPDATA%\Programs\Pulut Desktop. The officer's data (encrypted store,
; keyring, backups, logs) lives in %LOCALAPPDATA%\Disnakertrans Riau\PulutDesktop (platformdirs) or in
; the folder chosen in the first-run wizard: the uninstaller only removes the files it installed, so
; the data dir is always kept. Installing a newer version over an older one keeps it too; the app
; backs the database up before it migrates the schema.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Pulut Desktop"
#define BundleDir "..\..\dist\pulut-desktop"

[Setup]
AppId={{6F1D7C52-3A8E-4B0F-9D21-5C7E2A9B4F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dinas Tenaga Kerja dan Transmigrasi Provinsi Riau
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
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
