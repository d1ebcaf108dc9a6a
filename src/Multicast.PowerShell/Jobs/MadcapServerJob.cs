using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Threading;
using Multicast.Leases.Madcap;

namespace Multicast.PowerShell
{
    /// <summary>
    /// A MADCAP server running in the background of this session (Start-MulticastAddressServer -AsJob): Stop-Job stops it
    /// cleanly, Receive-Job returns what it wrote (warnings, information, verbose records with -Verbose) and, once it has
    /// stopped, its statistics. <see cref="EndPoints"/> says where it listens (useful with -Port 0), <see cref="Statistics"/>
    /// what it has done so far. Remove-Job stops it too.
    /// </summary>
    public sealed class MadcapServerJob : Job
    {
        private readonly MadcapServerHost _host;
        private readonly MadcapServerEngine _engine;
        private readonly IReadOnlyList<MadcapListener> _listeners;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ManualResetEventSlim _finished = new ManualResetEventSlim(false);
        private readonly TimeSpan _stopAfter;
        private volatile bool _stopRequested;

        internal MadcapServerJob(string command, MadcapServerHost host, MadcapServerEngine engine, IReadOnlyList<MadcapListener> listeners, TimeSpan stopAfter)
            : base(command, "MulticastAddressServer")
        {
            _host = host;
            _engine = engine;
            _listeners = listeners;
            _stopAfter = stopAfter;
            PSJobTypeName = "MulticastAddressServerJob";
            EndPoints = listeners.Select(l => l.LocalEndPoint).ToList().AsReadOnly();
        }

        /// <summary>The addresses and ports the server listens on.</summary>
        public IReadOnlyList<IPEndPoint> EndPoints { get; }

        /// <summary>The job's state (its JobStateInfo.State), a property of its own so that its view's column can name it.</summary>
        public JobState State => JobStateInfo.State;

        /// <summary>The server's counters now.</summary>
        public MadcapServerStatistics Statistics => _engine.Statistics;

        public override string StatusMessage => JobStateInfo.State == JobState.Running ? _engine.Statistics.ToString() : JobStateInfo.State.ToString();

        public override bool HasMoreData => Output.Count > 0 || Error.Count > 0 || Warning.Count > 0 || Verbose.Count > 0 || Information.Count > 0;

        public override string Location => string.Join(", ", EndPoints);

        internal void Start()
        {
            _host.Log = Record;
            if (_stopAfter > TimeSpan.Zero)
            {
                _stop.CancelAfter(_stopAfter);
            }

            SetJobState(JobState.Running);
            var thread = new Thread(Serve) { IsBackground = true, Name = "MADCAP server job " + Id };
            thread.Start();
        }

        public override void StopJob()
        {
            if (_finished.IsSet)
            {
                return;
            }

            _stopRequested = true;
            SetJobState(JobState.Stopping);
            _stop.Cancel();
            _finished.Wait();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _stopRequested = true;
                _stop.Cancel();
                _finished.Wait();
                _stop.Dispose();
                _finished.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Serve()
        {
            try
            {
                MadcapServerStatistics final = _host.Run(_stop.Token);
                Output.Add(PSObject.AsPSObject(final));
                Close();
                SetJobState(_stopRequested ? JobState.Stopped : JobState.Completed);
            }
            catch (Exception exception)
            {
                Error.Add(new ErrorRecord(exception, "MadcapServerFailed", ErrorCategory.NotSpecified, Location));
                Close();
                SetJobState(JobState.Failed);
            }
            finally
            {
                _finished.Set();
            }
        }

        private void Close()
        {
            foreach (MadcapListener listener in _listeners)
            {
                listener.Dispose();
            }
        }

        private void Record(MadcapServerEvent e)
        {
            switch (e.Level)
            {
                case MadcapServerEventLevel.Detail:
                    Verbose.Add(new VerboseRecord(e.Message));
                    break;
                case MadcapServerEventLevel.Warning:
                    Warning.Add(new WarningRecord(e.Message));
                    break;
                default:
                    Information.Add(new InformationRecord(e.Data ?? e.Message, "Start-MulticastAddressServer"));
                    break;
            }
        }
    }
}
