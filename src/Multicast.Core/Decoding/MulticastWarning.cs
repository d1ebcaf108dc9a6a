namespace Multicast
{
    /// <summary>
    /// One reason a group is a poor choice: a stable <see cref="Id"/> (one of <see cref="MulticastWarningIds"/>)
    /// for scripts, the RFC sections whose rule it applies (<see cref="Rfc"/>), and a sentence for people that
    /// names the address and cites those sections. ToString is the sentence.
    /// </summary>
    public sealed class MulticastWarning
    {
        internal MulticastWarning(string id, string rfc, string message)
        {
            Id = id;
            Rfc = rfc;
            Message = message;
        }

        /// <summary>Which rule, such as "MacAliasesLocalControl"; it does not change between releases.</summary>
        public string Id { get; }

        /// <summary>Where the rule is written, such as "RFC 4607 §4.3" or "RFC 1112 §6.4, RFC 4541 §2.1.2".</summary>
        public string Rfc { get; }

        /// <summary>What is wrong with this address and what to use instead, citing <see cref="Rfc"/>.</summary>
        public string Message { get; }

        public override string ToString() => Message;
    }
}
