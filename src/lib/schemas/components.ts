/**
 * Props of the MDX components that carry data (`<KnowledgeCheck>`, `<Scenario>`).
 * Authors write these props by hand inside MDX, so the components validate them
 * at build time and fail with one line per mistake: where, which field, the bad
 * value and the fix.
 */
import { z } from 'zod';
import { scenarioProblems, type ScenarioProblem } from '../scenario.ts';
import { closest } from '../suggest.ts';
import { idSchema } from './common.ts';

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);

/** One answer option of a knowledge-check question. */
export const kcChoiceSchema = z.strictObject({
  /** The option as the learner reads it. */
  text: text('the choice text'),
  /** `true` on exactly one choice per question. */
  correct: z.boolean().optional(),
  /** Why this option is right or wrong; shown after answering. */
  explain: text('the explanation'),
});

/** One question: 2–4 choices, exactly one correct. */
export const kcQuestionSchema = z
  .strictObject({
    /** The question. */
    q: text('the question'),
    /** The options, in the order shown. */
    choices: z.array(kcChoiceSchema).min(2).max(4),
  })
  .superRefine((question, ctx) => {
    const right = question.choices.filter((c) => c.correct === true);
    if (right.length === 1) return;
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: right.length === 0 ? 'none of the choices is marked correct' : `${right.length} choices are marked correct`,
      params: {
        fix: 'mark exactly one choice with correct: true',
        value: (right.length > 0 ? right : question.choices).map((c) => c.text),
      },
    });
  });

/** `<KnowledgeCheck id questions />`. Loose at the top level so framework props never trip it. */
export const knowledgeCheckPropsSchema = z.object({
  /** Unique per page; also the localStorage key. */
  id: idSchema,
  /** 2–4 questions. */
  questions: z.array(kcQuestionSchema).min(2).max(4),
});

/** How well a reply handles the moment. */
export const choiceQualities = ['good', 'okay', 'poor'] as const;

/** One reply the learner can pick at a step. */
export const scenarioChoiceSchema = z.strictObject({
  /** The reply as the agent would say it. */
  text: text('the choice text'),
  /** Id of the step this reply leads to. */
  next: idSchema,
  /** Coaching shown after picking this reply. */
  feedback: text('the feedback'),
  /** good | okay | poor */
  quality: z.enum(choiceQualities),
});

/** One turn of the conversation; either it offers 2–3 replies or it ends the scenario. */
export const scenarioStepSchema = z
  .strictObject({
    /** Unique within the scenario; becomes part of the anchor. */
    id: idSchema,
    /** Who speaks, e.g. "Customer". */
    speaker: text('the speaker'),
    /** What they say. */
    line: text('the line'),
    /** Replies to choose from (not on end steps). */
    choices: z.array(scenarioChoiceSchema).min(2).max(3).optional(),
    /** Marks an end step. */
    end: z.boolean().optional(),
    /** What happened, shown at an end step. */
    outcome: text('the outcome').optional(),
  })
  .superRefine((step, ctx) => {
    const issue = (path: string, message: string, fix: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { fix } });
    if (step.end) {
      if (step.outcome === undefined) issue('outcome', 'an end step needs an outcome', 'add outcome: "what happened"');
      if (step.choices) issue('choices', 'an end step cannot have choices', 'remove choices, or remove end: true');
    } else {
      if (!step.choices) issue('choices', 'a step needs choices or end: true', 'add 2 or 3 choices, or end: true with an outcome');
      if (step.outcome !== undefined) issue('outcome', 'only end steps have an outcome', 'add end: true, or remove outcome');
    }
  });

/** `<Scenario id title steps />`: 4–8 steps, the first is the start. */
export const scenarioPropsSchema = z
  .object({
    /** Unique per page; prefixes every step anchor. */
    id: idSchema,
    /** Shown above the role-play. */
    title: text('the title'),
    /** The conversation; the first step is the start. */
    steps: z.array(scenarioStepSchema).min(4).max(8),
  })
  .superRefine((props, ctx) => {
    // A step with the wrong shape is already reported; its knock-on graph errors would only be noise.
    if (props.steps.some((s) => !s.end === !s.choices)) return;
    for (const p of scenarioProblems(props.steps)) {
      const { message, fix } = graphMessages[p.kind](p);
      ctx.addIssue({ code: 'custom', path: p.path, message, params: { fix, value: p.value } });
    }
  });

export type KnowledgeCheckInput = z.input<typeof knowledgeCheckPropsSchema>;
export type KnowledgeCheckProps = z.output<typeof knowledgeCheckPropsSchema>;
export type KcQuestion = z.output<typeof kcQuestionSchema>;
export type ScenarioInput = z.input<typeof scenarioPropsSchema>;
export type ScenarioProps = z.output<typeof scenarioPropsSchema>;
export type ScenarioStep = z.output<typeof scenarioStepSchema>;
export type ScenarioChoice = z.output<typeof scenarioChoiceSchema>;
export type ChoiceQuality = (typeof choiceQualities)[number];

type Words = { message: string; fix: string };

/** The one table of words for graph problems. */
const graphMessages: Record<ScenarioProblem['kind'], (p: ScenarioProblem) => Words> = {
  'duplicate-step': () => ({ message: 'another step already has this id', fix: 'give every step a unique id' }),
  'unknown-next': (p) => ({
    message: 'names no step in this scenario',
    fix: p.suggestion ? `did you mean "${p.suggestion}"? (step ids: ${p.detail})` : `use one of the step ids: ${p.detail}`,
  }),
  'self-loop': () => ({ message: 'leads back to the same step', fix: 'point next at a different step' }),
  'start-is-end': () => ({ message: 'the first step is the start, so it cannot be an end', fix: 'move the end step later in steps' }),
  'no-end-step': () => ({ message: 'no step has end: true', fix: 'add a step with end: true and an outcome' }),
  'unreachable-step': (p) => ({
    message: 'no choice leads to this step',
    fix: `set some choice's next to "${String(p.value)}", or delete the step`,
  }),
  'dead-end': () => ({
    message: 'every path from this step loops without reaching an end step',
    fix: 'give one of its choices (or a later step) a next that leads to an end step',
  }),
};

/** Every field name the components know, for "did you mean" on typos. */
const knownFields = ['id', 'title', 'questions', 'q', 'choices', 'text', 'correct', 'explain', 'steps', 'speaker', 'line', 'next', 'feedback', 'quality', 'end', 'outcome'];

/** Range hints for arrays, by field name. */
const ranges: Record<string, string> = {
  questions: 'write 2 to 4 questions',
  'questions.choices': 'give each question 2 to 4 choices',
  'steps.choices': 'give each step 2 or 3 choices',
  steps: 'write 4 to 8 steps',
};

/** What a missing field looks like when written, by field name. */
const examples: Record<string, string> = {
  id: 'id="a-unique-id"',
  title: 'title="A short title"',
  questions: 'questions={[ ... ]}',
  q: 'q: "the question"',
  choices: 'choices: [ ... ]',
  text: 'text: "the choice as shown"',
  explain: 'explain: "why this choice is right or wrong"',
  steps: 'steps={[ ... ]}',
  speaker: 'speaker: "Customer"',
  line: 'line: "what they say"',
  next: 'next: "a-step-id"',
  feedback: 'feedback: "coaching shown after the choice"',
  quality: 'quality: "good" (or "okay", "poor")',
};

/** `steps[0].choices[1].next`, in zod's own path formatting. */
export function formatPath(path: readonly PropertyKey[]): string {
  return z.core.toDotPath(path as PropertyKey[]);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 70 ? `${s.slice(0, 67)}...` : s;
}

/** Words for one zod issue; custom issues carry their own fix in `params`. */
function words(issue: z.core.$ZodIssue, value: unknown, field: string): Words {
  const range = ranges[field === 'choices' ? `${String(issue.path[0])}.choices` : field];
  switch (issue.code) {
    case 'custom':
      return { message: issue.message, fix: String(issue.params?.['fix'] ?? 'see the authoring guide') };
    case 'invalid_type':
      return value === undefined
        ? { message: 'is missing', fix: `add ${examples[field] ?? field}` }
        : { message: `must be a ${issue.expected}`, fix: issue.expected === 'boolean' ? `write ${field}: true without quotes` : `write ${field} as a ${issue.expected}` };
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'array') {
        const n = Array.isArray(value) ? value.length : 0;
        return { message: `has ${n} item${n === 1 ? '' : 's'}`, fix: range ?? issue.message };
      }
      return { message: issue.message, fix: 'write some text' };
    case 'invalid_value': {
      const options = issue.values.map((o) => `"${String(o)}"`).join(', ');
      const guess = closest(value, issue.values.map(String));
      return { message: `must be one of ${options}`, fix: guess ? `did you mean "${guess}"?` : `use one of ${options}` };
    }
    case 'invalid_format':
      return { message: 'is not a valid id', fix: issue.message };
    default:
      return { message: issue.message, fix: 'see the authoring guide' };
  }
}

/** One readable line per issue; unknown keys get a line each so every typo is named. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], props: unknown): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = closest(key, knownFields);
        const fix = guess ? `did you mean "${guess}"?` : 'remove it';
        return line(formatPath([...issue.path, key]), 'unknown field', valueAt(props, [...issue.path, key]), fix);
      });
    }
    const params = issue.code === 'custom' ? issue.params : undefined;
    const value = params && 'value' in params ? params['value'] : valueAt(props, issue.path);
    const field = String([...issue.path].reverse().find((k) => typeof k === 'string') ?? 'the field');
    const { message, fix } = words(issue, value, field);
    // An array's size is already in the message; dumping the array would bury it.
    const sized = (issue.code === 'too_small' || issue.code === 'too_big') && Array.isArray(value);
    return [line(formatPath(issue.path) || '(props)', message, sized ? undefined : value, fix)];
  });
}

function line(path: string, message: string, value: unknown, fix: string): string {
  const got = value === undefined ? '' : ` (got ${show(value)})`;
  return `${path}: ${message}${got}. Fix: ${fix}${/[.?!)]$/.test(fix) ? '' : '.'}`;
}

/** Validate a component's props, or throw an Error that lists every mistake. */
export function parseComponentProps<S extends z.ZodType>(
  component: 'KnowledgeCheck' | 'Scenario',
  schema: S,
  props: unknown,
  where?: string,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const id = valueAt(props, ['id']);
  const lines = formatIssues(result.error.issues, props);
  const head = `<${component}${typeof id === 'string' ? ` id="${id}"` : ''}>${where ? ` on ${where}` : ''}`;
  const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
  return fail(`${head} has ${count}:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
}

function fail(message: string): never {
  throw new Error(message);
}

/** Parse `<KnowledgeCheck>` props; `where` is the page path for the error message. */
export function parseKnowledgeCheckProps(props: unknown, where?: string): KnowledgeCheckProps {
  return parseComponentProps('KnowledgeCheck', knowledgeCheckPropsSchema, props, where);
}

/** Parse `<Scenario>` props; `where` is the page path for the error message. */
export function parseScenarioProps(props: unknown, where?: string): ScenarioProps {
  return parseComponentProps('Scenario', scenarioPropsSchema, props, where);
}
