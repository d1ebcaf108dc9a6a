namespace Multicast.PowerShell
{
    /// <summary>An item bound to an address parameter: the address it names, or its error (<see cref="AddressTransformationAttribute"/>).</summary>
    public sealed class AddressInput : ParsedInput
    {
        private AddressInput(object? input, IPAddressValue address, MulticastException? error, bool isRangeStart)
            : base(input, error)
        {
            Address = address;
            IsRangeStart = isRangeStart;
        }

        /// <summary>The address; meaningless when <see cref="ParsedInput.Error"/> is set.</summary>
        public IPAddressValue Address { get; }

        /// <summary>True when the item is a range (a GLOP range, an IANA block) that stands for its first address.</summary>
        public bool IsRangeStart { get; }

        internal static AddressInput Valid(object? input, IPAddressValue address, bool isRangeStart = false) => new AddressInput(input, address, null, isRangeStart);

        internal static AddressInput Invalid(object? input, MulticastException error) => new AddressInput(input, default, error, false);

        public override string ToString() => Error is null ? Address.ToString() : (Input?.ToString() ?? string.Empty);
    }
}
