namespace Multicast.PowerShell
{
    /// <summary>
    /// The value of a -Scope parameter (<see cref="ScopeTransformationAttribute"/> reads every form). Not the enum
    /// itself, because PowerShell completes an enum parameter with its names in alphabetical order and ignores the
    /// parameter's completer; this lets <see cref="ScopeCompleter"/> offer the common scopes first.
    /// </summary>
    public sealed class ScopeInput
    {
        private static readonly ScopeInput[] All = Create();

        private ScopeInput(MulticastScope value)
        {
            Value = value;
        }

        public MulticastScope Value { get; }

        /// <summary>The one instance for each scop value.</summary>
        public static ScopeInput Of(MulticastScope scope) => All[(int)scope & 0xF];

        public override string ToString() => Value.ToString();

        private static ScopeInput[] Create()
        {
            var all = new ScopeInput[16];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = new ScopeInput((MulticastScope)i);
            }

            return all;
        }
    }
}
