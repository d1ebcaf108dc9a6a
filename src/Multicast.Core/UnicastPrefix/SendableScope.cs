namespace Multicast
{
    /// <summary>The scope rule every address constructor shares: never build an address nodes must not send to.</summary>
    internal static class SendableScope
    {
        /// <summary>Throws for scop 0 and F (RFC 4291 §2.7); unassigned scopes are for administrators to define, so they pass.</summary>
        public static void Require(MulticastScope scope)
        {
            if (scope == MulticastScope.Reserved0)
            {
                throw new MulticastRuleException(
                    "ScopeReserved",
                    scope,
                    "Scope 0 is reserved: RFC 4291 §2.7 says nodes must not send to it, and receivers drop it. Choose an assigned scope: 1 (InterfaceLocal), 2 (LinkLocal), 3 (RealmLocal) ... E (Global).");
            }

            if (scope == MulticastScope.ReservedF)
            {
                throw new MulticastRuleException(
                    "ScopeReserved",
                    scope,
                    "Scope F is reserved: RFC 4291 §2.7 says nodes should not send to it, and routers treat it as Global. Use Global (E).");
            }
        }
    }
}
