package org.lbkit.storage.internal;

/** PowerShell helper functions shared by the rendered Windows scripts. */
final class PowerShellFunctions {

    /*
     * Invoke-Tool starts tool.exe with a command line quoted by the renderer, and names the call in
     * its error without the values, which may be passwords.
     *
     * Read-PathDat and Write-PathDat mirror PathDat: other lines and the line ending are kept, a
     * byte-order mark survives, the file has at least 17 lines, a backup is written beside it and
     * the new file replaces the old one by a rename. A file that is not valid UTF-8 is rejected
     * instead of being rewritten with replacement characters.
     */
    private static final String TOOL_AND_SERVICES = """
            function Invoke-Tool([string] $Arguments, [string] $Label) {
                $info = New-Object System.Diagnostics.ProcessStartInfo
                $info.FileName = $ToolExe
                $info.Arguments = $Arguments
                $info.UseShellExecute = $false
                $process = [System.Diagnostics.Process]::Start($info)
                $process.WaitForExit()
                if ($process.ExitCode -ne 0) {
                    throw ('tool.exe ' + $Label + ' failed with exit code ' + $process.ExitCode)
                }
            }

            function Stop-IceWarp {
                foreach ($name in $IceWarpServices) {
                    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
                    if ($service -and $service.Status -ne 'Stopped') { Stop-Service -Name $name -Force }
                }
            }

            function Start-IceWarp {
                foreach ($name in $IceWarpServices) {
                    if (Get-Service -Name $name -ErrorAction SilentlyContinue) { Start-Service -Name $name }
                }
            }

            $PathDat = Join-Path $InstallDir 'path.dat'
            $PathDatNewline = "`r`n"
            $PathDatMark = ''

            function Read-PathDat {
                $lines = New-Object System.Collections.Generic.List[string]
                if (Test-Path -LiteralPath $PathDat -PathType Leaf) {
                    $bytes = [System.IO.File]::ReadAllBytes($PathDat)
                    try {
                        $text = (New-Object System.Text.UTF8Encoding($false, $true)).GetString($bytes)
                    } catch {
                        throw ($PathDat + ' is not valid UTF-8; convert it to UTF-8 or edit it by hand')
                    }
                    if ($text.StartsWith([string][char]0xFEFF)) {
                        $script:PathDatMark = [string][char]0xFEFF
                        $text = $text.Substring(1)
                    }
                    if (-not $text.Contains("`r`n") -and $text.Contains("`n")) { $script:PathDatNewline = "`n" }
                    $parts = $text -split "`r?`n"
                    $count = $parts.Length
                    if ($text.EndsWith("`n")) { $count-- }
                    for ($i = 0; $i -lt $count; $i++) { $lines.Add($parts[$i]) }
                    Copy-Item -LiteralPath $PathDat -Destination ($PathDat + '.lbkit-backup') -Force
                }
                while ($lines.Count -lt 17) { $lines.Add('') }
                return ,$lines
            }

            function Write-PathDat($Lines) {
                $text = $PathDatMark + (($Lines -join $PathDatNewline) + $PathDatNewline)
                $temporary = $PathDat + '.lbkit-tmp'
                [System.IO.File]::WriteAllText($temporary, $text, (New-Object System.Text.UTF8Encoding($false)))
                Move-Item -LiteralPath $temporary -Destination $PathDat -Force
            }
            """;

    private PowerShellFunctions() {
    }

    /**
     * Appends {@code Invoke-Tool}, {@code Stop-IceWarp}, {@code Start-IceWarp},
     * {@code Read-PathDat} and {@code Write-PathDat}. They read {@code $ToolExe},
     * {@code $InstallDir} and {@code $IceWarpServices}, which the script sets before.
     *
     * @param text the script
     */
    static void toolAndServices(TextBuilder text) {
        text.line(TOOL_AND_SERVICES.split("\n", -1));
    }
}
