using System;
using System.Collections;
using System.Collections.Generic;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The lease store a command line points at (its -StorePath, or the default), opened for a completer: a
    /// short lock wait, and no store (or any failure) just means nothing to offer.
    /// </summary>
    internal static class CompletionStore
    {
        /// <summary>What <paramref name="read"/> finds in the store; empty when there is no store or it cannot be read.</summary>
        public static IReadOnlyList<T> Read<T>(IDictionary? fakeBoundParameters, Func<LeaseService, IReadOnlyList<T>> read)
        {
            LeaseService? service = Open(fakeBoundParameters);
            try
            {
                return service is null ? Array.Empty<T>() : read(service);
            }
            catch (MulticastException)
            {
                return Array.Empty<T>();
            }
        }

        private static LeaseService? Open(IDictionary? fakeBoundParameters)
        {
            try
            {
                string? given = fakeBoundParameters?["StorePath"] as string;
                return new LeaseService(new FileLeaseStore(LeaseStorePath.Resolve(given, out _), TimeSpan.FromSeconds(1)));
            }
            catch (Exception exception) when (exception is MulticastException || exception is SystemException)
            {
                return null;
            }
        }

        /// <summary>What the user typed so far, without quotes.</summary>
        public static string Typed(string? wordToComplete) => (wordToComplete ?? string.Empty).Trim('\'', '"');
    }
}
