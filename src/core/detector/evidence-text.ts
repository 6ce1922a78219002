/*
 * Text helpers shared by the request-level evidence gates (address-evidence.ts, birth-evidence.ts,
 * device-evidence.ts): their word lists are matched on folded text, as patterns built from listed phrases.
 */

/** Lower case with combining marks removed ("Geburtsdatum" -> "geburtsdatum", "né" -> "ne"). */
export const foldText = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** A literal string escaped for use inside a RegExp source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A listed word or phrase as a pattern on folded text: a space is any run of spaces or a hyphen, and a trailing "*"
 * ("stem*") lets any word ending follow.
 */
export const stemPhrase = (p: string): string => {
  const stem = p.endsWith('*');
  const body = foldText(stem ? p.slice(0, -1) : p)
    .split(' ')
    .filter((w) => w !== '')
    .map(escapeRegExp)
    .join('[\\s-]+');
  return stem ? `${body}\\p{L}*` : body;
};
