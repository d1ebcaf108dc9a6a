using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// Runs a <see cref="MadcapServerEngine"/> on its sockets until cancelled: one thread receives on each socket into a
    /// bounded queue (a full queue drops, and counts, what comes), and several workers serve the queue, so that requests
    /// that arrive together are committed together by the store (group commit) and each ACK leaves as soon as its lease is
    /// durable. Every <see cref="MadcapServerOptions.ScopeRefreshInterval"/> the pools are read again and new groups
    /// joined; every <see cref="StatisticsInterval"/> the counters are logged. On cancellation the receivers stop, each
    /// worker finishes the request it is serving (its lease committed, its answer sent) and the queue left is dropped: the
    /// clients retransmit to the next server run, whose store has every lease acknowledged.
    /// </summary>
    public sealed class MadcapServerHost
    {
        private static readonly TimeSpan ReceiveSlice = TimeSpan.FromMilliseconds(250);
        private readonly MadcapServerEngine _engine;
        private readonly IReadOnlyList<MadcapListener> _listeners;
        private readonly TimeSpan _refreshInterval;

        public MadcapServerHost(MadcapServerEngine engine, IReadOnlyList<MadcapListener> listeners, TimeSpan? scopeRefreshInterval = null)
        {
            _engine = engine ?? throw new ArgumentNullException(nameof(engine));
            _listeners = listeners ?? throw new ArgumentNullException(nameof(listeners));
            if (_listeners.Count == 0)
            {
                throw new ArgumentException("A server listens on one socket at least.", nameof(listeners));
            }

            _refreshInterval = scopeRefreshInterval ?? TimeSpan.FromSeconds(5);
        }

        /// <summary>How many requests are served at once: the most the store commits in one flush.</summary>
        public int Workers { get; set; } = 16;

        /// <summary>How many received datagrams wait at most; more are dropped and counted.</summary>
        public int QueueCapacity { get; set; } = 8192;

        /// <summary>How often the counters are logged (Information, with the statistics as its data); zero: never.</summary>
        public TimeSpan StatisticsInterval { get; set; }

        /// <summary>Receives the host's events and the engine's.</summary>
        public Action<MadcapServerEvent>? Log { get; set; }

        /// <summary>Serves until <paramref name="cancellation"/> is signalled; returns the counters then.</summary>
        public MadcapServerStatistics Run(CancellationToken cancellation)
        {
            Action<MadcapServerEvent>? engineLog = _engine.Log;
            _engine.Log = e =>
            {
                engineLog?.Invoke(e);
                Log?.Invoke(e);
            };

            using var queue = new BlockingCollection<(MadcapListener Listener, ReceivedDatagram Datagram)>(Math.Max(1, QueueCapacity));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var threads = new List<Thread>();
            try
            {
                JoinGroups(announce: false);
                Write(MadcapServerEventLevel.Information, "Listening on " + string.Join(", ", _listeners.Select(l => l.LocalEndPoint)) + Groups() + "; serving " + Scopes() + ".");
                foreach (MadcapListener listener in _listeners)
                {
                    threads.Add(Start("MADCAP receive " + listener.LocalEndPoint, () => Receive(listener, queue, stop.Token)));
                }

                for (int i = 0; i < Math.Max(1, Workers); i++)
                {
                    threads.Add(Start("MADCAP worker " + i, () => Work(queue, stop.Token)));
                }

                DateTime nextRefresh = DateTime.UtcNow + _refreshInterval;
                DateTime nextStatistics = StatisticsInterval > TimeSpan.Zero ? DateTime.UtcNow + StatisticsInterval : DateTime.MaxValue;
                while (!stop.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(200)))
                {
                    DateTime now = DateTime.UtcNow;
                    if (now >= nextRefresh)
                    {
                        nextRefresh = now + _refreshInterval;
                        Refresh();
                    }

                    if (now >= nextStatistics)
                    {
                        nextStatistics = now + StatisticsInterval;
                        MadcapServerStatistics statistics = _engine.Statistics;
                        Write(MadcapServerEventLevel.Information, "Statistics: " + statistics + ".", statistics);
                    }
                }
            }
            finally
            {
                stop.Cancel();
                foreach (Thread thread in threads)
                {
                    thread.Join();
                }

                _engine.Log = engineLog;
            }

            MadcapServerStatistics final = _engine.Statistics;
            Write(MadcapServerEventLevel.Information, "Stopped after " + final.UptimeValue.ToString(@"d\.hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture) + ": " + final + ".", final);
            return final;
        }

        private void Receive(MadcapListener listener, BlockingCollection<(MadcapListener, ReceivedDatagram)> queue, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                ReceivedDatagram? datagram;
                try
                {
                    datagram = listener.Transport.Receive(ReceiveSlice, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception exception) when (exception is SocketException || exception is ObjectDisposedException)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    Write(MadcapServerEventLevel.Warning, "Receiving on " + listener.LocalEndPoint + " failed: " + exception.Message);
                    stop.WaitHandle.WaitOne(ReceiveSlice);
                    continue;
                }

                if (datagram != null && !queue.TryAdd((listener, datagram)))
                {
                    _engine.CountOverloaded();
                }
            }
        }

        private void Work(BlockingCollection<(MadcapListener Listener, ReceivedDatagram Datagram)> queue, CancellationToken stop)
        {
            try
            {
                foreach ((MadcapListener listener, ReceivedDatagram datagram) in queue.GetConsumingEnumerable(stop))
                {
                    MadcapServerReply? reply = _engine.Handle(datagram, listener.LocalEndPoint);
                    if (reply is null)
                    {
                        continue;
                    }

                    try
                    {
                        listener.Transport.Send(reply.Data, 0, reply.Data.Length, reply.Destination);
                    }
                    catch (Exception exception) when (exception is SocketException || exception is ObjectDisposedException)
                    {
                        Write(MadcapServerEventLevel.Warning, "Sending the " + reply + " failed: " + exception.Message);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped: the request in hand was finished; what is left in the queue is dropped.
            }
        }

        private void Refresh()
        {
            try
            {
                _engine.RefreshScopes();
                JoinGroups(announce: true);
            }
            catch (MulticastException exception)
            {
                Write(MadcapServerEventLevel.Warning, "The pools could not be read again: " + exception.Message);
            }
        }

        private void JoinGroups(bool announce)
        {
            foreach (MadcapListener listener in _listeners)
            {
                foreach (IPAddress group in _engine.Groups)
                {
                    try
                    {
                        if (listener.Join(group) && announce)
                        {
                            Write(MadcapServerEventLevel.Information, "Listening on " + listener.LocalEndPoint + " for the group " + group + ".");
                        }
                    }
                    catch (SocketException exception)
                    {
                        Write(MadcapServerEventLevel.Warning, "The socket " + listener.LocalEndPoint + " could not join " + group + ": " + exception.Message);
                    }
                }
            }
        }

        private string Groups()
        {
            List<IPAddress> joined = _listeners.SelectMany(l => l.Joined).Distinct().ToList();
            return joined.Count == 0 ? " (unicast only: no socket is bound to a wildcard address)" : " and the groups " + string.Join(", ", joined);
        }

        private string Scopes() => _engine.Scopes.Count == 0
            ? "no scope (the store has no pool)"
            : string.Join(", ", _engine.Scopes.Select(s => s.Names[0].Name + " " + s.ScopeId + "-" + s.LastAddress));

        private void Write(MadcapServerEventLevel level, string message, object? data = null) => Log?.Invoke(new MadcapServerEvent(level, message, data));

        private static Thread Start(string name, ThreadStart work)
        {
            var thread = new Thread(work) { IsBackground = true, Name = name };
            thread.Start();
            return thread;
        }
    }
}
