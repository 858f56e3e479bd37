import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './address-policy';

describe('addresses a guidance fetch may not reach', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '[::1]',
    'fe80::1%eth0',
    'not-an-ip',
    '::127.0.0.1',
    '::ffff:0:127.0.0.1',
    '::ffff:0:7f00:1',
    '::7f00:1',
    '::a9fe:a9fe',
    '64:ff9b::7f00:1',
  ])('refuses %s', (a) => expect(isPrivateAddress(a)).toBe(true));

  // The host of a guidance URL as the fetch sees it: URL parsing rewrites the embedded IPv4 in hex.
  it.each(['http://[::127.0.0.1]/', 'http://[::ffff:0:127.0.0.1]/', 'http://[::ffff:127.0.0.1]/'])(
    'refuses the host of %s',
    (u) => expect(isPrivateAddress(new URL(u).hostname)).toBe(true),
  );

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows public %s',
    (a) => expect(isPrivateAddress(a)).toBe(false),
  );
});
