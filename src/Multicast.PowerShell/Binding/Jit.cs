using System.Runtime.CompilerServices;

namespace Multicast.PowerShell
{
    /// <summary>
    /// How the per-item binding and cmdlet loops ask to be compiled: fully optimized on first call
    /// (MethodImplOptions.AggressiveOptimization, 512), not at tier 0, where PowerShell's own compiling keeps a
    /// module's code for seconds. Core's Multicast.Jit says why; .NET Framework ignores the flag.
    /// </summary>
    internal static class Jit
    {
        public const MethodImplOptions FullyOptimized = (MethodImplOptions)512;
    }
}
