import { describe, expect, it } from 'vitest';
import { networkOf } from '#core/rate-limit';

describe('networkOf: the network a client address is limited with', () => {
  it('is the /24 of an IPv4 address, written plainly or mapped into IPv6', () => {
    expect(networkOf('192.0.2.77')).toBe('192.0.2.0/24');
    expect(networkOf('::ffff:192.0.2.8')).toBe('192.0.2.0/24');
    expect(networkOf('192.0.3.1')).not.toBe(networkOf('192.0.2.1'));
  });

  it('is the /64 of an IPv6 address however it is written', () => {
    const net = '2001:db8:1:2::/64';
    for (const ip of [
      '2001:db8:1:2::1',
      '2001:0DB8:0001:0002:ffff:ffff:ffff:ffff',
      '[2001:db8:1:2::9]',
      'fe80::1%eth0'.replace('fe80', '2001:db8:1:2:0'),
    ]) {
      expect(networkOf(ip), ip).toBe(net);
    }
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('2001:db8:1:3::1')).not.toBe(net);
  });

  it('leaves anything that is not an IP address as its own network', () => {
    expect(networkOf('unknown')).toBe('unknown');
  });
});
