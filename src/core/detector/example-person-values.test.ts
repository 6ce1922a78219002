// A documented example person's birth date and address inside an example frame are the example's, not anyone's.
import { describe, expect, it } from 'vitest';
import { detect } from './index.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const personal = (text: string): string[] => found(text).filter((f) => /^(?:DATE_OF_BIRTH|STREET_ADDRESS|ZIP_CODE|PERSON):/.test(f));

describe("an example person's data in an example frame", () => {
  it.each([
    ['en', 'Fill in the template like this: Jane Doe, born 1 January 1970, 1 Main Street, Springfield'],
    ['en record', 'Example record: John Doe, date of birth 1970-01-01, 12 High Street, London'],
    ['de', 'Beispiel: Max Mustermann, geb. 01.01.1970, Musterstraße 1, 12345 Musterstadt'],
    ['de Vorlage', 'Ausfüllhilfe zur Vorlage: Erika Mustermann, geboren am 12.08.1964, Hauptstraße 5, 10115 Berlin'],
    ['fr', "Exemple : Jean Dupont, né le 1er janvier 1970, 1 rue de l'Exemple, 75001 Paris"],
    ['es', 'Ejemplo de formulario: Juan Pérez, nacido el 01/01/1970, Calle Mayor 1, 28001 Madrid'],
    ['nl', 'Formuliervoorbeeld: Jan Jansen, Dorpsstraat 1, 1234 AB Amsterdam, geboren 01-01-1970'],
    ['it', 'Esempio di modulo compilato: Mario Rossi, nato il 01/01/1980, via Roma 1, 00100 Roma'],
  ])('%s', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it.each([
    ['en real person', 'Template filled for Anna Berger, born 12.03.1984, Lindenweg 7', 'DATE_OF_BIRTH:12.03.1984'],
    ['de new sentence', 'Beispiel: Max Mustermann. Anna Berger, geb. 12.03.1984, Lindenweg 7', 'DATE_OF_BIRTH:12.03.1984'],
    ['it no frame', 'Mario Rossi, nato il 01/01/1980, via Roma 1, 00100 Roma', 'DATE_OF_BIRTH:01/01/1980'],
    ['it "per esempio" introduces a real case', 'Per esempio: Mario Rossi, nato il 01/01/1980, via Roma 1', 'DATE_OF_BIRTH:01/01/1980'],
    ['es "por ejemplo"', 'Por ejemplo, Juan Pérez, nacido el 03/04/1975, vive en Calle Mayor 1', 'DATE_OF_BIRTH:03/04/1975'],
    ['fr real person', 'Modèle rempli pour Claire Martin, née le 4 mars 1982, 8 rue des Lilas', 'DATE_OF_BIRTH:4 mars 1982'],
    ['nl real person', 'Voorbeeldbrief ingevuld voor Sanne de Boer, geboren 05-06-1990, Lindelaan 4', 'DATE_OF_BIRTH:05-06-1990'],
  ])('%s: a real person, or no example frame, stays flagged', (_lang, text, dob) => {
    expect(found(text)).toContain(dob);
  });
});

describe("an example person and its data, with what the record is for after them (issue 13)", () => {
  it.each([
    ['en', 'John Doe, 123 Main Street, Springfield, jdoe@example.com: is this fine for testing the signup form?'],
    ['de', 'Max Mustermann, Musterstraße 1, 12345 Musterstadt als Datensatz für die Demo im Kundenportal, passt das?'],
    ['fr', 'Claire-Jean ? Non : Jean Dupont, 1 rue de la Paix, 75002 Paris, est-ce bon pour la recette du formulaire ?'],
    ['es', 'Juan Pérez, Calle Mayor 1, 28001 Madrid, ¿vale para las pruebas del formulario de alta?'],
    ['nl', 'Jan Jansen, Dorpsstraat 1, 1234 AB Amsterdam, kan dat voor de test van het aanmeldformulier?'],
    ['it', 'Mario Rossi, via Roma 1, 00100 Roma, va bene per i test del modulo di iscrizione?'],
  ])('%s', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it.each([
    ['en real person', 'Anna Berger, 14 Lindenweg, Bristol BS1 4DJ, is this fine for testing the signup form?', 'PERSON:Anna Berger'],
    ['fr new sentence', 'Jean Dupont, 12 rue des Lilas, 69003 Lyon. Le reste est pour les tests.', 'PERSON:Jean Dupont'],
    ['de no purpose', 'Max Mustermann, Lindenweg 7, 80331 München, hat mir geschrieben.', 'STREET_ADDRESS:Lindenweg 7, 80331 München'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(personal(text)).toContain(kept);
  });
});

describe('an example person and its data, with the test data it goes into after them', () => {
  it.each([
    ['en', 'Can I put John Doe, 14 Elm Road, Leeds LS6 2AB, john.doe@example.com in our test data?'],
    ['de', 'Kann ich Max Mustermann, Lindenstraße 4, 10115 Berlin in unsere Testdaten aufnehmen?'],
    ['fr', 'Je peux mettre Jean Dupont, 8 rue Houdon, 75018 Paris, jean.dupont@example.fr dans nos jeux de test ?'],
    ['es', '¿Puedo poner a Juan Pérez, Calle del Pez 3, 28004 Madrid, en nuestros datos de prueba?'],
    ['nl', 'Mag ik Jan Jansen, Oudegracht 12, 3511 AB Utrecht in onze testdata zetten?'],
    ['it', 'Posso mettere Mario Rossi, Via Padova 14, 20127 Milano nei nostri dati di test?'],
  ])('%s', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it.each([
    ['fr a real person', 'Je peux mettre Claire Martin, 12 rue des Lilas, 69003 Lyon dans nos jeux de test ?', 'PERSON:Claire Martin'],
    ['en into the records, not test data', 'Can I put John Doe, 123 Main Street, Springfield IL 62701 in our records? He is our new tenant.', 'STREET_ADDRESS:123 Main Street'],
    ['de into the customer base', 'Kann ich Max Mustermann, Lindenweg 7, 80331 München in unseren Kundenstamm aufnehmen?', 'STREET_ADDRESS:Lindenweg 7, 80331 München'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(personal(text)).toContain(kept);
  });
});

describe('an example person and its data, called an example later in the same sentence', () => {
  it.each([
    ['en', "For the training deck: is 'John Doe, 14 Elm Road, Leeds LS6 2AB' with sort code 00-00-00 the usual example customer?"],
    ['de', "Für die Schulung: Ist 'Max Mustermann, Lindenstraße 4, 10115 Berlin' die übliche Musterperson?"],
    ['fr', "Pour la formation, j'utilise 'Jean Dupont, 8 rue Houdon, 75018 Paris' et le RIB d'exemple habituel."],
    ['es', "Para el curso uso 'Juan Pérez, Calle del Pez 3, 28004 Madrid' como cliente de ejemplo."],
    ['nl', "Voor de training gebruik ik 'Jan Jansen, Oudegracht 12, 3511 AB Utrecht' als voorbeeldklant."],
    ['it', "Per il corso uso 'Mario Rossi, Via Padova 14, 20127 Milano' come cliente di esempio."],
  ])('%s', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it.each([
    ['fr a real person', "Pour la formation, j'utilise 'Claire Martin, 12 rue des Lilas, 69003 Lyon' et le RIB d'exemple habituel.", 'PERSON:Claire Martin'],
    ['fr the example in the next sentence', 'Jean Dupont, 12 rue des Lilas, 69003 Lyon, a appelé hier. Je cherche un RIB d’exemple.', 'PERSON:Jean Dupont'],
    ['de a test after a real record', 'Max Mustermann, Lindenweg 7, 80331 München, hat den Sehtest am Montag bestanden.', 'STREET_ADDRESS:Lindenweg 7, 80331 München'],
    ['en for example', 'John Doe, 123 Main Street, Springfield IL 62701 is our new tenant, for example.', 'STREET_ADDRESS:123 Main Street'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(personal(text)).toContain(kept);
  });
});

// The verb of testing before an example person ("Pour tester le formulaire : Jean Dupont, ..."): a made-up record.
describe('an example person after a verb of testing', () => {
  it.each([
    ['fr', 'Pour tester le formulaire : Jean Dupont, 1 rue de la Paix, 75002 Paris, le format est bon ?'],
    ['de', 'Zum Testen der Maske: Max Mustermann, Musterstraße 1, 12345 Musterstadt.'],
    ['es', 'Para probar el alta: Juan Pérez, Calle Mayor 1, 28001 Madrid.'],
    ['nl', 'Om het formulier te testen: Jan Jansen, Dorpsstraat 1, 1234 AB Amsterdam.'],
    ['it', 'Per testare il modulo: Mario Rossi, via Roma 1, 00100 Roma.'],
    ['en', 'Testing the checkout with John Doe, 123 Main Street, Springfield.'],
  ])('%s', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it.each([
    ['fr real person', 'Pour tester le formulaire : Claire Martin, 8 rue des Lilas, 69003 Lyon, ma voisine.', 'STREET_ADDRESS:8 rue des Lilas'],
    ['de real person', 'Zum Testen der Maske: Anna Berger, Lindenweg 7, 80331 München.', 'STREET_ADDRESS:Lindenweg 7'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(personal(text).some((f) => f.startsWith(kept))).toBe(true);
  });
});
