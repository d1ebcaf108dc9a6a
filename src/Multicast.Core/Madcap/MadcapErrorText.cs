using System;
using System.Linq;

namespace Multicast.Madcap
{
    /// <summary>Words for MADCAP error codes and option codes, for messages and logs.</summary>
    public static class MadcapErrorText
    {
        /// <summary>The RFC's name of an error code (§3.17.1-§3.17.6).</summary>
        public static string NameOf(MadcapErrorCode code) => code switch
        {
            MadcapErrorCode.ValidRequestCouldNotBeCompleted => "Valid Request Could Not Be Completed",
            MadcapErrorCode.InvalidRequest => "Invalid Request",
            MadcapErrorCode.ExcessiveClockSkew => "Excessive Clock Skew",
            MadcapErrorCode.LeaseIdentifierNotRecognized => "Lease Identifier Not Recognized",
            MadcapErrorCode.RequiredFeatureNotSupported => "Required Feature Not Supported",
            _ when (ushort)code >= MadcapErrorOption.FirstExperimentalCode && (ushort)code <= MadcapErrorOption.LastExperimentalCode => "experimental error",
            _ => "unknown error",
        };

        /// <summary>The RFC's name of an option code (§3, RFC 2907 §5).</summary>
        public static string NameOf(MadcapOptionCode code) => code switch
        {
            MadcapOptionCode.End => "End",
            MadcapOptionCode.LeaseTime => "Lease Time",
            MadcapOptionCode.ServerIdentifier => "Server Identifier",
            MadcapOptionCode.LeaseIdentifier => "Lease Identifier",
            MadcapOptionCode.MulticastScope => "Multicast Scope",
            MadcapOptionCode.OptionRequestList => "Option Request List",
            MadcapOptionCode.StartTime => "Start Time",
            MadcapOptionCode.NumberOfAddressesRequested => "Number of Addresses Requested",
            MadcapOptionCode.RequestedLanguage => "Requested Language",
            MadcapOptionCode.MulticastScopeList => "Multicast Scope List",
            MadcapOptionCode.ListOfAddressRanges => "List of Address Ranges",
            MadcapOptionCode.CurrentTime => "Current Time",
            MadcapOptionCode.FeatureList => "Feature List",
            MadcapOptionCode.RetryTime => "Retry Time",
            MadcapOptionCode.MinimumLeaseTime => "Minimum Lease Time",
            MadcapOptionCode.MaximumStartTime => "Maximum Start Time",
            MadcapOptionCode.Error => "Error",
            MadcapOptionCode.MulticastNestingState => "Multicast Scope Nesting State",
            _ => "option " + (ushort)code,
        };

        /// <summary>The error as one sentence of facts: code, name, and the extra data read the way its code defines it.</summary>
        public static string Describe(MadcapErrorOption error)
        {
            string text = NameOf(error.Code) + " (error " + (ushort)error.Code + ")";
            if (error.ProblemOption is ushort option)
            {
                text += option == MadcapErrorOption.NoSpecificOption
                    ? ", not caused by a specific option"
                    : ", caused by the " + NameOf((MadcapOptionCode)option) + " option (" + option + ")";
            }

            if (error.ServerTime is uint serverTime)
            {
                text += ", the server's clock reading " + MadcapTime.ToDateTime(serverTime).ToString("yyyy-MM-ddTHH:mm:ssZ");
            }

            if (error.UnsupportedFeatures.Count > 0)
            {
                text += ", unsupported features " + string.Join(", ", error.UnsupportedFeatures.Select(f => Enum.IsDefined(typeof(MadcapFeature), f) ? ((MadcapFeature)f) + " (" + f + ")" : f.ToString()));
            }

            return text;
        }
    }
}
