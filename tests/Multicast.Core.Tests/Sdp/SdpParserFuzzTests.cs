using System;
using System.Collections.Generic;
using System.Text;
using Multicast.Sdp;

namespace Multicast.Tests.Sdp
{
    /// <summary>Damaged descriptions give warnings, never exceptions, and can always be shown again as text.</summary>
    public class SdpParserFuzzTests
    {
        [Fact]
        public void MutatedDescriptionsNeverThrow()
        {
            string[] lines =
            {
                "v=0", "o=jdoe 3724394400 3724394405 IN IP4 192.0.2.1", "s=Seminar", "i=Info", "u=http://example.com/", "e=a@example.com",
                "p=+1 617 555-6011", "c=IN IP4 233.252.0.1/127/2", "b=CT:128", "t=3724394400 3730536000", "r=7d 1h 0 25h", "z=3730928400 -1h 3749680800 0",
                "k=prompt", "a=recvonly", "m=video 49170/2 RTP/AVP 31", "i=Slides", "c=IN IP6 ff0e::db8:0:101/2", "b=AS:64", "a=rtpmap:31 H261/90000",
            };
            const string alphabet = "vosiuepcbtrzkam=/: 0123456789.-dhmsIN IP4IP6ff::\r\n\0\u00e9\u00ff";
            var random = new Random(8866);
            int warnings = 0;
            for (int i = 0; i < 100_000; i++)
            {
                var chosen = new List<string>(lines);
                for (int edits = random.Next(1, 4); edits > 0; edits--)
                {
                    int at = random.Next(chosen.Count);
                    switch (random.Next(5))
                    {
                        case 0:
                            chosen.RemoveAt(at);
                            break;
                        case 1:
                            chosen.Insert(random.Next(chosen.Count + 1), lines[random.Next(lines.Length)]);
                            break;
                        case 2:
                            var chars = chosen[at].ToCharArray();
                            if (chars.Length > 0)
                            {
                                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                            }

                            chosen[at] = new string(chars);
                            break;
                        case 3:
                            chosen[at] = chosen[at].Substring(0, random.Next(chosen[at].Length + 1));
                            break;
                        default:
                            chosen[at] += alphabet[random.Next(alphabet.Length)];
                            break;
                    }

                    if (chosen.Count == 0)
                    {
                        break;
                    }
                }

                string text = string.Join(random.Next(2) == 0 ? "\r\n" : "\n", chosen);
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                if (random.Next(10) == 0 && bytes.Length > 0)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                SessionDescription sdp = SessionDescription.Parse(bytes, 0, bytes.Length);
                warnings += sdp.Warnings.Count;
                Assert.NotNull(sdp.ToString());
                try
                {
                    sdp.ToSdp();
                }
                catch (MulticastRuleException)
                {
                    // A description the RFC forbids may be refused by the strict writer, and only so.
                }
            }

            Assert.True(warnings > 100_000);
        }
    }
}
