import { describe, expect, it } from 'vitest';
import { runJoin } from '../../src/lib/gap/join.ts';
import { joinOutputSchema, JOIN_OUTPUT_VERSION } from '../../src/lib/schemas/join-output.ts';
import { goldenFixtures } from '../fixtures/gap/fixtures.ts';
import { makeModel, obs, weights } from '../fixtures/gap/model.ts';

const secret = 'test-secret-not-for-production';
const paths = { minGap: 0.25, minShareBelow: 0.5 };

describe.each(goldenFixtures)('golden join: $name', ({ name, individualRows, observations }) => {
  const input = {
    observations: observations(),
    model: makeModel(),
    settings: { weights, k: 5, individualRows, paths },
    secret,
  };
  const result = runJoin(input);

  it('matches the stored snapshot', async () => {
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(
      `../fixtures/gap/${name}.snap.json`,
    );
  });

  it('produces output that parses with the published schema', () => {
    const out = { version: JOIN_OUTPUT_VERSION, inputs: { contentHash: 'x', exportsHash: 'y' }, ...result };
    expect(joinOutputSchema.safeParse(out).error).toBeUndefined();
  });

  it('never writes a raw agent id or email', () => {
    const json = JSON.stringify(result);
    const agents = [...new Set(input.observations.map((o) => o.agent))];
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(json).not.toMatch(new RegExp(`(?<![\\w@.-])${agent.replace(/[.@]/g, '\\$&')}(?![\\w@.-])`));
    if (agents.some((a) => a.includes('@'))) expect(json).not.toContain('@');
  });
});

it('has a golden fixture whose agents are emails, so the email check above can fail', () => {
  expect(goldenFixtures.some((f) => f.observations().some((o) => o.agent.includes('@')))).toBe(true);
});

describe('runJoin', () => {
  const model = makeModel();
  const observations = ['a', 'b', 'c', 'd', 'e'].map((a) =>
    obs('qa', '2026-Q1', a, 'voice-support', 'empathy', 2),
  );

  it('refuses individual rows without a secret', () => {
    expect(() =>
      runJoin({
        observations,
        model,
        settings: { weights, k: 5, individualRows: true, paths },
        secret: '',
      }),
    ).toThrow(/secret/);
  });

  it('keys rows by the first 12 hex digits of HMAC-SHA-256(secret, id)', () => {
    const { reports } = runJoin({
      observations,
      model,
      settings: { weights, k: 5, individualRows: true, paths },
      secret: 'Jefe',
    });
    const ids = reports
      .find((r) => r.team === 'voice-support')!
      .cycles[0]!.agents!.map((r) => r.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(5);
  });

  it('accepts an injected pseudonymiser', () => {
    const { reports } = runJoin({
      observations,
      model,
      settings: { weights, k: 5, individualRows: true, paths },
      secret: '',
      pseudonymise: (id) => `00000000000${id}`.slice(-12).replace(/[^0-9a-f]/g, '0'),
    });
    expect(reports.find((r) => r.team === 'voice-support')!.cycles[0]!.agents).toHaveLength(5);
  });

  it('returns one report and one plan per team, sorted by team id', () => {
    const { reports, plans } = runJoin({
      observations,
      model,
      settings: { weights, k: 5, individualRows: false, paths },
      secret,
    });
    expect(reports.map((r) => r.team)).toEqual(['billing-support', 'escalations', 'voice-support']);
    expect(plans.map((p) => p.team)).toEqual(['billing-support', 'escalations', 'voice-support']);
    expect(plans[0]).toMatchObject({
      basis: 'role',
      cycle: null,
    });
    expect(plans[0]!.steps.length).toBeGreaterThan(0);
    expect(reports[0]!.cycles[0]?.agents).toBeUndefined();
  });
});
