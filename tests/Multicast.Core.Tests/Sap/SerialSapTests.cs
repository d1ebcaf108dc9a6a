namespace Multicast.Tests.Sap
{
    /// <summary>
    /// Tests that run alone, after the others: the decoder fuzz test, whose million decodes would slow the
    /// tests beside it, and the memory-bound tests, which read the process's heap.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public class SerialSapTests
    {
        public const string Name = "Serial SAP tests";
    }
}
