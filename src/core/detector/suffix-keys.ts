/**
 * Vendor keys known by a fixed SUFFIX rather than a prefix, so vendor-secret-rules.ts's head search (which tries a
 * rule where its first characters occur) cannot hold them: DeepL's free-tier API keys are a UUID followed by `:fx`
 * (DeepL API docs, "Authentication": "keys for DeepL API Free end with :fx"). A bare UUID is an id (request, row,
 * trace) and stays unreported; the suffix is what makes it a key, so no cue word is needed. A Pro key (the UUID
 * without the suffix) is found by its cue: the `DeepL-Auth-Key` scheme (auth-headers.ts) or a key name
 * (config-secrets.ts, generic-secrets.ts).
 *
 * Linear: one indexOf per suffix, and a fixed-length look back from each hit.
 */
import type { Hit } from './hit.js';

interface SuffixKey {
  /** The suffix that marks the key, with its separator. */
  suffix: string;
  /** The key's body right before the suffix, anchored at both ends, and its fixed length. */
  body: RegExp;
  length: number;
  entity: string;
  rule: string;
}

const SUFFIX_KEYS: readonly SuffixKey[] = [
  { suffix: ':fx', body: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, length: 36, entity: 'DEEPL_API_KEY', rule: 'secret.deepl' },
];

/** A character that may not touch the key on either side: it would make the run part of a longer token. */
const isTokenCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45;

export function scanSuffixKeys(text: string, out: Hit[]): void {
  for (const k of SUFFIX_KEYS) {
    for (let at = text.indexOf(k.suffix, k.length); at !== -1; at = text.indexOf(k.suffix, at + k.suffix.length)) {
      const start = at - k.length;
      const end = at + k.suffix.length;
      if ((start > 0 && isTokenCode(text.charCodeAt(start - 1))) || isTokenCode(text.charCodeAt(end))) continue;
      if (!k.body.test(text.slice(start, at))) continue;
      out.push({ entity: k.entity, dataClass: 'secret', start, end, score: 0.95, rule: k.rule });
    }
  }
}
