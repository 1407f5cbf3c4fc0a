#!/usr/bin/env node
// Deterministic synthetic data (seeded PRNG; no real people). Usage:
//   node scripts/gen-fixtures.ts --sample                       rewrite content/assessments/*
//   node scripts/gen-fixtures.ts --agents 10000 --skills 50 --sources 4 --out bench-out/join
//   node scripts/gen-fixtures.ts --modules 1000 --kb 500 --out bench-out/site
// The scale modes write a matching content folder to <out>/content and the exports
// to <out>/assessments; bench-join imports the functions below.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { courseText } from './lib/corpus.ts';

/** A small seeded PRNG (mulberry32): the same seed always gives the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal noise (sum of uniforms), mean 0, sd ≈ sd. */
function noise(r: () => number, sd: number): number {
  return (r() + r() + r() + r() - 2) * sd * 1.73;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const pad = (n: number, w = 3) => String(n).padStart(w, '0');
const round1 = (x: number) => Math.round(x * 10) / 10;

/** One file to write, relative to an output folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** A native export as text: header pretty-printed, one result per line (diff-friendly). */
export function nativeText(header: Record<string, unknown>, agents: unknown[], results: unknown[]): string {
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  const lines = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return `${head},\n  "agents": [\n${lines(agents)}\n  ],\n  "results": [\n${lines(results)}\n  ]\n}\n`;
}

// ---------------------------------------------------------------- sample mode

const NAMES = ['Amber', 'Birch', 'Cedar', 'Dune', 'Ember', 'Fern', 'Garnet', 'Hazel', 'Indigo', 'Juniper', 'Kestrel', 'Linden', 'Maple', 'Nettle', 'Olive', 'Pebble', 'Quartz', 'Rowan', 'Sage', 'Thistle', 'Umber', 'Violet', 'Willow', 'Yarrow'];

const SAMPLE_TEAMS: Array<[team: string, size: number]> = [
  ['voice-support', 16],
  ['chat-support', 16],
  ['escalations', 12],
  ['team-leads', 6],
  ['billing-support', 12],
];

const FRONTLINE_SKILLS = [
  'empathy',
  'active-listening',
  'de-escalation',
  'emotional-regulation',
  'written-communication',
  'spoken-communication',
  'problem-solving',
  'first-contact-resolution',
  'bot-handover',
  'product-knowledge',
  'policy-changes',
  'crm-tools',
];

/** The story in the sample data: where each team starts (2026-Q2) and what moves by Q3. */
const BASELINE: Record<string, Record<string, number>> = {
  'voice-support': { 'de-escalation': 2.2, 'spoken-communication': 3.4, 'product-knowledge': 2.9 },
  'chat-support': { 'written-communication': 2.1, 'bot-handover': 2.7, 'spoken-communication': 2.6 },
  'escalations': { 'bot-handover': 2.2, 'de-escalation': 3.9, 'problem-solving': 3.6, 'empathy': 3.7, 'coaching-feedback': 2.4 },
  'team-leads': { 'coaching-feedback': 3.1, 'emotional-regulation': 3.6, 'policy-changes': 3.2 },
  'billing-support': { 'policy-changes': 2.3, 'product-knowledge': 2.7, 'crm-tools': 3.4 },
};
const Q3_LIFT: Record<string, Record<string, number>> = {
  'voice-support': { 'de-escalation': 0.9 },
  'chat-support': { 'written-communication': 0.3 },
  'escalations': { 'bot-handover': 0.5 },
};
const SOURCE_BIAS: Record<string, number> = { self: 0.35, manager: 0, qa: -0.15, peer: 0.15, quiz: 0.1 };

interface SampleAgent {
  id: string;
  name: string;
  email: string;
  team: string;
  /** Personal offset from the team mean. */
  offset: number;
}

function sampleAgents(): SampleAgent[] {
  const r = rng(17);
  const out: SampleAgent[] = [];
  let n = 0;
  for (const [team, size] of SAMPLE_TEAMS) {
    for (let i = 0; i < size; i++) {
      n++;
      out.push({
        id: `a${pad(n)}`,
        name: `Agent ${NAMES[n % NAMES.length]} ${pad(n)}`,
        email: `agent${pad(n)}@example.test`,
        team,
        offset: noise(r, 0.35),
      });
    }
  }
  return out;
}

function skillsOf(team: string): string[] {
  return team === 'escalations' || team === 'team-leads' ? [...FRONTLINE_SKILLS, 'coaching-feedback'] : FRONTLINE_SKILLS;
}

/** The "true" level of an agent in a skill and cycle, before source bias and noise. */
function trueLevel(a: SampleAgent, skill: string, cycle: string): number {
  const base = BASELINE[a.team]?.[skill] ?? 3.1;
  const lift = cycle === '2026-Q3' ? 0.1 + (Q3_LIFT[a.team]?.[skill] ?? 0) : 0;
  return base + lift + a.offset;
}

const cycleDate = (r: () => number, cycle: string) => {
  const month = (cycle.endsWith('Q2') ? 4 : 7) + Math.floor(r() * 3);
  return `2026-${pad(month, 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;
};

/** Every committed sample export, deterministic, with a handful of deliberate mistakes. */
export function sampleFiles(): GeneratedFile[] {
  const agents = sampleAgents();
  const r = rng(2026);
  const files: GeneratedFile[] = [];
  const roster = (xs: SampleAgent[]) => xs.map((a) => ({ id: a.id, name: a.name, email: a.email, team: a.team }));
  const likert = (x: number) => clamp(Math.round(x), 1, 5);

  // Manager assessments, both cycles, 1–5.
  for (const cycle of ['2026-Q2', '2026-Q3']) {
    const results: unknown[] = [];
    for (const a of agents) {
      // Two team leads joined late: no manager view of their coaching yet (n < k shows suppression).
      const newLead = a.team === 'team-leads' && (a.id === 'a049' || a.id === 'a050');
      const day = cycleDate(r, cycle);
      for (const skill of skillsOf(a.team)) {
        if (newLead && skill === 'coaching-feedback') continue;
        results.push({ agent: a.id, skill, score: likert(trueLevel(a, skill, cycle) + SOURCE_BIAS.manager! + noise(r, 0.35)), assessedAt: day });
      }
    }
    if (cycle === '2026-Q2') (results[5] as { score: number }).score = 6; // deliberate: outside 1–5
    if (cycle === '2026-Q3') results.push({ agent: 'a063', skill: 'empathy', score: 3, assessedAt: '2026-08-14' }); // deliberate: unknown agent
    files.push({
      path: `native-manager-${cycle}.json`,
      text: nativeText({ source: 'manager', cycle, exportedAt: cycle === '2026-Q2' ? '2026-07-02' : '2026-10-01', scale: { min: 1, max: 5 } }, roster(agents), results),
    });
  }

  // Self-assessment survey, both cycles, 1–5; about 80% respond.
  for (const cycle of ['2026-Q2', '2026-Q3']) {
    const respondents = agents.filter(() => r() < 0.8);
    const results: Array<Record<string, unknown>> = [];
    for (const a of respondents) {
      const day = cycleDate(r, cycle);
      for (const skill of skillsOf(a.team)) {
        if (a.team === 'team-leads' && skill === 'coaching-feedback') continue;
        results.push({ agent: a.id, skill, score: likert(trueLevel(a, skill, cycle) + SOURCE_BIAS.self! + noise(r, 0.5)), assessedAt: day });
      }
    }
    if (cycle === '2026-Q2') results[40]!.assessedAt = '2026-06-31'; // deliberate: no 31 June
    if (cycle === '2026-Q3') results[17]!.skill = 'deescalation'; // deliberate: typo in skill id
    files.push({
      path: `native-self-${cycle}.json`,
      text: nativeText({ source: 'self', cycle, exportedAt: cycle === '2026-Q2' ? '2026-07-01' : '2026-09-30', scale: { min: 1, max: 5 } }, roster(respondents), results),
    });
  }

  // QA in Q2 came from the old tool as native JSON on 0–100; frontline teams only.
  {
    const cycle = '2026-Q2';
    const qaAgents = agents.filter((a) => a.team !== 'team-leads');
    const results: unknown[] = [];
    for (const a of qaAgents) {
      for (let k = 0; k < 2; k++) {
        const day = cycleDate(r, cycle);
        for (const skill of QA_SKILLS) {
          if (skill === 'written-communication' && a.team === 'voice-support') continue;
          if (skill === 'spoken-communication' && a.team === 'chat-support') continue;
          results.push({ agent: a.id, skill, score: toPercent(trueLevel(a, skill, cycle) + SOURCE_BIAS.qa! + noise(r, 0.4)), assessedAt: day });
        }
      }
    }
    files.push({ path: 'native-qa-2026-Q2.json', text: nativeText({ source: 'qa', cycle, exportedAt: '2026-07-03T08:15:00Z', scale: { min: 0, max: 100 } }, roster(qaAgents), results) });
  }

  // Pre/post tests around two modules run in Q3.
  for (const source of ['pre', 'post'] as const) {
    const results: unknown[] = [];
    const cohort = agents.filter((a) => a.team === 'voice-support' || a.team === 'escalations');
    for (const a of cohort) {
      const [module, skill, pre, post] = a.team === 'voice-support' ? ['de-escalation-essentials', 'de-escalation', 2.1, 3.3] : ['taking-over-from-the-bot', 'bot-handover', 2.0, 2.9];
      const base = source === 'pre' ? pre : post;
      results.push({ agent: a.id, skill, module, score: round1(clamp(base + a.offset * 0.5 + noise(r, 0.3), 1, 5)), assessedAt: source === 'pre' ? '2026-07-06' : '2026-08-17' });
    }
    files.push({
      path: `native-${source}-2026-Q3.json`,
      text: nativeText({ source, cycle: '2026-Q3', exportedAt: '2026-08-31', scale: { min: 1, max: 5 } }, roster(cohort), results),
    });
  }

  files.push(retentionDesk());
  // Files added later draw from their own seeds, so the older samples stay byte for byte.
  files.push(rosterCsv(agents));
  files.push(lrsActivity(agents, rng(71)));
  files.push(zendeskQa(agents, rng(72)));
  files.push(...maestroQa(agents, rng(73)));
  files.push(qaScorecardCsv(agents, r));
  files.push(peerCsv(agents, r));
  files.push(...quizStatements(agents, r));
  files.push(...taipeiDesk(rng(74)));
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * A new desk of three agents (below k: no figures, the role's path) whose export
 * carries hostile names on purpose — markup, quotes, a spreadsheet formula — to
 * prove that no name reaches a page or a CSV.
 */
function retentionDesk(): GeneratedFile {
  const agents = [
    { id: 'r001', name: `Sam "<script>alert('x')</script>" O'Neill`, email: 'sam.oneill@example.test', team: 'retention' },
    { id: 'r002', name: 'Ana <img src=x onerror=alert(1)>', email: 'ana.r@example.test', team: 'retention' },
    { id: 'r003', name: 'Ben "=HYPERLINK(""http://x.test"")"', email: 'ben.r@example.test', team: 'retention' },
  ];
  const levels: Record<string, number[]> = {
    'empathy': [3, 2, 3],
    'active-listening': [2, 3, 3],
    'de-escalation': [2, 2, 3],
    'spoken-communication': [3, 3, 2],
    'product-knowledge': [2, 3, 2],
  };
  const results = agents.flatMap((a, i) => Object.entries(levels).map(([skill, v]) => ({ agent: a.id, skill, score: v[i], assessedAt: '2026-09-10' })));
  return {
    path: 'native-manager-retention-2026-Q3.json',
    text: nativeText({ source: 'manager', cycle: '2026-Q3', exportedAt: '2026-10-01', scale: { min: 1, max: 5 } }, agents, results),
  };
}

/**
 * A Traditional Chinese desk in Taipei (teams.yaml locale zh-TW) with six agents
 * and manager assessments in two cycles, so that its path and dashboard show
 * figures in zh-Hant. Its people are in its own native export's roster.
 */
function taipeiDesk(r: () => number): GeneratedFile[] {
  const agents = Array.from({ length: 6 }, (_, i) => ({ id: `t00${i + 1}`, name: `台北客服 ${i + 1}`, email: `tpe${i + 1}@example.test`, team: 'taipei-support' }));
  const base: Record<string, number> = { 'empathy': 2.4, 'active-listening': 2.6, 'de-escalation': 2.2, 'first-contact-resolution': 2.1, 'product-knowledge': 3.1, 'spoken-communication': 3.2 };
  return (['2026-Q2', '2026-Q3'] as const).map((cycle, c) => {
    const results = agents.flatMap((a) =>
      Object.entries(base).map(([skill, level]) => ({ agent: a.id, skill, score: round1(clamp(level + c * 0.4 + noise(r, 0.6), 1, 5)), assessedAt: c === 0 ? '2026-06-12' : '2026-09-11' })),
    );
    return {
      path: `native-manager-taipei-${cycle}.json`,
      text: nativeText({ source: 'manager', cycle, exportedAt: c === 0 ? '2026-06-30' : '2026-09-30', scale: { min: 1, max: 5 } }, agents, results),
    };
  });
}

/** The roster: every agent with the aliases other tools use (a Zendesk QA user id, an LRS account name). */
function rosterCsv(agents: SampleAgent[]): GeneratedFile {
  const rows = agents.map((a) => `${a.id},${a.team},zd-${2000 + Number(a.id.slice(1))}|lrs-${a.id},${a.email}`);
  return { path: 'roster.csv', text: ['id,team,aliases,email', ...rows].join('\n') + '\n' };
}

const VERB = (v: string) => ({ id: `http://adlnet.gov/expapi/verbs/${v}`, display: { 'en-GB': v } });

/**
 * What an LRS really exports, as newline-delimited JSON: most statements measure
 * nothing (launched, initialized, progressed, experienced, completed without a
 * score, terminated) and are skipped; one pass is voided later; answers map
 * through their parent activity, and one through its grouping.
 */
function lrsActivity(agents: SampleAgent[], r: () => number): GeneratedFile {
  const iri = `${LMS}/de-escalation-essentials/check`;
  const lines: Array<Record<string, unknown>> = [];
  let n = 0;
  const st = (a: SampleAgent, verb: string, extra: Record<string, unknown> = {}) => {
    n++;
    const day = `2026-08-${pad(3 + (n % 20), 2)}`;
    lines.push({ id: `00000000-0000-4000-8500-${pad(n, 12)}`, actor: { objectType: 'Agent', account: { homePage: 'https://lms.brightline.example', name: `lrs-${a.id}` } }, verb: VERB(verb), object: { objectType: 'Activity', id: iri }, timestamp: `${day}T09:${pad(n % 60, 2)}:00Z`, ...extra });
  };
  for (const a of agents.filter((x) => x.team === 'voice-support')) {
    const level = clamp(trueLevel(a, 'de-escalation', '2026-Q3') + noise(r, 0.4), 1, 5);
    const scaled = Math.round(((level - 1) / 4) * 100) / 100;
    for (const verb of ['launched', 'initialized', 'experienced', 'progressed']) st(a, verb);
    st(a, 'progressed', { result: { score: { scaled: 0.5 } } }); // a score on a progress verb measures nothing
    st(a, 'answered', { object: { objectType: 'Activity', id: `${iri}/question-1` }, context: { contextActivities: { parent: [{ id: iri }] } }, result: { score: { scaled }, success: true } });
    st(a, 'passed', { result: { score: { scaled }, success: true, completion: true } });
    st(a, 'completed', { result: { completion: true } });
    st(a, 'terminated');
  }
  const first = lines.find((l) => (l.verb as { id: string }).id.endsWith('/passed'))!;
  lines.push({ ...first, id: '00000000-0000-4000-8500-999999999999', verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-GB': 'voided' } }, object: { objectType: 'StatementRef', id: first.id } });
  return { path: 'lrs-activity-2026-Q3.ndjson', text: lines.map((l) => JSON.stringify(l)).join('\n') + '\n' };
}

/** Zendesk QA's review export, chat support in Q3: one row per review and rating category. */
function zendeskQa(agents: SampleAgent[], r: () => number): GeneratedFile {
  const categories: Array<[string, string, string, number, boolean]> = [
    ['Empathy', 'cat-101', 'empathy', 4, false],
    ['Tone of voice', 'cat-102', 'written-communication', 4, false],
    ['Solution', 'cat-103', 'first-contact-resolution', 4, false],
    ['GPS (grammar, punctuation, spelling)', 'cat-104', '', 4, false],
    ['Data protection', 'cat-105', 'policy-changes', 1, true],
  ];
  const header = 'Review ID,Review date,Reviewee,Reviewee email,Reviewee ID,Reviewer,Scorecard,Category,Category ID,Rating,Scale max,Critical,Comment';
  const rows: string[] = [];
  let review = 0;
  for (const a of agents.filter((x) => x.team === 'chat-support')) {
    for (let k = 0; k < 2; k++) {
      review++;
      const day = `2026-09-${pad(1 + Math.floor(r() * 28), 2)}`;
      for (const [name, id, skill, max, critical] of categories) {
        const level = clamp(trueLevel(a, skill || 'written-communication', '2026-Q3') + noise(r, 0.4), 1, 5);
        const rating = r() < 0.08 ? 'N/A' : max === 1 ? (level >= 2.5 ? '1' : '0') : String(clamp(Math.round(1 + ((level - 1) / 4) * (max - 1)), 1, max));
        rows.push([`ZQA-${pad(review, 5)}`, day, a.name, a.email, `zd-${2000 + Number(a.id.slice(1))}`, 'QA Lead 01', 'Chat scorecard', `"${name}"`, id, rating, String(max), critical ? 'TRUE' : 'FALSE', ''].join(','));
      }
    }
  }
  return { path: 'zendesk-qa-reviews-2026-Q3.csv', text: [header, ...rows].join('\r\n') + '\r\n' };
}

/** MaestroQA's raw-score export, billing support in Q3: scores (who, when) and answers joined on gradable_id; European dates. */
function maestroQa(agents: SampleAgent[], r: () => number): GeneratedFile[] {
  const questions: Array<[string, string, string, string, number, boolean]> = [
    ['q-11', "Verified the customer's identity", 'Compliance', 'policy-changes', 1, true],
    ['q-12', "Acknowledged the customer's concern", 'Soft skills', 'empathy', 3, false],
    ['q-13', 'Explained the bill in plain words', 'Soft skills', 'spoken-communication', 3, false],
    ['q-14', 'Logged the call in Compass', 'Process', 'crm-tools', 2, false],
  ];
  const scores = ['gradable_id,agent_email,grader_email,date_graded,rubric,total_score,auto_failed'];
  const answers = ['gradable_id,question_id,question,section,score,max_score,na,auto_fail'];
  let g = 0;
  for (const a of agents.filter((x) => x.team === 'billing-support')) {
    for (let k = 0; k < 2; k++) {
      g++;
      const id = `G-${pad(7000 + g, 6)}`;
      let autoFailed = false;
      let total = 0;
      for (const [qid, text, section, skill, max, autoFail] of questions) {
        const level = clamp(trueLevel(a, skill, '2026-Q3') + noise(r, 0.4), 1, 5);
        const na = !autoFail && r() < 0.1;
        const score = na ? '' : String(clamp(Math.round(((level - 1) / 4) * max), 0, max));
        if (autoFail && score === '0') autoFailed = true;
        total += na ? 0 : Number(score);
        answers.push([id, qid, `"${text}"`, section, score, String(max), na ? 'TRUE' : 'FALSE', autoFail ? 'TRUE' : 'FALSE'].join(','));
      }
      const day = `${pad(1 + Math.floor(r() * 28), 2)}/${pad(7 + Math.floor(r() * 3), 2)}/2026`;
      scores.push([id, a.email, 'qa.lead@example.test', day, 'Billing calls', String(autoFailed ? 0 : total), autoFailed ? 'TRUE' : 'FALSE'].join(','));
    }
  }
  return [
    { path: 'maestroqa-answers-2026-Q3.csv', text: answers.join('\n') + '\n' },
    { path: 'maestroqa-scores-2026-Q3.csv', text: scores.join('\n') + '\n' },
  ];
}

const QA_SKILLS = ['empathy', 'active-listening', 'de-escalation', 'written-communication', 'spoken-communication', 'first-contact-resolution', 'bot-handover', 'policy-changes', 'crm-tools'];
const QA_COLUMNS: Record<string, string> = {
  'empathy': 'Empathy',
  'active-listening': 'Active listening',
  'de-escalation': 'De-escalation',
  'written-communication': 'Written clarity',
  'spoken-communication': 'Spoken clarity',
  'first-contact-resolution': 'Resolution',
  'bot-handover': 'Bot handover',
  'policy-changes': 'Policy accuracy',
  'crm-tools': 'CRM notes',
};
const toPercent = (level: number) => Math.round(clamp((level - 1) * 25, 0, 100) * 2) / 2;

/** QA scorecards, Q3, as the Compass QA module exports them: BOM, CRLF, `;`, decimal commas. */
function qaScorecardCsv(agents: SampleAgent[], r: () => number): GeneratedFile {
  const cycle = '2026-Q3';
  const header = ['Evaluation ID', 'Agent ID', 'Agent name', 'Channel', 'Evaluation date', 'Quarter', ...QA_SKILLS.map((s) => QA_COLUMNS[s]!), 'Reviewer comment'];
  const rows: string[][] = [];
  let n = 0;
  for (const a of agents.filter((x) => x.team !== 'team-leads')) {
    for (let k = 0; k < 2; k++) {
      n++;
      const channel = a.team === 'voice-support' ? 'voice' : a.team === 'chat-support' ? 'chat' : k === 0 ? 'voice' : 'email';
      const cells = QA_SKILLS.map((skill) => {
        if (skill === 'written-communication' && channel === 'voice') return '';
        if (skill === 'spoken-communication' && channel !== 'voice') return '';
        return String(toPercent(trueLevel(a, skill, cycle) + SOURCE_BIAS.qa! + noise(r, 0.4))).replace('.', ',');
      });
      const comment = n % 9 === 0 ? '"Good recovery; customer said ""thanks, that helped""\nFollow up on notes"' : n % 4 === 0 ? '"Check tone; slightly rushed"' : '';
      rows.push([`QA-26Q3-${pad(n, 4)}`, a.id, a.name, channel, cycleDate(r, cycle), cycle, ...cells, comment]);
    }
  }
  const lines = rows.map((row) => row.join(';'));
  lines.splice(11, 0, lines[10]!); // deliberate: the same evaluation exported twice
  lines.splice(30, 0, `QA-26Q3-9999;a020;Agent Fern 020;chat;2026-08-03`); // deliberate: row cut short
  return { path: 'qa-scorecards-2026-Q3.csv', text: `\ufeff${[header.join(';'), ...lines].join('\r\n')}\r\n` };
}

/** 360 peer survey, Q3: one row per rater and competency, `,`-separated, 1–4 scale. */
function peerCsv(agents: SampleAgent[], r: () => number): GeneratedFile {
  const cycle = '2026-Q3';
  const competencies = ['empathy', 'active-listening', 'problem-solving', 'first-contact-resolution'];
  const lines = ['response_id,subject_id,subject_team,competency,rating,submitted_at,cycle,respondent_role'];
  let n = 0;
  for (const a of agents) {
    for (let rater = 0; rater < 3; rater++) {
      const day = cycleDate(r, cycle);
      n++;
      for (const skill of competencies) {
        const level = trueLevel(a, skill, cycle) + SOURCE_BIAS.peer! + noise(r, 0.5);
        const rating = clamp(Math.round(1 + ((level - 1) * 3) / 4), 1, 4);
        const team = a.id === 'a030' && rater === 2 ? 'chat-suport' : a.team; // deliberate: typo in team id
        lines.push([`R${pad(n, 4)}`, a.id, team, skill, rating, day, cycle, rater === 0 ? '"peer, same shift"' : 'peer'].join(','));
      }
    }
  }
  return { path: 'peer-360-2026-Q3.csv', text: `${lines.join('\n')}\n` };
}

const LMS = 'https://lms.brightline.example/xapi/activities';
/** Activity IRIs used by the sample LRS exports; content/settings.yaml maps the same ones. */
export const SAMPLE_ACTIVITIES: Record<string, { module?: string; skill?: string }> = {
  [`${LMS}/empathy-foundations/check`]: { module: 'empathy-foundations' },
  [`${LMS}/de-escalation-essentials/check`]: { module: 'de-escalation-essentials' },
  [`${LMS}/writing-clear-replies/check`]: { module: 'writing-clear-replies' },
  [`${LMS}/policy-change-briefings/check`]: { module: 'policy-change-briefings' },
  [`${LMS}/compass-crm-power-user/check`]: { module: 'compass-crm-power-user' },
  [`${LMS}/product-quiz/fibre-and-hub`]: { skill: 'product-knowledge' },
  [`${LMS}/bot-handover-check`]: { skill: 'bot-handover' },
};

/** Quiz results from the LRS: Q2 as a bare array with account names and scaled scores; Q3 as {statements} with mbox and raw scores. */
function quizStatements(agents: SampleAgent[], r: () => number): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  const activities = Object.entries(SAMPLE_ACTIVITIES);
  for (const cycle of ['2026-Q2', '2026-Q3']) {
    const statements: Array<Record<string, unknown>> = [];
    for (const a of agents) {
      if (a.team === 'team-leads') continue;
      for (const [iri, target] of activities) {
        if (r() < 0.45) continue;
        const skill = target.skill ?? MODULE_SKILL[target.module!]!;
        const level = clamp(trueLevel(a, skill, cycle) + SOURCE_BIAS.quiz! + noise(r, 0.4), 1, 5);
        const day = cycleDate(r, cycle);
        const n = statements.length + 1;
        const q3 = cycle === '2026-Q3';
        const rawScore = q3 && n % 3 !== 0;
        const max = 20;
        const st: Record<string, unknown> = {
          id: `00000000-0000-4000-8${q3 ? '3' : '2'}00-${pad(n, 12)}`,
          actor: q3 ? { objectType: 'Agent', mbox: `mailto:${a.email}` } : { objectType: 'Agent', account: { homePage: 'https://lms.brightline.example', name: a.id } },
          verb: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-GB': 'scored' } },
          object: { objectType: 'Activity', id: iri },
          result: {
            score: rawScore ? { raw: Math.round(((level - 1) / 4) * max), min: 0, max } : { scaled: Math.round(((level - 1) / 4) * 100) / 100 },
            completion: true,
          },
          timestamp: `${day}T${pad(8 + Math.floor(r() * 9), 2)}:${pad(Math.floor(r() * 60), 2)}:00Z`,
        };
        if (q3) st.context = { extensions: { 'https://brightline.example/xapi/cycle': cycle } };
        statements.push(st);
      }
    }
    if (cycle === '2026-Q2') {
      (statements[12]!.result as { score: unknown }).score = { scaled: 1.25 }; // deliberate: scaled above 1
      out.push({ path: 'lrs-quizzes-2026-Q2.json', text: `${JSON.stringify(statements, null, 1)}\n` });
    } else {
      // Deliberate: someone outside the roster, and an activity nobody mapped.
      statements.push({ ...statements[0]!, id: '00000000-0000-4000-8300-999999999998', actor: { mbox: 'mailto:agent099@example.test' } });
      statements.push({ ...statements[1]!, id: '00000000-0000-4000-8300-999999999999', object: { id: `${LMS}/hub-3-quiz-beta` } });
      out.push({ path: 'lrs-quizzes-2026-Q3.json', text: `${JSON.stringify({ statements, more: '' }, null, 1)}\n` });
    }
  }
  return out;
}

const MODULE_SKILL: Record<string, string> = {
  'empathy-foundations': 'empathy',
  'de-escalation-essentials': 'de-escalation',
  'writing-clear-replies': 'written-communication',
  'policy-change-briefings': 'policy-changes',
  'compass-crm-power-user': 'crm-tools',
};

// ---------------------------------------------------------------- scale mode

/** Options for generated content and exports at scale. */
export interface ScaleOptions {
  agents: number;
  skills: number;
  sources: number;
  modules: number;
  kb: number;
  seed: number;
  /** Agents per team (default 500); the dashboards bench uses 15 for 100 teams. */
  teamSize?: number;
}

const SCALE_SOURCES = ['qa', 'manager', 'self', 'peer', 'quiz', 'pre', 'post'] as const;
const TEAM_SIZE = 500;
const teamCount = (o: ScaleOptions) => Math.max(1, Math.ceil(o.agents / (o.teamSize ?? TEAM_SIZE)));

const yamlStr = (s: string) => JSON.stringify(s);

/** skills.yaml, roles.yaml, teams.yaml and settings.yaml for generated data. */
export function scaleContent(o: ScaleOptions): GeneratedFile[] {
  const skills = Array.from({ length: o.skills }, (_, i) => `skill-${pad(i + 1)}`);
  const teams = teamCount(o);
  const roles = ['role-a', 'role-b', 'role-c'];
  const skillsYaml = [
    'levels: { 1: Aware, 2: Developing, 3: Proficient, 4: Advanced, 5: Expert }',
    'skills:',
    ...skills.map(
      (id, i) =>
        `  - id: ${id}\n    name: Generated skill ${i + 1}\n    category: soft\n    description: A generated skill for benchmarks.\n    levels: { 1: Starts, 2: Grows, 3: Works, 4: Leads, 5: Teaches }`,
    ),
  ].join('\n');
  const rolesYaml = [
    'roles:',
    ...roles.map(
      (id, r) => `  - id: ${id}\n    name: Role ${r + 1}\n    targets:\n${skills.map((s, i) => `      - { skill: ${s}, level: ${3 + ((i + r) % 3)}, weight: ${1 + (i % 4) * 0.5} }`).join('\n')}`,
    ),
  ].join('\n');
  const teamsYaml = ['teams:', ...Array.from({ length: teams }, (_, t) => `  - id: team-${pad(t + 1)}\n    name: Team ${t + 1}\n    role: ${roles[t % roles.length]}`)].join('\n');
  const settingsYaml = 'weights: { qa: 0.4, manager: 0.25, quiz: 0.15, peer: 0.1, self: 0.1, pre: 0, post: 0 }\nprivacy: { k: 5, individualRows: false }\n';
  return [
    { path: 'content/skills.yaml', text: `${skillsYaml}\n` },
    { path: 'content/roles.yaml', text: `${rolesYaml}\n` },
    { path: 'content/teams.yaml', text: `${teamsYaml}\n` },
    { path: 'content/settings.yaml', text: settingsYaml },
    ...moduleFiles(o, skills, roles),
  ];
}

/**
 * `n` generated modules (~300 words each, text as a real library's reads: see
 * lib/corpus.ts; prerequisites only on earlier modules: a DAG) and KB articles.
 */
function moduleFiles(o: ScaleOptions, skills: string[], roles: string[]): GeneratedFile[] {
  const r = rng(o.seed + 7);
  const out: GeneratedFile[] = [];
  for (let i = 1; i <= o.modules; i++) {
    const skill = skills[(i - 1) % skills.length]!;
    const from = 1 + ((i - 1) % 3);
    const prereqs = i > 3 && r() < 0.5 ? [`module-${pad(1 + Math.floor(r() * (i - 1)), 4)}`] : [];
    const text = courseText(i, r);
    out.push({
      path: `content/modules/module-${pad(i, 4)}.mdx`,
      text: `---\ntitle: ${yamlStr(text.title)}\nsummary: ${yamlStr(text.summary)}\nskills:\n  - { skill: ${skill}, from: ${from}, to: ${from + 2} }\nduration: ${15 + (i % 4) * 10}\nformats: [self-paced]\nprerequisites: [${prereqs.join(', ')}]\naudience: [${roles[i % roles.length]}]\nowner: L&D bench\nreviewBy: 2030-01-01\n---\n\n${text.body}\n`,
    });
  }
  for (let i = 1; i <= o.kb; i++) {
    const text = courseText(i + 7, r);
    out.push({
      path: `content/kb/article-${pad(i, 4)}.mdx`,
      text: `---\ntitle: ${yamlStr(text.title)}\nsummary: ${yamlStr(text.summary)}\nskills: [${skills[(i - 1) % skills.length]}]\nkind: process\nowner: L&D bench\nupdated: 2026-01-01\nreviewBy: 2030-01-01\n---\n\n${text.body.split('\n\n## ').slice(0, 2).join('\n\n## ')}\n`,
    });
  }
  return out;
}

/**
 * One native export per source with `agents × skills` results each, written as
 * compact JSON (what a tool would ship). Returns the paths written, relative to `out`.
 */
export function writeScaleExports(out: string, o: ScaleOptions): string[] {
  const r = rng(o.seed);
  const teams = teamCount(o);
  const agents: Array<{ id: string; team: string }> = [];
  for (let i = 0; i < o.agents; i++) agents.push({ id: `g${pad(i + 1, 6)}`, team: `team-${pad((i % teams) + 1)}` });
  const agentsJson = JSON.stringify(agents);
  const written: string[] = [];
  mkdirSync(path.join(out, 'assessments'), { recursive: true });
  for (let s = 0; s < o.sources; s++) {
    const source = SCALE_SOURCES[s % SCALE_SOURCES.length]!;
    const parts: string[] = [];
    for (const a of agents) {
      for (let k = 1; k <= o.skills; k++) {
        const score = 1 + Math.floor(r() * 5);
        const day = `2026-0${4 + Math.floor(r() * 3)}-${pad(1 + Math.floor(r() * 28), 2)}`;
        parts.push(`{"agent":"${a.id}","skill":"skill-${pad(k)}","score":${score},"assessedAt":"${day}"}`);
      }
    }
    const header = `{"source":"${source}","cycle":"2026-Q2","exportedAt":"2026-07-01","scale":{"min":1,"max":5},"agents":${agentsJson},"results":[`;
    const rel = `assessments/native-${source}.json`;
    writeFileSync(path.join(out, rel), `${header}${parts.join(',')}]}\n`);
    written.push(rel);
  }
  return written;
}

/** Write generated files under a folder. */
export function writeFiles(out: string, files: readonly GeneratedFile[]): void {
  for (const f of files) {
    const target = path.join(out, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sample: { type: 'boolean' },
      agents: { type: 'string' },
      skills: { type: 'string' },
      sources: { type: 'string' },
      modules: { type: 'string' },
      kb: { type: 'string' },
      seed: { type: 'string' },
      'team-size': { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values.sample) {
    const out = values.out ?? 'content/assessments';
    const files = sampleFiles();
    writeFiles(out, files);
    console.log(`gen-fixtures: wrote ${files.length} sample exports to ${out}`);
    return;
  }
  if (!values.out) {
    console.error('gen-fixtures: give --sample, or --out <dir> with --agents/--skills/--sources and/or --modules/--kb');
    process.exitCode = 2;
    return;
  }
  const o: ScaleOptions = {
    agents: Number(values.agents ?? 0),
    skills: Number(values.skills ?? 50),
    sources: Number(values.sources ?? 4),
    modules: Number(values.modules ?? 0),
    kb: Number(values.kb ?? 0),
    seed: Number(values.seed ?? 1),
    teamSize: Number(values['team-size'] ?? TEAM_SIZE),
  };
  rmSync(path.join(values.out, 'content'), { recursive: true, force: true });
  writeFiles(values.out, scaleContent(o));
  const exports = o.agents > 0 ? writeScaleExports(values.out, o) : [];
  console.log(`gen-fixtures: wrote content (${o.skills} skills, ${o.modules} modules, ${o.kb} KB articles) and ${exports.length} exports to ${values.out}`);
}

if (import.meta.main) main();
