/**
 * A firm's name as a JSON value ("TESCO PLC", "Koninklijke Philips N.V.", "Lambert & Roux Part-Dieu", "Ortega y Bravo
 * Atocha"): what an organisation record's generic name key holds, no person's name. Read by org-records.ts.
 */
import { LEGAL_FORMS } from './data/company-cues.js';
import { FIRM_JOINERS } from './data/struct-cues.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A company's legal form as a word of its own; not "e.K." (eingetragener Kaufmann: a sole trader trading under his own name).
const LEGAL_FORM = new RegExp(`(?<![\\p{L}.])(?:${LEGAL_FORMS.filter((f) => f !== 'e.K.').map(escape).join('|')})(?![\\p{L}])`, 'u');
// Two capitalised names joined by "&" or a language's "and": a partnership's or a brand's name.
const JOINED = new RegExp(`\\p{Lu}[\\p{L}'’.-]*\\s+(?:&|${Object.values(FIRM_JOINERS).flat().join('|')})\\s+\\p{Lu}`, 'u');

/** Whether a value names a firm: a legal form, or two names joined by "&" or "and" (a couple's names too: read with a record's keys). */
export const namesFirm = (v: unknown): boolean => typeof v === 'string' && v.length <= 120 && (LEGAL_FORM.test(v) || JOINED.test(v));
