import { BlockList, isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// Addresses a server-side fetch must never reach unless an operator allows it: loopback, private
// networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, documentation and
// benchmarking ranges, multicast and reserved space, in IPv4 and IPv6.
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/**
 * The IPv4 address an IPv6 address carries: IPv4-mapped (::ffff:a.b.c.d), IPv4-translated
 * (::ffff:0:a.b.c.d) and the deprecated IPv4-compatible form (::a.b.c.d). URL parsing writes
 * these in hex ([::127.0.0.1] becomes [::7f00:1]), so the test is on the bits, not the text.
 */
function embeddedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = ip.parts;
  const zeros = (n: number) => p.slice(0, n).every((x) => x === 0);
  const carries =
    (zeros(5) && p[5] === 0xffff) || (zeros(4) && p[4] === 0xffff && p[5] === 0) || zeros(6);
  if (!carries) return null;
  return new ipaddr.IPv4([p[6]! >> 8, p[6]! & 255, p[7]! >> 8, p[7]! & 255]);
}

/**
 * True for an address a fetch of a public web page has no business reaching. ipaddr.js parses
 * every textual form and names the special ranges (anything but "unicast" is refused); the
 * BlockList above adds the documentation, benchmarking and transition ranges it calls unicast.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIP(bare)) return true; // not an address at all: refuse rather than guess
  const ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv4') return ip.range() !== 'unicast' || blocked.check(bare, 'ipv4');
  const v4 = embeddedIpv4(ip as ipaddr.IPv6);
  if (v4) return isPrivateAddress(v4.toString());
  return ip.range() !== 'unicast' || blocked.check(bare, 'ipv6');
}
