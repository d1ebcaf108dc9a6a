using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Net;
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
        private bool _addressOnCommandLine;

        /// <summary>The store file. Default: $env:MULTICAST_STORE_PATH, then the per-user data folder.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string StorePath { get; set; } = null!;

        protected LeaseService Service => _service ??= OpenStore();

        protected override void BeginProcessing()
        {
            // Only command-line arguments are bound yet: pipeline ones come per record.
            _addressOnCommandLine = MyInvocation.BoundParameters.ContainsKey("Address");
        }

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

        /// <summary>
        /// Reads the -Address items; each bad one writes its error. Where -Address is optional
        /// (<paramref name="optional"/>), objects that reached it from the pipeline without carrying an
        /// address (a pool object, a CSV row with no Address column) bind there only because -Address takes
        /// any object, like a CSV row whose Address cell is empty: they ask for no particular group and are skipped.
        /// </summary>
        protected List<KeyValuePair<object, IPAddressValue>> ResolveAddresses(object[]? items, bool optional = false)
        {
            var result = new List<KeyValuePair<object, IPAddressValue>>();
            foreach (object item in items ?? Array.Empty<object>())
            {
                if (optional && !_addressOnCommandLine && !CarriesAddress(item))
                {
                    continue;
                }

                if (TryResolveAddress(item, out IPAddressValue address))
                {
                    result.Add(new KeyValuePair<object, IPAddressValue>(PipelineAddress.TargetOf(item) ?? address.ToString(), address));
                }
            }

            return result;
        }

        /// <summary>True when -Address was given on the command line, or this record's pipeline object carries an address.</summary>
        protected bool AddressGiven(object[]? items)
        {
            if (_addressOnCommandLine)
            {
                return true;
            }

            foreach (object item in items ?? Array.Empty<object>())
            {
                if (CarriesAddress(item))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool CarriesAddress(object? item)
        {
            object? value = item is PSObject wrapped ? wrapped.BaseObject : item;
            if (value is null || value is string || value is IPAddress || value is IPAddressValue)
            {
                return true;
            }

            // A CSV row's empty Address cell asks for no particular group either.
            PSObject properties = PSObject.AsPSObject(item);
            foreach (string name in PipelineAddress.PropertyNames)
            {
                PSPropertyInfo? property = properties.Properties[name];
                object? propertyValue;
                try
                {
                    propertyValue = property?.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }

                if (propertyValue != null && !(propertyValue is string text && text.Trim().Length == 0))
                {
                    return true;
                }
            }

            return false;
        }

        private LeaseService OpenStore()
        {
            try
            {
                string? given = MyInvocation.BoundParameters.ContainsKey(nameof(StorePath)) ? GetUnresolvedProviderPathFromPSPath(StorePath) : null;
                string path = LeaseStorePath.Resolve(given, out StorePathSource source);
                WriteVerbose("Lease store: " + path + " (from " + (source == StorePathSource.Given ? "-StorePath" : source == StorePathSource.EnvironmentVariable ? "$env:" + LeaseStorePath.EnvironmentVariable : "the per-user default") + ").");
                return new LeaseService(new FileLeaseStore(path));
            }
            catch (LeaseStoreException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, StorePath));
                throw;
            }
        }
    }
}
