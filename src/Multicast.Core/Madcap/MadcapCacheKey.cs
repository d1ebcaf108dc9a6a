using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// What makes two requests the same request: RFC 2730 §2.1.4 keys the server's response cache on "the same xid,
    /// msgtype, and Lease Identifier", and nothing else. The client's address and port are not part of it: a
    /// retransmission that arrives from a new source port (a NAT that rebound) is still a retransmission, and must get
    /// the same answer rather than a second allocation. The client makes the triple unique ("even across multiple
    /// clients which do not communicate among themselves", §2.1.4), so two clients do not share a key by accident.
    /// </summary>
    public readonly struct MadcapCacheKey : IEquatable<MadcapCacheKey>
    {
        public MadcapCacheKey(MadcapMessageType type, uint transactionId, MadcapLeaseIdentifier leaseIdentifier)
        {
            Type = type;
            TransactionId = transactionId;
            LeaseIdentifier = leaseIdentifier ?? throw new ArgumentNullException(nameof(leaseIdentifier));
        }

        public MadcapMessageType Type { get; }

        public uint TransactionId { get; }

        public MadcapLeaseIdentifier LeaseIdentifier { get; }

        /// <summary>The key of a decoded request; false when it has no Lease Identifier, which a server ignores anyway (it could not address an answer).</summary>
        public static bool TryCreate(MadcapMessage request, out MadcapCacheKey key)
        {
            if (request?.LeaseIdentifier is null)
            {
                key = default;
                return false;
            }

            key = new MadcapCacheKey(request.Type, request.TransactionId, request.LeaseIdentifier);
            return true;
        }

        public bool Equals(MadcapCacheKey other) =>
            Type == other.Type
            && TransactionId == other.TransactionId
            && Equals(LeaseIdentifier, other.LeaseIdentifier);

        public override bool Equals(object? obj) => obj is MadcapCacheKey other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = ((int)Type * 397) ^ (int)TransactionId;
                return (hash * 397) ^ (LeaseIdentifier?.GetHashCode() ?? 0);
            }
        }

        public override string ToString() => Type.ToString().ToUpperInvariant() + " xid " + TransactionId.ToString("x8") + " lease " + LeaseIdentifier;
    }
}
