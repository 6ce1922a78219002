// The address gate's homes told by a move, a flat's unit, a home's own case, "our own house" and a residence verb after
// the address (address-evidence.ts, data/address-evidence-words.ts). Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { addressEvidenceFor } from './address-evidence.js';
import { classify } from './classify.js';
import { detect } from './detect.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const dataClass = (text: string): string => classify(request(text)).dataClass;
/** The gate's evidence for the first address found in `text` (detect has no gate). */
const evidence = (text: string): string | undefined => {
  const a = detect(text).find((f) => f.entity === 'STREET_ADDRESS');
  if (a === undefined) throw new Error(`no address in: ${text}`);
  return addressEvidenceFor(text, a.start, a.end);
};

describe('a house move before a bare address: a removal van, a parking bay suspended for it', () => {
  it.each([
    ['en', 'Book a parking suspension for the removal van outside 41 Quarry Close, Ripon HG4 2QT on Friday.'],
    ['en', 'Quote for a house move on 3 March from 41 Quarry Close, Ripon HG4 2QT, three bedrooms, piano.'],
    ['de', 'Bitte die Halteverbotszone für den Umzugswagen in der Quittenstraße 21, 45127 Essen beantragen, Freitag 7-15 Uhr.'],
    ['de', 'Der Möbellift steht am Samstag vor Quittenstraße 21, 45127 Essen, 4. Stock.'],
    ['fr', "Demande d'autorisation de stationnement pour le monte-meubles devant le 7 allée des Quetsches, 44300 Nantes."],
    ['es', 'Reserva de espacio para el camión de mudanzas frente a Calle Quintana 14, 28008 Madrid, el lunes.'],
    ['nl', 'Vraag een ontheffing parkeren aan voor de verhuislift bij Kwartelweg 23, 8671 ED Almere, zaterdag.'],
    ['it', 'Serve il permesso per il camion traslochi in Via dei Quercioli 14, 40127 Bologna, martedì mattina.'],
  ])('%s: the address is a home and the request stays flagged', (_, text) => {
    expect(evidence(text)).toBeDefined();
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['en, the firm apposed', 'Contact Quarrendon Removals, 41 Quarry Close, Ripon HG4 2QT, for a removal van quote.'],
    ['de, the firm apposed', 'Umzugswagen mieten bei Quast Autovermietung, Quittenstraße 21, 45127 Essen, ab 49 Euro am Tag.'],
    ['fr, an office moving', "Notre agence déménage au 7 allée des Quetsches, 44300 Nantes à partir de lundi."],
    ['nl, a shop moving', 'Onze winkel verhuist naar Kwartelweg 23, 8671 ED Almere. Nieuwe openingstijden volgen.'],
  ])('%s: no move of a home: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});

describe("a home's own case near the address: a claim's damage, a loss adjuster, a tenancy or neighbours' dispute", () => {
  it.each([
    ['en', 'Can the loss adjuster see the water damage at 41 Quarry Close, Ripon HG4 2QT on Tuesday?'],
    ['en', 'Which court hears an eviction for 41 Quarry Close, Ripon HG4 2QT? Rent arrears since May.'],
    ['de', 'Der Gutachter kommt wegen des Wasserschadens in die Quittenstraße 21, 45127 Essen.'],
    ['de', 'Ortstermin: Quittenstraße 21, 45127 Essen, Hagelschaden an Dach und Wintergarten.'],
    ['fr', "Le dégât des eaux au 7 allée des Quetsches, 44300 Nantes date de lundi, l'expert passe quand ?"],
    ['es', 'El perito irá a Calle Quintana 14, 28008 Madrid por la fuga de agua del baño.'],
    ['nl', 'Wie betaalt de lekkage op Kwartelweg 23, 8671 ED Almere, huurder of verhuurder?'],
    ['it', 'Il perito può fare il sopralluogo in Via dei Quercioli 14, 40127 Bologna per le infiltrazioni?'],
    ['it', "Per lo sfratto dell'immobile in Via dei Quercioli 14, 40127 Bologna quale giudice è competente?"],
  ])('%s: the address is a home and the request stays flagged', (_, text) => {
    expect(evidence(text)).toBeDefined();
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['es, the insurer apposed', 'Escrito al Consorcio de Compensación de Seguros, Calle Quintana 14, 28008 Madrid, por un siniestro del granizo.'],
    ['en, the regulator apposed', 'Complaints about rent arrears go to the Quarry Housing Ombudsman, 41 Quarry Close, Ripon HG4 2QT.'],
  ])('%s: an organisation named at the address: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});

describe("a flat's unit right before or after the address", () => {
  it.each([
    ['en', 'Send the welcome pack to Flat 6, 41 Quarry Close, Ripon HG4 2QT, the keys are ready.'],
    ['en', 'Meter reading due at Apartment 12, 41 Quarry Close, Ripon HG4 2QT next week.'],
    ['de', 'Zählerstand für Quittenstraße 21, Whg. 14, 45127 Essen bitte bis Freitag.'],
    ['fr', 'Relevé du compteur au 7 allée des Quetsches, appartement 12, 44300 Nantes, mardi.'],
    ['it', 'Lettura del contatore in Via dei Quercioli 14, interno 9, 40127 Bologna, giovedì.'],
  ])('%s: the address is a flat and the request stays flagged', (_, text) => {
    expect(evidence(text)).toBeDefined();
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['es', 'Alta del suministro en Calle Quintana 14, bajo B, 28008 Madrid desde el lunes.'],
    ['es', 'Lectura del contador en Calle Quintana 14, entlo. 2, 28008 Madrid, por favor.'],
  ])('%s: a ground-floor door in the address is a flat', (_, text) => {
    expect(evidence(text)).toBeDefined();
  });

  it.each([
    ['en, a unit of a business park', 'Our warehouse is at Unit 6, 41 Quarry Close, Ripon HG4 2QT, open 8 to 5.'],
    ['en, a suite', 'The agency moved to Suite 4, 41 Quarry Close, Ripon HG4 2QT.'],
  ])('%s: no flat: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});

describe("a possessive, 'own' and a home word; an insured's or an occupier's home", () => {
  it.each([
    ['en', 'Guests can drop by our own house at 41 Quarry Close, Ripon HG4 2QT if the key safe jams.'],
    ['de', 'Wir treffen uns in unserem eigenen Haus in der Quittenstraße 21, 45127 Essen.'],
    ['fr', 'Les clients peuvent passer à notre propre maison au 7 allée des Quetsches, 44300 Nantes.'],
    ['es', 'Las llaves se recogen en nuestra propia casa en Calle Quintana 14, 28008 Madrid.'],
    ['nl', 'Gasten kunnen aanbellen bij ons eigen huis op Kwartelweg 23, 8671 ED Almere.'],
    ['en', "Book the surveyor at the insured's home, 41 Quarry Close, Ripon HG4 2QT."],
    ['en', 'The new occupier of 41 Quarry Close, Ripon HG4 2QT moves in on Monday.'],
  ])('%s: the request stays flagged', (_, text) => {
    expect(dataClass(text)).toBe('pii');
  });
});

describe('a present-tense residence verb right after the address (German and Dutch verb-final clauses)', () => {
  it.each([
    ['de', 'Welches Amt ist zuständig, wenn der Antragsteller in der Quittenstraße 21, 45127 Essen wohnt?'],
    ['de', 'Welche Schule gilt, wenn das Kind in der Quittenstraße 21, 45127 Essen gemeldet ist?'],
    ['nl', 'Welke gemeente is bevoegd als de aanvrager op Kwartelweg 23, 8671 ED Almere woont?'],
  ])('%s: the request stays flagged', (_, text) => {
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['de, past tense: a biography', 'Der Dichter wohnte von 1901 bis 1910 in der Quittenstraße 21, 45127 Essen.'],
    ['de, a firm sits there', 'Die Geschäftsstelle sitzt in der Quittenstraße 21, 45127 Essen.'],
  ])('%s: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});

describe('an inspection, a survey or a meter reading right before a bare address', () => {
  it.each([
    ['en', 'Book the engineer inspection at 26 Quarry Close, Ripon HG4 2QT for Tuesday morning.'],
    ['en', 'Please confirm the damp survey at 41 Quarry Close, Ripon HG4 2QT, access from 9.'],
    ['de', 'Bitte die Wohnungsabnahme in der Quittenstraße 21, 45127 Essen für Montag bestätigen.'],
    ['fr', "Rédige la convocation à l'état des lieux de sortie au 7 allée des Quetsches, 44300 Nantes, lundi 10 h."],
    ['es', 'Confirma la lectura del contador en Calle Quintana 14, 28008 Madrid el martes.'],
    ['nl', 'Bevestig de bezichtiging op Kwartelweg 23, 8671 ED Almere, dinsdag 14 uur.'],
    ['it', 'Conferma la lettura del contatore in Via dei Quercioli 14, 40127 Bologna per giovedì.'],
  ])('%s: the address is a home and the request stays flagged', (_, text) => {
    expect(evidence(text)).toBe('destination');
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['en, a venue named between', 'Fire safety inspection at the Quarry Arms, 26 Quarry Close, Ripon HG4 2QT on Tuesday.'],
    ['en, another sentence', 'The museum reopens after the inspection. Visit us at 26 Quarry Close, Ripon HG4 2QT.'],
  ])('%s: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});

describe('a lone address, then a yes-or-no question that names the office which may cover it', () => {
  it.each([
    ['en', 'New referral at 41 Quarry Close, Ripon HG4 2QT. Is that North Yorkshire Council or Harrogate for the assessment?'],
    ['de', 'Neue Anfrage in der Quittenstraße 21, 45127 Essen. Gehört das zum Bürgeramt Mitte oder zu Rüttenscheid?'],
    ['fr', 'Nouvelle demande au 7 allée des Quetsches, 44300 Nantes. Est-ce la mairie annexe de Doulon ou celle du centre ?'],
    ['es', 'Nueva solicitud en Calle Quintana 14, 28008 Madrid. ¿Pertenece al ayuntamiento de Madrid o a Pozuelo?'],
    ['nl', 'Nieuwe aanvraag op Kwartelweg 23, 8671 ED Almere. Valt dat onder het stadhuis van Almere of van Lelystad?'],
    ['it', 'Nuova richiesta in Via Quintino Sella 14, 10121 Torino. Fa capo al municipio di Torino o di Moncalieri?'],
  ])('%s: the request stays flagged', (_, text) => {
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['en: the office placed at the address', 'Leeds City Council, 27 Calverley Street, Leeds LS1 1UR. Is that the main reception for benefits?'],
    ['de: the office placed at the address', 'Das Bürgeramt Mitte sitzt in der Quittenstraße 21, 45127 Essen. Ist das auch samstags offen?'],
  ])('%s: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});

describe('an office named only as the one asked for, before a mover’s address', () => {
  it.each([
    ['en', 'Which jobcentre is responsible if a claimant moves to 41 Quarry Close, Ripon HG4 2QT next month?'],
    ['de', 'Welches Bürgeramt ist zuständig, wenn jemand in die Quittenstraße 21, 45127 Essen zieht?'],
    ['fr', 'Quelle mairie est compétente si quelqu’un emménage au 7 allée des Quetsches, 44300 Nantes ?'],
    ['es', '¿Qué oficina de empleo le corresponde si alguien se muda a Calle Quintana 14, 28008 Madrid?'],
    ['nl', 'Welk gemeentehuis is bevoegd als iemand verhuist naar Kwartelweg 23, 8671 ED Almere?'],
    ['it', "Quale ufficio dell'anagrafe è competente se qualcuno si trasferisce in Via Quintino Sella 14, 10121 Torino?"],
  ])('%s: the address is found and the request flagged', (_, text) => {
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['de: the office named as the address’s own', 'Das Jobcenter Essen ist in der Quittenstraße 21, 45127 Essen, zuständig für den Süden.'],
    ['en: the office named before its address', 'The Ripon jobcentre at 41 Quarry Close, Ripon HG4 2QT is open until 4pm.'],
  ])('%s: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});
