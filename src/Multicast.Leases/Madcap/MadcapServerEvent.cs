using System;

namespace Multicast.Leases.Madcap
{
    /// <summary>What a MADCAP server did, in words, for a log; <see cref="Data"/> carries an object where one goes with it.</summary>
    public sealed class MadcapServerEvent
    {
        public MadcapServerEvent(MadcapServerEventLevel level, string message, object? data = null)
        {
            Level = level;
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Data = data;
            Time = DateTime.UtcNow;
        }

        public MadcapServerEventLevel Level { get; }

        public string Message { get; }

        /// <summary>An object that goes with the message, such as <see cref="MadcapServerStatistics"/>; otherwise null.</summary>
        public object? Data { get; }

        /// <summary>UTC.</summary>
        public DateTime Time { get; }

        public override string ToString() => Message;
    }
}
