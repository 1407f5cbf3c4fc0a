import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/suggest.ts';

const ids = ['empathy', 'active-listening', 'de-escalation', 'crm-tools', 'bot-handover'];

describe('closest', () => {
  it.each([
    ['empathie', 'empathy'],
    ['deescalation', 'de-escalation'],
    ['De-Escalation', 'de-escalation'],
    ['active-listning', 'active-listening'],
    ['crm', 'crm-tools'],
    ['handover', 'bot-handover'],
    ['quantum-physics', undefined],
    [42, undefined],
  ])('%s → %s', (input, expected) => expect(closest(input, ids)).toBe(expected));
  it('gives nothing for an empty list', () => expect(closest('x', [])).toBeUndefined());
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s vs %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});
