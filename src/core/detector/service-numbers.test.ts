// Service numbers (service-numbers.ts): freephone, shared-cost, premium-rate, corporate and 116 numbers, and a service's
// line for callers abroad. Texts of our own; each "dropped" number is reported without the filter (the last test
// checks that), and each "kept" one is a person's line next to the same kind of service number.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { scanPhones } from './phone.js';
import type { Hit } from './hit.js';
import { FROM_ABROAD, TARIFF_NOTES } from './data/service-numbers.js';
import { mulberry32 } from '../random/index.js';
import { ABROAD_GATE, isZeroSubscriber, serviceRange, tariffBeside, textLanguage } from './service-numbers.js';

const phones = (text: string): string[] => detect(text).filter((f) => f.entity === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));
// What the scanner reports at detect's default minimum score, before any filter.
const scanned = (text: string): string[] => {
  const out: Hit[] = [];
  scanPhones(text, out);
  return out.filter((h) => h.score >= 0.5).map((h) => text.slice(h.start, h.end));
};

const IN_RANGE: [string, string, string][] = [
  ['en non-geographic 03', 'To report a faulty meter, call 0330 088 1234 at any time.', '0330 088 1234'],
  ['en freephone', 'Lines are open 8am to 8pm: call 0808 157 0192 free from any phone.', '0808 157 0192'],
  ['en 116 abroad form', 'Need to talk at night? Call +44 116 123 free, any time.', '+44 116 123'],
  ['de freephone', 'Bei Fragen zur Bestellung sind wir kostenlos erreichbar unter 0800 330 1000, auch am Samstag.', '0800 330 1000'],
  ['de shared-cost', 'Die Kartensperre erreichen Sie telefonisch unter 01805 021021, 14 Cent pro Minute.', '01805 021021'],
  ['de shared-cost, international', 'Fragen zum Tarif: Tel. +49 180 5 123456, montags bis freitags.', '+49 180 5 123456'],
  ['fr freephone', 'Pour toute question, appelez le 0 800 12 34 56 du lundi au samedi.', '0 800 12 34 56'],
  ['fr premium-rate', 'Pour les horaires des trains, appelez le 08 92 35 35 35 à toute heure.', '08 92 35 35 35'],
  ['es shared-cost', 'Para pedir cita, llame al 902 123 456 de lunes a viernes.', '902 123 456'],
  ['es freephone, international', 'Para reclamaciones llame al teléfono +34 900 123 456 en horario de oficina.', '+34 900 123 456'],
  ['nl corporate', 'Bel ons via 088 123 45 67 als de levering niet klopt.', '088 123 45 67'],
  ['de Austrian service number', 'Die Störungshotline erreichen Sie aus Deutschland unter Tel. +43 810 123456.', '+43 810 123456'],
  ['fr Swiss shared-cost', 'Pour le service après-vente, appelez le +41 848 123 456 en semaine.', '+41 848 123 456'],
  ['nl Belgian shared-cost', 'Voor vragen over de levering bel je +32 70 12 34 56, ook op zaterdag.', '+32 70 12 34 56'],
  ['en non-geographic, 4-4-3 grouping', 'For a replacement card call 0300 1234 567 during office hours.', '0300 1234 567'],
  ['de freephone, odd grouping', 'Rückruf kostenlos, Tel. 0800 123 456 7, montags bis freitags.', '0800 123 456 7'],
  ['nl premium-rate, international', 'Voor het weerbericht bel je +31 900 1234567, maximaal een euro per gesprek.', '+31 900 1234567'],
  ['it shared-cost', 'Per informazioni chiamare il numero 199 123 456 dal lunedì al venerdì.', '199 123 456'],
  ['it shared-cost 848 in Italian text', 'Per le prenotazioni chiamare il 848 123 456 oppure usare la app.', '848 123 456'],
  ['it freephone, international', 'Dal cellulare chiamare il +39 800 123 456 per bloccare la carta.', '+39 800 123 456'],
];

const ALTERNATES: [string, string, string][] = [
  ['en', 'To cancel a card call 0800 015 0044 or +44 20 7946 0321 from abroad.', '+44 20 7946 0321'],
  ['de', 'Karte verloren? 116 116 anrufen oder aus dem Ausland +49 30 4050 4050 wählen.', '+49 30 4050 4050'],
  ['fr, four-digit short number', "Opposition carte : appelez le 3639 ou, depuis l'étranger, le +33 1 45 67 89 10.", '+33 1 45 67 89 10'],
  ['es', 'Si pierde la tarjeta, llame al 900 814 500 o al +34 91 123 45 67 desde el extranjero.', '+34 91 123 45 67'],
  ['nl', 'Pas kwijt? Bel 088 123 45 67, of vanuit het buitenland +31 20 123 4567.', '+31 20 123 4567'],
  ['it', "Per bloccare la carta chiamare l'800 822 056 oppure, dall'estero, il +39 02 4526 1234.", '+39 02 4526 1234'],
];

describe('numbers in a non-personal range', () => {
  it.each(IN_RANGE)('%s: not reported', (_name, text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['national and international forms', '0345 600 6000', '+44 345 600 6000', '+44 (0)345 600 6000', '0044 345 600 6000'],
  ])('%s are the same range', (_name, ...forms) => {
    for (const f of forms) expect(serviceRange(f, () => 'en')?.kind).toBe('non-geographic');
  });

  it.each([
    ['a Halle landline in German text', '0345 600 6000', 'de'],
    ['a Munich landline', '089 1234567', 'de'],
    ['a Salerno landline', '089 225 4410', 'it'],
    ['a Torquay landline in English text', '01803 123456', 'en'],
    ['a Navarre landline in Spanish text', '848 123 456', 'es'],
    ['a French personal 09 number', '09 51 23 45 67', 'fr'],
    ['a Dutch location-independent number (a person may have one)', '085 123 4567', 'nl'],
    ['a UK personal number (070)', '070 1234 5678', 'en'],
    ['a German personal number (0700)', '0700 12345678', 'de'],
    ['a Leicester landline', '0116 496 0123', 'en'],
    ['a NANP number in a 901 area', '901-555-0143', 'en'],
    ['a Garmisch landline (08821)', '08821 12345', 'de'],
    ['a Vienna mobile', '+43 664 1234567', 'de'],
    ['a Zurich landline', '+41 44 123 45 67', 'de'],
    ['a Brussels landline', '+32 2 123 45 67', 'fr'],
  ] as const)('%s is no service number', (_name, number, lang) => {
    expect(serviceRange(number, () => lang)).toBeUndefined();
  });

  it('a Halle number in a German text stays; the same digits in an English text are a UK service line', () => {
    expect(phones('Rufen Sie mich bitte unter 0345 600 6000 an, ich bin ab 14 Uhr zu Hause.')).toEqual(['0345 600 6000']);
    expect(phones('For meter readings call 0345 600 6000 and have your account number ready.')).toEqual([]);
  });

  it('tells the language of a text by its function words', () => {
    expect(textLanguage('Please call the number on your card from abroad.')).toBe('en');
    expect(textLanguage('Bitte rufen Sie die Nummer aus dem Ausland an.')).toBe('de');
    expect(textLanguage('Si pierde la tarjeta, llame al número desde el extranjero.')).toBe('es');
    expect(textLanguage('12345')).toBeUndefined();
  });
});

describe('numbers no one holds', () => {
  it.each([
    ['es template', 'Plantilla de firma: Teléfono +34 91 000 00 00, cámbialo por el de tu oficina.', '+34 91 000 00 00'],
    ['de code sample', 'Im Beispiel steht noch TWILIO_TO=+49 30 0000000, woher kommt der Fehler 21211?', '+49 30 0000000'],
    ['en form default', 'The form pre-fills the phone field with 020 0000 0000; can we leave it empty instead?', '020 0000 0000'],
  ])('%s: an all-zero subscriber number is not reported', (_name, text, value) => {
    expect(scanned(text)).toContain(value);
    expect(phones(text)).toEqual([]);
  });

  it.each(['+34 612 000 000', '+49 30 1000 0001', '+39 347 000 0001', '0161 200 0000'])('%s has a subscriber', (n) => {
    expect(isZeroSubscriber(n)).toBe(false);
  });

  it("the writer's own stays", () => {
    expect(phones('Mi número es el +34 600 000 000, llámame mañana.')).toEqual(['+34 600 000 000']);
  });
});

describe("a service's line from abroad", () => {
  it.each(ALTERNATES)('%s: neither number is reported', (_name, text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('the from-abroad words', () => {
  it('each phrase passes the quick gate, in any case', () => {
    for (const phrase of Object.values(FROM_ABROAD).flat()) {
      expect(ABROAD_GATE.test(phrase)).toBe(true);
      expect(ABROAD_GATE.test(phrase.toUpperCase())).toBe(true);
    }
  });
});

describe("a person's own number next to a service number stays", () => {
  it.each([
    ['en customer mobile, no abroad words', "The card line is 0800 123 4567 and the customer's mobile is 07911 123456.", '07911 123456'],
    ['en first person from abroad', 'Call 0800 123 4567 for the bank, or my mobile 07911 123456 from abroad.', '07911 123456'],
    ['en named person from abroad', 'Call 0800 123 4567; from abroad ask for Sarah Whitfield on +44 161 496 0123.', '+44 161 496 0123'],
    ['de first person', 'Sperr-Notruf 116 116, meine Nummer aus dem Ausland: +49 151 23456789.', '+49 151 23456789'],
    ['fr first person', "Appelez le 0 800 12 34 56 ou mon portable depuis l'étranger : +33 6 12 34 56 78.", '+33 6 12 34 56 78'],
    ['es first person', 'Llame al 900 123 456 o a mi móvil 612 345 678 desde el extranjero.', '612 345 678'],
    ['nl first person', 'Bel 0800 0123 voor de bank; mijn nummer in het buitenland is +31 6 12345678.', '+31 6 12345678'],
    ['it named person', "Chiama l'800 123 456 oppure Giulia Bianchi dall'estero al +39 347 123 4567.", '+39 347 123 4567'],
    ['a separate paragraph', 'Card lost? Call 0800 123 4567.\n\nFrom abroad my sister is on +34 612 345 678.', '+34 612 345 678'],
  ])('%s', (_name, text, kept) => {
    expect(phones(text)).toContain(kept);
  });
});

const PRICED: [string, string, string][] = [
  ['en free call', 'Lost your card? Report it any time on 0161 496 0832 (free call from UK landlines).', '0161 496 0832'],
  ['de kostenfrei', 'Die Störungsstelle erreichen Sie unter Tel. 0221 98765430 (kostenfrei aus dem deutschen Festnetz).', '0221 98765430'],
  ['fr non surtaxé', 'Perte de carte ? Faites opposition au 09 70 80 81 82 (appel non surtaxé), 7 j/7.', '09 70 80 81 82'],
  ['es llamada gratuita', 'Para bloquear la tarjeta llame al 913 45 67 89, llamada gratuita desde cualquier fijo.', '913 45 67 89'],
  ['nl lokaal tarief', 'Voor storingen: telefoon 020 765 4321 (lokaal tarief), ook in het weekend.', '020 765 4321'],
  ['it numero verde before', 'Per il blocco della carta: numero verde 02 4567 8901, attivo giorno e notte.', '02 4567 8901'],
];

describe('a number with its call price or freeness beside it is a service line', () => {
  it.each(PRICED)('%s', (_name, text, value) => {
    expect(scanned(text)).toContain(value);
    expect(phones(text)).not.toContain(value);
  });
});

describe("a person's number near price words that are not a call's stays", () => {
  it.each([
    ['en first person', 'Ring my mobile 07700 900 461, local rate from a landline I think.', '07700 900 461'],
    ['nl private sale', 'Bankstel gratis af te halen, bel 06 48213390.', '06 48213390'],
    ['de price of goods', 'Fahrrad für 80 Euro pro Stück, Tel. 0171 2345678.', '0171 2345678'],
  ])('%s', (_name, text, kept) => {
    expect(phones(text)).toContain(kept);
  });
});

describe('the filter is what removes them', () => {
  it.each([...IN_RANGE, ...ALTERNATES])('%s: the scanner reports the number', (_name, text, value) => {
    expect(scanned(text)).toContain(value);
  });
});

describe('tariffBeside: gated by the window cue gate as TARIFF alone', () => {
  it('on random texts of tariff notes around a number, in six languages', () => {
    const r = mulberry32(23);
    const notes = [...new Set(Object.values(TARIFF_NOTES).flat())];
    const bits = [...notes, ...notes.map((w) => w.toUpperCase()), 'appelez', 'chiamare', 'x', 'é', 'ſ', 'İ', '€', '0,20 €', 'min', '.', '\n', 'gratis'];
    const glue = [' ', '', ', ', '. ', '\n', '-', '/'];
    let noted = 0;
    for (let n = 0; n < 4000; n++) {
      let before = '';
      let after = '';
      for (let i = 0, k = Math.floor(r() * 4); i < k; i++) before += (bits[Math.floor(r() * bits.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      for (let i = 0, k = Math.floor(r() * 4); i < k; i++) after += (glue[Math.floor(r() * glue.length)] ?? '') + (bits[Math.floor(r() * bits.length)] ?? '');
      const text = `${before}0800 123 456${after}`;
      const want = tariffBeside(text, before.length, before.length + 12, true);
      expect(tariffBeside(text, before.length, before.length + 12), JSON.stringify(text)).toBe(want);
      if (want) noted++;
    }
    expect(noted).toBeGreaterThan(500);
  });

  it('a note before or after the number, and none', () => {
    for (const [text, want] of [
      ['Hotline 0800 123 456 (gebührenfrei)', true],
      ['Appelez le 0892 123 456 (0,35 €/min)', true],
      ['Numero verde 800 123 456', true],
      ['Call 0800 123 456 today', false],
    ] as const) {
      const start = text.search(/\d/);
      const end = start + (text.slice(start).match(/^[\d ]*\d/)?.[0].length ?? 0);
      expect(tariffBeside(text, start, end), text).toBe(want);
      expect(tariffBeside(text, start, end, true), text).toBe(want);
    }
  });
});

// A charity's helpline in its own newsletter box: staffed around the clock or every day, its status stated beside it.
// Each number is a phone to the scan alone; a volunteer's or the writer's line in the same paragraph stays.
const HELPLINES: [string, string, string][] = [
  ['en', 'Put our box in the newsletter: Listening Line, free 24/7 on 01632 960 123. Registered charity 1123456.', '01632 960 123'],
  ['de', 'Bitte unseren Kasten aufnehmen: Zuhörtelefon, rund um die Uhr unter 0341 496 0280. Gemeinnütziger Verein seit 1984.', '0341 496 0280'],
  ['fr', "Ajoute notre encart : Écoute Solidaire, écoute 24 h/24 au 09 72 39 40 51. Association reconnue d'utilité publique.", '09 72 39 40 51'],
  ['es', 'Añade nuestro recuadro: Línea de Escucha, atención 24 h en el 91 337 01 41, confidencial. Entidad declarada de utilidad pública.', '91 337 01 41'],
  ['nl', 'Zet ons kader in de nieuwsbrief: De Praatlijn, dag en nacht bereikbaar op 030 244 2021. Landelijke vrijwilligersorganisatie.', '030 244 2021'],
  ['it', 'Aggiungi il box: Linea Ascolto, ascolto tutti i giorni al 02 2327 2328, anche via chat. Organizzazione di volontariato.', '02 2327 2328'],
];

describe("a charity's helpline", () => {
  it.each(HELPLINES)('%s', (_lang, text, number) => {
    expect(scanned(text)).toContain(number);
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['en, a volunteer on call', 'Registered charity 1123456. Volunteer on call 24/7: 07700 900 123.'],
    ['en, a named coordinator', 'Registered charity 1123456. Our coordinator Jane Smith is reachable 24/7 on 07700 900 124.'],
    ['fr, the writer\'s mobile', "Association reconnue d'utilité publique. Mon portable, joignable 24 h/24 : 06 12 34 56 78."],
    ['fr, a volunteer', "Association reconnue d'utilité publique. Bénévole joignable tous les jours au 06 12 34 56 79."],
    ['es, the writer\'s mobile', 'Entidad declarada de utilidad pública. Para urgencias, mi móvil 24 horas: 612 345 678.'],
    ['de, no status stated', 'Mein Bruder ist rund um die Uhr erreichbar unter 0171 4452108.'],
    ['nl, a contact person', 'ANBI-stichting. Contactpersoon dag en nacht bereikbaar op 06 41187723.'],
    ['it, a volunteer', 'Organizzazione di volontariato. Volontario reperibile tutti i giorni al 347 118 2290.'],
  ])('keeps %s', (_what, text) => {
    expect(phones(text)).not.toEqual([]);
  });
});
