# Windows PowerShell 5.1 reads a .ps1 or .psd1 without a byte order mark in the ANSI code page, so a script
# with any non-ASCII character (§ in an expected message, say) needs a UTF-8 BOM. PowerShell 7 reads UTF-8
# either way, so no spec run there would notice: this one reads the bytes.
BeforeDiscovery {
    $root = Split-Path -Parent $PSScriptRoot
    $scripts = @(
        Get-ChildItem -File -Path (Join-Path $root 'tests'), (Join-Path $root 'examples'), (Join-Path $root 'tools') | Where-Object Extension -EQ '.ps1'
        Get-ChildItem -File -Path $root | Where-Object Extension -In '.ps1', '.psd1'
    ) | ForEach-Object { @{ Path = $_.FullName.Substring($root.Length + 1); FullName = $_.FullName } }
}

Describe 'Script encoding' {
    It '<Path> is ASCII or starts with a UTF-8 byte order mark' -ForEach $scripts {
        $bytes = [System.IO.File]::ReadAllBytes($FullName)
        $bom = $bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF
        $start = if ($bom) { 3 } else { 0 }
        # Latin-1 maps each byte to one character, so a character above 0x7F is a byte above 0x7F.
        $nonAscii = [System.Text.Encoding]::GetEncoding(28591).GetString($bytes, $start, $bytes.Length - $start) -match '[^\x00-\x7F]'
        ($bom -or -not $nonAscii) | Should -BeTrue -Because "$Path has non-ASCII text, which Windows PowerShell 5.1 would read as ANSI"
    }
}
