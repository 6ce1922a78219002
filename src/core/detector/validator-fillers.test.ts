// A validator's test cases (a regex, a validation rule, unit tests) are typed fillers: counting-run phones and drama-range
// numbers, the all-zero DNI, a sandbox card "en recette", and a template's placeholder person after a title with the
// address that person is given. Texts of our own, six languages; real values beside them stay found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { isDniOrNie } from './national-ids.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe("phones in a validator's test cases are fillers (set 78 *-c014/c015)", () => {
  it.each([
    ['en', 'Write a regex for UK mobiles; the unit tests should accept 07700 900123 and +44 7700 900456.'],
    ['en', 'The phone validator must pass 020 7123 4567 and reject 0800 11 22. Give me the test cases.'],
    ['de', 'Regulärer Ausdruck für Festnetznummern: Testfälle 089 2345678 und +49 40 3456789 müssen passen.'],
    ['fr', 'Écris une expression régulière : 04 12 34 56 78 et +33 7 23 45 67 89 doivent passer, avec tests unitaires.'],
    ['es', 'Validación de teléfonos: los casos de prueba 912 345 678 y +34 687 654 321 deben pasar.'],
    ['nl', 'Reguliere expressie voor vaste nummers; testgevallen 010 2345678 en +31 6 87654321.'],
    ['it', 'Validazione dei numeri: casi di test 02 1234567 e +39 320 7654321, scrivi la regex.'],
    // A validation word of data/validation-words.ts alone, shared with the check-digit test words.
    ['fr', 'Pour valider le format, il faut accepter 06 12 34 56 78 et refuser 12 34.'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('a real-looking number in the same request, or one the writer calls theirs, stays', () => {
    expect(found('Regex for UK mobiles please; a customer typed 07911 482 736 and it failed validation.', 'PHONE_NUMBER')).toEqual(['07911 482 736']);
    expect(found('Testfälle für die Validierung: meine Nummer 0171 1234567 wird abgelehnt.', 'PHONE_NUMBER')).toEqual(['0171 1234567']);
    expect(found('Regex pour les mobiles : le client Paul Mercier a saisi 06 12 34 56 78.', 'PHONE_NUMBER').length).toBe(1);
  });

  it('without a validator word a counting run is a number like any other', () => {
    expect(found('Please call the surgery back on 0171 1234567 about the results.', 'PHONE_NUMBER')).toEqual(['0171 1234567']);
    expect(found('Mi móvil es 612 345 678, llámame mañana.', 'PHONE_NUMBER')).toEqual(['612 345 678']);
  });
});

describe('the DNI and NIE of number 0 are fillers', () => {
  it('is no valid identifier', () => {
    expect([isDniOrNie('00000000T'), isDniOrNie('X0000000T'), isDniOrNie('Y0000000Z'), isDniOrNie('00000001R')]).toEqual([false, false, true, true]);
  });
  it('a real DNI beside it stays', () => {
    expect(found('En las pruebas uso el 00000000T; el cliente tiene el DNI 48613750F.', 'ES_DNI_NIE')).toEqual(['48613750F']);
  });
});

describe('a card "en recette" or in a test environment is a sandbox card (set 76 fr-c005)', () => {
  it.each([
    ['fr', "En recette Systempay j'utilise la carte 4970 1000 0000 0055, paiement accepté."],
    ['en', 'In the test environment the checkout takes 4970 1000 0000 0055 as approved.'],
    ['de', 'In der Testumgebung nehmen wir 4970 1000 0000 0055 für eine erfolgreiche Zahlung.'],
    ['es', 'En el entorno de pruebas usamos 4970 1000 0000 0055 para un pago aceptado.'],
    ['nl', 'In de testomgeving gebruiken we 4970 1000 0000 0055 voor een geslaagde betaling.'],
    ['it', 'Nell’ambiente di collaudo usiamo 4970 1000 0000 0055 per un pagamento riuscito.'],
  ])('%s: %s', (_lang, text) => {
    expect(found(text, 'CREDIT_CARD')).toEqual([]);
  });
  it('a real card in the next sentence stays', () => {
    expect(found('En recette on prend 4970 1000 0000 0055. Ma carte à moi : 4917 6655 0012 3587, merci.', 'CREDIT_CARD')).toEqual(['4917 6655 0012 3587']);
  });
});

describe("a template's placeholder person after a title, and the address given to it (set 79 *-c011)", () => {
  it.each([
    ['fr', "Améliore ce modèle : 'M. Jean Dupont, 1 rue de la Paix, 75000 Paris, votre colis n° XXXXX est disponible.'"],
    ['es', "Mejora esta plantilla: 'Estimado D. Fulano de Tal, Calle Mayor 3, 28013 Madrid: su envío nº XXXX está en la oficina.'"],
    ['it', "Migliora questo modello: 'Gentile sig. Mario Rossi, Via Roma 1, 00100 Roma, la sua spedizione n. XXXX è in giacenza.'"],
    ['de', "Verbessere diese Vorlage: 'Sehr geehrter Herr Max Mustermann, Hauptstraße 5, 10115 Berlin, Ihr Paket liegt bereit.'"],
    ['nl', "Verbeter dit sjabloon: 'Geachte heer Jan Jansen, Kerkstraat 12, 1017 GB Amsterdam, uw pakket ligt klaar.'"],
  ])('%s: %s', (_lang, text) => {
    expect(detect(text).filter((f) => f.entity === 'PERSON' || f.entity === 'STREET_ADDRESS')).toEqual([]);
  });
  it('a real person in a template, titled, keeps name and address', () => {
    const text = "Améliore ce modèle pour M. Paul Mercier, 14 rue des Lilas, 69003 Lyon : 'votre colis est disponible.'";
    expect(found(text, 'STREET_ADDRESS').length).toBe(1);
    expect(found(text, 'PERSON').length).toBe(1);
  });
});

describe('identifier keys run together in logs and code name their value (set 81 en-s014)', () => {
  it.each([
    ['ERROR release failed prescriptionId=6A3F21 nhsNumber=4012336789 status=400', '4012336789'],
    ['patient.NHSNo=4012336789;ward=7B', '4012336789'],
    ['lookup ninumber=QQ123457C failed', undefined],
  ])('%s', (text, nhs) => {
    const got = found(text, 'UK_NHS_NUMBER');
    expect(got).toEqual(nhs === undefined ? [] : [nhs]);
  });
  it('a bare ten-digit id with no NHS word stays no NHS number', () => {
    expect(found('orderId=4012336789 status=400', 'UK_NHS_NUMBER')).toEqual([]);
  });
});

describe('an Italian mobile grouped 3-4-3 is a mobile (set 84 it-s013)', () => {
  it('is found as one', () => {
    expect(found('Scrivimi un SMS: il tecnico passa lunedì, serve qualcuno in casa. Numero 348 9127 463.', 'PHONE_NUMBER')).toEqual(['348 9127 463']);
  });
});

describe("a first-person word that owns the tests, not the number (set 82 en-c024)", () => {
  it('drops drama-range fillers after "our ... tests use"', () => {
    expect(found("Our SMS reminder tests use 07700 900123 and 07700 900456 (Ofcom drama range). Generate 5 more fixture rows.", 'PHONE_NUMBER')).toEqual([]);
  });
  it('keeps a number the writer calls theirs right before it', () => {
    expect(found('Fixture rows for the validator: my number 07700 900123 is rejected, why?', 'PHONE_NUMBER')).toEqual(['07700 900123']);
  });
});
