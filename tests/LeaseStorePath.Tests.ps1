# A store named on purpose must be there: a mistyped -StorePath is an error, not an empty store. Only making a
# pool creates one. A folder, or a file that cannot be read, gets an error that names the real problem.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Lease store paths' {
    It '<Command> refuses an explicit -StorePath where no store is' -ForEach @(
        @{ Command = { param($p) Get-MulticastAddressPool -StorePath $p } }
        @{ Command = { param($p) Get-MulticastAddressLease -StorePath $p } }
        @{ Command = { param($p) Set-MulticastAddressPool -Name video -DefaultDuration 01:00:00 -StorePath $p } }
        @{ Command = { param($p) Remove-MulticastAddressPool -Name video -Confirm:$false -StorePath $p } }
        @{ Command = { param($p) Request-MulticastAddress -Pool video -Owner app1 -StorePath $p } }
        @{ Command = { param($p) Update-MulticastAddressLease -Address 239.192.0.1 -StorePath $p } }
        @{ Command = { param($p) Remove-MulticastAddressLease -Address 239.192.0.1 -Confirm:$false -StorePath $p } }
        @{ Command = { param($p) Repair-MulticastAddressStore -Release -Confirm:$false -StorePath $p } }
    ) {
        $missing = Join-Path $TestDrive 'typo/leases.json'
        $thrown = $null
        try { & $Command $missing } catch { $thrown = $_ }
        $thrown | Should -Not -BeNullOrEmpty
        $thrown.FullyQualifiedErrorId | Should -BeLike 'LeaseStoreNotFound,*'
        $thrown.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Test-Path $missing | Should -BeFalse -Because 'nothing is created where no store is'
    }

    It 'New-MulticastAddressPool creates the store, folder included' {
        $new = Join-Path $TestDrive 'new/leases.json'
        New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -StorePath $new | Out-Null
        Test-Path $new | Should -BeTrue
        (Get-MulticastAddressPool -StorePath $new).Name | Should -Be 'video'
    }

    It 'says a folder is a folder' {
        $folder = Join-Path $TestDrive 'a-folder'
        New-Item -ItemType Directory -Path $folder | Out-Null
        { Get-MulticastAddressPool -StorePath $folder } | Should -Throw -ErrorId 'LeaseStoreIsFolder,*'
        { New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -StorePath $folder } | Should -Throw -ErrorId 'LeaseStoreIsFolder,*'
    }

    It 'treats $env:MULTICAST_STORE_PATH as a store named on purpose' {
        $before = $env:MULTICAST_STORE_PATH
        try {
            $env:MULTICAST_STORE_PATH = Join-Path $TestDrive 'env-typo/leases.json'
            { Get-MulticastAddressPool } | Should -Throw -ErrorId 'LeaseStoreNotFound,*'
        }
        finally {
            $env:MULTICAST_STORE_PATH = $before
        }
    }
}
