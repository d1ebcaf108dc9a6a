using System;

namespace Multicast.LeaseStress.FaultInjection
{
    /// <summary>
    /// Thrown in-process where the worker would stop for good. It is neither an IOException nor an
    /// UnauthorizedAccessException, so the store's clean-up handlers, which only a live process runs, never see it.
    /// </summary>
    public sealed class ProcessStoppedException : Exception
    {
        public ProcessStoppedException(int step, string label)
            : base("The process stopped at step " + step + " (" + label + ").")
        {
        }
    }
}
