// An organisation's or venue's public contact data is nobody's personal data: the address, phone and name of a gym, a
// studio, a bar, a depot, a parcel point, a quiz night's pub, a landmark (org-names.ts, read by public-addresses.ts).
// A private person's address in the same kind of sentence stays. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { BRANCH_TAILS, FARM_WORDS, ORG_TAILS, ORG_WORDS } from './data/org-words.js';
import { VENUE_WORDS } from './data/public-venues.js';
import { deskSegment, institutionNamedFor, isOrganisationName, namesOrganisation, tailNameBefore } from './org-names.js';
import { mulberry32 } from '../random/index.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const structured = (text: string): string[] => found(text).filter((f) => /^(?:STREET_ADDRESS|PHONE_NUMBER|EMAIL_ADDRESS):/.test(f));

describe("an organisation's contact block", () => {
  it.each([
    ['en studio and brand', 'Flyer text: Brightside Studio, 8 Mill Lane, Leeds LS1 4AB, 0113 496 0555, classes from £8.'],
    ['en brand in camel case', 'Poster: CoreLab Bankside, 3 Hopton Street, London SE1 9JL, 020 7946 0981.'],
    ['de Studio, opening hours', 'Aushang: Yogastudio Lindenhof, Bergstraße 14, 69120 Heidelberg, Tel. 06221 998877, Mo–Sa 7–21 Uhr.'],
    ['de delivery stops', 'Tour für den Fahrer. Stopp 1: Getränkemarkt Kessler, Ringstraße 40. Stopp 2: Stadtwerke Gießen, Lahnstraße 31.'],
    ['de legal form', 'Fatture bitte an: Hollis GmbH, Bergstraße 14, 69120 Heidelberg.'],
    ['fr garage', 'Affiche : Garage Dumas, 5 rue des Tanneurs, 67000 Strasbourg, 03 88 00 11 22.'],
    ['fr service client', 'Mets en page : Service client Lumio, 40 avenue de la Gare, 69003 Lyon.'],
    ['es gym', 'Cartel: Gimnasio Atlántico, calle Mayor 12, 28013 Madrid, 910 00 11 22.'],
    ['nl parcel point', 'Retouren afgeven bij afhaalpunt Primera, Kanaalweg 8, Utrecht.'],
    ['it bar', 'Volantino: Bar Aurora, via Garibaldi 21, Torino.'],
    ['it warehouse', 'Ritiro merce: Magazzino Centrale, via Garibaldi 21, Torino.'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a shop's contact block with its opening hours", () => {
  it.each([
    ['en', 'Make a poster: Harbour Lights, 3 Quay Street, Whitby YO21 3DH, 01947 600123, open daily 10–6.'],
    ['de', 'Aushang: Kaffeerösterei Sommer, Lindenallee 7, 04103 Leipzig, Tel. 0341 223344, Mo–Sa 8–18 Uhr.'],
    ['fr', 'Affiche : Au Petit Four, 9 rue des Carmes, 45000 Orléans, 02 38 00 11 22, mar.-sam. 7h-19h.'],
    ['es', 'Cartel: La Espiga, calle del Pez 4, 28004 Madrid, 910 22 33 44, lun-sáb 8:00-20:00.'],
    ['nl', 'Poster: De Zoete Inval, Oudegracht 44, Utrecht, 030 123 4567, di-za 9-17.'],
    ['it', 'Locandina: Il Chicco, via Dante 3, Bologna, 051 223344, lun-sab 7-19.'],
  ])('%s: nothing is reported', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['nl my address', 'Mijn adres is Oudegracht 44, Utrecht, bereikbaar ma-vr 9-17.', 'STREET_ADDRESS:Oudegracht 44'],
    ['en at home', 'Please call me at home, 3 Quay Street, Whitby, weekdays Mon-Fri 9-5.', 'STREET_ADDRESS:3 Quay Street'],
  ])('%s: stays', (_name, text, kept) => {
    expect(found(text).join(' ')).toContain(kept);
  });
});

describe("a public event's venue and a landmark", () => {
  it.each([
    ['en quiz night', "It's for the quiz night at the Crown and Anchor, 5 Bridge Street, Ludlow, on Thursday."],
    ['de Kneipenabend', "Die Fragen sind für den Kneipenabend im 'Blauen Hecht', Uferstraße 9, Kiel."],
    ['fr soirée quiz', 'Pour la soirée quiz du Bistrot des Arts, 14 place du Marché, à Dole.'],
    ['es noche de preguntas', 'Para la noche de preguntas del bar La Ola, paseo del Muelle 4, Vigo.'],
    ['nl quizavond', 'Voor de quizavond in de Gouden Leeuw, Markt 12, Venlo.'],
    ['it serata quiz', 'Per la serata quiz al Circolo Arci, via Garibaldi 21, Torino.'],
    ['en landmark history', 'Two lines on the Old Corn Exchange, 12 Market Street, completed in 1862.'],
    ['fr landmark history', 'Une phrase sur la Maison Folie, 7 rue Colbert à Lille, inaugurée en 2004.'],
    ['it landmark history', 'Due righe sulla Torre Velasca, piazza Velasca 5 a Milano, completata nel 1958.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(structured(text)).toEqual([]);
  });

  it('a person named in the quiz answers, a blank line before the venue, does not own its address', () => {
    const text = 'Wer malte die Sonnenblumen? (Vincent van Gogh)\n\nDas Quiz ist im Café Hafenblick, Kaistraße 3, Kiel.';
    expect(structured(text)).toEqual([]);
  });
});

describe('private contact data in the same kind of sentence stays', () => {
  it.each([
    ['en my home', 'Please send the parcel to my home, 8 Mill Lane, Leeds LS1 4AB.', 'STREET_ADDRESS:8 Mill Lane'],
    ['en a house with a history', 'We bought the house at 12 Market Street, built in 1930, last year.', 'STREET_ADDRESS:12 Market Street'],
    ['de wohnt', 'Frau Keller wohnt in der Bergstraße 14, 69120 Heidelberg.', 'STREET_ADDRESS:Bergstraße 14'],
    ['de a tenant above the studio', 'Post für den Mieter über dem Studio Lindenhof, Bergstraße 14, 69120 Heidelberg.', 'STREET_ADDRESS:Bergstraße 14'],
    ['fr domicilié', 'Je suis domicilié au 5 rue des Tanneurs, 67000 Strasbourg.', 'STREET_ADDRESS:5 rue des Tanneurs'],
    ['es mi dirección', 'Mi dirección es calle Mayor 12, 28013 Madrid.', 'STREET_ADDRESS:calle Mayor 12'],
    ['nl ik woon', 'Ik woon op Kanaalweg 8, Utrecht.', 'STREET_ADDRESS:Kanaalweg 8'],
    ['it abito', 'Abito in via Garibaldi 21, Torino.', 'STREET_ADDRESS:via Garibaldi 21'],
    ['it a customer next to the bar', 'Consegna al cliente sopra il Bar Aurora, via Garibaldi 21, Torino.', 'STREET_ADDRESS:via Garibaldi 21'],
  ])('%s', (_name, text, kept) => {
    expect(found(text).join(' ')).toContain(kept);
  });

  it('a product name in camel case does not make a phone number an organisation\'s', () => {
    expect(structured('Nicht anrufen, lieber per WhatsApp an 0171 2345678.')).toEqual(['PHONE_NUMBER:0171 2345678']);
  });
});

describe('namesOrganisation and isOrganisationName', () => {
  it('reads the owner of the value after the stretch', () => {
    const text = 'Poster: CoreLab Bankside, ';
    expect(namesOrganisation(text, 0, text.length)).toBe(true);
    const plain = 'Poster for the flat at ';
    expect(namesOrganisation(plain, 0, plain.length)).toBe(false);
  });

  it.each([
    ['Getränkemarkt Kessler', true],
    ['Bar Aurora', true],
    ['Petra Hollmann', false],
    // a sentence's first words run into a venue's name after an article, in each language
    ['Ist das Hotel Adlon Kempinski', true],
    ['Is the Museum Folkwang', true],
    ['Est-ce que le Musée Rodin', true],
    ['Está el Hotel Marqués', true],
    ['Is het Hotel Zeezicht', true],
    ['Il Museo Egizio', true],
    // a particle is no article: a surname that ends in a noun stays a person's
    ['Willem van der Kerk', false],
    ['Maria del Carmen', false],
  ])('%s: %s', (span, expected) => {
    expect(isOrganisationName(span)).toBe(expected);
  });
});

describe('institutionNamedFor: gated by the window cue gate as the pattern alone', () => {
  it('on random texts of nouns, titles and names, glued and spaced', () => {
    const r = mulberry32(17);
    const bits = ['École élémentaire', 'Praxis', 'Arztpraxis', 'Liceo', 'Studio legale', 'scuola', 'Museum', 'Dr.', 'Avv.', 'Prof', 'von', 'xpraxis', 'praxisx', 'é', 'ſ', 'İ', 'la', 'Kanzlei', 'Dott.ssa', 'SRA', 'Banque de France', 'pour', 'für', 'ASL', 'AEPD', 'de', 'centro', 'Zentrum', 'museo nazionale', '4', 'Dr.x'];
    const glue = [' ', '', '  ', ', ', '\n', '-', '\t', '.', '’'];
    let named = 0;
    for (let n = 0; n < 6000; n++) {
      let before = '';
      for (let i = 0, k = Math.floor(r() * 6); i < k; i++) before += (bits[Math.floor(r() * bits.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      const text = `${before}Jules Ferry, 12 rue X`;
      const want = institutionNamedFor(text, before.length, true);
      expect(institutionNamedFor(text, before.length), JSON.stringify(text)).toBe(want);
      if (want) named++;
    }
    expect(named).toBeGreaterThan(200);
  });

  it('a name after an institution noun in each of the six languages, and not after other words', () => {
    for (const [before, want] of [
      ['École élémentaire ', true],
      ['Arztpraxis Dr. ', true],
      ['Museum ', true],
      ['Colegio ', true],
      ['Ziekenhuis ', true],
      ['Liceo ', true],
      ['my friend ', false],
      ['Tierarztpraxisx ', false],
    ] as const) {
      const text = `${before}Jules Ferry`;
      expect(institutionNamedFor(text, before.length), text).toBe(want);
      expect(institutionNamedFor(text, before.length, true), text).toBe(want);
    }
  });
});

// Federations, associations, foundations and clubs publish their seat: their name introduces it as a firm's does, and a
// named building joined to its noun by a hyphen ("Essalam-moskee") is named. A member's or donor's home in the same
// kind of sentence stays.
describe("a non-profit body's seat and a hyphen-named building", () => {
  it.each([
    ['en', 'Format for our site: National Rowing Federation, 6 Riverside Walk, London SW6 3JW. Licences go through the portal.'],
    ['de', 'Bitte für die Website: Deutscher Kanuverband, Bertaallee 8, 47055 Duisburg. Lizenzen laufen über das Portal.'],
    ['fr', 'Mets en forme pour notre site : Fédération Française de Pétanque, 13 rue Trigance, 13002 Marseille.'],
    ['es', 'Formatea para la web: Fundación Mar Abierto, Calle del Prado 24, 28014 Madrid.'],
    ['nl', 'Maak de aankondiging op: vrijdaggebed in de Noor-moskee, Kerkstraat 4, 3061 AE Rotterdam; khutba om 13.30 uur.'],
    ['it', 'Formatta per il sito: Associazione Amici del Porto, via Roma 12, 16126 Genova.'],
  ])('%s', (_lang, text) => {
    expect(structured(text)).toEqual([]);
  });

  it.each([
    ['en', 'Donation form for the Heart Foundation: donor Priya Raghunathan, 27 Beechwood Avenue, Harrogate HG2 0LR.'],
    ['de', 'Mitgliedsantrag Sportverein Blau-Weiß: wohnhaft Lindenweg 3, 02826 Görlitz'],
    ['fr', "Inscription à l'Association Sportive de Lyon : j'habite 12 rue des Lilas, 69003 Lyon"],
    ['es', 'Solicitud a la Fundación Once: mi domicilio es Calle de la Rosa 14, 28014 Madrid'],
    ['nl', 'Aanmelding voetbalvereniging: ons adres is Dorpsstraat 3, 9401 GK Assen'],
    ['it', "Domanda all'Associazione Amici del Cuore: residente in via Roma 12, 20124 Milano"],
    ['en, a given name that is a word', 'Please send it to Charity Johnson, 12 Elm Road, Leeds LS6 2BN.'],
  ])('keeps %s', (_lang, text) => {
    expect(structured(text).some((f) => f.startsWith('STREET_ADDRESS:'))).toBe(true);
  });
});

// A farm's or estate's flyer names it as a business does, capitalised, before its address and line. A farmer's own farm
// written as a place in lower case after the farmer's name keeps its address and phone.
describe("a farm's published contact block", () => {
  it.each([
    ['en', 'Flyer text: Hollow Oak Farm Shop, Mill Lane, 4 Church Road, Ledbury HR8 2AB. Strawberries from June.'],
    ['de', 'Flyertext: Hofladen Sonnenwiese, Dorfstraße 4, 31134 Hildesheim, 05121 778899. Spargel ab April.'],
    ['fr', "Texte de flyer : La Ferme des Grands Champs, vente directe, 2 route de Dreux, 28300 Mainvilliers, 02 37 22 14 61."],
    ['es', 'Texto para folleto: Granja El Olivar, Camino del Molino 3, 30720 San Javier, 968 19 44 21.'],
    ['nl', 'Flyertekst: Boerderijwinkel De Linde, Lindeweg 12, 3771 PC Barneveld, 0342-412 901.'],
    ['it', 'Testo del volantino: Fattoria Le Ginestre, via dei Campi 8, 53026 Pienza, 0578 749 120.'],
  ])('%s', (_lang, text) => {
    expect(structured(text)).toEqual([]);
  });

  it.each([
    ['it', "Frontespizio: allevatore Giuseppe Mancini, cascina Sant'Anna, strada Provinciale 42 n. 5, 12045 Fossano (CN), tel. 0172 691 348."],
    ['fr', "J'habite à la ferme, 2 route de Chartres, 28300 Bailleau-l'Évêque."],
    ['es', 'Dolores Granja, Calle Mayor 3, 28013 Madrid'],
  ])('keeps %s', (_lang, text) => {
    expect(structured(text).some((f) => f.startsWith('STREET_ADDRESS:'))).toBe(true);
  });
});

// An institution or federation heading its address by its acronym (org-names.ts acronymHeading); a name in capitals,
// or the same entry typed all in capitals, is still a person's.
describe('an acronym heading its address', () => {
  it.each([
    ['it federation', "Formatta per il sito: FIGC, Via Gregorio Allegri 14, 00198 Roma. Aggiungi una frase sul tesseramento."],
    ['en federation', 'Footer text: UEFA, Route de Genève 46, 1260 Nyon, Switzerland.'],
    ['de authority, mixed case', 'Für den Flyer: BfArM, Kurt-Georg-Kiesinger-Allee 3, 53175 Bonn.'],
    ['es federation', 'Pon en el pie: RFEF, Calle Ramón y Cajal s/n, 28232 Las Rozas.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(structured(text)).toEqual([]);
  });
  it.each([
    ['surname in capitals', 'Spedire a: ROSSI, Via Roma 12, 00184 Roma, citofono 3.', 'STREET_ADDRESS:Via Roma 12'],
    ['given name in capitals', 'Envoyer à : CLAIRE, 12 rue des Lilas, 69003 Lyon, sa nouvelle adresse.', 'STREET_ADDRESS:12 rue des Lilas'],
    ['a person before the acronym', 'Please post to Anna Bell, NHS, 4 Elm Road, Leeds LS6 2AB, her home.', 'STREET_ADDRESS:4 Elm Road'],
  ])('%s: the address is kept', (_name, text, want) => {
    expect(structured(text).some((f) => f.startsWith(want))).toBe(true);
  });
});

describe("an organisation's tail noun or branch at a name's end: the read-back gates give the patterns answers", () => {
  it('isOrganisationName and tailNameBefore on random texts, at every end', () => {
    const r = mulberry32(61);
    const tails = [...Object.values(ORG_TAILS).flat(), ...Object.values(BRANCH_TAILS).flat()];
    const pieces = [...tails, ...tails.map((w) => w.toLowerCase()), ...tails.map((w) => w.toUpperCase()), 'Ribble', 'Anna', 'Padova', 'of', '&', 'on', 'at', 'office', 'tel.', 'Tel', 'phone', 'unter', 'op', 'au', 'al', 'allo', 'x', 'é', 'ſ'];
    const glue = [' ', ' ', ' ', '  ', '\n', '', ',', ', ', ':', ': ', '-'];
    let org = 0;
    let tail = 0;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 6); i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      for (let at = 1; at <= s.length; at++) {
        const span = s.slice(0, at);
        const a = isOrganisationName(span, true);
        expect(isOrganisationName(span), JSON.stringify(span)).toBe(a);
        const from = Math.floor(r() * at);
        const b = tailNameBefore(s, from, at, true);
        expect(tailNameBefore(s, from, at), JSON.stringify([s, from, at])).toBe(b);
        if (a) org++;
        if (b !== -1) tail++;
      }
    }
    expect(org).toBeGreaterThan(300);
    expect(tail).toBeGreaterThan(300);
  });
});

describe('deskSegment: the noun look-up gives the pattern\'s answers', () => {
  const nouns = [...Object.values(VENUE_WORDS), ...Object.values(ORG_WORDS), ...Object.values(FARM_WORDS)].flat();
  it('on every noun in lower, upper and title case, with spaces, tabs, line breaks and no-break spaces around and inside', () => {
    const r = mulberry32(13);
    const spaces = [' ', '  ', '\t', '\n', '\u00a0', ' \n '];
    let hits = 0;
    for (const w of nouns) {
      for (const v of [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]) {
        const inner = v.replace(/ /g, () => spaces[Math.floor(r() * spaces.length)] ?? ' ');
        for (const seg of [v, inner, ` ${inner} `, `\t${v}\n`, `${v}x`, `x ${v}`, `${v}s`, inner.replace(/ /g, '')]) {
          const want = deskSegment(seg, true);
          expect(deskSegment(seg), JSON.stringify(seg)).toBe(want);
          if (want) hits++;
        }
      }
    }
    expect(hits).toBeGreaterThan(nouns.length * 4);
  });
  it('on random segments with letters whose case folding is special (long s, Kelvin sign, micro sign, dotted I) and other scripts', () => {
    const r = mulberry32(29);
    const pieces = [...nouns.slice(0, 200), 'ſ', '\u212a', 'µ', 'İ', 'ı', 'ß', 'ẞ', 'ÿ', 'Ÿ', '’', 'é', 'É', 'x', 'Σ', '-', "'"];
    const glue = [' ', '', '\t', '\u00a0', '\n'];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 3); i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      const seg = r() < 0.5 ? s.toUpperCase() : s;
      expect(deskSegment(seg), JSON.stringify(seg)).toBe(deskSegment(seg, true));
    }
  });
  it('each Latin-1 character but the micro sign matches a noun\'s letter under the `iu` flags exactly when its lower case is that letter', () => {
    const letters = new Set(Array.from(nouns.join('').toLowerCase()));
    for (let c = 0; c <= 0xff; c++) {
      if (c === 0xb5) continue;
      const ch = String.fromCharCode(c);
      for (const l of letters) expect(new RegExp(`^${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(ch), `${l} ${c}`).toBe(ch.toLowerCase() === l);
    }
  });
});
