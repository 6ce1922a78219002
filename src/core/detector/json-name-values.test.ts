// A generic "name" key in a JSON object (json-keys.ts judgeKey): its value is a person's name only with a listed given
// name or surname in it; a table's "Name" column still lists people. Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

const toolResult = (content: string): unknown => ({
  messages: [
    { role: 'user', content: 'Look it up please.' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } }] },
    { role: 'tool', tool_call_id: 'call_1', content },
  ],
});
const persons = (body: unknown): number => classify(body).findings.filter((f) => f.entity === 'PERSON').length;

describe('a generic name key in a tool result', () => {
  it.each([
    ['en', '{"stations": [{"brand": "Quikfuel", "name": "Quikfuel Northgate Junction", "diesel_ppl": 139.9}]}'],
    ['de', '{"treffer": [{"marke": "Tankquell", "name": "Tankquell Rastanlage Nordkreuz", "diesel": 1.619}]}'],
    ['fr', '{"nom": "Fondation Quervel pour la Recherche", "siege": "Lyon"}'],
    ['es', '{"nombre": "Punto Recogida Quintanar Centro", "horario": "9-21"}'],
    ['nl', '{"naam": "Stichting Kwartelhof Fonds", "vestigingsplaats": "Almere"}'],
    ['it', '{"punti": [{"nome": "Locker Quarto Cagnino", "cap": "20153"}]}'],
  ])('%s: a station, a foundation or a locker is no person', (_, json) => {
    expect(persons(toolResult(json))).toBe(0);
    expect(classify(toolResult(json)).dataClass).toBe('none');
  });

  it.each([
    ['en', '{"name": "Ffion Gwyther", "ward": "B4", "diagnosis": "asthma"}'],
    ['de', '{"name": "Jürgen Quastmeyer", "station": "3B", "diagnose": "Asthma"}'],
    ['it', '{"nome": "Rosaria Quagliariello", "reparto": "cardiologia"}'],
  ])('%s: a listed given name keeps the value a person', (_, json) => {
    expect(persons(toolResult(json))).toBeGreaterThan(0);
  });
});

describe("a table's name column", () => {
  it('keeps an unlisted given name: the column lists people', () => {
    const body = { messages: [{ role: 'user', content: 'Nom | Fonction | Coût\nAmandine Quervel | IE | 61 740\nKevin Quach | post-doc | 98 880' }] };
    expect(classify(body).findings.some((f) => f.entity === 'PERSON')).toBe(true);
  });
});

describe("a place's record: the generic name key holds no listed name (org-records.ts)", () => {
  it.each([
    ['it', '{"punti": [{"id": "M0112", "nome": "Tabaccheria Quarto Cagnino", "indirizzo": "via Dante 7, 20121 Milano"}, {"id": "M0140", "nome": "Locker Stazione Garibaldi", "indirizzo": "piazza Sigmund Freud 1, 20154 Milano"}]}'],
    ['fr', '{"relais": [{"id": "033125", "nom": "Tabac Presse des Quinconces", "adresse": "12 rue Sainte-Catherine, 33000 Bordeaux"}, {"id": "033201", "nom": "Consigne Gare Saint-Jean", "adresse": "Rue Charles Domercq, 33800 Bordeaux"}]}'],
    ['nl', '{"punten": [{"id": "U-19", "naam": "Pakketpunt Kwartelhof", "adres": "Oudegracht 19, 3511 AB Utrecht"}, {"id": "U-20", "naam": "Kluis Centraal", "adres": "Stationsplein 1, 3511 CE Utrecht"}]}'],
  ])('%s: its address is the place’s', (_, json) => {
    expect(classify(toolResult(json)).dataClass).toBe('none');
  });

  it('a guest’s record with a mobile keeps the number, even with an unlisted name', () => {
    const json = '{"name": "Quirijn Terpwolde", "table": 5, "telefoon": "06-39481027"}';
    expect(classify(toolResult(json)).findings.some((f) => f.entity === 'PHONE_NUMBER')).toBe(true);
  });
});

// A venue or organisation noun in a generic name value names the place, even when the place honours a person: an
// airport, a shelter, a hospital, a school. A person's record keeps the name.
describe('a generic name value that holds a venue noun', () => {
  it.each([
    ['en', '{"iata": "BHD", "name": "George Best Belfast City Airport", "city": "Belfast"}'],
    ['de', '{"name": "Tierheim Franz Weber Nord", "plz": "12345", "träger": "Tierschutzverein"}'],
    ['fr', '{"nom": "Refuge Brigitte Bardot de Bazoches", "departement": "78"}'],
    ['es', '{"nombre": "Hospital Universitario Gregorio Marañón", "ciudad": "Madrid"}'],
    ['nl', '{"naam": "Dierenasiel Anna Paulowna", "gemeente": "Hollands Kroon"}'],
    ['it', '[{"nome": "Canile Rifugio comunale di Milano", "gestione": "pubblica"}]'],
  ])('%s: is no person', (_, json) => {
    expect(persons(toolResult(json))).toBe(0);
  });

  it.each([
    ['en', '{"name": "George Hartley", "role": "volunteer", "phone": "07700 900456"}'],
    ['it', '{"nome": "Gianluca Ferraresi", "ruolo": "volontario del canile", "cellulare": "347 812 6650"}'],
  ])('%s: a person named next to a venue stays a person', (_, json) => {
    expect(persons(toolResult(json))).toBeGreaterThan(0);
  });
});
