"""Writes bench/data/addresses-10k.txt: a fixed mix of 10,000 IPv4 and IPv6 addresses, mostly multicast,
that the C# benchmarks and the Python comparison both read. Run again only to change the mix."""
import ipaddress
import random

rng = random.Random(6308)
lines = []
for i in range(10_000):
    kind = i % 10
    if kind < 4:    # IPv4 multicast across 224/4
        lines.append(str(ipaddress.IPv4Address(0xE0000000 | rng.getrandbits(28))))
    elif kind < 5:  # IPv4 unicast
        lines.append(str(ipaddress.IPv4Address(rng.choice([0x0A000000, 0xC0000200, 0xC6336400]) | rng.getrandbits(8))))
    elif kind < 9:  # IPv6 multicast with every flag and scope combination
        high = (0xFF << 120) | (rng.getrandbits(8) << 112) | rng.getrandbits(112)
        lines.append(str(ipaddress.IPv6Address(high)))
    else:           # IPv6 unicast
        lines.append(str(ipaddress.IPv6Address((0x20010DB8 << 96) | rng.getrandbits(64))))

with open("data/addresses-10k.txt", "w", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
