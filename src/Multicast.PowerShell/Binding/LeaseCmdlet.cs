using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The base of the pool and lease cmdlets: -StorePath, the store's service, reclaim warnings, and
    /// store failures that stop the pipeline (every later item would fail the same way).
    /// </summary>
    public abstract class LeaseCmdlet : MulticastCmdlet
    {
        private LeaseService? _service;

        /// <summary>The store file. Default: $env:MULTICAST_STORE_PATH, then the per-user data folder.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string StorePath { get; set; } = null!;

        protected LeaseService Service => _service ??= OpenStore();

        /// <summary>The store behind <see cref="Service"/>, once it is open.</summary>
        protected FileLeaseStore? Store { get; private set; }

        /// <summary>True for the cmdlets that may create the store at the path given (making a pool).</summary>
        protected virtual bool CreatesStore => false;

        /// <summary>Runs one item's work: a store failure ends the command; any other Core error is this item's ErrorRecord.</summary>
        protected void ForLeaseItem(object? target, Action work)
        {
            try
            {
                work();
            }
            catch (LeaseStoreException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, exception.Path));
            }
            catch (MulticastException exception)
            {
                WriteCoreError(exception, target);
            }
        }

        /// <summary>Says, as a warning, which expired leases an operation took back: reclaiming is never silent.</summary>
        protected void WriteReclaimed(IEnumerable<MulticastAddressLease> reclaimed)
        {
            foreach (MulticastAddressLease lease in reclaimed)
            {
                WriteWarning(string.Format(
                    CultureInfo.InvariantCulture,
                    "Reclaimed the expired lease on {0} in pool '{1}' (owner '{2}', ended {3:u}); the group can be leased again.",
                    lease,
                    lease.Pool,
                    lease.Owner,
                    lease.End.ToUniversalTime()));
            }
        }

        private LeaseService OpenStore()
        {
            try
            {
                string? given = MyInvocation.BoundParameters.ContainsKey(nameof(StorePath)) ? GetUnresolvedProviderPathFromPSPath(StorePath) : null;
                string path = LeaseStorePath.Resolve(given, out StorePathSource source);
                WriteVerbose("Lease store: " + path + " (from " + (source == StorePathSource.Given ? "-StorePath" : source == StorePathSource.EnvironmentVariable ? "$env:" + LeaseStorePath.EnvironmentVariable : "the per-user default") + ").");

                // A store named on purpose must be there, so a mistyped path is an error, not an empty store;
                // only making a pool creates one, and the per-user default starts empty.
                StoreOpenMode mode = CreatesStore || source == StorePathSource.UserDefault ? StoreOpenMode.OpenOrCreate : StoreOpenMode.MustExist;
                Store = new FileLeaseStore(path, mode);
                return new LeaseService(Store);
            }
            catch (LeaseStoreException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, StorePath));
                throw;
            }
        }
    }
}
