// The one loader between the join and the pages: every way its file can be wrong is one clear line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JoinOutputError, loadJoinOutput, writeJoinOutput } from '../../src/join-output-fs.ts';

const result = {
  reports: [],
  plans: [],
  overview: { k: 5, skills: [], heatmap: [], biggestGaps: [], backlog: [], teams: [] },
  asOf: null,
};

describe('loadJoinOutput', () => {
  let dir: string;
  let content: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gapwise-join-'));
    content = path.join(dir, 'content');
    mkdirSync(path.join(content, 'assessments'), { recursive: true });
    writeFileSync(path.join(content, 'settings.yaml'), 'privacy: { k: 5 }\n');
    Object.assign(process.env, { GAPWISE_OUT: path.join(dir, 'out'), GAPWISE_CONTENT: content, GAPWISE_ASSESSMENTS: path.join(content, 'assessments') });
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(dir, { recursive: true, force: true });
  });
  const file = () => path.join(dir, 'out', 'join.json');
  const fails = (pattern: RegExp) => {
    expect(() => loadJoinOutput()).toThrow(JoinOutputError);
    expect(() => loadJoinOutput()).toThrow(pattern);
    expect(() => loadJoinOutput()).toThrow(/Fix: run `npm run paths`/);
  };

  it('reads what the join wrote', () => {
    writeJoinOutput(path.join(dir, 'out'), result);
    expect(loadJoinOutput().overview.k).toBe(5);
  });
  it('says when the file is missing', () => fails(/join\.json: the join's output is missing/));
  it('says when the file is not JSON', () => {
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(file(), '{"version": 2,');
    fails(/not valid JSON/);
  });
  it('says when an older join wrote it', () => {
    writeJoinOutput(path.join(dir, 'out'), result);
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('"version": 2', '"version": 1'));
    fails(/older version of the join/);
  });
  it('names the field that does not fit the schema', () => {
    writeJoinOutput(path.join(dir, 'out'), result);
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('"k": 5', '"k": "five"'));
    fails(/overview\.k: /);
  });
  it('says what changed when the output is stale', () => {
    writeJoinOutput(path.join(dir, 'out'), result);
    writeFileSync(path.join(content, 'assessments', 'new.csv'), 'a,b\n');
    fails(/stale: the assessment exports changed/);
    writeJoinOutput(path.join(dir, 'out'), result);
    writeFileSync(path.join(content, 'settings.yaml'), 'privacy: { k: 6 }\n');
    fails(/stale: the content or settings changed/);
  });
});
