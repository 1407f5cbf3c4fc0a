// Two widgets with the same id on one page would share element ids, radio
// names and the saved result, so the second one fails the build instead.
const seen = new WeakMap<Request, Set<string>>();

/** Record `id` for this page render; throws when another component of the same kind already took it. */
export function claimId(request: Request, component: 'KnowledgeCheck' | 'Scenario', id: string, where: string): void {
  const ids = seen.get(request) ?? new Set<string>();
  seen.set(request, ids);
  const key = `${component}:${id}`;
  if (ids.has(key)) {
    throw new Error(
      `<${component} id="${id}"> on ${where}: another ${component} on this page already uses this id. Fix: give each ${component} a unique id.`,
    );
  }
  ids.add(key);
}
