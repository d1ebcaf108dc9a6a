using System;
using System.Security.Cryptography;
namespace Multicast
{
    /// <summary>
    /// A Random drawn from the operating system's generator. Processes started in the same instant would
    /// get the same sequence from new Random() on .NET Framework, and allocators that do not coordinate
    /// avoid each other only if their choices are truly random (RFC 3307 §4.3.2, RFC 4607 §4.3).
    /// </summary>
    internal sealed class CryptoRandom : Random
    {
        private readonly RandomNumberGenerator _generator = RandomNumberGenerator.Create();
        private readonly byte[] _eight = new byte[8];

        public override void NextBytes(byte[] buffer) => _generator.GetBytes(buffer);

        protected override double Sample()
        {
            _generator.GetBytes(_eight);
            return (BitConverter.ToUInt64(_eight, 0) >> 11) * (1.0 / (1UL << 53));
        }
    }
}
