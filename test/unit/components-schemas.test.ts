import { describe, expect, it } from 'vitest';
import { parseKnowledgeCheckProps, parseScenarioProps } from '../../src/lib/schemas/components.ts';
import { fieldPath } from '../../src/lib/zod-problems.ts';
import { checkBodies } from '../../src/lib/mdx-check.ts';
import { describeProblem } from '../../src/lib/problems.ts';

const choice = (text: string, correct = false) => ({ text, explain: `Because ${text}.`, ...(correct ? { correct } : {}) });
const question = (q: string) => ({ q, choices: [choice('Explain the policy'), choice('Acknowledge the feeling', true)] });
const kc = (over: Record<string, unknown> = {}) => ({ id: 'deesc-check', questions: [question('First?'), question('Then?')], ...over });

const reply = (next: string, quality = 'good') => ({ text: `Go to ${next}`, next, feedback: `Leads to ${next}.`, quality });
const step = (id: string, ...next: string[]) => ({ id, speaker: 'Customer', line: `Line ${id}`, choices: next.map((n) => reply(n)) });
const end = (id: string) => ({ id, speaker: 'Customer', line: `Line ${id}`, end: true, outcome: `Outcome ${id}` });
const steps = () => [step('start', 'restart', 'check'), step('restart', 'check', 'angry'), end('check'), end('angry')];
const scenario = (over: Record<string, unknown> = {}) => ({ id: 'broadband-outage', title: 'A third outage', steps: steps(), ...over });

/** Run the parser and return the thrown message, so snapshots lock the wording. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the props to be rejected');
}

/** Copy props and change one nested value: edit(p => p.steps[0].choices[1].next = 'x'). */
function edit<T>(value: T, change: (v: any) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

describe('fieldPath', () => {
  it.each([
    [['steps', 0, 'choices', 1, 'next'], 'steps[0].choices[1].next'],
    [['id'], 'id'],
    [[], ''],
  ])('%j -> %s', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });
});

describe('KnowledgeCheck props', () => {
  it('accepts the example from the authoring guide', () => {
    const parsed = parseKnowledgeCheckProps(kc());
    expect(parsed.questions).toHaveLength(2);
    expect(parsed.questions[0]?.choices[1]?.correct).toBe(true);
  });

  it.each([
    ['two correct answers', kc({ questions: [question('A?'), edit(question('B?'), (q) => (q.choices[0].correct = true))] })],
    ['zero correct answers', kc({ questions: [question('A?'), edit(question('B?'), (q) => delete q.choices[1].correct)] })],
    ['one question only', kc({ questions: [question('A?')] })],
    ['five questions', kc({ questions: ['A', 'B', 'C', 'D', 'E'].map(question) })],
    ['one choice', kc({ questions: [question('A?'), { q: 'B?', choices: [choice('Only', true)] }] })],
    ['five choices', kc({ questions: [question('A?'), { q: 'B?', choices: ['a', 'b', 'c', 'd'].map((t) => choice(t)).concat(choice('e', true)) }] })],
    ['missing explain', edit(kc(), (p) => delete p.questions[0].choices[0].explain)],
    ['typo in a field name', edit(kc(), (p) => (p.questions[1].choices[0].explaination = p.questions[1].choices[0].explain))],
    ['correct written as a string', edit(kc(), (p) => (p.questions[0].choices[1].correct = 'true'))],
    ['empty question', edit(kc(), (p) => (p.questions[0].q = '  '))],
    ['id not kebab-case', kc({ id: 'Deesc Check' })],
    ['no id', kc({ id: undefined })],
  ])('%s', (_name, props) => {
    expect(messageOf(() => parseKnowledgeCheckProps(props, '/courses/de-escalation-essentials/'))).toMatchSnapshot();
  });
});

describe('Scenario props', () => {
  it('accepts a valid branching scenario', () => {
    const parsed = parseScenarioProps(scenario());
    expect(parsed.steps.map((s) => s.id)).toEqual(['start', 'restart', 'check', 'angry']);
  });

  it('accepts a loop that still has a way out', () => {
    const loop = [step('start', 'restart', 'check'), step('restart', 'start', 'angry'), end('check'), end('angry')];
    expect(() => parseScenarioProps(scenario({ steps: loop }))).not.toThrow();
  });

  it.each([
    ['choice next names no step', edit(scenario(), (p) => (p.steps[0].choices[1].next = 'chek'))],
    ['choice next far from any step', edit(scenario(), (p) => (p.steps[1].choices[0].next = 'escalate-to-manager'))],
    ['unreachable step', scenario({ steps: [...steps(), end('orphan')] })],
    ['branch with no end', scenario({ steps: [step('start', 'loop-a', 'check'), step('loop-a', 'loop-b', 'loop-b'), step('loop-b', 'loop-a', 'loop-a'), end('check')] })],
    ['no end step at all', scenario({ steps: [step('start', 'b', 'c'), step('b', 'c', 'start'), step('c', 'b', 'start'), step('d', 'b', 'c')] })],
    ['duplicate step id', scenario({ steps: [...steps(), end('check')] })],
    ['choice leads back to its own step', edit(scenario(), (p) => (p.steps[1].choices[0].next = 'restart'))],
    ['first step is an end', scenario({ steps: [end('start'), step('restart', 'check', 'angry'), end('check'), end('angry')] })],
    ['bad quality', edit(scenario(), (p) => (p.steps[0].choices[0].quality = 'great'))],
    ['end step without outcome', edit(scenario(), (p) => delete p.steps[2].outcome)],
    ['end step with choices', edit(scenario(), (p) => (p.steps[3].choices = [reply('check'), reply('start')]))],
    ['step with neither choices nor end', edit(scenario(), (p) => delete p.steps[1].choices)],
    ['one choice only', edit(scenario(), (p) => p.steps[0].choices.pop())],
    ['four choices', edit(scenario(), (p) => p.steps[0].choices.push(reply('angry'), reply('check')))],
    ['three steps', scenario({ steps: [step('start', 'a', 'b'), end('a'), end('b')] })],
    ['nine steps', scenario({ steps: [step('start', 's1', 'e'), ...[1, 2, 3, 4, 5, 6, 7].map((n) => step(`s${n}`, `s${n + 1}`, 'e')).slice(0, 6), step('s7', 'e', 'e'), end('e')] })],
    ['unknown field on a step', edit(scenario(), (p) => (p.steps[2].outcomes = 'x'))],
    ['missing title', scenario({ title: undefined })],
  ])('%s', (_name, props) => {
    expect(messageOf(() => parseScenarioProps(props, '/courses/de-escalation-essentials/'))).toMatchSnapshot();
  });
});

describe('one pipeline for props mistakes', () => {
  it('words a mistake the same in npm run check and in the build', () => {
    const props = scenario({ steps: [...steps().slice(0, 3), { ...end('angry'), outcome: undefined }] });
    const body = `<Scenario id="${props.id}" title="${props.title}" steps={${JSON.stringify(props.steps)}} />\n`;
    const checked = checkBodies([{ file: 'm.mdx', bodyLine: 1, body, page: '/courses/m/' }], new Set(['/courses/m/'])).map(describeProblem);
    const built = messageOf(() => parseScenarioProps(props)).split('\n').slice(1).map((l) => l.replace(/^ {2}- /, ''));
    expect(checked).toEqual(built);
    expect(built).toEqual(['<Scenario> steps[3].outcome: an end step needs an outcome. Fix: add outcome: "what happened" (README#components)']);
  });
});
