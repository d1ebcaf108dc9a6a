using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    /// <summary>What every pool and lease cmdlet shares: -StorePath, and -WhatIf exactly where the store changes.</summary>
    internal static class LeaseCmdletMetadata
    {
        public static void HasStorePath(CmdletEntry cmdlet)
        {
            ParameterEntry store = cmdlet.Parameter("StorePath");
            Assert.Equal("System.String", store.TypeName);
            ParameterSetEntry set = Assert.Single(store.Sets);
            Assert.False(set.Mandatory || set.ValueFromPipeline || set.ValueFromPipelineByPropertyName);
        }

        public static void BindsByPropertyName(CmdletEntry cmdlet, string parameter, params string[] aliases)
        {
            ParameterEntry entry = cmdlet.Parameter(parameter);
            Assert.All(entry.Sets, s => Assert.True(s.ValueFromPipelineByPropertyName, parameter + " binds by property name"));
            Assert.Equal(aliases, entry.Aliases);
        }

        public static void HasParameters(CmdletEntry cmdlet, params string[] names) =>
            Assert.Equal(names.OrderBy(n => n), cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
