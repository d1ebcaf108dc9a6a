using System;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    public class MadcapOptionTableTests
    {
        /// <summary>
        /// RFC 2730 Table 5 typed again column by column (the implementation has it row by row), options 1-17 in
        /// order: M must, Y may, N must not. Option 17 is RFC 2907 §3.3's Nesting State.
        /// </summary>
        [Theory]
        [InlineData(MadcapExchangeStep.GetInfo, "NNMNMNNYNNNYNNNNN")]
        [InlineData(MadcapExchangeStep.AckToGetInfo, "NMMNNNNNYNYYNNNNY")]
        [InlineData(MadcapExchangeStep.Discover, "YNMMNYYNNYYYNYYNN")]
        [InlineData(MadcapExchangeStep.Offer, "MMMMNYNNNYYYNNNNN")]
        [InlineData(MadcapExchangeStep.Request, "YYMMNYYNNYYYNYYNN")]
        [InlineData(MadcapExchangeStep.AckToRequest, "MMMMNYNNNMYYYNNNN")]
        [InlineData(MadcapExchangeStep.Renew, "YNMNNYNNNNYYNYYNN")]
        [InlineData(MadcapExchangeStep.AckToRenew, "MMMMNYNNNMYYYNNNN")]
        [InlineData(MadcapExchangeStep.Release, "NNMNNNNNNNNYNNNNN")]
        [InlineData(MadcapExchangeStep.AckToRelease, "NMMNNNNNNNNYNNNNN")]
        [InlineData(MadcapExchangeStep.Nak, "NMMNNNNNNNNYNNNMN")]
        public void EveryCell_IsTable5(MadcapExchangeStep step, string column)
        {
            for (int code = 1; code <= 17; code++)
            {
                MadcapOptionUse expected = column[code - 1] switch { 'M' => MadcapOptionUse.Must, 'Y' => MadcapOptionUse.May, _ => MadcapOptionUse.MustNot };
                Assert.True(expected == MadcapOptionTable.Use(step, (MadcapOptionCode)code), step + ", option " + code);
            }
        }

        [Fact]
        public void AMulticastRequest_MustNameItsServer()
        {
            // §2.2.4 and Table 5: Server Identifier "MUST (if multicast)".
            Assert.Equal(MadcapOptionUse.Must, MadcapOptionTable.Use(MadcapExchangeStep.Request, MadcapOptionCode.ServerIdentifier, multicast: true));
            Assert.Equal(MadcapOptionUse.May, MadcapOptionTable.Use(MadcapExchangeStep.Request, MadcapOptionCode.ServerIdentifier, multicast: false));
            Assert.Equal(MadcapOptionUse.MustNot, MadcapOptionTable.Use(MadcapExchangeStep.Discover, MadcapOptionCode.ServerIdentifier, multicast: true));
        }

        [Fact]
        public void UnknownOptions_AreAlwaysAllowed()
        {
            Assert.Equal(MadcapOptionUse.May, MadcapOptionTable.Use(MadcapExchangeStep.Release, (MadcapOptionCode)18));
            Assert.Equal(MadcapOptionUse.May, MadcapOptionTable.Use(MadcapExchangeStep.Nak, (MadcapOptionCode)0xFFFF));
        }

        [Fact]
        public void Violations_NameTheFirstOptionMissingOrForbidden()
        {
            var release = new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 1);
            Assert.True(MadcapOptionTable.TryFindViolation(release, MadcapExchangeStep.Release, false, out MadcapOptionCode code, out bool missing));
            Assert.Equal(MadcapOptionCode.LeaseIdentifier, code);
            Assert.True(missing);

            release.LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0 });
            Assert.False(MadcapOptionTable.TryFindViolation(release, MadcapExchangeStep.Release, false, out _, out _));

            release.CurrentTime = 5;
            Assert.True(MadcapOptionTable.TryFindViolation(release, MadcapExchangeStep.Release, false, out code, out missing));
            Assert.Equal(MadcapOptionCode.CurrentTime, code);
            Assert.False(missing);

            release.CurrentTime = null;
            release.UnknownOptions.Add(new MadcapRawOption(99, new byte[0]));
            Assert.False(MadcapOptionTable.TryFindViolation(release, MadcapExchangeStep.Release, false, out _, out _));
        }

        [Fact]
        public void NestingState_OnlyWithAScopeList()
        {
            // RFC 2907 §3.3: "it MUST NOT be included without the Multicast Scope List option".
            var ack = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 1)
            {
                LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0 }),
                ServerIdentifier = new MadcapServerIdentifier(IPAddress.Loopback),
                NestingState = MadcapNestingState.FromPairs(0, new (int, int)[0]),
            };
            Assert.True(MadcapOptionTable.TryFindViolation(ack, MadcapExchangeStep.AckToGetInfo, false, out MadcapOptionCode code, out _));
            Assert.Equal(MadcapOptionCode.MulticastNestingState, code);
            ack.MulticastScopeList = new MadcapScopeEntry[0];
            Assert.False(MadcapOptionTable.TryFindViolation(ack, MadcapExchangeStep.AckToGetInfo, false, out _, out _));
        }

        [Fact]
        public void Steps_OfRequestsAndTheirAcks()
        {
            Assert.Equal(MadcapExchangeStep.AckToGetInfo, MadcapOptionTable.AckTo(MadcapMessageType.GetInfo));
            Assert.Equal(MadcapExchangeStep.AckToRelease, MadcapOptionTable.AckTo(MadcapMessageType.Release));
            Assert.Throws<ArgumentOutOfRangeException>(() => MadcapOptionTable.AckTo(MadcapMessageType.Discover));
            Assert.True(MadcapOptionTable.TryStepOfRequest(MadcapMessageType.Renew, out MadcapExchangeStep step));
            Assert.Equal(MadcapExchangeStep.Renew, step);
            Assert.False(MadcapOptionTable.TryStepOfRequest(MadcapMessageType.Offer, out _));
            Assert.False(MadcapOptionTable.TryStepOfRequest(MadcapMessageType.Ack, out _));
            Assert.False(MadcapOptionTable.TryStepOfRequest(MadcapMessageType.Nak, out _));
        }
    }
}
