using System;
using System.Collections.Generic;

namespace Multicast.Madcap
{
    /// <summary>
    /// The value of a Multicast Scope Nesting State option (RFC 2907 §3.2, §5): a one-octet count N of scopes,
    /// then an N-row bit matrix where row X, column Y is 1 when "X nests inside Y". The diagonal is left out
    /// and each row is padded with zero bits to a whole octet, so a row is ceil((N-1)/8) octets.
    /// </summary>
    public sealed class MadcapNestingState
    {
        private readonly byte[] _matrix;

        private MadcapNestingState(byte count, byte[] matrix)
        {
            Count = count;
            _matrix = matrix;
        }

        /// <summary>The number of scopes; it must equal the Multicast Scope List's count, or the option is ignored (RFC 2907 §5).</summary>
        public byte Count { get; }

        /// <summary>The octets of one row: ceil((N-1)/8), 0 when N is 0 or 1.</summary>
        public static int RowLength(int count) => count <= 1 ? 0 : (count - 1 + 7) / 8;

        /// <summary>Builds the option from pairs (inner, outer) of zero-based positions in the scope list.</summary>
        public static MadcapNestingState FromPairs(int count, IEnumerable<(int Inner, int Outer)> nestings)
        {
            if (count < 0 || count > byte.MaxValue)
            {
                throw new MulticastRuleException("MadcapNestingCount", count, "A Multicast Scope Nesting State option describes 0 to 255 scopes (RFC 2907 §5: a one-octet count); " + count + " is outside that.");
            }

            int rowLength = RowLength(count);
            var matrix = new byte[count * rowLength];
            foreach ((int inner, int outer) in nestings ?? throw new ArgumentNullException(nameof(nestings)))
            {
                if (inner < 0 || inner >= count || outer < 0 || outer >= count || inner == outer)
                {
                    throw new MulticastRuleException("MadcapNestingPair", inner + "/" + outer, "Scope " + inner + " nesting in scope " + outer + " is not a cell of a " + count + "-scope matrix without its diagonal (RFC 2907 §3.2).");
                }

                int column = outer < inner ? outer : outer - 1;
                matrix[(inner * rowLength) + (column / 8)] |= (byte)(0x80 >> (column % 8));
            }

            return new MadcapNestingState((byte)count, matrix);
        }

        /// <summary>True when scope <paramref name="inner"/> nests inside scope <paramref name="outer"/> (zero-based list positions).</summary>
        public bool Nests(int inner, int outer)
        {
            if (inner < 0 || inner >= Count || outer < 0 || outer >= Count || inner == outer)
            {
                return false;
            }

            int rowLength = RowLength(Count);
            int column = outer < inner ? outer : outer - 1;
            return (_matrix[(inner * rowLength) + (column / 8)] & (0x80 >> (column % 8))) != 0;
        }

        /// <summary>True when the option belongs with a scope list of <paramref name="scopeCount"/> entries (RFC 2907 §5).</summary>
        public bool Matches(int scopeCount) => scopeCount == Count;

        /// <summary>A copy of the packed matrix.</summary>
        public byte[] GetMatrix() => (byte[])_matrix.Clone();

        internal int EncodedLength => 1 + _matrix.Length;

        internal static bool TryRead(byte[] data, int index, int length, out MadcapNestingState? state)
        {
            state = null;
            if (length < 1)
            {
                return false;
            }

            byte count = data[index];
            if (length != 1 + (count * RowLength(count)))
            {
                return false;
            }

            var matrix = new byte[length - 1];
            Buffer.BlockCopy(data, index + 1, matrix, 0, matrix.Length);
            state = new MadcapNestingState(count, matrix);
            return true;
        }

        internal void CopyTo(byte[] destination, int index)
        {
            destination[index] = Count;
            Buffer.BlockCopy(_matrix, 0, destination, index + 1, _matrix.Length);
        }
    }
}
