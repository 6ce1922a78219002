// A placeholder person split over a record's name keys is a fixture, as the same person is in prose; a real name is not.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { placeholderPerson } from './placeholder-records.js';

const ask = (content: string): unknown => ({ messages: [{ role: 'user', content }] });
const people = (body: unknown): string[] => classify(body).findings.filter((f) => f.entity === 'PERSON').map((f) => `${f.rule}@${f.path}`);
const ids = (body: unknown): string[] => classify(body).findings.filter((f) => f.entity === 'NATIONAL_ID').map((f) => `${f.rule}@${f.path}`);

describe('placeholderPerson: the record’s name values, whole or paired in either order', () => {
  it.each([
    [['Erika', 'Mustermann'], 'erika mustermann'],
    [['Dupont', 'Marie'], 'marie dupont'],
    [['Fulano de Tal'], 'fulano de tal'],
    [['Jan', 'Modaal'], 'jan modaal'],
  ])('%j', (values, person) => {
    expect(placeholderPerson(values)).toBe(person);
  });
  it.each([[['Max', 'Schneider']], [['Mustermann']], [['Jean', 'Moreau']], [['Rossi', 'Rossi']]])('not %j', (values) => {
    expect(placeholderPerson(values)).toBeUndefined();
  });
});

describe('a placeholder record in a request is nobody', () => {
  it.each([
    ['en', 'can you check this test fixture?\n{"first_name": "Jane", "last_name": "Doe", "city": "Springfield"}'],
    ['de', 'Passt die Fixture so?\n{"vorname": "Erika", "nachname": "Mustermann", "ort": "Berlin"}'],
    ['fr', 'Mes données de test :\n{"prenom": "Marie", "nom": "Dupont", "ville": "Lyon"}'],
    ['es', 'Revisa estos datos de prueba: {"nombre": "Juan", "apellido": "Pérez", "ciudad": "Sevilla"}'],
    ['nl', 'Klopt deze testdata? {"voornaam": "Jan", "achternaam": "Modaal", "plaats": "Zwolle"}'],
    ['it', 'Questi dati di prova vanno bene? {"nome": "Mario", "cognome": "Rossi", "citta": "Torino"}'],
  ])('%s: in prose with a JSON object', (_lang, text) => {
    expect(people(ask(text))).toEqual([]);
  });
  it.each([
    ['es: the test DNI', { nombre: 'Fulano', apellidos: 'de Tal', dni: '12345678Z' }],
    ['nl: the test BSN', { voornaam: 'Jan', achternaam: 'Jansen', bsn: '111222333' }],
    ['it: the worked-example codice fiscale', { nome: 'Mario', cognome: 'Rossi', cf: 'RSSMRA85T10A562S' }],
    ['de: the specimen person', { vorname: 'Max', nachname: 'Mustermann' }],
  ])('%s, as tool arguments with no fixture word', (_name, args) => {
    const body = { messages: [{ role: 'assistant', tool_calls: [{ function: { name: 'create_user', arguments: JSON.stringify(args) } }] }] };
    expect(people(body)).toEqual([]);
    expect(ids(body)).toEqual([]);
  });
});

describe('a placeholder record whose e-mail is a placeholder address is nobody (no fixture word needed)', () => {
  it.each([
    ['en', 'Is this valid? {"first_name": "Jane", "last_name": "Doe", "email": "jane.doe@example.com"}'],
    ['de', 'Ist das gültig? {"vorname": "Erika", "nachname": "Mustermann", "email": "erika.mustermann@beispiel.de"}'],
    ['fr', 'Ce JSON est-il correct ? {"prénom": "Marie", "nom": "Dupont", "courriel": "marie.dupont@exemple.fr"}'],
    ['es', '¿Es válido? {"nombre": "Juan", "apellido": "Pérez", "email": "juan.perez@ejemplo.es"}'],
    ['nl', 'Klopt dit? {"voornaam": "Jan", "achternaam": "Modaal", "email": "jan.modaal@voorbeeld.nl"}'],
    ['it', 'È valido? {"nome": "Mario", "cognome": "Rossi", "email": "mario.rossi@esempio.it"}'],
  ])('%s', (_lang, text) => {
    expect(people(ask(text))).toEqual([]);
  });
  it.each([
    ['a real address on a real domain', 'Ce JSON est-il correct ? {"prénom": "Marie", "nom": "Dupont", "courriel": "marie.dupont@orange.fr"}'],
    ['a real name on an example domain', 'Ist das gültig? {"vorname": "Jonas", "nachname": "Kellermann", "email": "jonas.kellermann@example.de"}'],
  ])('not %s', (_name, text) => {
    expect(people(ask(text)).length).toBeGreaterThan(0);
  });
});

describe('a real name stays found in the same record', () => {
  it.each([
    ['de: the specimen first name with a real surname', 'Passt die Fixture so?\n{"vorname": "Max", "nachname": "Schneider"}'],
    ['es: a real name beside the test DNI', 'Revisa estos datos de prueba: {"nombre": "Lucía", "apellido": "Garrido", "dni": "12345678Z"}'],
    ['it: a common placeholder name in a CRM record, no fixture', 'Il cliente richiama domani: {"nome": "Mario", "cognome": "Rossi", "telefono": "+39 347 118 2093"}'],
    ['fr: a real person in test data', 'Mes données de test :\n{"prenom": "Jean", "nom": "Moreau-Lefèvre"}'],
  ])('%s', (_name, text) => {
    expect(people(ask(text)).length).toBeGreaterThan(0);
  });
});

describe('a fixture record named by its placeholder mailbox is nobody, whatever its name (JSON and YAML)', () => {
  it.each([
    ['en', 'seed users for the integration tests (fake data):\n[{"first_name": "Harriet", "last_name": "Quill", "email": "harriet.quill@example.com"}]'],
    ['de', 'Unsere Testdaten für die CI:\n- kdnr: K-01\n  vorname: Sieglinde\n  nachname: Brackwede\n  email: sieglinde.brackwede@example.org\n'],
    ['fr', 'jeu de test (données fictives) :\n{"prenom": "Gaëlle", "nom": "Roussin", "courriel": "gaelle.roussin@exemple.fr"}'],
    ['es', 'datos de prueba del test:\n{"nombre": "Zutano", "apellidos": "Ordóñez Vela", "correo": "zutano@ejemplo.com"}'],
    ['nl', 'fixture voor de testgegevens:\n- naam: Femke Hoogstraten\n  email: femke.hoogstraten@voorbeeld.nl\n'],
    ['it', 'dati di test per la suite (fixture):\n{"nome": "Ottavia", "cognome": "Ferracane", "email": "ottavia@esempio.it"}'],
    ['en: OpenAPI example', 'openapi: 3.1.0\n      example:\n        first_name: Robin\n        last_name: Example\n        email: robin@example.com\n'],
  ])('%s', (_lang, text) => {
    expect(people(ask(text))).toEqual([]);
  });
  it.each([
    ['en: a real mailbox', 'seed users for the tests:\n[{"first_name": "Harriet", "last_name": "Quill", "email": "harriet.quill@gmail.com"}]'],
    ['de: the mailbox names someone else', 'Testdaten:\n- vorname: Sieglinde\n  nachname: Brackwede\n  email: otto.brandt@example.org\n'],
    ['fr: no fixture word', 'voici le client :\n{"prenom": "Gaëlle", "nom": "Roussin", "courriel": "gaelle.roussin@example.com"}'],
    ['es: another record', 'datos de prueba:\n[{"nombre": "Zutano", "correo": "zutano@ejemplo.com"}, {"nombre": "Ramiro", "apellidos": "Ordóñez"}]'],
  ])('%s: the person stays', (_name, text) => {
    expect(people(ask(text)).length).toBeGreaterThan(0);
  });
});
