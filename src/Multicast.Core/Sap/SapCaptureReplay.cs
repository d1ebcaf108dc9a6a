using System;
using System.Collections.Generic;

namespace Multicast.Sap
{
    /// <summary>
    /// Plays the SAP packets of a capture (see <see cref="CaptureReader"/>) through a directory whose clock is
    /// the capture's: each datagram's timestamp, never going back. Sessions time out as they would have for a
    /// listener at the time; those still cached when the capture ends are in <see cref="SapDirectory.Sessions"/>.
    /// </summary>
    public sealed class SapCaptureReplay
    {
        private DateTime _now = DateTime.MinValue;

        public SapCaptureReplay(int bandwidthLimit = SapTiming.DefaultBandwidthLimit, int maxSessions = SapDirectory.DefaultMaxSessions)
        {
            Intake = new SapPacketIntake(new SapDirectory(() => _now, bandwidthLimit, maxSessions));
        }

        public SapDirectory Directory => Intake.Directory;

        /// <summary>What was taken in: datagrams, malformed ones by reason, encrypted packets.</summary>
        public SapPacketIntake Intake { get; }

        /// <summary>The capture time reached, or null before the first timestamped datagram.</summary>
        public DateTime? Now => _now == DateTime.MinValue ? (DateTime?)null : _now;

        /// <summary>Yields the directory's events, timeouts included, as the datagrams are played.</summary>
        public IEnumerable<SapSessionEvent> Replay(IEnumerable<CapturedDatagram> datagrams)
        {
            if (datagrams is null)
            {
                throw new ArgumentNullException(nameof(datagrams));
            }

            foreach (CapturedDatagram datagram in datagrams)
            {
                // A pcapng Simple Packet Block has no time: it is taken at the time reached so far.
                if (datagram.Timestamp is DateTime time && time > _now)
                {
                    _now = time;
                    foreach (SapSessionEvent expired in Directory.Expire())
                    {
                        yield return expired;
                    }
                }

                foreach (SapSessionEvent happened in Intake.Take(datagram.Data, datagram.Source, datagram.Destination.Address))
                {
                    yield return happened;
                }
            }
        }
    }
}
