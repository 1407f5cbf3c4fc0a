import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, fieldPath, findCycles, type RawContent } from '../../src/lib/content-check.ts';
import { loadContent } from '../../src/lib/content-fs.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';

const TODAY = '2026-11-23';

function rawFrom(root: string): RawContent {
  const read = (f: string) => ({ file: path.join(root, f), text: readFileSync(path.join(root, f), 'utf8') });
  const dir = (d: string) => readdirSync(path.join(root, d)).filter((n) => n.endsWith('.mdx')).sort().map((n) => read(path.join(d, n)));
  return { skills: read('skills.yaml'), roles: read('roles.yaml'), teams: read('teams.yaml'), modules: dir('modules'), kb: dir('kb') };
}

const lines = (raw: RawContent) => sortProblems(checkContent(raw, TODAY).problems).map(formatProblem);

describe('checkContent on fixtures', () => {
  it('accepts the good fixture and builds the model', () => {
    const { model, problems } = checkContent(rawFrom('test/fixtures/content-good'), TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model?.modules.map((m) => m.id)).toEqual(['de-escalation-essentials', 'empathy-basics']);
    expect(model?.modules[0]?.data.reviewBy).toBe('2027-06-01');
  });

  it('locks the wording of every error in the broken fixture', () => {
    expect(lines(rawFrom('test/fixtures/broken-content'))).toMatchSnapshot();
  });

  it('accepts the real sample content, translations and interface strings included, without errors', async () => {
    const { model, problems } = await loadContent('content', TODAY);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(model!.modules.length).toBeGreaterThanOrEqual(12);
    expect(model!.kb.length).toBeGreaterThanOrEqual(10);
    expect(model!.skills.length).toBeGreaterThanOrEqual(10);
  });
});

const good = rawFrom('test/fixtures/content-good');
const edit = (file: string, from: string, to: string): RawContent => {
  const swap = (f: { file: string; text: string }) => (f.file.endsWith(file) ? { ...f, text: f.text.replace(from, to) } : f);
  return { skills: swap(good.skills), roles: swap(good.roles), teams: swap(good.teams), modules: good.modules.map(swap), kb: good.kb.map(swap) };
};

describe.each([
  ['unknown skill in a role', 'roles.yaml', 'skill: empathy,', 'skill: empathie,', 'roles[0].targets[0].skill', 'did you mean "empathy"'],
  ['unknown audience role', 'de-escalation-essentials.mdx', 'audience: [frontline-agent]', 'audience: [frontline-agnt]', 'audience[0]', 'did you mean "frontline-agent"'],
  ['unknown KB skill', 'refunds.mdx', 'skills: [de-escalation]', 'skills: [escalation]', 'skills[0]', 'did you mean "de-escalation"'],
  ['band going down', 'empathy-basics.mdx', 'to: 3', 'to: 1', 'skills[0].to', '"to" must be higher'],
  ['bad format', 'empathy-basics.mdx', 'formats: [self-paced]', 'formats: [webinar]', 'formats[0]', 'self-paced, role-play'],
  ['bad date', 'empathy-basics.mdx', 'reviewBy: 2027-06-01', 'reviewBy: 01/06/2027', 'reviewBy', 'YYYY-MM-DD'],
  ['missing title', 'empathy-basics.mdx', 'title: Empathy basics\n', '', 'title', 'add "title" to the frontmatter'],
  ['broken link', 'empathy-basics.mdx', '/courses/de-escalation-essentials/', '/courses/de-escalation-essentails/', 'body', 'did you mean "/courses/de-escalation-essentials/"'],
  ['duplicate skill id', 'skills.yaml', 'id: de-escalation', 'id: empathy', 'skills[1].id', 'unique id'],
  ['YAML syntax', 'teams.yaml', 'name: Voice support,', 'name: [Voice support,', undefined, 'fix the YAML syntax'],
])('%s', (_name, file, from, to, field, text) => {
  it('is reported with file, line, field and fix', () => {
    const { problems, model } = checkContent(edit(file, from, to), TODAY);
    const errors = problems.filter((p) => p.severity === 'error');
    // A duplicate id also orphans references to the id it replaced; find the one under test.
    const p = errors.find((e) => e.field === field)!;
    expect(p).toBeDefined();
    expect(p.file.endsWith(file)).toBe(true);
    expect(p.line).toBeGreaterThan(0);
    expect(p.field).toBe(field);
    expect(formatProblem(p)).toContain(text);
    expect(model).toBeNull();
  });
});

describe('prerequisite cycles', () => {
  it('finds a cycle and reports the chain', () => {
    const raw = edit('empathy-basics.mdx', 'formats: [self-paced]', 'formats: [self-paced]\nprerequisites: [de-escalation-essentials]');
    const p = checkContent(raw, TODAY).problems.find((x) => x.kind === 'prerequisite-cycle');
    expect(formatProblem(p!)).toContain('de-escalation-essentials → empathy-basics → de-escalation-essentials');
  });
  it.each([
    [{ a: ['b'], b: [] }, []],
    [{ a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
    [{ a: ['a'] }, [['a', 'a']]],
    [{ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }, [['a', 'b', 'c', 'a']]],
  ])('findCycles(%j)', (graph, cycles) => {
    expect(findCycles(new Map(Object.entries(graph)))).toEqual(cycles);
  });
});

describe('freshness', () => {
  it('warns about a past reviewBy without failing', () => {
    const { problems, model } = checkContent(good, TODAY);
    expect(problems.map((p) => [p.kind, p.severity])).toEqual([['review-overdue', 'warning']]);
    expect(model).not.toBeNull();
  });
});

describe('fieldPath', () => {
  it.each([
    [['skills', 1, 'skill'], 'skills[1].skill'],
    [['title'], 'title'],
    [[], ''],
  ])('%j → %s', (p, s) => expect(fieldPath(p)).toBe(s));
});
