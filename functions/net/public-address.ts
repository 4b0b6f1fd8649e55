// Whether an IP address is on the public internet, so that a link an editor gives cannot make the server
// fetch from itself, its network or the cloud's metadata service. Node's net.BlockList holds the ranges and
// also matches an IPv4-mapped IPv6 address (::ffff:127.0.0.1) against the IPv4 ranges.

import { BlockList, isIP } from 'node:net';

/** Ranges no fetch may reach: [network, prefix length, why]. */
const NOT_PUBLIC_V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT, RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (the cloud metadata address 169.254.169.254 is here)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'reserved for protocol assignments'],
  ['192.0.2.0', 24, 'reserved for documentation'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'reserved for benchmarking'],
  ['198.51.100.0', 24, 'reserved for documentation'],
  ['203.0.113.0', 24, 'reserved for documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];

const NOT_PUBLIC_V6: [string, number, string][] = [
  // ::/128 unspecified, ::1 loopback, and the deprecated IPv4-compatible ::a.b.c.d.
  ['::', 96, 'unspecified, loopback or IPv4-compatible'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard-only'],
  ['2001:db8::', 32, 'reserved for documentation'],
  ['fc00::', 7, 'unique local (private; the AWS metadata address fd00:ec2::254 is here)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
];

const ranges = new Map<BlockList, string>();
for (const [list, type] of [
  [NOT_PUBLIC_V4, 'ipv4'],
  [NOT_PUBLIC_V6, 'ipv6'],
] as const) {
  for (const [network, prefix, why] of list) {
    const one = new BlockList();
    one.addSubnet(network, prefix, type);
    ranges.set(one, why);
  }
}

/**
 * Why `address` is not a public address ("loopback", "private (RFC 1918)", …), or null when it is public.
 * Something that is not an IP address at all is never public.
 */
export function nonPublicReason(address: string): string | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [range, why] of ranges) {
    if (range.check(bare, type)) return why;
  }
  return null;
}
