// Worked examples of check-digit algorithms (documentation-values.ts, data/check-digit-words.ts, data/specimens.ts):
// our own texts in six languages, and the numbers of real people next to the same words that stay found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));

describe('the NHS number check digit worked example is documentation', () => {
  it.each([
    'How does the NHS number check digit work? Take 943 476 5919 and show each weight.',
    'Write a validator for NHS numbers; 9434765919 must pass the mod 11 check.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a number an example word introduces in a text about check digits is no one's", () => {
  it.each([
    ['en', 'How is the NHS number check digit computed? Show me with the example 401 023 2137.'],
    ['en', 'Explain the modulus 11 check using the sample number 485 777 3456, step by step.'],
    ['en', 'Checksum question: e.g. 612 345 6789 - which digit is the check digit?'],
    ['en', 'Does the mod 97 check pass for the test number 0612345678?'],
    ['en', 'Walk me through the Verhoeff check digit with this example: 236 555 0147'],
    ['de', 'Wie funktioniert die Prüfziffer der Steuer-ID? Zeig es mir am Beispiel 86095742719.'],
    ['de', 'Erklär die Prüfsumme mod 11, z.B. mit der Nummer 0151 2345678.'],
    ['de', 'Wie rechnet man die Kontrollziffer? Beispielnummer: 030 12345678'],
    ['de', 'Prüfziffer nach Luhn für die Beispiel-Nummer 0176 98765432 berechnen?'],
    ['de', 'Modulo 11 Schritt für Schritt, Beispiel 612 345 6789 bitte.'],
    ['fr', "Comment marche la clé de contrôle du NIR ? Montre-moi avec l'exemple 1 84 12 76 451 089 46."],
    ['fr', 'Explique le calcul de la clé de contrôle, par exemple avec 06 12 34 56 78.'],
    ['fr', 'Chiffre de contrôle modulo 97 : exemple 0612345678, quelles étapes ?'],
    ['fr', 'Somme de contrôle de Luhn : prends l’exemple 01 23 45 67 89.'],
    ['fr', 'Le mod 11 sur un numéro de test 612 345 6789, ça donne quoi ?'],
    ['es', '¿Cómo funciona el dígito de control? Explícalo con el ejemplo 612 345 678.'],
    ['es', 'Letra de control del DNI: ejemplo 12345679, ¿qué letra sale?'],
    ['es', 'Módulo 11 paso a paso, por ejemplo con 0612345678.'],
    ['es', '¿El dígito verificador cuadra para el número de prueba 612 345 6789?'],
    ['es', 'Suma de control: ejemplo de número 91 234 56 78, explícamelo.'],
    ['nl', 'Hoe werkt het controlecijfer? Voorbeeld: 0612345678'],
    ['nl', 'Leg de elfproef uit met het voorbeeld 06 12345678.'],
    ['nl', 'Modulo 97 controle, bijvoorbeeld met 020 123 4567?'],
    ['nl', 'Controlegetal berekenen voor testnummer 0612345678, hoe?'],
    ['nl', 'Checksum volgens Luhn, bijv. 010 234 5678: welke stappen?'],
    ['it', 'Come si calcola il carattere di controllo? Fammi un esempio con 612 345 6789.'],
    ['it', 'Cifra di controllo modulo 11: esempio 0612345678, passo per passo.'],
    ['it', 'Spiegami il codice di controllo con il numero di prova 02 1234 5678.'],
    ['it', 'Checksum di Luhn, ad es. con 347 123 4567?'],
    ['it', 'Il mod 97 funziona così? Esempio: 06 1234 5678'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the documentation's own example, in a text about check digits, is no one's", () => {
  it.each([
    ['en', 'Why does the check letter of a DNI come out wrong? I used the example from the docs: 12345679S.'],
    ['de', 'Stimmt der Prüfbuchstabe? Ich nehme das Beispiel aus der Dokumentation 12345679S.'],
    ['fr', "La clé de contrôle ne colle pas avec l'exemple de la documentation 06 48 21 33 90."],
    ['es', '¿Por qué falla la letra del DNI con el ejemplo de la documentación 12345679S?'],
    ['nl', 'Klopt de elfproef voor het voorbeeld uit de documentatie 06 48213390?'],
    ['it', 'La cifra di controllo non torna con l’esempio della documentazione 347 123 4567?'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('real numbers next to the same words stay found', () => {
  it.each([
    ['en', 'My NHS number is 401 023 2137, does its check digit work?', '401 023 2137'],
    ['en', 'visit list: joan pike, nhs 943 476 5919, leg ulcer review thursday', '943 476 5919'],
    ['en', 'For example, call me on 0161 496 0732 about the checksum tool.', '0161 496 0732'],
    ['de', 'Beispiel: Frau Kunz, Tel. 0171 2345678 — die Prüfziffer stimmt nicht', '0171 2345678'],
    ['fr', 'Exemple de vraie fiche : Mme Roux, tél. 06 48 21 33 90.', '06 48 21 33 90'],
    ['nl', 'Voorbeeld van de klant: bel 06 48213390 terug.', '06 48213390'],
    ['es', 'Mi DNI es 12345679S y la letra de control no cuadra con la documentación.', '12345679S'],
  ])('%s: %s', (_lang, text, value) => {
    expect(found(text)).toContain(value);
  });
});

describe('the example IMEIs of IMEI docs, in a question about their check digit, are documentation', () => {
  it.each([
    ['en', 'Does 356938035643809 pass the Luhn check for an IMEI? Show the doubling.'],
    ['de', 'Besteht 490154203237518 die Luhn-Prüfung? Ich baue gerade einen IMEI-Validator.'],
    ['fr', "Le 352099001761481 passe-t-il l'algorithme de Luhn ? C'est pour un validateur d'IMEI."],
    ['es', '¿Cumple 490154203237518 el algoritmo de Luhn? Estoy probando mi validador de IMEI.'],
    ['nl', 'Klopt de Luhn-controle voor 352099001761481? Ik test mijn IMEI-validatie.'],
    ['it', "L'IMEI 356938035643809 supera il controllo di Luhn? Sto scrivendo un validatore."],
    ['en', 'Explain the NHS number mod-11 check with 943 476 5919, one weight at a time.'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("someone's own IMEI or NHS number next to the same words stays found", () => {
  it.each([
    ['en', 'Is 357271103843625 a valid IMEI? It is the one on my phone box, can you run the Luhn check?', '357271103843625'],
    ['de', 'Ist 357271103843625 eine gültige IMEI? Steht auf meinem Handy, bitte Luhn-Prüfung.', '357271103843625'],
    ['fr', '357271103843625 est-il un IMEI valide ? Fais-moi le Luhn, il vient de mon téléphone.', '357271103843625'],
    ['es', '¿357271103843625 es un IMEI válido? Es el de mi móvil, hazme el Luhn.', '357271103843625'],
    ['nl', 'Is 357271103843625 een geldig IMEI? Het is van mijn telefoon, reken de Luhn-check.', '357271103843625'],
    ['it', '357271103843625 è un IMEI valido? È quello del mio telefono, fammi il Luhn.', '357271103843625'],
    // A documented example written as a device's IMEI in a record with no check-digit talk is read as one.
    ['en', 'Stolen phone report: IMEI 356938035643809, black, cracked screen.', '356938035643809'],
  ])('%s: %s', (_lang, text, value) => {
    expect(found(text)).toContain(value);
  });
});

describe('a payment provider’s published test card is nobody’s', () => {
  it.each([
    ['en', 'Mollie test mode: card 2223 0000 1047 9399 comes back paid, is that expected?'],
    ['nl', 'Mollie testmodus: met de kaart 2223 0000 1047 9399 krijg ik status failed, waarom?'],
    ['de', 'Im Mollie-Testmodus wird die Karte 2223 0000 1047 9399 abgelehnt, liegt es an 3-D Secure?'],
    ['fr', 'En mode test Mollie, la carte 2223 0000 1047 9399 est refusée.'],
    ['es', 'En modo de prueba de Mollie la tarjeta 2223 0000 1047 9399 da error.'],
    ['it', 'In modalità test di Mollie la carta 2223 0000 1047 9399 viene rifiutata.'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
  it('a real card with the same words is found', () => {
    expect(found('Mollie test mode rejects my own card 5447 6316 4398 1865, why?')).toContain('5447 6316 4398 1865');
  });
});

describe('a value the writer says is the documentation’s example, in a text about check digits, is no one’s', () => {
  it.each([
    ['en', 'Does 357271103843625 pass the Luhn check? It is the sample from our API docs.'],
    ['de', 'Besteht 357271103843625 die Luhn-Prüfung? Das ist nur ein Beispielwert aus der Doku.'],
    ['fr', "357271103843625 passe-t-il le contrôle de Luhn ? C'est l'exemple du tutoriel."],
    ['es', '¿357271103843625 pasa el Luhn? Es el ejemplo de la documentación de la API.'],
    ['nl', 'Klopt de Luhn-check voor 357271103843625? Het is het voorbeeld uit de handleiding.'],
    ['it', "357271103843625 supera il Luhn? È l'esempio della documentazione."],
  ])('%s: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
  it.each([
    ['en', 'Is 357271103843625 a valid IMEI? Run the Luhn check, it is from my phone box; the docs example did not help.'],
    ['fr', "357271103843625 est-il un IMEI valide ? Fais le Luhn, c'est celui de mon téléphone, pas l'exemple de la doc."],
  ])('%s: %s (the writer’s own stays)', (_lang, text) => {
    expect(found(text)).toContain('357271103843625');
  });
});
