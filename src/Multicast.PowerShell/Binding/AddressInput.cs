namespace Multicast.PowerShell
{
    /// <summary>
    /// An item bound to an address parameter: the address it names, or its error (<see cref="AddressTransformationAttribute"/>).
    /// A value, not an object: a command given a router table of addresses binds one array, not an object an address.
    /// </summary>
    public readonly struct AddressInput
    {
        private AddressInput(object? input, IPAddressValue address, MulticastException? error, bool isRangeStart)
        {
            Input = ParsedInput.AsGiven(input);
            Error = error;
            Address = address;
            IsRangeStart = isRangeStart;
        }

        /// <summary>The item as it was given: the text, the value, or the object piped in (an error's target).</summary>
        public object? Input { get; }

        /// <summary>Why the item could not be read, or null.</summary>
        public MulticastException? Error { get; }

        /// <summary>The address; meaningless when <see cref="Error"/> is set.</summary>
        public IPAddressValue Address { get; }

        /// <summary>True when the item is a range (a GLOP range, an IANA block) that stands for its first address.</summary>
        public bool IsRangeStart { get; }

        internal static AddressInput Valid(object? input, IPAddressValue address, bool isRangeStart = false) => new AddressInput(input, address, null, isRangeStart);

        internal static AddressInput Invalid(object? input, MulticastException error) => new AddressInput(input, default, error, false);

        public override string ToString() => Error is null ? Address.ToString() : (Input?.ToString() ?? string.Empty);
    }
}
