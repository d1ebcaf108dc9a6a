using System.Runtime.InteropServices;

namespace Multicast.Benchmarks;

/// <summary>
/// CPU time of the calling thread, in nanoseconds: unlike the wall clock, it does not count the time other
/// processes on a shared machine take, so a per-address figure holds under load. Null where not supported.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    public static double? Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out Timespec time) == 0)
        {
            return (time.Seconds * 1e9) + time.Nanoseconds;
        }

        if (OperatingSystem.IsWindows() && GetThreadTimes(GetCurrentThread(), out _, out _, out long kernel, out long user))
        {
            return (kernel + user) * 100.0;
        }

        return null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out Timespec time);

    [DllImport("kernel32")]
    private static extern IntPtr GetCurrentThread();

    [DllImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}
