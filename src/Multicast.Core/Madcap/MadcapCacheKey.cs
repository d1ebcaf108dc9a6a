using System;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// What makes two requests the same request: RFC 2730 §2.1.4 keys the server's response cache on "the same
    /// xid, msgtype, and Lease Identifier". This key adds the client's address and port: a retransmission is sent
    /// "without changing" it (§2.1.4) from the same socket, so the addition never splits a true retransmission,
    /// while a colliding triple from another host is processed on its own instead of receiving someone else's
    /// answer. (A second lease under one Lease Identifier is for the lease store to refuse.)
    /// </summary>
    public readonly struct MadcapCacheKey : IEquatable<MadcapCacheKey>
    {
        public MadcapCacheKey(MadcapMessageType type, uint transactionId, MadcapLeaseIdentifier leaseIdentifier, IPEndPoint client)
        {
            Type = type;
            TransactionId = transactionId;
            LeaseIdentifier = leaseIdentifier ?? throw new ArgumentNullException(nameof(leaseIdentifier));
            Client = client ?? throw new ArgumentNullException(nameof(client));
        }

        public MadcapMessageType Type { get; }

        public uint TransactionId { get; }

        public MadcapLeaseIdentifier LeaseIdentifier { get; }

        public IPEndPoint Client { get; }

        /// <summary>The key of a decoded request; false when it has no Lease Identifier, which a server ignores anyway (it could not address an answer).</summary>
        public static bool TryCreate(MadcapMessage request, IPEndPoint client, out MadcapCacheKey key)
        {
            if (request?.LeaseIdentifier is null || client is null)
            {
                key = default;
                return false;
            }

            key = new MadcapCacheKey(request.Type, request.TransactionId, request.LeaseIdentifier, client);
            return true;
        }

        public bool Equals(MadcapCacheKey other) =>
            Type == other.Type
            && TransactionId == other.TransactionId
            && Equals(LeaseIdentifier, other.LeaseIdentifier)
            && Equals(Client, other.Client);

        public override bool Equals(object? obj) => obj is MadcapCacheKey other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = ((int)Type * 397) ^ (int)TransactionId;
                hash = (hash * 397) ^ (LeaseIdentifier?.GetHashCode() ?? 0);
                return (hash * 397) ^ (Client?.GetHashCode() ?? 0);
            }
        }
    }
}
