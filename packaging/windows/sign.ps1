# Sign the bundle's executables and DLLs we build (not Qt's or Python's, which come signed or not from
# their vendors) with signtool, when a code-signing certificate is configured; otherwise say so and
# skip, so an unsigned build still completes (see packaging/README.md, "Signing").
#   $env:PULUT_SIGN_CERT = "C:\secure\disnakertrans.pfx"; $env:PULUT_SIGN_PASSWORD = "..."
#   powershell -File packaging\windows\sign.ps1 dist\pulut-desktop
param([string]$Bundle = "dist\pulut-desktop")
$ErrorActionPreference = "Stop"
if (-not $env:PULUT_SIGN_CERT) {
    Write-Host "sign.ps1: PULUT_SIGN_CERT is not set: the build is NOT signed (SmartScreen will warn)."
    exit 0
}
$signtool = Get-Command signtool.exe -ErrorAction SilentlyContinue
if (-not $signtool) {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
}
if (-not $signtool) { throw "signtool.exe not found: install the Windows SDK signing tools" }
$timestamp = if ($env:PULUT_SIGN_TIMESTAMP_URL) { $env:PULUT_SIGN_TIMESTAMP_URL } else { throw "set PULUT_SIGN_TIMESTAMP_URL" }
$targets = @("$Bundle\pulut-desktop.exe", "$Bundle\pulut-desktop-gui.exe")
& $signtool sign /fd SHA256 /td SHA256 /tr $timestamp /f $env:PULUT_SIGN_CERT /p $env:PULUT_SIGN_PASSWORD $targets
if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
& $signtool verify /pa $targets
if ($LASTEXITCODE -ne 0) { throw "signature does not verify ($LASTEXITCODE)" }
