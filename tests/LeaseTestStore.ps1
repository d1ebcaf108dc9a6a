# Dot-sourced by the lease specs: writes a store file directly (in the first store format, which the
# module still reads), so that a spec can hold leases that ended long ago without waiting for them to
# expire. The store's journal, if a cmdlet already made one, goes: a journal beside a snapshot it does not
# continue is damage (LeaseStoreCorrupt).
function Write-LeaseStore {
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [hashtable[]] $Lease
    )

    $leases = foreach ($item in $Lease) {
        '{{"address": "{0}", "pool": "video", "owner": "{1}", "start": "{2}", "end": "{3}"}}' -f $item.Address, $item.Owner, $item.Start, $item.End
    }

    $json = '{"format": "multicast-leases", "version": 1, "pools": [{"name": "video", "prefix": "239.192.0.0/16", "exclusions": [], "defaultLeaseSeconds": 28800, "excludeFloodedMac": false}], "leases": [' + ($leases -join ', ') + ']}'
    [System.IO.File]::WriteAllText($Path, $json)
    Remove-Item -LiteralPath ($Path + '.journal') -ErrorAction SilentlyContinue
}

# A lease that ended in 2020, and three that end in 2999. Written directly, the expired lease stays
# until a change to pool 'video' reclaims it.
$ExpiredLease = @{ Address = '239.192.9.1'; Owner = 'old'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2020-01-02T00:00:00.0000000Z' }
$LongLease = @{ Address = '239.192.9.2'; Owner = 'keeper'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2999-01-01T00:00:00.0000000Z' }
$App1Lease = @{ Address = '239.192.10.20'; Owner = 'app1'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2999-01-01T00:00:00.0000000Z' }
$App1SecondLease = @{ Address = '239.192.10.21'; Owner = 'app1'; Start = '2020-01-01T00:00:00.0000000Z'; End = '2999-01-01T00:00:00.0000000Z' }
