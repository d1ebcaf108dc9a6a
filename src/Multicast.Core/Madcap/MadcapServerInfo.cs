using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>One server's ACK to a GETINFO (RFC 2730 §2.2.1): who answered, its scope list and what it supports.</summary>
    public sealed class MadcapServerInfo
    {
        internal MadcapServerInfo(IPEndPoint server, MadcapMessage ack)
        {
            Server = server;
            ServerIdentifier = ack.ServerIdentifier!;
            Scopes = ack.MulticastScopeList ?? Array.AsReadOnly(new MadcapScopeEntry[0]);

            // RFC 2907 §5: a count other than the scope list's means "the scope nesting state information MUST BE ignored".
            NestingState = ack.NestingState != null && ack.NestingState.Matches(Scopes.Count) ? ack.NestingState : null;
            Features = ack.FeatureList;
            ServerTime = ack.CurrentTime.HasValue ? MadcapTime.ToDateTime(ack.CurrentTime.Value) : (DateTime?)null;
            Message = ack;
        }

        /// <summary>The address and port the ACK came from.</summary>
        public IPEndPoint Server { get; }

        public MadcapServerIdentifier ServerIdentifier { get; }

        /// <summary>The Multicast Scope List, empty when the server sent none.</summary>
        public IReadOnlyList<MadcapScopeEntry> Scopes { get; }

        /// <summary>Which scopes nest in which (RFC 2907), when sent and consistent with <see cref="Scopes"/>.</summary>
        public MadcapNestingState? NestingState { get; }

        public MadcapFeatureList? Features { get; }

        /// <summary>The server's clock when it answered, when it sent a Current Time.</summary>
        public DateTime? ServerTime { get; }

        /// <summary>The whole ACK, for options this type does not surface.</summary>
        public MadcapMessage Message { get; }

        public override string ToString() => Server + ": " + Scopes.Count + (Scopes.Count == 1 ? " scope" : " scopes");
    }
}
