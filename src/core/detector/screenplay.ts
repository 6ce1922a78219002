import { SCREENPLAY_WORDS } from './data/screenplay-words.js';

/*
 * A screenplay's scene: from its first scene heading ("INT. NEWSROOM - NIGHT", "INNEN. REDAKTION - NACHT") on, the people
 * are characters in capitals ("MARA VOSS (40s) slams the phone down") and the numbers and addresses they say are props
 * of the scene. Text before the first heading (the writer's request, a title page's contact) is read as usual.
 */

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]+');
const all = (k: 'place' | 'time'): string[] => [...new Set(Object.values(SCREENPLAY_WORDS).flatMap((l) => l[k]))].sort((a, b) => b.length - a.length);
// A whole line: an optional scene number, interior or exterior, the location (at most 60 characters, no lower-case
// letter), a dash, the time of day and an optional note in brackets. Capitals only: a script's headings are written so.
const HEADING = new RegExp(
  `[ \\t]*(?:\\d{1,3}[.)]?[ \\t]+)?(?:${all('place').map(esc).join('|')})\\.?[ \\t]+[^\\n\\p{Ll}]{1,60}?[ \\t][-–—][ \\t]*(?:${all('time').map(esc).join('|')})(?:[ \\t]*\\([^\\n()]{0,30}\\))?[ \\t]*(?![^\\n])`,
  'uy',
);
// Speed: the pattern is tried only at a line whose first letter or digit can open a heading.
const OPENERS = new Set([...all('place').map((w) => w.charAt(0)), '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

let lastText: string | undefined;
let lastStart = -1;

/** Where the text's first scene heading starts, or -1 when it has none (the last text's answer kept). */
export function sceneStart(text: string): number {
  if (text === lastText) return lastStart;
  lastText = text;
  lastStart = -1;
  for (let at = 0; at !== -1 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    let c = at;
    while (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9) c++;
    if (!OPENERS.has(text.charAt(c))) continue;
    HEADING.lastIndex = at;
    if (HEADING.test(text)) {
      lastStart = at;
      break;
    }
  }
  return lastStart;
}
