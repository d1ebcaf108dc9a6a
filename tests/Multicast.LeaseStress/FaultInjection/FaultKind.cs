namespace Multicast.LeaseStress.FaultInjection
{
    /// <summary>What a <see cref="FaultyFileSystem"/> does at its chosen step.</summary>
    public enum FaultKind
    {
        /// <summary>The step throws an IOException, as a full disk or a lost share would, and the process goes on.</summary>
        Fail,

        /// <summary>The process stops before the step: killed, or the power lost with everything before it on disk.</summary>
        Stop,

        /// <summary>A write puts the first half of its bytes in the file, then the process stops; any other step stops before it.</summary>
        Tear,
    }
}
