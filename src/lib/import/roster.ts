/**
 * Who is who across tools. Agents come from roster files (authoritative) and from
 * the `agents` lists of native exports (a later cycle wins when people move).
 * Every importer resolves a person through `resolveAgent`: by id, or by an alias
 * (email, LRS account name, QA-tool user id), case-insensitively.
 */

/** Someone the roster knows. */
export interface RosterEntry {
  team: string;
  /** Cycle of the export that defined the entry; roster files rank above every cycle. */
  cycle: string;
}

/** The roster of one import run. */
export interface Roster {
  ids: Map<string, RosterEntry>;
  /** Normalised alias → agent id. */
  aliases: Map<string, string>;
}

/** A roster-file entry ranks above any cycle label. */
export const ROSTER_FILE = '\uffff';

export function createRoster(): Roster {
  return { ids: new Map(), aliases: new Map() };
}

/** An alias as matched: trimmed, lower case, without a `mailto:` prefix. */
export function normaliseAlias(value: string): string {
  const t = value.trim().toLowerCase();
  return t.startsWith('mailto:') ? t.slice(7) : t;
}

/** Adds or updates an agent; a later cycle (or a roster file) wins. */
export function addToRoster(r: Roster, id: string, team: string, cycle: string, aliases: readonly string[] = []): void {
  const old = r.ids.get(id);
  if (old === undefined || cycle >= old.cycle) r.ids.set(id, { team, cycle });
  for (const a of aliases) if (a.trim() !== '') r.aliases.set(normaliseAlias(a), id);
}

/** The agent id for an id or alias, or undefined when nobody has it. */
export function resolveAgent(r: Roster, key: string): string | undefined {
  if (r.ids.has(key)) return key;
  return r.aliases.get(normaliseAlias(key));
}
