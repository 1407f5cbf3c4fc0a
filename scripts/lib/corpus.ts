// Generated course text that reads, statistically, like a customer-service library:
// the text the scale benchmarks build and search.
//
// Why not uniform random words (what gen-fixtures did before): a search index
// costs per page that holds a word, and in a real library a word's pages follow
// its meaning. Function words and "customer" are on nearly every page; a topic
// word ("refund", "bereavement") is on the courses about that topic and a few
// others; a long tail of ordinary words is scattered thinly. Drawing 300 words
// from 24 puts every word on every page, ~12 times, which no library does.
//
// Each list is drawn Zipf-like (rank k with probability ~1/k): `list[floor(n^u) - 1]`
// for u uniform in [0, 1) is a log-uniform rank, which is Zipf with s = 1.

const FUNCTION = 'the to and a of you is that it in for your be this on with if they can are as what or not have at we will do when how so from by about their there them an then one all more but just before after'.split(' ');
const COMMON = 'customer agent call customers team account time help case note check question need service contact support issue ask tell next first sure know want record manager say way right work people ticket'.split(' ');
const GENERAL = `able accept accurate action add address advice agree allow already answer apply approach area arrange attention available avoid
aware balance basic become begin behaviour believe benefit better brief bring build busy calm capture careful cause certain chance change choose
claim clear close common compare complete concern confirm consider context continue control correct cost could create current daily deal decide
default define deliver depend describe detail develop different difficult direct discuss document double during early effect effort either
email encourage energy enough ensure enter entire equal error especially event every evidence exact example expect experience explain extra
fact fair familiar feedback field figure final find finish focus follow form forward frequent friendly full future general gentle goal guide
habit handle happen hard heard helpful history hold honest hour idea identify impact important improve include inform initial instead intend
involve keep kind language later learn least level likely limit line list listen little local long look main manage matter meaning measure
message method minute mistake moment month most move name natural nearly never normal notice number offer often open option order outcome
own pace part pattern pause perhaps period person phrase place plain plan point polite positive possible practice prepare present pressure
prevent previous priority process progress promise proper provide public purpose quick quiet rather reach read ready real reason recent
recognise reduce reflect regular relevant remain remember repeat reply report request require respect respond result review role rule safe
same save second section seem send sense serious set share short should show side sign simple since situation small social solve someone
sound speak specific speed spend standard start state stay steady still stop story strong structure suggest summary system take talk task
tone topic track trust try turn type understand usual value various voice wait watch week welcome whole within word write wrong year`.split(/\s+/);

/** Topics: a course title, then its words, most characteristic first. */
const TOPICS: Array<[string, string[]]> = [
  ['Refunds and credits', ['refund', 'credit', 'receipt', 'goodwill', 'overcharge', 'reimburse', 'chargeback', 'voucher']],
  ['Billing questions', ['billing', 'invoice', 'payment', 'debit', 'overdue', 'statement', 'tariff', 'instalment']],
  ['Broadband faults', ['broadband', 'router', 'outage', 'connection', 'wifi', 'engineer', 'reboot', 'signal']],
  ['Empathy on the phone', ['empathy', 'feelings', 'acknowledge', 'validate', 'frustration', 'reassure', 'apology', 'warmth']],
  ['Escalation paths', ['escalation', 'supervisor', 'complaint', 'ombudsman', 'deadlock', 'handover', 'senior', 'severity']],
  ['Vulnerable customers', ['vulnerable', 'bereavement', 'disability', 'carer', 'safeguarding', 'hardship', 'consent', 'capacity']],
  ['Account security', ['password', 'verification', 'fraud', 'phishing', 'identity', 'lockout', 'passcode', 'suspicious']],
  ['Deliveries and returns', ['delivery', 'parcel', 'courier', 'tracking', 'return', 'damaged', 'collection', 'warehouse']],
  ['Cancellations and retention', ['cancellation', 'contract', 'retention', 'notice', 'renewal', 'discount', 'loyalty', 'termination']],
  ['Mobile roaming', ['roaming', 'abroad', 'allowance', 'network', 'handset', 'bundle', 'travel', 'overseas']],
  ['Energy meters', ['meter', 'reading', 'estimate', 'smart', 'tariff', 'supply', 'gas', 'electricity']],
  ['Insurance claims', ['claim', 'policyholder', 'excess', 'cover', 'assessor', 'settlement', 'premium', 'incident']],
  ['Writing clear emails', ['email', 'subject', 'paragraph', 'plain', 'template', 'signature', 'attachment', 'proofread']],
  ['Live chat craft', ['chat', 'typing', 'concurrent', 'canned', 'emoji', 'transcript', 'waiting', 'greeting']],
  ['Handling complaints', ['complaint', 'grievance', 'resolution', 'redress', 'upheld', 'investigation', 'timescale', 'remedy']],
  ['Active listening', ['listening', 'paraphrase', 'summarise', 'silence', 'clarify', 'interrupt', 'attentive', 'echo']],
  ['De-escalation', ['de-escalation', 'angry', 'shouting', 'boundary', 'calm', 'threat', 'volume', 'breathe']],
  ['First contact resolution', ['resolution', 'repeat', 'callback', 'ownership', 'root', 'fix', 'follow-up', 'closure']],
  ['CRM tools', ['crm', 'field', 'dashboard', 'search', 'timeline', 'disposition', 'wrap-up', 'tag']],
  ['Bot handover', ['chatbot', 'bot', 'intent', 'transfer', 'context', 'fallback', 'automation', 'trigger']],
  ['Coaching and feedback', ['coaching', 'feedback', 'scorecard', 'calibration', 'observation', 'strength', 'goal', 'one-to-one']],
  ['Data protection', ['gdpr', 'privacy', 'personal', 'retention', 'erasure', 'subject', 'breach', 'lawful']],
  ['Payments and direct debits', ['mandate', 'debit', 'bank', 'sort', 'failed', 'collection', 'arrears', 'reminder']],
  ['Product knowledge', ['product', 'feature', 'model', 'warranty', 'specification', 'upgrade', 'compatible', 'manual']],
  ['Warranty and repairs', ['warranty', 'repair', 'fault', 'replacement', 'inspection', 'guarantee', 'technician', 'spare']],
  ['Accessibility needs', ['accessibility', 'hearing', 'relay', 'braille', 'large', 'adjustment', 'interpreter', 'reader']],
  ['Debt and arrears', ['arrears', 'debt', 'repayment', 'affordable', 'breathing', 'creditor', 'budget', 'hardship']],
  ['Outage communication', ['outage', 'incident', 'status', 'update', 'restoration', 'eta', 'affected', 'postcode']],
  ['Time management', ['handle', 'wrap', 'schedule', 'adherence', 'break', 'queue', 'occupancy', 'shrinkage']],
  ['Quality standards', ['quality', 'standard', 'criteria', 'compliance', 'audit', 'sample', 'evidence', 'score']],
  ['Sales and upgrades', ['upgrade', 'offer', 'needs', 'benefit', 'objection', 'close', 'proposal', 'value']],
  ['Bereavement support', ['bereavement', 'death', 'executor', 'probate', 'condolence', 'estate', 'certificate', 'sensitive']],
  ['Travel disruption', ['flight', 'cancelled', 'rebooking', 'compensation', 'delay', 'itinerary', 'voucher', 'airport']],
  ['Social media replies', ['social', 'public', 'tweet', 'mention', 'private', 'reputation', 'comment', 'brand']],
  ['Spoken communication', ['pace', 'pitch', 'jargon', 'signpost', 'pronounce', 'clarity', 'articulate', 'warm']],
  ['Problem solving', ['diagnose', 'hypothesis', 'troubleshoot', 'symptom', 'isolate', 'evidence', 'workaround', 'test']],
  ['Policy changes', ['change', 'policy', 'effective', 'announcement', 'exception', 'transition', 'grandfather', 'briefing']],
  ['Emotional resilience', ['resilience', 'stress', 'wellbeing', 'recovery', 'emotion', 'pressure', 'reset', 'support']],
  ['Identity checks', ['identity', 'security', 'question', 'authorised', 'third-party', 'nominee', 'proof', 'verification']],
  ['Orders and stock', ['order', 'stock', 'backorder', 'dispatch', 'availability', 'supplier', 'substitute', 'preorder']],
];

/** A Zipf-like draw from a list (see the header). */
const zipf = <T>(list: readonly T[], r: () => number): T => list[Math.floor(list.length ** r()) - 1]!;

/** One word of a course about `main` (and a little about `side`). */
function word(r: () => number, main: string[], side: string[]): string {
  const u = r();
  if (u < 0.4) return zipf(FUNCTION, r);
  if (u < 0.5) return zipf(COMMON, r);
  if (u < 0.6) return zipf(main, r);
  if (u < 0.64) return zipf(side, r);
  return zipf(GENERAL, r);
}

const sentence = (r: () => number, main: string[], side: string[]) => {
  const words = Array.from({ length: 8 + Math.floor(r() * 10) }, () => word(r, main, side));
  return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
};

export interface CourseText {
  title: string;
  summary: string;
  /** Markdown: five sections of about 60 words. */
  body: string;
}

/** The text of generated course `i`: its topic comes round every TOPICS.length courses; a second topic is drawn. */
export function courseText(i: number, r: () => number): CourseText {
  const [topic, main] = TOPICS[i % TOPICS.length]!;
  const side = TOPICS[Math.floor(r() * TOPICS.length)]![1];
  const para = () => {
    const out: string[] = [];
    while (out.join(' ').split(' ').length < 60) out.push(sentence(r, main, side));
    return out.join(' ');
  };
  const heading = () => `${zipf(main, r)} ${zipf(GENERAL, r)}`;
  return {
    title: `${topic} ${Math.floor(i / TOPICS.length) + 1}: ${heading()}`,
    summary: sentence(r, main, side),
    body: Array.from({ length: 5 }, () => `## ${heading().replace(/^./, (c) => c.toUpperCase())}\n\n${para()}`).join('\n\n'),
  };
}
