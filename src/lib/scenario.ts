/**
 * The branching role-play as a graph. Steps are nodes, choices are edges to
 * `next`. The checks return problems as data; `schemas/components.ts` turns them
 * into words, so the wording lives in one table.
 */
import { closest } from './suggest.ts';

/**
 * The only parts of a step the graph checks look at. Declared here rather than
 * picked from the props schema, so that schemas/components.ts (which runs these
 * checks) and this file do not import each other.
 */
export interface GraphStep {
  id: string;
  end?: boolean | undefined;
  choices?: ReadonlyArray<{ next: string }> | undefined;
}

/** One thing wrong with the shape of a scenario's graph. */
export interface ScenarioProblem {
  kind:
    | 'duplicate-step'
    | 'unknown-next'
    | 'self-loop'
    | 'start-is-end'
    | 'no-end-step'
    | 'unreachable-step'
    | 'dead-end';
  /** Path inside the props, e.g. `['steps', 0, 'choices', 1, 'next']`. */
  path: (string | number)[];
  /** The offending value as written. */
  value: unknown;
  /** Closest valid value, when one exists. */
  suggestion?: string;
  /** Extra context for the message, e.g. the list of valid step ids. */
  detail?: string;
}

/** The id attribute of a step's section, so no-JS links and the client script agree. */
export function stepAnchor(scenarioId: string, stepId: string): string {
  return `scenario-${scenarioId}-${stepId}`;
}

/** Edges by step id; the first occurrence of a duplicated id wins, as links would. */
function edges(steps: readonly GraphStep[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of steps) {
    if (!out.has(s.id)) out.set(s.id, s.end ? [] : (s.choices ?? []).map((c) => c.next));
  }
  return out;
}

/** Step ids a learner can reach from the first step (the first step included). */
export function reachableSteps(steps: readonly GraphStep[]): Set<string> {
  const graph = edges(steps);
  const start = steps[0]?.id;
  const seen = new Set<string>();
  const todo = start === undefined ? [] : [start];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id) || !graph.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.get(id) ?? []));
  }
  return seen;
}

/** Step ids from which some end step can still be reached (end steps included). */
export function stepsReachingEnd(steps: readonly GraphStep[]): Set<string> {
  const graph = edges(steps);
  const good = new Set(steps.filter((s) => s.end).map((s) => s.id));
  // Fixed point: loops are allowed as long as some way out leads to an end.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, next] of graph) {
      if (!good.has(id) && next.some((n) => good.has(n))) {
        good.add(id);
        grew = true;
      }
    }
  }
  return good;
}

/** End step ids a learner can reach from the first step, in document order. */
export function reachableEnds(steps: readonly GraphStep[]): string[] {
  const reach = reachableSteps(steps);
  return steps.filter((s) => s.end && reach.has(s.id)).map((s) => s.id);
}

/** Every graph problem: bad links first, then what they cause, so the first line is the root cause. */
export function scenarioProblems(steps: readonly GraphStep[]): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const ids = steps.map((s) => s.id);
  const known = [...new Set(ids)];
  const list = known.join(', ');
  steps.forEach((s, i) => {
    if (ids.indexOf(s.id) !== i) problems.push({ kind: 'duplicate-step', path: ['steps', i, 'id'], value: s.id });
  });
  if (steps[0]?.end) problems.push({ kind: 'start-is-end', path: ['steps', 0, 'end'], value: true });
  steps.forEach((s, i) => {
    if (s.end) return;
    (s.choices ?? []).forEach((c, j) => {
      const path = ['steps', i, 'choices', j, 'next'];
      if (c.next === s.id) problems.push({ kind: 'self-loop', path, value: c.next });
      else if (!known.includes(c.next)) {
        const suggestion = closest(c.next, known);
        problems.push({ kind: 'unknown-next', path, value: c.next, detail: list, ...(suggestion ? { suggestion } : {}) });
      }
    });
  });
  // Graph-wide checks only make sense once every link lands somewhere.
  if (problems.length > 0) return problems;
  if (!steps.some((s) => s.end)) return [{ kind: 'no-end-step', path: ['steps'], value: undefined }];
  const reach = reachableSteps(steps);
  const exits = stepsReachingEnd(steps);
  steps.forEach((s, i) => {
    if (!reach.has(s.id)) problems.push({ kind: 'unreachable-step', path: ['steps', i, 'id'], value: s.id });
    else if (!exits.has(s.id)) problems.push({ kind: 'dead-end', path: ['steps', i, 'id'], value: s.id });
  });
  return problems;
}
