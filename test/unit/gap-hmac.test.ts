import { describe, expect, it } from 'vitest';
import { hmacSha256, hmacSha256Bytes, makePseudonymiser } from '../../src/lib/gap/hmac.ts';

const bytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

// RFC 4231, test cases 1, 2, 3, 4, 6 and 7 (5 is a truncated output).
describe.each([
  {
    key: '0b'.repeat(20),
    data: toHex(utf8('Hi There')),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    key: toHex(utf8('Jefe')),
    data: toHex(utf8('what do ya want for nothing?')),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    key: 'aa'.repeat(20),
    data: 'dd'.repeat(50),
    mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
  },
  {
    key: '0102030405060708090a0b0c0d0e0f10111213141516171819',
    data: 'cd'.repeat(50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  {
    key: 'aa'.repeat(131),
    data: toHex(utf8('Test Using Larger Than Block-Size Key - Hash Key First')),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    key: 'aa'.repeat(131),
    data: toHex(
      utf8(
        'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
      ),
    ),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
])('HMAC-SHA-256, RFC 4231 vector %#', ({ key, data, mac }) => {
  it('matches', () => expect(toHex(hmacSha256Bytes(bytes(key), bytes(data)))).toBe(mac));
});

describe('pseudonyms', () => {
  it('hmacSha256 takes UTF-8 strings', () => {
    expect(hmacSha256('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('are the first 12 hex digits, stable, and depend on the secret', () => {
    const p = makePseudonymiser('Jefe');
    expect(p('what do ya want for nothing?')).toBe('5bdcc146bf60');
    expect(p('what do ya want for nothing?')).toBe('5bdcc146bf60');
    expect(makePseudonymiser('other')('what do ya want for nothing?')).not.toBe('5bdcc146bf60');
  });

  it('handle non-ASCII ids', () => {
    expect(makePseudonymiser('k')('zoë.ødegård@example')).toMatch(/^[0-9a-f]{12}$/);
  });
});
