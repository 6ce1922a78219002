// Gaps found by the second held-out set (bench/data/detector-holdout-2), each pinned by sentences of our own: the fix is a
// general rule or word list, so it must hold on text other than the set's.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('phone numbers without a cue: service ranges are not personal numbers', () => {
  it.each([
    ['UK/NL freephone grouped 4-3-4', 'Their hotline 0800 014 7720 is free from landlines.'],
    ['DE freephone', 'Die Hotline 0800 3344556 ist kostenlos.'],
    ['DE/NL premium rate', 'Die Auskunft unter 0900 1234567 kostet 1,99 Euro.'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PHONE_NUMBER'))).toEqual([]);
  });
  it.each([
    ['NL landline', 'Zijn nummer is 020-6241873, na vijven.', 'PHONE_NUMBER:020-6241873'],
    ['NL location-independent 085', 'Het nummer 085 123 4567 werkt weer.', 'PHONE_NUMBER:085 123 4567'],
    ['IT landline, Bari', 'Il suo numero 080 5214321 non risponde.', 'PHONE_NUMBER:080 5214321'],
    ['DE landline', 'Die Nummer 030 22918480 gehört ihr.', 'PHONE_NUMBER:030 22918480'],
  ])('still found: %s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('public figures of each language area are general knowledge', () => {
  it.each([
    ['Italian composer and his opera', 'Giacomo Puccini ha scritto la Tosca nel 1900.'],
    ['French politician', 'Simone de Beauvoir et Jean-Paul Sartre se sont rencontrés quand ?'],
    ['Dutch painter, not a question', 'Johannes Vermeer schilderde het Meisje met de parel.'],
    ['Dutch footballer, particle name', 'Marco van Basten scoorde in 1988 tegen de Sovjet-Unie.'],
    ['Spanish writer', 'Mario Vargas Llosa ganó el Nobel en qué año?'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]);
  });
  it('a private person who shares a surname is still found', () => {
    expect(found('Please draft a letter to Karin Vermeer about her overdue invoice.')).toContain('PERSON:Karin Vermeer');
  });
});

describe('question starts: how many / in which year, in the six languages', () => {
  it.each([
    ['it quanti', 'Quanti gol ha segnato Filippo Inzaghi nel Milan?'],
    ['es cuántos', 'Cuántos goles marcó Raúl González con el Madrid?'],
    ['fr combien', 'Combien de titres a gagné Didier Deschamps comme joueur ?'],
    ['nl hoeveel', 'Hoeveel doelpunten maakte Wesley Sneijder?'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]);
  });
});

describe('Italian date of birth after the elided article', () => {
  it.each([
    ["nato l'", "Paziente nato l'8/05/1951, iperteso.", 'DATE_OF_BIRTH:8/05/1951'],
    ["nata l'", "La bambina, nata l'11 marzo 2020, ha la febbre.", 'DATE_OF_BIRTH:11 marzo 2020'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('legal and insurance role labels before a name', () => {
  it.each([
    ['nl volmachtgever', 'Volmachtgever: Sjoukje Bylsma, wonend te Sneek.', 'PERSON:Sjoukje Bylsma'],
    ['de Vollmachtgeberin', 'Vollmachtgeberin: Hiltrud Quadflieg, wohnhaft in Bonn.', 'PERSON:Hiltrud Quadflieg'],
    ['it delegante', 'Delegante: Santuzza Quagliarella, residente a Bari.', 'PERSON:Santuzza Quagliarella'],
    ['es poderdante', 'Poderdante: Itxaso Iturralde Goñi, vecina de Getxo.', 'PERSON:Itxaso Iturralde Goñi'],
    ['fr mandante', 'Mandante : Gwenola Kerdraon, demeurant à Brest.', 'PERSON:Gwenola Kerdraon'],
    ['en grantor', 'Grantor: Morwenna Trevithick of Truro.', 'PERSON:Morwenna Trevithick'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('four-part version numbers in upgrade sentences are not IP addresses', () => {
  it.each([
    ['en, upgrade from', 'After upgrading from 3.4.12.7 the agent crashes on start.'],
    ['de, Update auf', 'Seit dem Update auf 6.2.14.9 startet die App nicht mehr.'],
    ['fr, mise à jour', 'La mise à jour 12.1.7.3 a cassé la synchro.'],
    ['es, bump de X a Y', 'Al pasar de 9.4.21.2 a 9.5.0.1 falla la migración.'],
    ['nl, firmware', 'De router draait firmware 7.29.4.2 sinds vorige week.'],
    ['it, da X a Y', 'Passando da 4.17.3.6 a 4.18.0.2 il servizio non parte.'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('IP_ADDRESS'))).toEqual([]);
  });
  it('an address after "updated to" or in a login line is still found', () => {
    expect(found('The firewall rule was updated to 81.27.144.9 yesterday.')).toContain('IP_ADDRESS:81.27.144.9');
    expect(found('login from 81.27.144.9 to 93.184.216.34 blocked')).toContain('IP_ADDRESS:93.184.216.34');
  });
});

describe('payment-provider test cards named as such are nobody card', () => {
  it.each([
    ['es', 'Para el entorno de pruebas usa la tarjeta de pruebas 4548 8120 4940 0012.', '4548 8120 4940 0012'],
    ['nl', 'Gebruik testkaart 4111 1111 4555 1142 in de acceptatieomgeving.', '4111 1111 4555 1142'],
    ['it', 'Per i collaudi vale la carta di test 4349 9401 9900 4549.', '4349 9401 9900 4549'],
  ])('%s', (_name, text, card) => {
    expect(found(text)).not.toContain(`CREDIT_CARD:${card}`);
  });
  it('the same number without a test word is a card', () => {
    expect(found('Meine Karte 4548 8120 4940 0012 wurde abgelehnt.')).toContain('CREDIT_CARD:4548 8120 4940 0012');
  });
  // A list of test numbers: the later items are as far from the list's cue as the list is long.
  it.each([
    ['en', 'Stripe test cards for the QA plan: 4242 4242 4242 4242, 4000 0025 0000 3155 and 5248 6190 3517 2218', '5248 6190 3517 2218'],
    ['de', 'Testkarten aus der Doku, Adyen/Stripe gemischt: 4111 1111 1111 1111 und 4548 8120 4940 0012', '4548 8120 4940 0012'],
    ['fr', 'Cartes de test Stripe pour la recette : 4242424242424242 ou 4548812049400012 ?', '4548812049400012'],
    ['es', 'Tarjetas de prueba del TPV virtual y Stripe: 4242 4242 4242 4242 y 4548 8120 4940 0012', '4548 8120 4940 0012'],
    ['nl', 'Testkaarten van de PSP, zie de handleiding: 4111 1111 1111 1111 of 4111 1111 4555 1142', '4111 1111 4555 1142'],
    ['it', 'Carte di test Nexi e Stripe: 4242 4242 4242 4242 e 4548 8120 4940 0012, quale simula il rifiuto?', '4548 8120 4940 0012'],
  ])('%s: every card in a list of test cards', (_lang, text, card) => {
    expect(found(text)).not.toContain(`CREDIT_CARD:${card}`);
  });
  it('a card after a test card with words of its own between them is still a card', () => {
    expect(found('Carte di test Nexi e Stripe: 4242 4242 4242 4242 e la mia carta vera 4548 8120 4940 0012')).toContain('CREDIT_CARD:4548 8120 4940 0012');
    expect(found('la tarjeta de pruebas 4242 4242 4242 4242 y mi tarjeta 4548 8120 4940 0012')).toContain('CREDIT_CARD:4548 8120 4940 0012');
  });
});

describe('lower-case names at the start of a clinical note', () => {
  it.each([
    ['after a colon, bed number', 'tidy this up: ingrid holmqvist bed 6, sepsis from a UTI, on IV gent', 'PERSON:ingrid holmqvist'],
    ['German age abbreviation', 'kurz bitte: wiebke oltmanns, 71 J., Pneumonie rechts basal', 'PERSON:wiebke oltmanns'],
    ['French room', 'transmission : maëlle kerjean ch 12, douleur post-op', 'PERSON:maëlle kerjean'],
    ['Dutch room glued to the number', 'overdracht: sanne wijnbergen k4, koorts', 'PERSON:sanne wijnbergen'],
    ['Italian bed, three words', 'consegna: giuseppe de filippis letto 3, febbre', 'PERSON:giuseppe de filippis'],
    ['a name and a date answering a verification question', 'karin lindqvist 9.11.71', 'PERSON:karin lindqvist'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
  it('a common word that is also a name, before a particle, is not one', () => {
    expect(found('Caso clinico: donna di 54 anni con dispnea').filter((f) => f.startsWith('PERSON'))).toEqual([]);
  });
});

describe('names by what follows them', () => {
  it.each([
    ['lone first name and a department (en)', 'How do I tell the team that Harriet from the accounts team is having surgery?', 'PERSON:Harriet'],
    ['lone first name and a department (nl)', 'Hoe zeg ik dat Sanne van de receptie langdurig ziek is?', 'PERSON:Sanne'],
    ['lone first name and a department (it)', "Come dico che Ilaria dell'ufficio acquisti è in chemioterapia?", 'PERSON:Ilaria'],
    ['lone first name and sick leave (es)', 'Pilar está de baja desde el lunes, ¿cómo reorganizo los turnos?', 'PERSON:Pilar'],
    ['lone first name and sick leave (nl)', 'Sanne is ziekgemeld, wie neemt haar dienst over?', 'PERSON:Sanne'],
    ['two unlisted capitalised words and an age (nl)', 'Schrijf een verwijzing voor Wybren Oostinga, 57 jaar, COPD.', 'PERSON:Wybren Oostinga'],
    ['two unlisted capitalised words and an age (en)', 'Write a referral for Tamsin Penhallow, 57 years, COPD.', 'PERSON:Tamsin Penhallow'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('not a person', () => {
  it.each([
    ['organisation noun after "with"', 'The parcel went with Royal Mail and the refund with British Airways.'],
    ['brand and model', 'Is a Porsche Macan cheaper to insure than a Ferrari Purosangue?'],
    ['compound place named after a person', 'We treffen elkaar op de Albert Cuypmarkt bij de ingang.'],
  ])('%s', (_name, text) => {
    expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]);
  });
  it('a street line does not run across the end of a sentence', () => {
    expect(found('Pain for 20 minutes. ECG shows ST depression.').filter((f) => f.startsWith('STREET_ADDRESS'))).toEqual([]);
    expect(found('Deliver to 14 St. James Street please.')).toContain('STREET_ADDRESS:14 St. James Street');
  });
});

describe('identifiers after their labels', () => {
  it.each([
    ['GitLab token', 'export CI_TOKEN=glpat-Xq8vN2rT5yL1mK9pW3zB', 'GITLAB_TOKEN:glpat-Xq8vN2rT5yL1mK9pW3zB'],
    ['German passport, capital Nr.', 'Reisepass Nr. C01X00T47 liegt vor.', 'PASSPORT:C01X00T47'],
    ['Italian passport after n.', 'passaporto n. YB1234567 scaduto', 'PASSPORT:YB1234567'],
    ['Dutch passport, mostly letters', 'paspoortnummer NWBRKT4P1 is verlopen', 'PASSPORT:NWBRKT4P1'],
    ['KVNR', 'KVNR M837204615, Pflegegrad 2', 'MEDICAL_RECORD_NUMBER:M837204615'],
    ['hosp no', 'Seen in clinic, hosp no W2239104, stable.', 'MEDICAL_RECORD_NUMBER:W2239104'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('regional given names: German with umlauts, Welsh, Irish', () => {
  it.each([
    ['Welsh', 'Please draft a reply to Gareth Pritchard about the refund.', 'PERSON:Gareth Pritchard'],
    ['German with an umlaut', 'Bitte einen Brief an Rüdiger Hambloch wegen der Mahnung.', 'PERSON:Rüdiger Hambloch'],
    ['Irish with a fada', 'Réponds à Siobhán Furlong au sujet du colis.', 'PERSON:Siobhán Furlong'],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});
