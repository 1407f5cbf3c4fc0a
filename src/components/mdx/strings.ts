/**
 * Every word the MDX components show, in one place with flat dotted keys, ready
 * to move into src/i18n/en.json. `{name}` placeholders are filled by `fmt`.
 */
export const strings = {
  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.warning': 'Warning',

  'say.say': 'Say this',
  'say.not': 'Not that',
  'say.why': 'Why',

  'rubric.caption': '{name}: what each level looks like',
  'rubric.level': 'Level',
  'rubric.descriptor': 'What an agent at this level does',
  'rubric.link': 'Courses and articles for {name}',

  'kc.title': 'Knowledge check',
  'kc.intro': 'Pick one answer per question, then check your answers.',
  'kc.introStatic': 'Think of your answer, then open “Show answer”.',
  'kc.question': 'Question {n}',
  'kc.showAnswer': 'Show answer',
  'kc.correctAnswer': 'Correct answer',
  'kc.otherAnswer': 'Not the best answer',
  'kc.check': 'Check answers',
  'kc.retry': 'Try again',
  'kc.score': '{score} of {total} correct',
  'kc.correct': 'Correct',
  'kc.incorrect': 'Incorrect',
  'kc.yourAnswer': 'Your answer',
  'kc.theAnswer': 'The correct answer',
  'kc.unanswered': 'Answer every question first: {n} still open.',
  'kc.saved': 'Your last result is saved in this browser.',

  'sc.kicker': 'Role-play',
  'sc.introStatic': 'Read it as a script: each reply links to where it leads.',
  'sc.intro': 'Choose how you would reply. You get feedback after each choice.',
  'sc.says': '{speaker}',
  'sc.replies': 'Your reply',
  'sc.goTo': 'Leads to this step',
  'sc.continue': 'Continue',
  'sc.restart': 'Restart',
  'sc.outcome': 'Outcome',
  'sc.path': 'Your replies so far',
  'sc.quality.good': 'Good reply',
  'sc.quality.okay': 'Okay reply',
  'sc.quality.poor': 'Poor reply',
} as const;

/** A key of `strings`. */
export type StringKey = keyof typeof strings;

/** Look up a string and fill `{placeholders}`; unknown placeholders stay visible so they get noticed. */
export function fmt(key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
