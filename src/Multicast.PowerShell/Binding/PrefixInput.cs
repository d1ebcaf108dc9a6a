namespace Multicast.PowerShell
{
    /// <summary>An item bound to a prefix parameter: the prefix it names, or its error (<see cref="PrefixTransformationAttribute"/>).</summary>
    public sealed class PrefixInput : ParsedInput
    {
        private PrefixInput(object? input, IPPrefix prefix, MulticastException? error)
            : base(input, error)
        {
            Prefix = prefix;
        }

        /// <summary>The prefix; meaningless when <see cref="ParsedInput.Error"/> is set.</summary>
        public IPPrefix Prefix { get; }

        internal static PrefixInput Valid(object? input, IPPrefix prefix) => new PrefixInput(input, prefix, null);

        internal static PrefixInput Invalid(object? input, MulticastException error) => new PrefixInput(input, default, error);

        public override string ToString() => Error is null ? Prefix.ToString() : (Input?.ToString() ?? string.Empty);
    }
}
