import { createHmac } from 'node:crypto';

/**
 * Pseudonymous agent ids: HMAC-SHA-256 from `node:crypto` (the join runs only at
 * build time, in Node, so no hand-written hash is needed).
 */

/** HMAC-SHA-256 of raw bytes. */
export function hmacSha256Bytes(key: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', key).update(message).digest());
}

/** HMAC-SHA-256 of UTF-8 strings, as lower-case hex. */
export function hmacSha256(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

/**
 * A pseudonymiser for agent ids: the first 12 hex digits (48 bits) of
 * HMAC-SHA-256(secret, id). 48 bits keeps ids short in tables while collisions stay
 * negligible (about 1 in 5 million for 10,000 agents); results are cached
 * because one agent appears in many cycles.
 */
export function makePseudonymiser(secret: string): (id: string) => string {
  const cache = new Map<string, string>();
  return (id) => {
    let pseudonym = cache.get(id);
    if (pseudonym === undefined) {
      pseudonym = hmacSha256(secret, id).slice(0, 12);
      cache.set(id, pseudonym);
    }
    return pseudonym;
  };
}
