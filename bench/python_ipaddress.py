"""The nearest Python equivalent of ParseAndReadScope: ipaddress.ip_address, is_multicast and a scope read
(the scop nibble for IPv6; the RFC 2365 section 8 ranges for IPv4), over bench/data/addresses-10k.txt.
Prints nanoseconds per address, best of 5 runs. Run: python3 bench/python_ipaddress.py"""
import ipaddress
import os
import time

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "data", "addresses-10k.txt")) as f:
    LINES = f.read().split()

LINK = ipaddress.ip_network("224.0.0.0/24")
LOCAL = ipaddress.ip_network("239.255.0.0/16")
ORG = ipaddress.ip_network("239.192.0.0/14")
ADMIN = ipaddress.ip_network("239.0.0.0/8")


def scope(text):
    ip = ipaddress.ip_address(text)
    if not ip.is_multicast:
        return None
    if ip.version == 6:
        return ip.packed[1] & 0x0F
    if ip in LINK:
        return 2
    if ip in LOCAL:
        return 3
    if ip in ORG:
        return 8
    if ip in ADMIN:
        return None
    return 14


def run():
    total = 0
    for line in LINES:
        s = scope(line)
        if s is not None:
            total += s
    return total


best = None
for _ in range(5):
    start = time.perf_counter_ns()
    run()
    elapsed = time.perf_counter_ns() - start
    best = elapsed if best is None else min(best, elapsed)
print(f"python {os.sys.version.split()[0]} ipaddress parse+is_multicast+scope: {best / len(LINES):.0f} ns/address (best of 5, {len(LINES)} addresses)")
