# Dot-sourced by the lease specs and the help-example runner: writes a store file directly (in the first
# store format, which the module still reads), so that a spec can hold leases that ended long ago without
# waiting for them to expire. The store's journal, if a cmdlet already made one, goes: a journal beside a
# snapshot it does not continue is damage (LeaseStoreCorrupt).
function Write-LeaseStore {
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [AllowEmptyCollection()] [hashtable[]] $Lease,
        # Objects with Name, Prefix, Exclusions, DefaultDuration and ExcludeFloodedMac; by default, pool 'video'.
        [object[]] $Pool = @([pscustomobject] @{ Name = 'video'; Prefix = '239.192.0.0/16'; Exclusions = @(); DefaultDuration = [timespan]::FromHours(8); ExcludeFloodedMac = $false })
    )

    $pools = foreach ($item in $Pool) {
        $exclusions = @($item.Exclusions | ForEach-Object { '"{0}"' -f $_ }) -join ', '
        '{{"name": "{0}", "prefix": "{1}", "exclusions": [{2}], "defaultLeaseSeconds": {3}, "excludeFloodedMac": {4}}}' -f $item.Name, $item.Prefix, $exclusions, [long] $item.DefaultDuration.TotalSeconds, "$($item.ExcludeFloodedMac)".ToLowerInvariant()
    }
    $leases = foreach ($item in $Lease) {
        $poolName = if ($item.Pool) { $item.Pool } else { 'video' }
        '{{"address": "{0}", "pool": "{1}", "owner": "{2}", "start": "{3}", "end": "{4}"}}' -f $item.Address, $poolName, $item.Owner, $item.Start, $item.End
    }

    $json = '{"format": "multicast-leases", "version": 1, "pools": [' + (@($pools) -join ', ') + '], "leases": [' + (@($leases) -join ', ') + ']}'
    [System.IO.File]::WriteAllText($Path, $json)
    Remove-Item -LiteralPath ($Path + '.journal') -ErrorAction SilentlyContinue
}

# Rewrites a store as if $By had passed: every lease starts and ends that much earlier. The help-example
# runner's Start-Sleep calls it, so that an example can show an expired lease without waiting for one.
function Move-LeaseStoreClock {
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [timespan] $By
    )

    $pools = @(Get-MulticastAddressPool -StorePath $Path)
    $leases = foreach ($lease in Get-MulticastAddressLease -StorePath $Path -IncludeExpired) {
        @{
            Address = "$lease"; Pool = $lease.Pool; Owner = $lease.Owner
            Start = $lease.Start.ToUniversalTime().Subtract($By).ToString('o')
            End = $lease.End.ToUniversalTime().Subtract($By).ToString('o')
        }
    }
    Write-LeaseStore -Path $Path -Pool $pools -Lease @($leases)
}

# A lease that ended in 2020, and three that end in 2999. Written directly, the expired lease stays
# until a change to pool 'video' reclaims it.
$ExpiredLease = @{ Address = '239.192.9.1'; Owner = 'old'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2020-01-02T00:00:00.0000000Z' }
$LongLease = @{ Address = '239.192.9.2'; Owner = 'keeper'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2999-01-01T00:00:00.0000000Z' }
$App1Lease = @{ Address = '239.192.10.20'; Owner = 'app1'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2999-01-01T00:00:00.0000000Z' }
$App1SecondLease = @{ Address = '239.192.10.21'; Owner = 'app1'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2999-01-01T00:00:00.0000000Z' }
