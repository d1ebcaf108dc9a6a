namespace Multicast.Tests.Sap
{
    /// <summary>Tests that measure their own cost run alone, after the others.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public class SerialSapTests
    {
        public const string Name = "Serial SAP tests";
    }
}
