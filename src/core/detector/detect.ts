import type { DetectOptions, Finding } from './contract.js';
import { scanAddresses } from './addresses.js';
import { dropHistoricBirthDates } from './birth-dates.js';
import { dropNonPersonalValues } from './non-personal.js';
import { dropImpersonalValues } from './impersonal-values.js';
import { scanBareIds } from './bare-ids.js';
import { scanConfigSecrets } from './config-secrets.js';
import { scanCodeCredentials } from './code-credentials.js';
import { scanGenericSecrets } from './generic-secrets.js';
import { scanHostIps } from './host-ips.js';
import { scanApisDocs, scanMrz } from './mrz.js';
import { scanContextIds } from './context-ids.js';
import { type DecodedSegment, findEncoded } from './decode.js';
import type { Hit, Recognizer } from './hit.js';
import { scanDeaAndVins, scanIbans, scanIps, scanMbi } from './identifiers.js';
import { careContext } from './care-context.js';
import { hasHealthWords, hasTiedHealthAbbreviation } from './health-context.js';
import { scanKinNames } from './kin-names.js';
import { scanNames } from './names.js';
import { normalize, toOriginal } from './normalize.js';
import { flatString } from './edits.js';
import { KeywordIndex } from './keywords.js';
import { dropNonPersonalNames } from './person-context.js';
import { dropPublicRoleNames } from './public-role.js';
import { dropPublicDatasetNames } from './public-datasets.js';
import { dropNonHealthPlanIds } from './health-plan-ids.js';
import { dropPlacesAndDocumentationValues } from './after-scan.js';
import { scanNumbers } from './numbers.js';
import { scanSplitCards } from './split-cards.js';
import { resolveOverlaps } from './overlaps.js';
import { scanPhones } from './phone.js';
import { scanSecrets } from './secrets.js';
import { cueAlternation } from './languages.js';
import type { Finding as PublicFinding } from './contract.js';
import { scanNationalIds } from './national-ids.js';
import { spellDigits } from './spelled.js';
import { joinSpacedValues } from './spaced-values.js';
import { scanTabular } from './tabular-keys.js';
import { scanLicenceFields } from './licence-fields.js';
import { scanRegisterRows } from './register-rows.js';
import { scanEmails, scanSpokenEmails, scanUrls } from './web.js';
import { scanOracleConnect } from './oracle-connect.js';
import { scanCredentialFiles } from './credential-files.js';

/** Checksum- or format-confirmed identifiers and secrets: the fast pass. */
const STRUCTURED: readonly Recognizer[] = [scanNumbers, scanSplitCards, scanPhones, scanIbans, scanDeaAndVins, scanMbi, scanIps, scanEmails, scanSpokenEmails, scanUrls, scanOracleConnect, scanSecrets, scanNationalIds, scanConfigSecrets, scanMrz, scanApisDocs, scanBareIds, scanCodeCredentials, scanGenericSecrets, scanCredentialFiles, scanHostIps];
/** Context-gated identifiers and names: slower, lower precision. */
const CONTEXTUAL: readonly Recognizer[] = [scanContextIds, scanTabular, scanRegisterRows, scanLicenceFields, scanAddresses, scanNames, scanKinNames];

const HEALTH_EN = /\b(?:patient|diagnos[ei]s|diagnosed|prescri(?:bed|ption)|medications?|dosage|symptoms?|treatment|therapy|clinic(?:al)?|hospital(?:i[sz]ed)?|admitted|discharged?|lab results?|blood (?:pressure|test|sugar)|cancer|tumou?r|diabetes|diabetic|hiv|hepatitis|pregnan(?:t|cy)|surgery|medical|physician|nurse|icd-?10|insulin|chemotherapy|allerg(?:y|ies|ic)|disease|disorder|depression|schizophrenia|mrn|npi|medicare|medicaid|\d+ ?mg)\b/i;
// Health words of every language in languages.ts.
const HEALTH_ANY = new RegExp(`(?<!\\p{L})(?:${cueAlternation('health')})(?!\\p{L})`, 'iu');
// The same words tried sticky only where the keyword index (read from word-index.ts's shared Latin runs, no pass of
// its own) says one can start: the lookbehind-led pattern costs a full scan of every text with no health word.
const HEALTH_ANY_STICKY = new RegExp(`(?:${cueAlternation('health')})(?!\\p{L})`, 'iuy');
const HEALTH_WORDS = new KeywordIndex([cueAlternation('health')], /^\p{L}$/u, true);

/** HEALTH_ANY.test(t), from the keyword index's starts (or the pattern itself where the index cannot read the text). */
export function hasHealthCue(t: string): boolean {
  const starts = HEALTH_WORDS.starts(t);
  if (starts === null) return HEALTH_ANY.test(t);
  for (const p of starts.at) {
    HEALTH_ANY_STICKY.lastIndex = p;
    if (HEALTH_ANY_STICKY.test(t)) return true;
  }
  return false;
}

/** HEALTH_ANY itself: the reference in tests. */
export const hasHealthCueReference = (t: string): boolean => HEALTH_ANY.test(t);

// Or any health fact of the shared lexicon: conditions, symptoms, medicines, care settings, a condition given to someone
// by its abbreviation ("has MS": health-context.ts).
const HEALTH = { test: (t: string): boolean => HEALTH_EN.test(t) || hasHealthCue(t) || hasHealthWords(t) || hasTiedHealthAbbreviation(t) };

const CHUNK = 65_536;
const OVERLAP = 512;
// Encodings nested deeper than this (base64 of base64 of base64 of base64) are not unwrapped further.
const MAX_DEPTH = 4;

export interface ScanOptions {
  structuredOnly: boolean;
  decode: boolean;
}

/**
 * Hits on `text` (normalised internally), in `text`'s own offsets, before filtering. `outerHealth`: whether a text
 * this one was decoded from talks about health (asked only when needed, each text's answer memoised).
 */
function scanText(text: string, opts: ScanOptions, depth: number, outerHealth: () => boolean = () => false): Hit[] {
  const n = normalize(text);
  // Spelled-out digits become digits in a second layer; hits map back through both.
  const spelled = spellDigits(n.text);
  const unspelled = spelled === null ? n.text : spelled.text;
  // Values with a separator between every character joined, identifiers glued to a field name set apart: a third layer.
  const spaced = joinSpacedValues(unspelled);
  const scanned = spaced === null ? unspelled : spaced.text;
  const hits: Hit[] = [];
  for (const r of STRUCTURED) r(scanned, hits);
  if (!opts.structuredOnly) for (const r of CONTEXTUAL) r(scanned, hits);
  dropHistoricBirthDates(scanned, hits);
  // Names in biographies, fiction, citations; companies, places, months read as names (person-context.ts).
  if (!opts.structuredOnly) dropNonPersonalNames(scanned, hits);
  // Players, band members, characters, cited authors, office holders in their public role (public-role.ts).
  if (!opts.structuredOnly) dropPublicRoleNames(scanned, hits);
  if (!opts.structuredOnly) dropPublicDatasetNames(scanned, hits); // rows of a famous public dataset (public-datasets.ts)
  dropPlacesAndDocumentationValues(scanned, hits); // places read as names, documentation values (after-scan.ts)
  // Specimens, documentation values, organisation contacts, versions, ledger accounts (non-personal.ts).
  dropNonPersonalValues(scanned, hits);
  dropImpersonalValues(scanned, hits);
  if (spaced !== null) for (const h of hits) [h.start, h.end] = toOriginal(spaced, h.start, h.end);
  if (spelled !== null) for (const h of hits) [h.start, h.end] = toOriginal(spelled, h.start, h.end);
  let ownHealth: boolean | undefined;
  // Health words here or in any text this one was decoded from: the outer texts first, as each outer scan turns its
  // decoded hits to PHI by its own words anyway (and, holding those hits, asks about its words whatever the answer here).
  const health = (): boolean => outerHealth() || (ownHealth ??= HEALTH.test(n.text));
  dropNonHealthPlanIds(n.text, hits, health); // a policy or member number outside a text about health (health-plan-ids.ts)
  if (opts.decode && depth < MAX_DEPTH) scanDecoded(n.text, opts, depth, hits, health);
  // Health words turn identifiers into PHI; only worth looking for when there is an identifier.
  if (hits.some((h) => h.dataClass === 'pii') && health()) for (const h of hits) if (h.dataClass === 'pii') h.dataClass = 'phi';
  if (n.edits === null) return hits;
  for (const h of hits) [h.start, h.end] = toOriginal(n, h.start, h.end);
  return hits;
}

/**
 * Every encoded segment is decoded and the decoded texts are scanned together, joined by blank lines: one scan
 * per level however many segments there are (decoys cannot use up a segment quota), nested up to MAX_DEPTH.
 * A decoded text repeated, or repeated but for a digit or three (decoys: 'log line 7 ok', 'log line 8 ok'), is
 * scanned once: no identifier, phone, card or dated birth fits in three digits, and its letters are the same text;
 * each hit in the copy scanned goes to every repeat at the same place (each repeat is as long and has its digits
 * where the scanned one has them).
 */
function scanDecoded(text: string, opts: ScanOptions, depth: number, hits: Hit[], health: () => boolean): void {
  const segs = findEncoded(text);
  if (segs.length === 0) return;
  const scanned: DecodedSegment[] = [];
  // For each scanned segment, the repeats that take its hits (itself first).
  const repeats: DecodedSegment[][] = [];
  const byShape = new Map<string, number>();
  const offsets: number[] = [];
  let built = '';
  for (const seg of segs) {
    const shape = repeatShape(seg.text);
    const seen = byShape.get(shape);
    if (seen !== undefined) {
      repeats[seen]?.push(seg);
      continue;
    }
    byShape.set(shape, scanned.length);
    scanned.push(seg);
    repeats.push([seg]);
    offsets.push(built.length);
    built += `${seg.text}\n\n`;
  }
  const joined = flatString(built);
  const segAt = (p: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((offsets[mid] ?? 0) <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const h of scanText(joined, opts, depth + 1, health)) {
    const i = segAt(h.start);
    const seg = scanned[i];
    if (seg === undefined) continue;
    const base = offsets[i] ?? 0;
    const end = Math.max(Math.min(h.end - base, seg.text.length), h.start - base + 1);
    for (const copy of repeats[i] ?? []) {
      const [s, e] = copy.toSource(h.start - base, end);
      hits.push({ ...h, start: s, end: e, rule: `${h.rule}+${copy.kind}` });
    }
  }
}

const MAX_REPEAT_DIGITS = 3;

/** The key repeats share: the text with each digit as '0' when it holds three digits or fewer, else the text itself. */
function repeatShape(t: string): string {
  let digits = 0;
  for (let i = 0; i < t.length && digits <= MAX_REPEAT_DIGITS; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0 || digits > MAX_REPEAT_DIGITS) return t;
  return t.replace(DIGIT, '0');
}
const DIGIT = /[0-9]/g;

/** Chunk boundaries that never split a surrogate pair. */
function chunkStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  while (at < text.length) {
    starts.push(at);
    let next = at + CHUNK;
    const c = text.charCodeAt(next);
    if (c >= 0xdc00 && c <= 0xdfff) next++;
    at = next;
  }
  return starts;
}

// A general-knowledge question ("What did Christian Drosten say...", "¿Quién es...?") about a named person, with no
// word that makes it about the writer's own people: names found only by the list are not personal data there.
const QUESTION_START = new RegExp(`^[\\s¿¡"'“«(]*(?:${cueAlternation('question')})(?![\\p{L}])`, 'iu');
const PERSONAL = new RegExp(`(?<![\\p{L}])(?:${cueAlternation('personal')})(?![\\p{L}])`, 'iu');

// A line that opens with a date or a time of day (a log's, an export's): 2026-11-18, 18/11/2026, 19.11.2026, 18:57, or a
// day and month before a time as door and gate logs print them without the year (04/12 21:58, 04.12. 21:58, 04-12 18:31:10).
const DATED_LINE =
  /(?:^|\n)[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[./-]\d{1,2}[.,]?[ \t]+\d{1,2}:\d{2}|\d{1,2}:\d{2})(?![\d])/g;
/** Whether `text` holds two dated lines or more (above): pasted records. Linear: one global scan, stopped at the second. */
function datedRecords(text: string): boolean {
  DATED_LINE.lastIndex = 0;
  return DATED_LINE.exec(text) !== null && DATED_LINE.exec(text) !== null;
}

function generalKnowledge(text: string, findings: readonly PublicFinding[]): boolean {
  if (findings.length === 0 || text.length > 600 || !findings.every((f) => f.entity === 'PERSON' && f.rule === 'person.gazetteer')) return false;
  // "Résume pour le comité : Julien Marchetti ... licenciement": an instruction about someone's health, care or job is no
  // general-knowledge question, whatever its first word.
  // Nor is a request that pastes dated records ("summarise these badge events: / 2026-11-18 18:57 BADGE 40871 Ellie
  // Fairbanks IN ..."): a log of someone's doings, asked about.
  return QUESTION_START.test(text) && !PERSONAL.test(text) && !careContext(text) && !datedRecords(text);
}

/** Finds sensitive data in `text`; offsets refer to the original string. Long text is scanned in full, chunk by chunk. */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  return detectChecked(text, options, undefined);
}

/** `detect`, calling `beforeChunk` before each 64 KB chunk so a caller's budget can stop a long scan (by throwing). */
export function detectChecked(text: string, options: DetectOptions, beforeChunk: (() => void) | undefined): Finding[] {
  const minScore = options.minScore ?? 0.5;
  const disabled = new Set(options.disabledEntities ?? []);
  const opts: ScanOptions = { structuredOnly: options.structuredOnly ?? false, decode: options.decodeEncoded ?? true };
  const keep = (h: Hit): boolean => h.score >= minScore && !disabled.has(h.entity);
  beforeChunk?.();
  if (text.length <= CHUNK + OVERLAP) {
    const found = resolveOverlaps(scanText(text, opts, 0).filter(keep));
    return generalKnowledge(text, found) ? [] : found;
  }
  const all: Hit[] = [];
  const starts = chunkStarts(text);
  starts.forEach((start, i) => {
    if (i > 0) beforeChunk?.();
    const own = starts[i + 1] ?? text.length;
    const from = Math.max(0, start - OVERLAP);
    const to = Math.min(text.length, own + OVERLAP);
    for (const h of scanText(text.slice(from, to), opts, 0)) {
      const s = h.start + from;
      // Each chunk owns the findings that start inside it; the overlaps give them context and room to finish.
      if (s >= start && s < own && keep(h)) all.push({ ...h, start: s, end: h.end + from });
    }
  });
  return resolveOverlaps(all);
}

/** True when the text talks about health: identifiers next to it are PHI. */
export const hasHealthContext = (text: string): boolean => HEALTH.test(normalize(text).text);
