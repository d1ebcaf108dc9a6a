using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// RFC 2730 Table 5, "Options allowed in MADCAP messages", transcribed row by row, with the Multicast Scope
    /// Nesting State option of RFC 2907 §3.3 ("MUST only be used in ... ACK (in response to GETINFO)" and never
    /// without the Multicast Scope List). Options of unknown codes are always allowed: they "MUST be ignored" (§2.1.5).
    /// </summary>
    public static class MadcapOptionTable
    {
        private const MadcapOptionUse N = MadcapOptionUse.MustNot;
        private const MadcapOptionUse Y = MadcapOptionUse.May;
        private const MadcapOptionUse M = MadcapOptionUse.Must;

        // Columns in the order of MadcapExchangeStep:
        //   GETINFO, ACK(GETINFO), DISCOVER, OFFER, REQUEST, ACK(REQUEST), RENEW, ACK(RENEW), RELEASE, ACK(RELEASE), NAK
        // Server Identifier in REQUEST is "MUST (if multicast)": May here, and Must for a multicast REQUEST in Find.
        private static readonly MadcapOptionUse[][] Rows =
        {
            /* 0 End                 */ new[] { M, M, M, M, M, M, M, M, M, M, M },
            /* 1 Lease Time          */ new[] { N, N, Y, M, Y, M, Y, M, N, N, N },
            /* 2 Server Identifier   */ new[] { N, M, N, M, Y, M, N, M, N, M, M },
            /* 3 Lease Identifier    */ new[] { M, M, M, M, M, M, M, M, M, M, M },
            /* 4 Multicast Scope     */ new[] { N, N, M, M, M, M, N, M, N, N, N },
            /* 5 Option Request List */ new[] { M, N, N, N, N, N, N, N, N, N, N },
            /* 6 Start Time          */ new[] { N, N, Y, Y, Y, Y, Y, Y, N, N, N },
            /* 7 Number of Addresses */ new[] { N, N, Y, N, Y, N, N, N, N, N, N },
            /* 8 Requested Language  */ new[] { Y, N, N, N, N, N, N, N, N, N, N },
            /* 9 Multicast Scope List*/ new[] { N, Y, N, N, N, N, N, N, N, N, N },
            /* 10 Address Ranges     */ new[] { N, N, Y, Y, Y, M, N, M, N, N, N },
            /* 11 Current Time       */ new[] { N, Y, Y, Y, Y, Y, Y, Y, N, N, N },
            /* 12 Feature List       */ new[] { Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y },
            /* 13 Retry Time         */ new[] { N, N, N, N, N, Y, N, Y, N, N, N },
            /* 14 Minimum Lease Time */ new[] { N, N, Y, N, Y, N, Y, N, N, N, N },
            /* 15 Maximum Start Time */ new[] { N, N, Y, N, Y, N, Y, N, N, N, N },
            /* 16 Error              */ new[] { N, N, N, N, N, N, N, N, N, N, M },
            /* 17 Nesting State      */ new[] { N, Y, N, N, N, N, N, N, N, N, N },
        };

        /// <summary>The Table 5 cell for option <paramref name="code"/> in <paramref name="step"/>; May for codes the table does not list.</summary>
        public static MadcapOptionUse Use(MadcapExchangeStep step, MadcapOptionCode code, bool multicast = false)
        {
            if ((int)code >= Rows.Length)
            {
                return MadcapOptionUse.May;
            }

            if (code == MadcapOptionCode.ServerIdentifier && step == MadcapExchangeStep.Request && multicast)
            {
                // §2.2.4, §3.3: "MADCAP clients MUST include a Server Identifier option in multicast REQUEST messages".
                return MadcapOptionUse.Must;
            }

            return Rows[(int)code][(int)step];
        }

        /// <summary>
        /// The first option of <paramref name="message"/> that breaks the table for <paramref name="step"/>: one that
        /// must be there and is not (<paramref name="missing"/> true), or one that must not be and is. False when the
        /// message keeps to the table.
        /// </summary>
        public static bool TryFindViolation(MadcapMessage message, MadcapExchangeStep step, bool multicast, out MadcapOptionCode code, out bool missing)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            for (int c = 1; c < Rows.Length; c++)
            {
                var option = (MadcapOptionCode)c;
                MadcapOptionUse use = Use(step, option, multicast);
                bool present = message.Has(option);
                if ((use == MadcapOptionUse.Must && !present) || (use == MadcapOptionUse.MustNot && present))
                {
                    code = option;
                    missing = !present;
                    return true;
                }
            }

            // RFC 2907 §3.3: "it MUST NOT be included without the Multicast Scope List option".
            if (message.NestingState != null && message.MulticastScopeList is null)
            {
                code = MadcapOptionCode.MulticastNestingState;
                missing = false;
                return true;
            }

            code = MadcapOptionCode.End;
            missing = false;
            return false;
        }

        /// <summary>The column of an ACK answering <paramref name="request"/>; throws for types that are not client requests answered by ACK.</summary>
        public static MadcapExchangeStep AckTo(MadcapMessageType request) => request switch
        {
            MadcapMessageType.GetInfo => MadcapExchangeStep.AckToGetInfo,
            MadcapMessageType.Request => MadcapExchangeStep.AckToRequest,
            MadcapMessageType.Renew => MadcapExchangeStep.AckToRenew,
            MadcapMessageType.Release => MadcapExchangeStep.AckToRelease,
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, "Only GETINFO, REQUEST, RENEW and RELEASE are answered by ACK (RFC 2730 §2.2.5)."),
        };

        /// <summary>The column of a client request of <paramref name="type"/>; false for the types only servers send.</summary>
        public static bool TryStepOfRequest(MadcapMessageType type, out MadcapExchangeStep step)
        {
            switch (type)
            {
                case MadcapMessageType.GetInfo:
                    step = MadcapExchangeStep.GetInfo;
                    return true;
                case MadcapMessageType.Discover:
                    step = MadcapExchangeStep.Discover;
                    return true;
                case MadcapMessageType.Request:
                    step = MadcapExchangeStep.Request;
                    return true;
                case MadcapMessageType.Renew:
                    step = MadcapExchangeStep.Renew;
                    return true;
                case MadcapMessageType.Release:
                    step = MadcapExchangeStep.Release;
                    return true;
                default:
                    step = default;
                    return false;
            }
        }
    }
}
