/**
 * Props of the MDX components that carry data (`<KnowledgeCheck>`, `<Scenario>`).
 * Authors write these props by hand inside MDX, so the components validate them
 * at build time and fail with one line per mistake: where, which field, the bad
 * value and the fix.
 */
import { z } from 'zod';
import { describeProblem } from '../problems.ts';
import { scenarioProblems } from '../scenario.ts';
import { valueAt, zodProblems, type RuleParams } from '../zod-problems.ts';
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
    const params: RuleParams = { kind: 'kc-correct', value: right.length, detail: right.map((c) => JSON.stringify(c.text)).join(', ') };
    ctx.addIssue({ code: 'custom', path: ['choices'], message: 'kc-correct', params });
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
    const issue = (path: string, kind: RuleParams['kind']) => ctx.addIssue({ code: 'custom', path: [path], message: kind, params: { kind } });
    if (step.end) {
      if (step.outcome === undefined) issue('outcome', 'end-needs-outcome');
      if (step.choices) issue('choices', 'end-has-choices');
    } else {
      if (!step.choices) issue('choices', 'step-needs-choices');
      if (step.outcome !== undefined) issue('outcome', 'outcome-not-end');
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
      const params: RuleParams = { kind: p.kind, value: p.value, ...(p.suggestion ? { suggestion: p.suggestion } : {}), ...(p.detail ? { detail: p.detail } : {}) };
      ctx.addIssue({ code: 'custom', path: p.path, message: p.kind, params });
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
  const problems = zodProblems({ file: where ?? '', schema, valueAt: (path) => valueAt(props, path), fieldPrefix: `<${component}> ` }, result.error);
  const head = `<${component}${typeof id === 'string' ? ` id="${id}"` : ''}>${where ? ` on ${where}` : ''}`;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  throw new Error(`${head} has ${count}:\n${problems.map((p) => `  - ${describeProblem(p)}`).join('\n')}`);
}

/** Parse `<KnowledgeCheck>` props; `where` is the page path for the error message. */
export function parseKnowledgeCheckProps(props: unknown, where?: string): KnowledgeCheckProps {
  return parseComponentProps('KnowledgeCheck', knowledgeCheckPropsSchema, props, where);
}

/** Parse `<Scenario>` props; `where` is the page path for the error message. */
export function parseScenarioProps(props: unknown, where?: string): ScenarioProps {
  return parseComponentProps('Scenario', scenarioPropsSchema, props, where);
}
