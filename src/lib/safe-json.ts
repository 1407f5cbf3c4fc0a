/**
 * Serialise a value for a `<script type="application/json">` element. Every
 * character that could end the element or start markup is written as a JSON
 * unicode escape, so untrusted strings (assessment exports) can never break out;
 * `JSON.parse` on the element's text gives the value back unchanged.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
