<#
.SYNOPSIS
    Runbook: checks the multicast groups an estate is configured with, and fails with a clear report.
.DESCRIPTION
    Give it the configured groups, as "name=address" pairs or objects with Name and Address properties
    (for example from Import-Csv). Each group is explained with Get-MulticastAddressInfo; a group fails
    when it cannot be read, is not multicast, has a Warning (a flooded 224.0.0.x MAC, an IANA block used
    without an assignment, a documentation address...), or reaches beyond -MaximumScope.

    Written for Azure Automation (PowerShell 5.1 or 7.2 runbooks) with the Multicast module imported
    into the account, and for any scheduler: the report goes to the output stream, and the job fails
    (throws) when any group fails, so the failure shows in the job status and in alerts.
.PARAMETER Group
    The configured groups: strings "name=address", or objects with Name and Address properties.
.PARAMETER MaximumScope
    The widest scope a group may have. Default OrganizationLocal: nothing may leave the organization.
.EXAMPLE
    .\Test-MulticastGroupConfiguration.ps1 -Group 'video=239.192.10.1', 'alarms=224.0.0.200', 'ntp=ff05::101'
.EXAMPLE
    Import-Csv .\groups.csv | .\Test-MulticastGroupConfiguration.ps1 -MaximumScope SiteLocal
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
    [object[]] $Group,

    [string] $MaximumScope = 'OrganizationLocal'
)

begin {
    # Import-Module by name searches $env:PSModulePath only: keep a Multicast module already imported from a path.
    if (-not (Get-Module -Name Multicast)) {
        Import-Module Multicast -ErrorAction Stop
    }
    $report = New-Object System.Collections.Generic.List[object]
}

process {
    foreach ($item in $Group) {
        if ($item -is [string]) {
            $name, $address = $item -split '=', 2
            if (-not $address) { $name, $address = $item, $item }
        }
        else {
            $name = $item.Name
            $address = $item.Address
        }

        $problems = New-Object System.Collections.Generic.List[string]
        $info = Get-MulticastAddressInfo -Address $address -ErrorAction SilentlyContinue -ErrorVariable parseErrors
        if ($parseErrors) {
            $problems.Add($parseErrors[0].Exception.Message)
        }
        elseif (-not $info.IsMulticast) {
            $problems.Add("$address is not a multicast address.")
        }
        else {
            foreach ($warning in $info.Warning) { $problems.Add($warning.Message) }
            if (-not (Test-MulticastScope -Address $address -Scope $MaximumScope -Within)) {
                $problems.Add("$address can reach beyond the $MaximumScope scope (its scope: $($info.ScopeName)).")
            }
        }

        $report.Add([pscustomobject]@{
                Name     = $name
                Address  = $address
                Mac      = if ($info) { $info.MacAddress } else { $null }
                Result   = if ($problems.Count -eq 0) { 'OK' } else { 'FAIL' }
                Problems = $problems.ToArray()
            })
    }
}

end {
    $report | Format-Table -AutoSize Name, Address, Mac, Result | Out-String -Width 200 | Write-Output
    $failed = @($report | Where-Object Result -EQ 'FAIL')
    foreach ($entry in $failed) {
        Write-Output ("{0} ({1}):" -f $entry.Name, $entry.Address)
        foreach ($problem in $entry.Problems) { Write-Output "  - $problem" }
    }

    if ($failed.Count -gt 0) {
        throw ("{0} of {1} multicast groups failed the check: {2}." -f $failed.Count, $report.Count, (($failed | ForEach-Object { $_.Name }) -join ', '))
    }
    Write-Output ("All {0} multicast groups passed." -f $report.Count)
}
