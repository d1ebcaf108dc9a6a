namespace Multicast.Leases.Storage
{
    /// <summary>A place between two journal records: the file offset, the next record's sequence number, and the CRC it starts from.</summary>
    internal readonly struct JournalPosition
    {
        public JournalPosition(long offset, long nextSequence, uint crc)
        {
            Offset = offset;
            NextSequence = nextSequence;
            Crc = crc;
        }

        public long Offset { get; }

        public long NextSequence { get; }

        public uint Crc { get; }

        /// <summary>Just after the header, whose CRC is <paramref name="headerCrc"/>.</summary>
        public static JournalPosition Start(uint headerCrc) => new JournalPosition(LeaseJournalFormat.HeaderLength, 1, headerCrc);

        /// <summary>After <paramref name="record"/>, written here.</summary>
        public JournalPosition After(byte[] record) => new JournalPosition(Offset + record.Length, NextSequence + 1, LeaseJournalFormat.LastCrc(record));
    }
}
