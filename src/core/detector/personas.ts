import { NAME_CONTEXT } from './data/name-context.js';
import { wordAlternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';
import { textLanguage } from './service-numbers.js';

/*
 * Marketing personas: "Flesh out our personas: 'Sporty Sarah' (29, runs 5k), 'Budget Ben' (34)", "nos personas :
 * « Chloé la Citadine » (31, ...)". A quoted name on the line after a persona noun of the text's language is a made-up
 * customer. A customer's own name in a CRM export is not quoted after such a noun, and stays. The noun is read in the
 * text's language when function words tell it (service-numbers.ts textLanguage).
 */

type Lang = keyof typeof NAME_CONTEXT;
// Each noun with the languages that use it so (Spanish "personas" and Italian "persona" are people, not personas).
const LANGS_OF = new Map<string, Lang[]>();
for (const [lang, w] of Object.entries(NAME_CONTEXT) as [Lang, (typeof NAME_CONTEXT)[Lang]][]) {
  for (const noun of w.personaNoun) LANGS_OF.set(noun, [...(LANGS_OF.get(noun) ?? []), lang]);
}
const PERSONA = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(LANGS_OF.keys())})(?![\\p{L}'’])`, 'giu');
const OPEN_QUOTES = `'"“‘«„‚`;
const CLOSE_QUOTES = `'"”’»“‘`;
// How far after the noun, on its line, the personas are listed.
const REACH = 300;

// A key's value in JSON or a config (`"nombre": "X"`) is a record's field, not a label in prose.
const KEY_VALUE_BEFORE = /["']\s*:\s*$/;
/** Whether the hit is written between quotation marks (a space inside them allowed: « Chloé »), not as a key's value. */
function quoted(text: string, h: Hit): boolean {
  const b = text.charCodeAt(h.start - 1) === 32 ? h.start - 2 : h.start - 1;
  const a = text.charCodeAt(h.end) === 32 ? h.end + 1 : h.end;
  return b >= 0 && OPEN_QUOTES.includes(text.charAt(b)) && CLOSE_QUOTES.includes(text.charAt(a)) && !KEY_VALUE_BEFORE.test(text.slice(Math.max(0, b - 8), b));
}
/** Where the persona list after `from` ends: at its line's end or at a brace (the next record of a JSON list). */
function listEnd(text: string, from: number): number {
  const to = Math.min(text.length, from + REACH);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 123 || c === 125) return i;
  }
  return to;
}

/** The [start, end) stretches after the text's persona nouns of its own language (on their line, REACH characters at most). */
function personaStretches(text: string): number[] {
  const out: number[] = [];
  let lang: Lang | undefined | null = null;
  for (const m of text.matchAll(PERSONA)) {
    if (lang === null) lang = textLanguage(text);
    // A text too short to tell its language takes the noun as a persona; a Spanish one's "personas" are people.
    if (lang !== undefined && !(LANGS_OF.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? []).includes(lang)) continue;
    const end = m.index + m[0].length;
    out.push(end, listEnd(text, end));
  }
  return out;
}

let lastText: string | undefined;
let lastStretches: number[] = [];

/** True when the PERSON hit is a quoted marketing persona (above); the text's stretches are kept for its other hits. */
export function personaName(text: string, h: Hit): boolean {
  if (!quoted(text, h)) return false;
  if (text !== lastText) [lastText, lastStretches] = [text, personaStretches(text)];
  for (let i = 0; i < lastStretches.length; i += 2) if (h.start >= (lastStretches[i] ?? 0) && h.start < (lastStretches[i + 1] ?? 0)) return true;
  return false;
}
