using System;
using System.Linq;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    public class MadcapRequestRulesTests
    {
        private static readonly DateTime Now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        private static readonly IPAddress Unicast = IPAddress.Parse("192.0.2.1");
        private static readonly IPAddress LocalGroup = IPAddress.Parse("239.255.255.254");
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");
        private static readonly MadcapLeaseIdentifier Lease = new MadcapLeaseIdentifier(new byte[] { 0, 1, 2, 3 });
        private readonly MadcapServerPolicy _policy = new MadcapServerPolicy(new MadcapServerIdentifier(Unicast));

        [Fact]
        public void WellFormedRequests_AreProcessed()
        {
            Assert.Equal(MadcapVerdictKind.Process, Check(GetInfo(), LocalGroup).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(GetInfo(), Unicast).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(Discover(), LocalGroup).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(Request(), Unicast).Kind);
            MadcapMessage multicastRequest = Request();
            multicastRequest.ServerIdentifier = _policy.ServerIdentifier;
            Assert.Equal(MadcapVerdictKind.Process, Check(multicastRequest, LocalGroup).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(new MadcapMessage(MadcapMessageType.Renew, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease, LeaseTime = 60 }, Unicast).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease }, Unicast).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(Request(), null).Kind);
        }

        [Theory]
        [InlineData(MadcapMessageType.Offer)]
        [InlineData(MadcapMessageType.Ack)]
        [InlineData(MadcapMessageType.Nak)]
        public void ServerMessages_AreIgnored(MadcapMessageType type)
        {
            // §2.6: a server never NAKs a NAK; OFFER and ACK come from servers only (§1.5).
            Assert.Equal(MadcapVerdictKind.Ignore, Check(new MadcapMessage(type, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease }, Unicast).Kind);
        }

        [Fact]
        public void WithoutALeaseIdentifier_ThereIsNoOneToAnswer()
        {
            MadcapMessage request = Request();
            request.LeaseIdentifier = null;
            Assert.Equal(MadcapVerdictKind.Ignore, Check(request, Unicast).Kind);
        }

        [Fact]
        public void WithIpsec_OnlyMulticastGetInfoIsHeard()
        {
            // §4: "all the multicast packets except GETINFO MUST be dropped by the MADCAP server".
            _policy.IpsecInUse = true;
            Assert.Equal(MadcapVerdictKind.Process, Check(GetInfo(), LocalGroup).Kind);
            Assert.Equal(MadcapVerdictKind.Ignore, Check(Discover(), LocalGroup).Kind);
            MadcapMessage multicastRequest = Request();
            multicastRequest.ServerIdentifier = _policy.ServerIdentifier;
            Assert.Equal(MadcapVerdictKind.Ignore, Check(multicastRequest, LocalGroup).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(Request(), Unicast).Kind);
        }

        [Theory]
        [InlineData(MadcapMessageType.Renew)]
        [InlineData(MadcapMessageType.Release)]
        public void MulticastRenewOrRelease_IsIgnored(MadcapMessageType type)
        {
            Assert.Equal(MadcapVerdictKind.Ignore, Check(new MadcapMessage(type, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease }, LocalGroup).Kind);
        }

        [Fact]
        public void MulticastGetInfo_OnlyOnTheLocalScopesAddress()
        {
            // §2.11: ignore "GETINFO messages that are not received on the MADCAP Server Multicast Address for IPv4 Local Scope".
            Assert.Equal(MadcapVerdictKind.Ignore, Check(GetInfo(), IPAddress.Parse("239.195.255.254")).Kind);
            _policy.ServesRemoteScopes = true;
            Assert.Equal(MadcapVerdictKind.Process, Check(GetInfo(), IPAddress.Parse("239.195.255.254")).Kind);
        }

        [Fact]
        public void AMulticastRequestForAnotherServer_EndsThisServersOffer()
        {
            MadcapMessage request = Request();
            request.ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("192.0.2.99"));
            Assert.Equal(MadcapVerdictKind.AnotherServerChosen, Check(request, LocalGroup).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(request, Unicast).Kind);
        }

        [Fact]
        public void AMulticastRequestNamingNoServer_IsInvalid()
        {
            MadcapVerdict verdict = Check(Request(), LocalGroup);
            AssertNak(verdict, MadcapErrorCode.InvalidRequest, 2);
        }

        [Theory]
        [InlineData(MadcapOptionCode.OptionRequestList, false)]
        [InlineData(MadcapOptionCode.MulticastScope, true)]
        [InlineData(MadcapOptionCode.Error, false)]
        public void Table5Violations_AreInvalidRequestNamingTheOption(MadcapOptionCode code, bool remove)
        {
            MadcapMessage request = Request();
            if (remove)
            {
                request.MulticastScope = null;
            }
            else if (code == MadcapOptionCode.OptionRequestList)
            {
                request.OptionRequestList = new ushort[] { 9 };
            }
            else
            {
                request.Error = MadcapErrorOption.InvalidRequest();
            }

            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, (ushort)code);
        }

        /// <summary>
        /// Every Table 5 cell of the five client messages, as a server judges them: a MUST NOT option added, or a MUST
        /// option taken away, is Invalid Request naming that option (§2.1.5, §3.17.2); for a DISCOVER it is silence (§2.2);
        /// without a Lease Identifier it is silence, since no NAK can echo one (§2.2.6). A MAY option added is never
        /// refused for itself. Columns as in <see cref="MadcapOptionTableTests"/>: options 1-17, M must, Y may, N must not.
        /// </summary>
        [Theory]
        [InlineData(MadcapMessageType.GetInfo, "NNMNMNNYNNNYNNNNN")]
        [InlineData(MadcapMessageType.Discover, "YNMMNYYNNYYYNYYNN")]
        [InlineData(MadcapMessageType.Request, "YYMMNYYNNYYYNYYNN")]
        [InlineData(MadcapMessageType.Renew, "YNMNNYNNNNYYNYYNN")]
        [InlineData(MadcapMessageType.Release, "NNMNNNNNNNNYNNNNN")]
        public void EveryTable5Cell_OfEveryClientMessage(MadcapMessageType type, string column)
        {
            for (int c = 1; c <= 17; c++)
            {
                var code = (MadcapOptionCode)c;
                char cell = column[c - 1];
                MadcapMessage message = Compliant(type, column);
                Assert.Equal(MadcapVerdictKind.Process, Check(message, null).Kind);
                SetOption(message, code, cell != 'M');
                MadcapVerdict verdict = Check(message, null);
                string what = type + ", option " + c + " " + (cell == 'M' ? "removed" : "added") + ": " + verdict;
                if (cell == 'Y')
                {
                    Assert.False(verdict.Kind == MadcapVerdictKind.Nak && verdict.Error!.ProblemOption == c, what);
                }
                else if (code == MadcapOptionCode.LeaseIdentifier || type == MadcapMessageType.Discover)
                {
                    Assert.True(verdict.Kind == MadcapVerdictKind.Ignore, what);
                }
                else
                {
                    Assert.True(verdict.Kind == MadcapVerdictKind.Nak && verdict.Error!.Code == MadcapErrorCode.InvalidRequest && verdict.Error.ProblemOption == c, what);
                    Assert.Contains("Table 5", verdict.Reason);
                }
            }
        }

        /// <summary>A message of <paramref name="type"/> with exactly the options its column makes MUST.</summary>
        private MadcapMessage Compliant(MadcapMessageType type, string column)
        {
            var message = new MadcapMessage(type, MadcapAddressFamily.IPv4, 7);
            for (int c = 1; c <= 17; c++)
            {
                if (column[c - 1] == 'M')
                {
                    SetOption(message, (MadcapOptionCode)c, true);
                }
            }

            return message;
        }

        /// <summary>Puts a well-formed value of option <paramref name="code"/> in the message, or takes it out.</summary>
        private void SetOption(MadcapMessage message, MadcapOptionCode code, bool present)
        {
            uint now = MadcapTime.FromDateTime(Now);
            switch (code)
            {
                case MadcapOptionCode.LeaseTime: message.LeaseTime = present ? 60u : (uint?)null; break;
                case MadcapOptionCode.ServerIdentifier: message.ServerIdentifier = present ? _policy.ServerIdentifier : null; break;
                case MadcapOptionCode.LeaseIdentifier: message.LeaseIdentifier = present ? Lease : null; break;
                case MadcapOptionCode.MulticastScope: message.MulticastScope = present ? Scope : null; break;
                case MadcapOptionCode.OptionRequestList: message.OptionRequestList = present ? new ushort[] { 9 } : null; break;
                case MadcapOptionCode.StartTime: message.StartTime = present ? now + 3600 : (uint?)null; break;
                case MadcapOptionCode.NumberOfAddressesRequested: message.NumberOfAddressesRequested = present ? new MadcapAddressCount(1, 2) : (MadcapAddressCount?)null; break;
                case MadcapOptionCode.RequestedLanguage: message.RequestedLanguage = present ? "en" : null; break;
                case MadcapOptionCode.MulticastScopeList: message.MulticastScopeList = present ? new MadcapScopeEntry[0] : null; break;
                case MadcapOptionCode.ListOfAddressRanges: message.AddressRanges = present ? new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 1) } : null; break;
                case MadcapOptionCode.CurrentTime: message.CurrentTime = present ? now : (uint?)null; break;
                case MadcapOptionCode.FeatureList: message.FeatureList = present ? new MadcapFeatureList() : null; break;
                case MadcapOptionCode.RetryTime: message.RetryTime = present ? now + 60 : (uint?)null; break;
                case MadcapOptionCode.MinimumLeaseTime: message.MinimumLeaseTime = present ? 60u : (uint?)null; break;
                case MadcapOptionCode.MaximumStartTime: message.MaximumStartTime = present ? now + 7200 : (uint?)null; break;
                case MadcapOptionCode.Error: message.Error = present ? MadcapErrorOption.InvalidRequest() : null; break;
                case MadcapOptionCode.MulticastNestingState: message.NestingState = present ? MadcapNestingState.FromPairs(0, new (int, int)[0]) : null; break;
            }
        }

        [Fact]
        public void AGetInfoWithoutAnOptionRequestList_IsInvalid()
        {
            // §2.2.1: "All GETINFO messages MUST include an Option Request List option."
            MadcapMessage request = GetInfo();
            request.OptionRequestList = null;
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 5);
        }

        [Fact]
        public void StartTimeWithoutCurrentTime_IsInvalid()
        {
            MadcapMessage request = Request();
            request.StartTime = MadcapTime.FromDateTime(Now.AddHours(1));
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 11);
            request.CurrentTime = MadcapTime.FromDateTime(Now);
            Assert.Equal(MadcapVerdictKind.Process, Check(request, Unicast).Kind);
        }

        [Theory]
        [InlineData(1800, false)]
        [InlineData(1801, true)]
        [InlineData(-1800, false)]
        [InlineData(-1801, true)]
        public void ClockSkewBeyondTheAllowance_IsRefusedWithTheServersTime(int skewSeconds, bool refused)
        {
            MadcapMessage request = Request();
            request.CurrentTime = MadcapTime.FromDateTime(Now.AddSeconds(skewSeconds));
            MadcapVerdict verdict = Check(request, Unicast);
            if (refused)
            {
                Assert.Equal(MadcapVerdictKind.Nak, verdict.Kind);
                Assert.Equal(MadcapErrorCode.ExcessiveClockSkew, verdict.Error!.Code);
                Assert.Equal(MadcapTime.FromDateTime(Now), verdict.Error.ServerTime);
            }
            else
            {
                Assert.Equal(MadcapVerdictKind.Process, verdict.Kind);
            }
        }

        [Fact]
        public void MinimumAboveDesired_IsInvalid()
        {
            // §3.8: "the MADCAP server MUST generate and process an Invalid Request error".
            MadcapMessage request = Request();
            request.NumberOfAddressesRequested = new MadcapAddressCount(3, 2);
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 7);
            request.NumberOfAddressesRequested = new MadcapAddressCount(2, 2);
            Assert.Equal(MadcapVerdictKind.Process, Check(request, Unicast).Kind);
        }

        [Fact]
        public void AScopeOrRangeThatIsNotMulticast_IsInvalid()
        {
            MadcapMessage request = Request();
            request.MulticastScope = IPAddress.Parse("10.0.0.0");
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 4);
            request = Request();
            request.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("10.0.0.1"), 1) };
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 10);
            request.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 0) };
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 10);
            request.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.255.255.255"), 2) };
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 10);
            request.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 1) };
            Assert.Equal(MadcapVerdictKind.Process, Check(request, Unicast).Kind);
        }

        [Fact]
        public void UnknownAddressFamily_IsInvalid()
        {
            var request = new MadcapMessage(MadcapMessageType.GetInfo, (MadcapAddressFamily)3, 1) { LeaseIdentifier = Lease, OptionRequestList = new ushort[] { 9 } };
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 0xFFFF);
        }

        [Fact]
        public void RetryAfterRequestedOrRequiredByAClient_IsInvalid()
        {
            // §2.13.2: "The client MUST NOT include the Retry After feature in the requested or required list".
            MadcapMessage request = Request();
            request.FeatureList = new MadcapFeatureList(requested: new ushort[] { 1 });
            AssertNak(Check(request, Unicast), MadcapErrorCode.InvalidRequest, 12);
            request.FeatureList = new MadcapFeatureList(supported: new ushort[] { 1 });
            Assert.Equal(MadcapVerdictKind.Process, Check(request, Unicast).Kind);
        }

        [Fact]
        public void RequiredFeaturesTheServerLacks_AreListed()
        {
            // §3.13: "it MUST generate and process a Required Feature Not Supported error"; §3.17.5 lists them.
            _policy.SupportedFeatures = new ushort[] { 0 };
            MadcapMessage request = Request();
            request.FeatureList = new MadcapFeatureList(required: new ushort[] { 0, 2, 77, 2 });
            MadcapVerdict verdict = Check(request, Unicast);
            Assert.Equal(MadcapErrorCode.RequiredFeatureNotSupported, verdict.Error!.Code);
            Assert.Equal(new ushort[] { 2, 77 }, verdict.Error.UnsupportedFeatures);
            request.FeatureList = new MadcapFeatureList(required: new ushort[] { 0 }, requested: new ushort[] { 2 });
            Assert.Equal(MadcapVerdictKind.Process, Check(request, Unicast).Kind);
        }

        [Fact]
        public void ADiscoverThatWouldBeRefused_IsIgnoredInstead()
        {
            MadcapMessage discover = Discover();
            discover.NumberOfAddressesRequested = new MadcapAddressCount(3, 2);
            MadcapVerdict verdict = Check(discover, LocalGroup);
            Assert.Equal(MadcapVerdictKind.Ignore, verdict.Kind);
            Assert.Contains("§3.8", verdict.Reason);
        }

        [Fact]
        public void Undecodable_GarbledIsIgnored_ReadableIsInvalidRequestNamingTheOption()
        {
            Assert.False(MadcapMessage.TryDecode(new byte[5], out _, out MadcapDecodeError tooShort));
            Assert.Equal(MadcapVerdictKind.Ignore, MadcapRequestRules.CheckUndecodable(tooShort, Unicast, _policy).Kind);

            Assert.False(MadcapMessage.TryDecode(Hex.Parse("00 03 0001 00000009 | 0003 0002 0001 | 0001 0003 000000 | 0000 0000"), out _, out MadcapDecodeError badLength));
            MadcapVerdict verdict = MadcapRequestRules.CheckUndecodable(badLength, Unicast, _policy);
            AssertNak(verdict, MadcapErrorCode.InvalidRequest, 1);
            MadcapMessage nak = MadcapResponses.Nak(badLength, _policy, verdict.Error!);
            Assert.Equal(9u, nak.TransactionId);
            Assert.Equal(new MadcapLeaseIdentifier(new byte[] { 0, 1 }), nak.LeaseIdentifier);
            Assert.Equal(_policy.ServerIdentifier, nak.ServerIdentifier);

            Assert.False(MadcapMessage.TryDecode(Hex.Parse("00 09 0001 00000009 | 0003 0002 0001 | 0000 0000"), out _, out MadcapDecodeError unknownType));
            AssertNak(MadcapRequestRules.CheckUndecodable(unknownType, Unicast, _policy), MadcapErrorCode.InvalidRequest, 0xFFFF);

            Assert.False(MadcapMessage.TryDecode(Hex.Parse("00 06 0001 00000009 | 0003 0002 0001 | 0001 0003 000000 | 0000 0000"), out _, out MadcapDecodeError badNak));
            Assert.Equal(MadcapVerdictKind.Ignore, MadcapRequestRules.CheckUndecodable(badNak, Unicast, _policy).Kind);

            Assert.False(MadcapMessage.TryDecode(Hex.Parse("00 01 0001 00000009 | 0003 0002 0001 | 0001 0003 000000 | 0000 0000"), out _, out MadcapDecodeError badDiscover));
            Assert.Equal(MadcapVerdictKind.Ignore, MadcapRequestRules.CheckUndecodable(badDiscover, LocalGroup, _policy).Kind);

            Assert.False(MadcapMessage.TryDecode(Hex.Parse("00 03 0001 00000009 | 0001 0003 000000 | 0000 0000"), out _, out MadcapDecodeError noLease));
            Assert.Equal(MadcapVerdictKind.Ignore, MadcapRequestRules.CheckUndecodable(noLease, Unicast, _policy).Kind);
            Assert.Throws<ArgumentException>(() => MadcapResponses.Nak(noLease, _policy, MadcapErrorOption.InvalidRequest()));
        }

        [Fact]
        public void AUnicastDiscover_IsIgnored()
        {
            // §1.5, §2.2.2: "DISCOVER messages are always multicast".
            MadcapVerdict verdict = Check(Discover(), Unicast);
            Assert.Equal(MadcapVerdictKind.Ignore, verdict.Kind);
            Assert.Contains("§2.2.2", verdict.Reason);
            Assert.Equal(MadcapVerdictKind.Process, Check(Discover(), null).Kind);
        }

        [Fact]
        public void ASecureServer_IgnoresEveryDiscover()
        {
            // §2.2: "secure servers SHOULD ignore DISCOVER messages"; §4: with IPsec, multicast other than GETINFO is dropped.
            _policy.IpsecInUse = true;
            Assert.Equal(MadcapVerdictKind.Ignore, Check(Discover(), null).Kind);
            Assert.Equal(MadcapVerdictKind.Process, Check(Request(), null).Kind);
        }

        [Theory]
        [InlineData("239.192.0.0", "239.195.255.254", MadcapVerdictKind.Ignore)]
        [InlineData("239.195.0.0", "239.195.255.254", MadcapVerdictKind.Process)]
        [InlineData("233.252.0.0", "239.195.255.254", MadcapVerdictKind.Process)]
        [InlineData("239.192.0.0", "239.255.255.254", MadcapVerdictKind.Process)]
        [InlineData("239.255.0.0", "239.255.255.254", MadcapVerdictKind.Process)]
        [InlineData("239.192.0.0", "239.192.255.254", MadcapVerdictKind.Process)]
        [InlineData("239.195.0.0", "239.192.255.254", MadcapVerdictKind.Ignore)]
        public void AMulticastDiscoverOrRequest_MustMatchOrEncloseTheScopeItArrivedIn(string scope, string group, MadcapVerdictKind expected)
        {
            // §2.11: ignore "DISCOVER and REQUEST messages whose scope does not match or enclose the scope of the MADCAP
            // Server Multicast Address on which the request was received". The Local Scope is within every scope (RFC 2365
            // §6.1) and the global scope encloses all; two other admin scopes only match.
            _policy.ServedScopes = new[]
            {
                new MadcapScopeEntry(IPAddress.Parse("239.195.0.0"), IPAddress.Parse("239.195.255.255"), 255),
                new MadcapScopeEntry(IPAddress.Parse("239.192.0.0"), IPAddress.Parse("239.192.255.255"), 255),
            };
            MadcapMessage discover = Discover();
            discover.MulticastScope = IPAddress.Parse(scope);
            MadcapMessage request = Request();
            request.MulticastScope = IPAddress.Parse(scope);
            request.ServerIdentifier = _policy.ServerIdentifier;

            Assert.Equal(expected, Check(discover, IPAddress.Parse(group)).Kind);
            Assert.Equal(expected, Check(request, IPAddress.Parse(group)).Kind);
            if (expected == MadcapVerdictKind.Ignore)
            {
                Assert.Contains("§2.11", Check(request, IPAddress.Parse(group)).Reason);
                _policy.ServesRemoteScopes = true;
                Assert.Equal(MadcapVerdictKind.Process, Check(request, IPAddress.Parse(group)).Kind);
            }
        }

        [Theory]
        [InlineData("ff18::", "ff15::1:2", MadcapVerdictKind.Process)]
        [InlineData("ff15::", "ff15::1:2", MadcapVerdictKind.Process)]
        [InlineData("ff14::", "ff15::1:2", MadcapVerdictKind.Ignore)]
        public void AnIPv6Scope_EnclosesTheScopesOfNoLargerValue(string scope, string group, MadcapVerdictKind expected)
        {
            // RFC 4007 §5: a zone of a smaller scope falls within zones of larger scope; a configured group stands for its own scope.
            var discover = new MadcapMessage(MadcapMessageType.Discover, MadcapAddressFamily.IPv6, 1) { LeaseIdentifier = Lease, MulticastScope = IPAddress.Parse(scope) };
            Assert.Equal(expected, Check(discover, IPAddress.Parse(group)).Kind);
        }

        [Fact]
        public void AnUnreadableMulticastGetInfo_IsIgnoredWhereAReadableOneWouldBe()
        {
            // The §2.11 gate holds for requests the decoder refused: a malformed GETINFO on 239.195.255.254 gets no NAK.
            byte[] badGetInfo = Hex.Parse("00 08 0001 00000009 | 0003 0002 0001 | 0005 0001 09 | 0000 0000");
            Assert.False(MadcapMessage.TryDecode(badGetInfo, out _, out MadcapDecodeError error));
            Assert.Equal(MadcapVerdictKind.Ignore, MadcapRequestRules.CheckUndecodable(error, IPAddress.Parse("239.195.255.254"), _policy).Kind);
            AssertNak(MadcapRequestRules.CheckUndecodable(error, LocalGroup, _policy), MadcapErrorCode.InvalidRequest, 5);
            AssertNak(MadcapRequestRules.CheckUndecodable(error, Unicast, _policy), MadcapErrorCode.InvalidRequest, 5);
        }

        [Fact]
        public void AnUnreadableMulticastRequest_IsIgnored_SinceItMayHaveChosenAnotherServer()
        {
            byte[] badRequest = Hex.Parse("00 03 0001 00000009 | 0003 0002 0001 | 0001 0003 000000 | 0000 0000");
            Assert.False(MadcapMessage.TryDecode(badRequest, out _, out MadcapDecodeError error));
            Assert.Equal(MadcapVerdictKind.Ignore, MadcapRequestRules.CheckUndecodable(error, LocalGroup, _policy).Kind);
            AssertNak(MadcapRequestRules.CheckUndecodable(error, Unicast, _policy), MadcapErrorCode.InvalidRequest, 1);
        }

        [Fact]
        public void ADiscoverFromASkewedClock_IsIgnored_WithTheReasonNamingTheClockSkewRule()
        {
            // §2.12 says "MUST generate and process an Excessive Clock Skew error"; processing is §2.6's, and §2.2 has servers
            // ignore a DISCOVER they cannot satisfy, so the error is not sent as a NAK from every server on the group.
            MadcapMessage discover = Discover();
            discover.CurrentTime = MadcapTime.FromDateTime(Now.AddHours(2));
            MadcapVerdict verdict = Check(discover, LocalGroup);
            Assert.Equal(MadcapVerdictKind.Ignore, verdict.Kind);
            Assert.Contains("§2.12", verdict.Reason);
            Assert.Contains("§2.2", verdict.Reason);
        }

        [Fact]
        public void AMulticastRequestNamingAnotherAddressOfThisServer_IsForThisServer()
        {
            MadcapMessage request = Request();
            request.ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("192.0.2.77"));
            Assert.Equal(MadcapVerdictKind.AnotherServerChosen, Check(request, LocalGroup).Kind);
            _policy.OtherIdentifiers = new[] { new MadcapServerIdentifier(IPAddress.Parse("192.0.2.77")) };
            Assert.Equal(MadcapVerdictKind.Process, Check(request, LocalGroup).Kind);
        }

        private MadcapVerdict Check(MadcapMessage request, IPAddress? receivedOn) => MadcapRequestRules.Check(request, receivedOn, _policy, Now);

        private static void AssertNak(MadcapVerdict verdict, MadcapErrorCode code, ushort option)
        {
            Assert.Equal(MadcapVerdictKind.Nak, verdict.Kind);
            Assert.Equal(code, verdict.Error!.Code);
            Assert.Equal(option, verdict.Error.ProblemOption);
            Assert.False(string.IsNullOrEmpty(verdict.Reason));
        }

        private static MadcapMessage GetInfo() =>
            new MadcapMessage(MadcapMessageType.GetInfo, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease, OptionRequestList = new ushort[] { 9 }, RequestedLanguage = "en" };

        private static MadcapMessage Discover() =>
            new MadcapMessage(MadcapMessageType.Discover, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease, MulticastScope = Scope, LeaseTime = 3600 };

        private static MadcapMessage Request() =>
            new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 2) { LeaseIdentifier = Lease, MulticastScope = Scope, LeaseTime = 3600 };
    }
}
