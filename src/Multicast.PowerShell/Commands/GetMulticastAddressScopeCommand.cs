using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using Multicast.Madcap;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Get-MulticastAddressScope: asks MADCAP servers for their Multicast Scope List (RFC 2730 §2.2.1 GETINFO, §3.10):
    /// each scope's range, TTL and zone name, and which scopes nest in which (RFC 2907). Without -Server, multicasts the
    /// GETINFO to the IPv4 Local Scope's MADCAP Server Multicast Address, 239.255.255.254, and lists every server that answers (§2.9, §2.10).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MulticastAddressScope")]
    [OutputType(typeof(MadcapServerScope))]
    public sealed class GetMulticastAddressScopeCommand : MulticastCmdlet, IDisposable
    {
        private MadcapSession? _session;

        /// <summary>Servers as host or address, with a port when not 2535; a group (such as 239.255.255.254) finds servers by multicast.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Server { get; set; } = null!;

        /// <summary>Only the zones whose name matches.</summary>
        [Parameter]
        [SupportsWildcards]
        public string[] Name { get; set; } = null!;

        /// <summary>The family of the scopes wanted; by default the server's.</summary>
        [Parameter]
        public MadcapAddressFamily AddressFamily { get; set; }

        /// <summary>The language for zone names, an RFC 1766 tag such as en or de-CH (§3.9).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Language { get; set; } = null!;

        private MadcapSession Session => _session ??= new MadcapSession(this);

        protected override void ProcessRecord()
        {
            foreach (string text in Server ?? new[] { MadcapServerMulticastAddress.IPv4LocalScope.ToString() })
            {
                ForItem(text, () =>
                {
                    IPEndPoint server = MadcapSession.Resolve(text);
                    MadcapClient client = Session.ClientFor(server);
                    client.Options.RequestedLanguage = Language;
                    MadcapAddressFamily? family = MyInvocation.BoundParameters.ContainsKey(nameof(AddressFamily)) ? AddressFamily : (MadcapAddressFamily?)null;
                    IReadOnlyList<MadcapServerInfo> answers = Session.Run(token => client.GetInfo(server, family, token));
                    WildcardPattern[]? names = Name?.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToArray();
                    foreach (MadcapServerScope scope in MadcapServerScope.From(answers, Language))
                    {
                        if (names is null || names.Any(n => n.IsMatch(scope.Name ?? string.Empty)))
                        {
                            WriteObject(scope);
                        }
                    }
                });
            }
        }

        protected override void StopProcessing() => _session?.Stop();

        public void Dispose() => _session?.Dispose();
    }
}
