// Words by which a writer speaks of themself (en, de, fr, es, nl, it), lower case: a contact detail right after one is
// the writer's own, not an organisation's. One list for every organisation-contact filter.
export const FIRST_PERSON_WORDS = [
  'me',
  'my',
  'mine',
  'mich',
  'mir',
  'mein',
  'meine',
  'meiner',
  'moi',
  'mon',
  'ma',
  'mes',
  'mi',
  'mio',
  'mia',
  'mij',
  'mijn',
  'ik',
  'ich',
  'je',
  'yo',
  'io',
] as const;

// "Call me" in one word (es, it): the number after it is the writer's.
export const CALL_ME_WORDS = ['llámame', 'llamadme', 'chiamami', 'chiamatemi'] as const;

/** A first-person word (and `extra` words) as a whole word; `guard` is put right after the opening look-behind. */
export function firstPersonPattern(
  extra: readonly string[] = [],
  guard = '',
  after = '(?![\\p{L}])',
): RegExp {
  return new RegExp(`(?<![\\p{L}])${guard}(?:${[...FIRST_PERSON_WORDS, ...extra].join('|')})${after}`, 'iu');
}
