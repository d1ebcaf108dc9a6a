# A damaged journal record is never dropped quietly: its groups are held, said so, refused to others, and
# settled only by Repair-MulticastAddressStore, as a person decides.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # A store with one lease to app1 on 239.192.12.127, made by another process, whose journal record then loses
    # a bit, as a failing disk might: the record is whole but fails its checksum, so it may have been acknowledged.
    # The last byte is in the record's own checksum; bytes -5 to -43 are in the change it records.
    function New-DamagedStore {
        param([int] $FromEnd = 1)
        $path = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        Invoke-ChildPowerShell "New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -StorePath '$path' | Out-Null; Request-MulticastAddress -Pool video -Owner app1 -Address 239.192.12.127 -StorePath '$path' | Out-Null"
        $journal = [IO.File]::ReadAllBytes("$path.journal")
        $journal[-$FromEnd] = $journal[-$FromEnd] -bxor 1
        [IO.File]::WriteAllBytes("$path.journal", $journal)
        $path
    }
}

Describe 'Repair-MulticastAddressStore' {
    It 'finds the damaged record''s group held: the pool warns, and a request for it is refused' {
        $store = New-DamagedStore
        $warnings = $null
        $pool = Get-MulticastAddressPool -StorePath $store -WarningVariable warnings -WarningAction SilentlyContinue
        $pool.HeldGroups | Should -Be 1
        "$warnings" | Should -Match "Pool 'video' holds 1 group"

        $errors = $null
        Request-MulticastAddress -Pool video -Owner app2 -Address 239.192.12.127 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'LeaseAddressQuarantined,*'
        $errors[0].ErrorDetails.RecommendedAction | Should -Match 'Repair-MulticastAddressStore'
        $errors[0].ErrorDetails.RecommendedAction | Should -BeLike "*kept, unchanged, in $store.quarantine."
    }

    It 'never leases a held group at random either' {
        $store = New-DamagedStore
        New-MulticastAddressPool -Name tiny -Prefix 239.193.0.0/23 -StorePath $store | Out-Null
        $leases = Request-MulticastAddress -Pool video -Owner app2 -Count 50 -StorePath $store
        [string[]] $leases | Should -Not -Contain '239.192.12.127'
    }

    It '-Release frees the group, and the store is sound again' {
        $store = New-DamagedStore
        $settled = Repair-MulticastAddressStore -StorePath $store -Release -Confirm:$false
        "$settled" | Should -Be '239.192.12.127'
        $settled.Owner | Should -Be 'app1'
        $settled.Note | Should -Match 'checksum'
        (Get-MulticastAddressPool -StorePath $store -WarningVariable warnings).HeldGroups | Should -Be 0
        $warnings | Should -BeNullOrEmpty
        "$(Request-MulticastAddress -Pool video -Owner app2 -Address 239.192.12.127 -StorePath $store)" | Should -Be '239.192.12.127'
        Test-Path "$store.quarantine" | Should -BeTrue -Because 'the damaged bytes are kept'
    }

    It '-Restore leases the group as the record reads' {
        $store = New-DamagedStore
        Repair-MulticastAddressStore -StorePath $store -Restore -Confirm:$false | Out-Null
        $lease = Get-MulticastAddressLease -StorePath $store
        "$lease" | Should -Be '239.192.12.127'
        $lease.Owner | Should -Be 'app1'
    }

    It '-WhatIf changes nothing' {
        $store = New-DamagedStore
        Repair-MulticastAddressStore -StorePath $store -Release -WhatIf
        (Get-MulticastAddressPool -StorePath $store -WarningAction SilentlyContinue).HeldGroups | Should -Be 1
    }

    It 'stops the store when the damage reaches what the record changed' {
        $store = New-DamagedStore -FromEnd 5
        { Get-MulticastAddressPool -StorePath $store } | Should -Throw -ErrorId 'LeaseStoreCorrupt,*'
        { Request-MulticastAddress -Pool video -Owner app2 -StorePath $store } | Should -Throw -ErrorId 'LeaseStoreCorrupt,*'
        $stopped = try { Get-MulticastAddressLease -StorePath $store } catch { $_ }
        $stopped.FullyQualifiedErrorId | Should -BeLike 'LeaseStoreCorrupt,*'
        $stopped.ErrorDetails.RecommendedAction | Should -BeLike "*kept, unchanged, in $store.journal."
        Test-Path "$store.quarantine" | Should -BeFalse -Because 'nothing is written to a store that stopped'
        Repair-MulticastAddressStore -StorePath $store -Release -Confirm:$false | Out-Null
        @(Get-MulticastAddressPool -StorePath $store).Count | Should -Be 1
    }

    Context 'parameters' {
        BeforeAll {
            $command = Get-Command Repair-MulticastAddressStore
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.Storage.HeldGroup'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'Release', 'Restore'
            Get-OwnParameterName $command | Should -Be 'Release', 'Restore', 'StorePath'
        }

        It 'asks before it rewrites a store' {
            $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        }
    }
}
