import type { ClassifyOptions, Finding, RequestClassification, RequestDataClass, SensitiveClass, UnclassifiableReason } from './contract.js';
import { detectChecked, hasHealthContext } from './detect.js';
import { isReferenceKey, judgeKey } from './json-keys.js';
import { isMailboxNamedRecord, isNameKey, placeholderPerson, specimenRecord } from './placeholder-records.js';
import { isFixtureText } from './placeholders.js';
import { orgOwnedFinding, orgOwnedKeys, isServiceLineKey, isVenueKey } from './org-records.js';
import { isPlaceKey } from './person-context.js';
import { productNameKeys } from './product-records.js';
import { publishedAuthorKeys } from './bibliographic-records.js';
import { dropUnevidencedNames } from './private-evidence.js';
import { dropUnevidencedContacts } from './address-evidence.js';
import { dropUnevidencedBirthDates, dropUnevidencedLifeStories } from './birth-evidence.js';
import { dropUnevidencedPhones } from './phone-evidence.js';
import { dropUntiedDeviceIds } from './device-evidence.js';
import { publicInResult, webResult, type WebResult } from './web-results.js';

/** Most to least sensitive; the request's class is the first one present. */
export const CLASS_PRECEDENCE: readonly SensitiveClass[] = ['phi', 'pci', 'financial', 'secret', 'pii'];

type PathFinding = Finding & { path: string };

interface Frame {
  value: unknown;
  path: string;
  key?: string;
  /** The string this value was parsed from (its path and text), where the raw scan's findings of it lie. */
  src?: Source | undefined;
  /** For an array's item: the key that holds the array ({"stores": [{...}]}), context for an object in it. */
  listKey?: string | undefined;
  /** Under a bibliographic record's author or editor key (bibliographic-records.ts): a published author's name. */
  published?: boolean | undefined;
}

interface Source {
  path: string;
  text: string;
}

/** An organisation record's own contact value (org-records.ts), or a service line's number. */
interface OwnedValue {
  path: string;
  key: string;
  value: string;
  src: Source | undefined;
  phoneOnly: boolean;
  /** For a web search result's field (web-results.ts): the entities dropped there, instead of the organisation's. */
  drops?: ReadonlySet<string>;
}

// A value whose name readings are no person's: a product's name, a published author's.
const PERSON_ONLY: ReadonlySet<string> = new Set(['PERSON']);

/** A web search result met in the walk: its fields' paths and values, judged once all findings are in. */
interface PendingResult {
  result: WebResult;
  fields: { path: string; key: string; value: string; src: Source | undefined }[];
}

const IDENT = /^[A-Za-z_$][\w$-]*$/;
const keyPath = (base: string, key: string): string => (IDENT.test(key) ? (base === '' ? key : `${base}.${key}`) : `${base}[${JSON.stringify(key)}]`);

const isJsonSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * False when JSON.parse(s.slice(from, to)) surely throws: an object or array whose brackets (outside strings) do not
 * close exactly at the end, before JSON whitespace only, or a string left open. Speed: most prose that holds '{"' and
 * '}' is no JSON, and a parse that fails costs its exception; this pass throws nothing. True when it may parse.
 */
export function mayBeJson(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isJsonSpace(s.charCodeAt(i))) i++;
  const first = s.charCodeAt(i);
  if (first !== 123 && first !== 91) return true;
  let depth = 0;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) {
      for (i++; i < to; i++) {
        const d = s.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      if (i >= to) return false;
    } else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) {
      for (i++; i < to; i++) if (!isJsonSpace(s.charCodeAt(i))) return false;
      return true;
    }
  }
  return false;
}

/** Strings that hold JSON (tool-call arguments, tool results) are parsed and walked as well as scanned raw. */
function parseJsonish(s: string): unknown {
  const t = s.trimStart();
  if ((t.startsWith('{') || t.startsWith('[')) && mayBeJson(s, 0, s.length)) {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      // fall through: maybe JSON after a line of prose
    }
  }
  // A JSON object pasted inside prose ("the record: {...}"): its keys are context for its values too.
  const open = s.indexOf('{"');
  const close = s.lastIndexOf('}');
  if (open === -1 || close <= open || !mayBeJson(s, open, close + 1)) return undefined;
  try {
    return JSON.parse(s.slice(open, close + 1)) as unknown;
  } catch {
    return undefined;
  }
}

// Values of these keys are protocol, not content: they sit between messages and must not break a seam.
const STRUCTURAL = new Set(['role', 'type', 'id', 'model', 'tool_call_id', 'tool_use_id', 'name', 'stop_reason', 'finish_reason', 'object', 'cache_control', 'media_type', 'detail']);

/**
 * Classifies a whole request: an OpenAI chat body, an Anthropic messages body, a bare messages array, or any
 * JSON value. Every string leaf is scanned (messages of every role, content parts, tool-call arguments, tool
 * definitions, names). Never throws: on an internal error it fails closed and reports `phi`.
 */
export function classify(messagesOrBody: unknown, options: ClassifyOptions = {}): RequestClassification {
  try {
    return walk(messagesOrBody, options);
  } catch (e) {
    if (e instanceof OverBudget) return unclassifiable(e.reason, e.message, e.scanned);
    return unclassifiable('internal-error', 'the detector failed on this request', 0);
  }
}

class OverBudget extends Error {
  constructor(
    readonly reason: UnclassifiableReason,
    message: string,
    readonly scanned: number,
  ) {
    super(message);
  }
}

/** Fail closed: the most sensitive class, so every caller keeps the request local. */
function unclassifiable(reason: UnclassifiableReason, detail: string, scannedChars: number): RequestClassification {
  const f: PathFinding = { entity: 'UNCLASSIFIABLE', dataClass: 'phi', start: 0, end: 0, score: 1, rule: `classify.${reason}`, path: '' };
  return { unclassifiable: { reason, detail }, dataClass: 'phi', classes: ['phi'], findings: [f], scannedChars };
}

function walk(root: unknown, options: ClassifyOptions): RequestClassification {
  const { budget, ...detectOptions } = options;
  const maxChars = budget?.maxChars ?? Infinity;
  const now = budget?.now;
  const deadline = now !== undefined && budget?.maxMs !== undefined ? now() + budget.maxMs : Infinity;
  const findings: PathFinding[] = [];
  let scannedChars = 0;
  const texts: string[] = [];
  // String leaves in document order, so adjacent ones (messages, content parts) can also be scanned across their seam.
  const leaves: { text: string; path: string }[] = [];
  let healthKey = false;
  const records: PlaceholderRecord[] = [];
  const owned: OwnedValue[] = [];
  const results: PendingResult[] = [];
  const seen = new Set<object>();
  // An explicit stack, so deeply nested input cannot overflow the call stack.
  const stack: Frame[] = [{ value: root, path: Array.isArray(root) ? 'messages' : '' }];
  const checkTime = (): void => {
    if (now !== undefined && now() > deadline) throw new OverBudget('time-budget', `scan took longer than ${budget?.maxMs ?? 0} ms`, scannedChars);
  };
  const scan = (text: string, path: string): void => {
    scannedChars += text.length;
    if (scannedChars > maxChars) throw new OverBudget('size-budget', `more than ${maxChars} characters to scan`, scannedChars);
    texts.push(text);
    // Checked before every 64 KB chunk, so one long string cannot run past the deadline by more than a chunk.
    for (const f of detectChecked(text, detectOptions, checkTime)) findings.push({ ...f, path });
  };
  while (stack.length > 0) {
    const { value, path, key, src, listKey, published } = stack.pop() as Frame;
    if (typeof value === 'string') {
      if (value === '') continue;
      const before = findings.length;
      scan(value, path);
      // The value of an order/invoice/tracking key ({"bestellnr": "028-5590012"}) is that reference, not a phone: the
      // text scan of the value alone cannot see the key, so its phone readings are dropped here (json-keys.ts does the
      // same for a key written in the text).
      if (key !== undefined && findings.length > before && isReferenceKey(key)) {
        let kept = before;
        for (let i = before; i < findings.length; i++) {
          const f = findings[i];
          if (f !== undefined && f.entity !== 'PHONE_NUMBER') findings[kept++] = f;
        }
        findings.length = kept;
      }
      // A number that is a whole text reads as the answer to an earlier turn's question (bare-ids.ts: "which BSN?" /
      // "725763863"); a protocol field or a reference key's value ({"id": "300229811"} in tool arguments, {"order_no":
      // ...}) is a record's identifier, no answer: one random 9-digit number in eleven passes the BSN 11-test. A key
      // naming a national number still reports it (judgeKey).
      if (key !== undefined && findings.length > before && (STRUCTURAL.has(key) || isReferenceKey(key))) {
        let kept = before;
        for (let i = before; i < findings.length; i++) {
          const f = findings[i];
          if (f !== undefined && !f.rule.endsWith('.whole-answer')) findings[kept++] = f;
        }
        findings.length = kept;
      }
      // A place or office key's value ({"oficina": "Valencia CTA"}) is no person's name, whatever the lists say (person-context.ts).
      if (key !== undefined && findings.length > before && (isPlaceKey(key) || isVenueKey(key))) {
        let kept = before;
        for (let i = before; i < findings.length; i++) {
          const f = findings[i];
          if (f !== undefined && !(f.entity === 'PERSON' && f.rule === 'person.gazetteer')) findings[kept++] = f;
        }
        findings.length = kept;
      }
      if (key === undefined || !STRUCTURAL.has(key)) leaves.push({ text: value, path });
      if (published === true) owned.push({ path, key: key ?? listKey ?? '', value, src, phoneOnly: false, drops: PERSON_ONLY });
      const parsed = parseJsonish(value);
      if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) stack.push({ value: parsed, path, src: { path, text: value }, published });
    } else if (typeof value === 'number' || typeof value === 'bigint') {
      // Identifiers sent as JSON numbers (a card number in tool arguments) are scanned as their digits.
      const s = value.toString();
      if (s.length >= 6) scan(s, path);
    } else if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, path: `${path}[${i}]`, src, listKey: key ?? listKey, published });
      } else {
        const entries = Object.entries(value as Record<string, unknown>);
        notePlaceholderRecord(entries, path, records);
        const own = new Set(orgOwnedKeys(entries, key ?? listKey));
        // A product's name under a generic name key ({"sku": ..., "nombre": "Taurus Aroma"}) is no person (product-records.ts).
        const productNames = new Set(productNameKeys(entries));
        const authorKeys = publishedAuthorKeys(entries);
        const result = webResult(entries);
        if (result !== undefined) {
          const fields = result.keys.map((k) => ({ path: keyPath(path, k), key: k, value: String((value as Record<string, unknown>)[k]), src }));
          results.push({ result, fields });
        }
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i];
          if (entry === undefined) continue;
          const [k, v] = entry;
          const p = keyPath(path, k);
          if (!IDENT.test(k)) scan(k, `${p}#key`);
          if (typeof v === 'string' || typeof v === 'number') {
            // The key is context for its value: {"mrn": "48213377"}, {"geburtsdatum": "14.03.1961"}.
            const verdict = productNames.has(k) ? undefined : judgeKey(k, String(v), true);
            if (verdict === 'health') healthKey = true;
            else if (verdict !== undefined) findings.push({ ...verdict.hit, path: p });
          }
          if (typeof v === 'string' && (own.has(k) || isServiceLineKey(k))) owned.push({ path: p, key: k, value: v, src, phoneOnly: !own.has(k) });
          else if (typeof v === 'string' && productNames.has(k)) owned.push({ path: p, key: k, value: v, src, phoneOnly: false, drops: PERSON_ONLY });
          stack.push({ value: v, path: p, key: k, src, published: published === true || authorKeys.includes(k) });
        }
      }
    }
  }
  // A key's finding is the fallback for a value the text scan did not recognise on its own.
  const scannedPaths = new Set(findings.filter((f) => !f.rule.startsWith('json-key.')).map((f) => f.path));
  const kept = findings.filter((f) => !f.rule.startsWith('json-key.') || !scannedPaths.has(f.path));
  findings.length = 0;
  findings.push(...kept);
  dropPlaceholderRecordNames(records, texts, findings);
  noteWebResults(results, findings, owned);
  // A value dropped as an organisation's or a public page's is still where a seam's finding would reach: not found anew there.
  const beforeDrops = [...findings];
  dropOrgContacts(owned, findings);
  scanSeams(leaves, detectOptions, findings, beforeDrops);
  // Names of the name lists alone, in a request without a word of private life: public or fictional people (private-evidence.ts).
  dropUnevidencedNames(findings, texts, leaves);
  // Street addresses and landline numbers alone, none tied to a private person near it: courts, firms, shops, helplines,
  // story settings (address-evidence.ts).
  dropUnevidencedContacts(findings, leaves);
  // Names of the lists beside dates of birth told in words, none with private evidence: portraits, obituaries, lessons (birth-evidence.ts).
  dropUnevidencedLifeStories(findings, texts, leaves);
  // Dates of birth alone, told as a life story with no record label or private word near them: public figures (birth-evidence.ts).
  dropUnevidencedBirthDates(findings, leaves);
  // Phones alone that no plan reads as a mobile and address-evidence.ts did not judge (North American and other
  // countries' numbers, unknown types), none with a private person near it: businesses' and services' lines (phone-evidence.ts).
  dropUnevidencedPhones(findings, leaves);
  // MACs, VINs and device serials alone, none tied to a person near it: fleet lists, router docs, backup plans (device-evidence.ts).
  dropUntiedDeviceIds(findings, leaves);
  // Health words anywhere in the request (or a diagnosis-like key) make its identifiers PHI; only looked for when there are any.
  if (findings.some((f) => f.dataClass === 'pii') && (healthKey || texts.some(hasHealthContext))) for (const f of findings) if (f.dataClass === 'pii') f.dataClass = 'phi';
  const present = new Set(findings.map((f) => f.dataClass));
  const classes = CLASS_PRECEDENCE.filter((c) => present.has(c));
  const dataClass: RequestDataClass = classes[0] ?? 'none';
  checkTime();
  return { dataClass, classes, findings, scannedChars };
}

/** An object whose name keys spell a placeholder person (placeholder-records.ts): the paths of its name values. */
interface PlaceholderRecord {
  namePaths: string[];
  /** The paths of its other string and number values (e-mail, phone, ids): fixture values when the request is a test fixture. */
  valuePaths: string[];
  /** A fixture by its own values (a specimen person or value); otherwise only in a request with a test-fixture text. */
  specimen: boolean;
}

function notePlaceholderRecord(entries: readonly [string, unknown][], path: string, records: PlaceholderRecord[]): void {
  const names: string[] = [];
  const namePaths: string[] = [];
  const valuePaths: string[] = [];
  for (const [k, v] of entries) {
    if (typeof v === 'string' && isNameKey(k)) {
      names.push(v);
      namePaths.push(keyPath(path, k));
    } else if (typeof v === 'string' || typeof v === 'number') valuePaths.push(keyPath(path, k));
  }
  if (names.length === 0) return;
  const person = placeholderPerson(names);
  // Or any name, when the record's placeholder mailbox is named after it: a fixture only in a fixture text.
  if (person === undefined && !isMailboxNamedRecord(entries.flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])))) return;
  const values = entries.flatMap(([, v]) => (typeof v === 'string' || typeof v === 'number' ? [String(v)] : []));
  records.push({ namePaths, valuePaths, specimen: person !== undefined && specimenRecord(person, values) });
}

/**
 * Removes the PERSON findings (key verdicts and scans of the values) at the name paths of placeholder records that are
 * fixtures; in a request with a test-fixture text, also the findings at the record's other values: a record named for
 * a placeholder person in a fixture ({"vorname": "Max", "nachname": "Mustermann", "email": "max@beispiel.de"}) is a
 * fixture record, its e-mail, phone and ids too, as placeholders.ts has it for a record written in text. Secrets stay.
 */
function dropPlaceholderRecordNames(records: readonly PlaceholderRecord[], texts: readonly string[], findings: PathFinding[]): void {
  if (records.length === 0) return;
  let fixture: boolean | undefined;
  const isFixture = (): boolean => (fixture ??= texts.some((t) => isFixtureText(t)));
  const paths = new Set<string>();
  const valuePaths = new Set<string>();
  for (const r of records) {
    if (r.specimen || isFixture()) for (const p of r.namePaths) paths.add(p);
    if (r.valuePaths.length > 0 && isFixture()) for (const p of r.valuePaths) valuePaths.add(p);
  }
  if (paths.size === 0 && valuePaths.size === 0) return;
  const kept = findings.filter((f) => (f.entity !== 'PERSON' || !paths.has(f.path)) && (f.dataClass === 'secret' || !valuePaths.has(f.path)));
  findings.length = 0;
  findings.push(...kept);
}

/** Each web search result's public findings (web-results.ts), dropped like an organisation's own contact values. */
function noteWebResults(results: readonly PendingResult[], findings: readonly PathFinding[], owned: OwnedValue[]): void {
  if (results.length === 0) return;
  const personAt = new Set(findings.filter((f) => f.entity === 'PERSON').map((f) => f.path));
  for (const { result, fields } of results) {
    const drops = publicInResult(result, fields.some((x) => personAt.has(x.path)));
    if (drops.size === 0) continue;
    for (const x of fields) owned.push({ ...x, phoneOnly: false, drops });
  }
}

/**
 * Removes the findings on an organisation record's own contact values (org-records.ts): those at the value's path,
 * and the raw scan's findings of the string it was parsed from that lie inside the value as written there.
 */
function dropOrgContacts(owned: readonly OwnedValue[], findings: PathFinding[]): void {
  if (owned.length === 0) return;
  const byPath = new Map(owned.map((o) => [o.path, o]));
  const bySource = new Map<string, { o: OwnedValue; spans: number[] }[]>();
  for (const o of owned) {
    if (o.src === undefined) continue;
    // The value as JSON writes it inside the source (escapes and all), at each place it occurs.
    const enc = JSON.stringify(o.value).slice(1, -1);
    const spans: number[] = [];
    for (let at = o.src.text.indexOf(enc); at !== -1 && spans.length < 16; at = o.src.text.indexOf(enc, at + 1)) spans.push(at, at + enc.length);
    const list = bySource.get(o.src.path);
    if (list === undefined) bySource.set(o.src.path, [{ o, spans }]);
    else list.push({ o, spans });
  }
  const ownedBy = (f: PathFinding): boolean => {
    const o = byPath.get(f.path);
    const ok = (x: OwnedValue, text: string): boolean =>
      x.drops !== undefined ? x.drops.has(f.entity) : x.phoneOnly ? f.entity === 'PHONE_NUMBER' : orgOwnedFinding(f.entity, x.key, text);
    if (o !== undefined) return ok(o, o.value.slice(f.start, f.end));
    for (const { o: x, spans } of bySource.get(f.path) ?? []) {
      for (let i = 0; i < spans.length; i += 2) {
        if (f.start >= (spans[i] ?? 0) && f.end <= (spans[i + 1] ?? 0) && x.src !== undefined) return ok(x, x.src.text.slice(f.start, f.end));
      }
    }
    return false;
  };
  const kept = findings.filter((f) => f.dataClass === 'secret' || !ownedBy(f));
  findings.length = 0;
  findings.push(...kept);
}

const SEAM = 160;
// A turn between the two halves short enough to be a prompt for the rest ("what are the remaining digits?", "¿y el
// resto?"), with no digit of its own: the halves are joined over it too.
const MAX_PROMPT_TURN = 120;
const HAS_DIGIT = /\d/;
// Turns are message texts (chat content, a content part's text), not the fields of a record (FHIR name[0].given[1]).
const TURN_TEXT = /\.(?:content|text)$/;
const isPromptTurn = (t: { text: string; path: string }): boolean => t.text.length <= MAX_PROMPT_TURN && !HAS_DIGIT.test(t.text) && TURN_TEXT.test(t.path);

/**
 * A value split across two adjacent parts ("my ssn is 536-22-" | "1234") is found by scanning the end of one
 * and the start of the next, joined directly and with a space; only findings that cross the seam are new. Also
 * across one short turn between them ("her mobile starts 07574" | "the rest?" | "045928"): the writer's next turn.
 */
function scanSeams(leaves: readonly { text: string; path: string }[], options: ClassifyOptions, findings: PathFinding[], known: readonly PathFinding[] = findings): void {
  const byPath = new Map<string, PathFinding[]>();
  for (const f of known) {
    const list = byPath.get(f.path);
    if (list === undefined) byPath.set(f.path, [f]);
    else list.push(f);
  }
  for (let i = 1; i < leaves.length; i++) {
    const b = leaves[i];
    if (b === undefined) continue;
    seamPair(leaves[i - 1], b, options, byPath, findings);
    const between = leaves[i - 1];
    const a = leaves[i - 2];
    if (a !== undefined && between !== undefined && isPromptTurn(between) && TURN_TEXT.test(a.path) && TURN_TEXT.test(b.path)) seamPair(a, b, options, byPath, findings);
  }
}

// A field of a tool call's arguments: Anthropic's tool_use input, OpenAI's function arguments (and the fields parsed from them).
const TOOL_ARGUMENT = /\.(?:input|arguments)(?:[.[]|$)/;
// A mailbox's local part and "@" at the start of the next part: the mailbox is whole there.
const MAILBOX_HEAD = /^[^\s@]+@/u;
/**
 * Whether a mailbox found across a seam is one the next part holds whole ("ModernaTX, Inc." | "clinicaltrials@..."
 * joined reads "Inc.clinicaltrials@..."): that part's own scan has judged it (found it, or dropped it as a desk's).
 */
const wholeMailboxAfterSeam = (f: { entity: string; end: number }, head: string, from: number): boolean =>
  f.entity === 'EMAIL_ADDRESS' && MAILBOX_HEAD.test(head.slice(0, Math.max(0, f.end - from)));

// The object a leaf belongs to and the key it is under, its list's items read as the list's field ("x.free[0]" is
// field "free" of "x"); undefined for a path that ends in no key.
function fieldOwner(path: string): { owner: string; field: string } | undefined {
  let end = path.length;
  while (path.charCodeAt(end - 1) === 93) {
    const open = path.lastIndexOf('[', end - 1);
    if (open < 0) return undefined;
    end = open;
  }
  const dot = path.lastIndexOf('.', end - 1);
  const field = path.slice(dot + 1, end);
  return dot < 0 || field === '' || field.includes('[') ? undefined : { owner: path.slice(0, dot), field };
}

function seamPair(
  a: { text: string; path: string } | undefined,
  b: { text: string; path: string },
  options: ClassifyOptions,
  byPath: ReadonlyMap<string, readonly PathFinding[]>,
  findings: PathFinding[],
): void {
  if (a === undefined) return;
  // Two fields of one object are separate values, a field and the first item of a list in the next field too
  // ({"flight": "BA0408", "free": ["12A", ...]} joins as a NINO's shape); seams are between messages, content parts
  // and the items of one list.
  const ownerA = fieldOwner(a.path);
  const ownerB = fieldOwner(b.path);
  if (ownerA !== undefined && ownerA.owner === ownerB?.owner && ownerA.field !== ownerB.field) return;
  // A tool call's argument is a whole value the model wrote, never half of one a person split over two turns: joined to
  // the tool's result after it ("Kiel" + "Pflegestützpunkt Kiel, ...") it reads a name out of two public words.
  if (TOOL_ARGUMENT.test(a.path) || TOOL_ARGUMENT.test(b.path)) return;
  const tail = a.text.slice(-SEAM);
  const head = b.text.slice(0, SEAM);
  const offset = a.text.length - tail.length;
  for (const glue of ['', ' ']) {
    const seam = tail.length;
    const joined = detectChecked(tail + glue + head, options, undefined);
    if (splitAcrossSeam(joined, seam, glue.length, offset, a.path, b.path, byPath, findings)) break;
    // New only when neither side already has a finding where it would reach.
    const found = joined.filter(
      (f) =>
        f.start < seam &&
        f.end > seam + glue.length &&
        !(byPath.get(a.path) ?? []).some((x) => x.end > f.start + offset) &&
        !(byPath.get(b.path) ?? []).some((x) => x.start < f.end - seam - glue.length) &&
        !wholeMailboxAfterSeam(f, head, seam + glue.length),
    );
    for (const f of found) findings.push({ ...f, start: f.start + offset, end: f.end - seam - glue.length, path: `${a.path} + ${b.path}` });
    if (found.length > 0) break;
  }
}

/**
 * A card read out in pieces over the seam (split-cards.ts: "first half 5412 7534" | "second half 9821 0074"): each
 * piece lies on one side, so it is reported in its own part, when the pieces fall on both sides and the part does
 * not already have a card there.
 */
function splitAcrossSeam(
  joined: readonly Finding[],
  seam: number,
  glue: number,
  offset: number,
  pathA: string,
  pathB: string,
  byPath: ReadonlyMap<string, readonly PathFinding[]>,
  findings: PathFinding[],
): boolean {
  const pieces = joined.filter((f) => f.rule === 'card.split-halves');
  const before = pieces.filter((f) => f.end <= seam).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset, path: pathA }));
  const after = pieces.filter((f) => f.start >= seam + glue).map((f) => ({ ...f, start: f.start - seam - glue, end: f.end - seam - glue, path: pathB }));
  if (before.length === 0 || after.length === 0) return false;
  const over = (f: PathFinding, x: PathFinding): boolean => x.path === f.path && x.start < f.end && x.end > f.start;
  const fresh = [...before, ...after].filter((f) => !(byPath.get(f.path) ?? []).some((x) => over(f, x) && x.entity === 'CREDIT_CARD'));
  if (fresh.length === 0) return false;
  // As within one text (overlaps.ts), the checksum-confirmed card wins over a weaker reading of its digits ("partie 4534 5776" as a street number).
  const kept = findings.filter((x) => !fresh.some((f) => over(f, x)));
  findings.length = 0;
  findings.push(...kept, ...fresh);
  return true;
}
