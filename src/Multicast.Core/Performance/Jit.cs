using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// How the per-address paths ask to be compiled. A module's code starts at tier 0 (unoptimized) and is
    /// recompiled only after 30 calls and a pause of 100 ms in which no other method is compiled; PowerShell
    /// compiles script code all the time, so a cmdlet can run over a whole router table at tier 0, several
    /// times slower (bench/README.md). MethodImplOptions.AggressiveOptimization (512, .NET Core 3.0 and later;
    /// not named in netstandard2.0) compiles a method fully optimized on its first call; .NET Framework ignores it.
    /// </summary>
    internal static class Jit
    {
        public const MethodImplOptions FullyOptimized = (MethodImplOptions)512;
    }
}
