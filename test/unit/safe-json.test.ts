import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson } from '../../src/lib/safe-json.ts';

describe('safeJson', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- comment -->'],
    ['a & b > c'],
    ['line\u2028separator'],
    ['"quotes" and \\backslashes\\'],
  ])('escapes %j so markup cannot start, and round-trips', (s) => {
    const out = safeJson({ s });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ s });
  });
  it('round-trips any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const out = safeJson(v);
      expect(out).not.toMatch(/[<>&]/);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v ?? null)));
    }));
  });
});
