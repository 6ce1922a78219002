// Builds the chat-style detector set from templates.ts: `npx tsx bench/data/detector-chat/build.ts` rewrites chat.jsonl.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../../src/core/random/index.js';
import { NAMES, NEGATIVE, POSITIVE, type Lang, type Template } from './templates.js';
import { Values } from './values.js';

export interface ChatSample {
  id: string;
  lang: Lang;
  persona: string;
  /** True when the request carries personal, health, card, financial data or a secret. */
  sensitive: boolean;
  /** Gold entity types present (request level). */
  entities: string[];
  /** The evasion applied, if any. */
  evasion?: string;
  body: unknown;
}

const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'nl', 'it'];
const SLOT_ENTITY: Record<string, string> = {
  name: 'PERSON', first: 'PERSON', last: 'PERSON', lname: 'PERSON', dob: 'DATE_OF_BIRTH', dobiso: 'DATE_OF_BIRTH', mrn: 'MEDICAL_RECORD_NUMBER',
  nhs: 'UK_NHS_NUMBER', card: 'CREDIT_CARD', iban: 'IBAN_CODE', ssn: 'US_SSN', email: 'EMAIL_ADDRESS', ip: 'IP_ADDRESS', openai: 'SECRET', aws: 'SECRET',
  github: 'SECRET', nino: 'UK_NINO', phone: 'PHONE_NUMBER', address: 'STREET_ADDRESS', steuer: 'DE_STEUER_ID', passport: 'PASSPORT', nir: 'FR_NIR',
  dni: 'ES_DNI_NIE', nie: 'ES_DNI_NIE', bsn: 'NL_BSN', cf: 'IT_CODICE_FISCALE',
};
const ADDRESSES: Record<Lang, readonly string[]> = {
  en: ['14 Carlton Road, Leeds LS6 2AB', '221 Maple Avenue, Springfield, IL 62704', 'Flat 3, 9 Queen Street, Bristol BS1 4JQ'],
  de: ['Lindenstraße 14, 10969 Berlin', 'Hauptstr. 7, 80331 München', 'Am Markt 3, 50667 Köln'],
  fr: ['12 rue des Lilas, 69003 Lyon', '8 avenue Jean Jaurès, 75019 Paris', '3 place du Marché, 33000 Bordeaux'],
  es: ['Calle Mayor 23, 28013 Madrid', 'Avenida de la Constitución 5, 41001 Sevilla', 'Carrer de Balmes 112, 08008 Barcelona'],
  nl: ['Kerkstraat 12, 1017 GB Amsterdam', 'Dorpsweg 45, 3011 AB Rotterdam', 'Stationsplein 3, 3511 ED Utrecht'],
  it: ['Via Garibaldi 21, 20121 Milano', 'Corso Vittorio Emanuele 88, 00186 Roma', 'Piazza Dante 4, 80135 Napoli'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'March', 'June', 'October'], de: ['Januar', 'März', 'Juni', 'Oktober'], fr: ['janvier', 'mars', 'juin', 'octobre'],
  es: ['enero', 'marzo', 'junio', 'octubre'], nl: ['januari', 'maart', 'juni', 'oktober'], it: ['gennaio', 'marzo', 'giugno', 'ottobre'],
};
const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]+/g, '.');

function fill(v: Values, lang: Lang, t: Template): { text: string; entities: string[] } {
  const first = v.pick(NAMES[lang].first);
  const last = v.pick(NAMES[lang].last);
  const day = 1 + v.int(28);
  const month = 1 + v.int(12);
  const year = 1940 + v.int(65);
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const dob = {
    en: v.pick([`${dd}/${mm}/${year}`, `${v.pick(MONTHS.en)} ${day}, ${year}`]),
    de: `${dd}.${mm}.${year}`,
    fr: v.pick([`${dd}/${mm}/${year}`, `${day} ${v.pick(MONTHS.fr)} ${year}`]),
    es: v.pick([`${dd}/${mm}/${year}`, `${day} de ${v.pick(MONTHS.es)} de ${year}`]),
    nl: v.pick([`${dd}-${mm}-${year}`, `${day} ${v.pick(MONTHS.nl)} ${year}`]),
    it: v.pick([`${dd}/${mm}/${year}`, `${day} ${v.pick(MONTHS.it)} ${year}`]),
  }[lang];
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const letters = (n: number): string => Array.from({ length: n }, () => L.charAt(v.int(L.length))).join('');
  const passport = {
    en: v.digits(9), de: `C${letters(1)}${v.digits(3)}${letters(2)}${v.digits(2)}`, fr: `${v.digits(2)}${letters(2)}${v.digits(5)}`,
    es: `${letters(3)}${v.digits(6)}`, nl: `${letters(2)}${letters(1)}${v.digits(2)}${letters(1)}${v.digits(2)}${v.digits(1)}`, it: `${letters(2)}${v.digits(7)}`,
  }[lang];
  const slots: Record<string, () => string> = {
    name: () => `${first} ${last}`, first: () => first, last: () => last, lname: () => (lang === 'en' ? `${first} ${last}`.toLowerCase() : last),
    dob: () => dob, dobiso: () => `${year}-${mm}-${dd}`, mrn: () => v.pick([v.digits(8), `${v.digits(2)}-${v.digits(6)}`, v.digits(7)]),
    nhs: () => v.nhs(), card: () => v.card(v.int(3) > 0), iban: () => v.iban(({ en: 'GB', de: 'DE', fr: 'FR', es: 'ES', nl: 'NL', it: 'IT' } as const)[lang]),
    ssn: () => v.ssn(), email: () => `${ascii(first)}.${ascii(last)}@${v.pick(['gmail.com', 'outlook.com', 'web.de', 'orange.fr', 'libero.it', 'ziggo.nl', 'acme-corp.com'])}`,
    ip: () => `${11 + v.int(180)}.${v.int(255)}.${v.int(255)}.${1 + v.int(250)}`, openai: () => v.openaiKey(), aws: () => v.awsKey(), github: () => v.githubToken(),
    nino: () => v.nino(), phone: () => v.phone(lang), address: () => v.pick(ADDRESSES[lang]), steuer: () => v.steuerId(), passport: () => passport,
    nir: () => v.nir(), dni: () => v.dni(), nie: () => v.nie(), bsn: () => v.bsn(), cf: () => v.codiceFiscale(),
    order: () => v.pick([v.digits(9), `ORD-${v.digits(7)}`, `${v.digits(3)}-${v.digits(7)}-${v.digits(7)}`]), ean: () => v.ean13(),
  };
  const entities = new Set<string>();
  const text = t.text.replace(/\{(\w+)\}/g, (whole, slot: string) => {
    const f = slots[slot];
    if (f === undefined) return whole;
    const e = SLOT_ENTITY[slot];
    if (e !== undefined) entities.add(e);
    return f();
  });
  return { text, entities: [...entities].sort() };
}

function wrap(v: Values, text: string, tool: boolean, i: number): unknown {
  const anthropic = i % 3 === 2;
  if (tool) {
    if (anthropic) return { model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: 'Look up the record and summarise it.' }, { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_record', input: { id: 'r1' } }] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: text }] }] };
    return { model: 'gpt-4o', messages: [{ role: 'user', content: 'Look up the record and summarise it.' }, { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_record', arguments: '{"id":"r1"}' } }] }, { role: 'tool', tool_call_id: 'call_1', content: text }] };
  }
  const system = v.pick(['You are a helpful assistant.', 'You are an assistant for a hospital team. Be concise.', 'Answer in the language of the question.']);
  if (anthropic) return { model: 'claude-sonnet-4-5', max_tokens: 512, system, messages: [{ role: 'user', content: [{ type: 'text', text }] }] };
  return { model: 'gpt-4o-mini', messages: [{ role: 'system', content: system }, { role: 'user', content: text }] };
}

const ND_DIGITS: Record<string, string> = { arabic: '٠١٢٣٤٥٦٧٨٩', devanagari: '०१२३४५६७८९', bengali: '০১২৩৪৫৬৭৮৯', thai: '๐๑๒๓๔๕๖๗๘๙' };
const SPELLED: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'], de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'], es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'], it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
};
const CARD_WORD: Record<Lang, string> = { en: 'my card is', de: 'meine Karte ist', fr: 'ma carte est', es: 'mi tarjeta es', nl: 'mijn kaart is', it: 'la mia carta è' };

/** Evasions: each returns a request body carrying one card, SSN or email in a disguised form. */
function evasion(v: Values, kind: string, lang: Lang): { body: unknown; entities: string[] } {
  const card = v.card(false);
  const ssn = v.ssn();
  const user = (text: string): unknown => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
  switch (kind) {
    case 'unicode-digits': {
      const digits = v.pick(Object.values(ND_DIGITS));
      return { body: user(`${CARD_WORD[lang]} ${card.replace(/\d/g, (d) => digits.charAt(Number(d))).replace(/(.{4})(?=.)/gu, '$1 ')}`), entities: ['CREDIT_CARD'] };
    }
    case 'separators': {
      const sep = v.pick([' ', '-', '.', '\n', ' - ']);
      return { body: user(`${CARD_WORD[lang]} ${card.split('').join(sep)}`), entities: ['CREDIT_CARD'] };
    }
    case 'spelled':
      return { body: user(`${CARD_WORD[lang]} ${card.split('').map((d) => SPELLED[lang][Number(d)]).join(' ')}`), entities: ['CREDIT_CARD'] };
    case 'replacement-chars':
      return { body: user(`${CARD_WORD[lang]} ${card.replace(/(\d{4})(?=\d)/g, '$1\uFFFD')}`), entities: ['CREDIT_CARD'] };
    case 'base64-wrapped':
      return { body: user(`decode and summarise:\n${b64(`customer note: ${CARD_WORD[lang]} ${card}, please refund the last charge`).replace(/(.{24})/g, '$1\n')}`), entities: ['CREDIT_CARD'] };
    case 'base64-nested':
      return { body: user(`payload: ${b64(b64(b64(`ssn ${ssn}`)))}`), entities: ['US_SSN'] };
    case 'base64-decoys': {
      const decoys = Array.from({ length: 260 }, (_, i) => b64(`log line ${i} status ok`)).join(' ');
      return { body: user(`${decoys} ${b64(`${CARD_WORD[lang]} ${card}`)}`), entities: ['CREDIT_CARD'] };
    }
    case 'at-dot-email': {
      const at = { en: 'at', de: 'at', fr: 'arobase', es: 'arroba', nl: 'apenstaartje', it: 'chiocciola' }[lang];
      const dot = { en: 'dot', de: 'punkt', fr: 'point', es: 'punto', nl: 'punt', it: 'punto' }[lang];
      const first = ascii(v.pick(NAMES[lang].first)).replace(/\./g, '');
      return { body: user(`write to ${first} ${at} ${v.pick(['gmail', 'outlook', 'proton'])} ${dot} ${v.pick(['com', 'de', 'fr', 'es', 'nl', 'it'])}`), entities: ['EMAIL_ADDRESS'] };
    }
    case 'split-messages':
      return { body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `ssn ${ssn.slice(0, 7)}` }, { role: 'user', content: `${ssn.slice(7)} please check` }] }, entities: ['US_SSN'] };
    case 'glued': {
      const [text, entity] = v.pick([[`ssn_${ssn}`, 'US_SSN'], [`card_${card}`, 'CREDIT_CARD'], [`SSN${ssn.replace(/-/g, '')}`, 'US_SSN'], [`customer:cc${card}`, 'CREDIT_CARD']] as const);
      return { body: user(text), entities: [entity] };
    }
    default:
      return { body: user(`SSNs: ${ssn} ${v.ssn()}\n${v.ssn()}`), entities: ['US_SSN'] };
  }
}
export const EVASIONS = ['unicode-digits', 'separators', 'spelled', 'replacement-chars', 'base64-wrapped', 'base64-nested', 'base64-decoys', 'at-dot-email', 'split-messages', 'glued', 'list'] as const;

export function buildChatSet(seed = 20261202): ChatSample[] {
  const v = new Values(mulberry32(seed));
  const out: ChatSample[] = [];
  for (const lang of LANGS) {
    let i = 0;
    for (let round = 0; round < 6; round++) {
      for (const t of POSITIVE[lang]) {
        const { text, entities } = fill(v, lang, t);
        out.push({ id: `${lang}-p${String(i).padStart(3, '0')}`, lang, persona: t.persona, sensitive: true, entities, body: wrap(v, text, t.tool === true, i) });
        i++;
      }
    }
    for (let round = 0; round < 5; round++) {
      for (const t of NEGATIVE[lang]) {
        const { text } = fill(v, lang, t);
        out.push({ id: `${lang}-n${String(i).padStart(3, '0')}`, lang, persona: t.persona, sensitive: false, entities: [], body: wrap(v, text, false, i) });
        i++;
      }
    }
    for (const kind of EVASIONS) {
      const { body, entities } = evasion(v, kind, lang);
      out.push({ id: `${lang}-e${String(i).padStart(3, '0')}`, lang, persona: 'evasion', sensitive: true, entities, evasion: kind, body });
      i++;
    }
  }
  return out;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'chat.jsonl');
  const set = buildChatSet();
  writeFileSync(file, `${set.map((s) => JSON.stringify(s)).join('\n')}\n`);
  process.stdout.write(`wrote ${set.length} samples to ${file}\n`);
}
