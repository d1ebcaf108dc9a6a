# Dot-sourced by every spec's BeforeAll: imports the built module (./build.ps1 -Task Build), or the
# module at $env:MULTICAST_MODULE_PATH when set.
$modulePath = $env:MULTICAST_MODULE_PATH
if (-not $modulePath) {
    $modulePath = Join-Path (Split-Path -Parent $PSScriptRoot) 'out/Multicast'
}
Import-Module $modulePath -Force -ErrorAction Stop
