// Gaps found by the fifteenth held-out set, each pinned by sentences of our own: the fix is a general rule or word list,
// so it must hold on text other than the set's.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { hasTiedHealthAbbreviation } from './health-context.js';
import { isTeamSignature } from './team-signatures.js';

const ask = (text: string): ReturnType<typeof classify> => classify({ messages: [{ role: 'user', content: text }] });
const people = (text: string): string[] => ask(text).findings.filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
const entities = (text: string): string[] => ask(text).findings.map((f) => f.entity);

describe('a condition given to someone by its abbreviation is health evidence', () => {
  it.each([
    ['en', 'Ben Whitcombe from payroll has COPD and cannot do the stairs.', 'Ben Whitcombe'],
    ['en, a short given name and a department first', 'Please reword: Tom Harrowgate in accounts has MS and needs a parking space.', 'Tom Harrowgate'],
    ['de', 'Jan Wedekind aus dem Einkauf hat ADHS und braucht einen ruhigen Arbeitsplatz.', 'Jan Wedekind'],
    ['de, a short given name', 'Bitte formeller: Tom Brinkhaus aus der Buchhaltung hat MS und braucht einen Parkplatz.', 'Tom Brinkhaus'],
    ['fr', "Jean Marsaud de l'accueil a un TDAH et a besoin d'un bureau calme.", 'Jean Marsaud'],
    ['fr, elided', "Nick Lacombe de l'entrepôt souffre d'un TSPT depuis l'accident.", 'Nick Lacombe'],
    ['es', 'Iker Zubeldia de ventas tiene TDAH y necesita un puesto tranquilo.', 'Iker Zubeldia'],
    ['es, a short given name', 'Ben Urquiza del almacén tiene EPOC y no puede subir escaleras.', 'Ben Urquiza'],
    ['nl', 'Ruud Wijnberg van de receptie heeft ADHD en heeft een rustige werkplek nodig.', 'Ruud Wijnberg'],
    ['it', 'Nico Castellazzi del magazzino ha la BPCO e non può fare le scale.', 'Nico Castellazzi'],
  ])('%s', (_name, text, name) => {
    expect(people(text)).toContain(name);
    expect(ask(text).dataClass).toBe('phi');
  });
  it.each([
    ['en, a product', 'Tom Harrowgate in accounts has MS Office installed.'],
    ['en, a degree', 'She has MS in Chemistry from Leeds.'],
    ['en, a unit', 'The latency was 12 MS on average.'],
    ['de, a product', 'Ben Kessler vom Vertrieb hat MS Teams eingerichtet.'],
    ['fr, a service-level agreement', 'Le prestataire a un SLA de 99,9 %.'],
    ['fr, a month', 'Livraison avec SEP 2027 comme date.'],
    ['nl, a product', 'Ruud heeft MS Excel nodig.'],
    ['lower case is no abbreviation', 'the ping has ms resolution'],
  ])('not health: %s', (_name, text) => {
    expect(hasTiedHealthAbbreviation(text)).toBe(false);
  });
  it.each([
    ['en', 'Tom has MS.'],
    ['de', 'Sie leidet an MS.'],
    ['fr', 'Il a une SEP depuis 2019.'],
    ['es', 'Mi vecino padece EPOC.'],
    ['nl', 'Zij heeft PTSS.'],
    ['it', "Il ragazzo ha l'ADHD."],
  ])('health: %s', (_name, text) => {
    expect(hasTiedHealthAbbreviation(text)).toBe(true);
  });
});

describe('a team, a department or an office signing a message is no name', () => {
  it.each([
    ['en, title case', 'Please Fill In The Holiday Rota By Friday. Kind Regards, The Team'],
    ['de, possessive', 'Die Heizung wird gewartet. Mit freundlichen Grüßen, Ihre Hausverwaltung'],
    ['de, compound', 'Neue Dienstpläne sind online. Viele Grüße, Die Stationsleitung'],
    ['fr, article', 'Merci de remplir le planning. Cordialement, La Direction'],
    ['fr, two words', 'Merci De Remplir Le Planning. Bien Cordialement, Le Service Client'],
    ['es', 'La oficina cierra el lunes. Saludos, El Equipo de Soporte'],
    ['es, no article', 'Rellenad el cuadrante. Un saludo, Administración'],
    ['nl', 'Graag het rooster invullen. Met vriendelijke groet, Teamleiding'],
    ['nl, title case', 'Graag Het Rooster Invullen. Met Vriendelijke Groet, Klantenservice'],
    ['it', 'Compilate i turni entro venerdì. Cordiali saluti, La Segreteria'],
    ['it, two words', 'Compilate i turni. Saluti, Ufficio Personale'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en', 'Please fill in the rota. Kind regards, Teresa Ridgeway', 'Teresa Ridgeway'],
    ['de', 'Bitte bis Freitag ausfüllen. Mit freundlichen Grüßen, Jutta Behrendt', 'Jutta Behrendt'],
    ['fr', 'Merci de remplir le planning. Cordialement, Sandrine Lefèvre', 'Sandrine Lefèvre'],
    ['nl', 'Graag het rooster invullen. Met vriendelijke groet, Ilse de Vries', 'Ilse de Vries'],
    ['it', 'Compilate i turni. Cordiali saluti, Giuseppina Lombardi', 'Giuseppina Lombardi'],
  ])('a person signing keeps the name: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
  it('a person after the unit word is no unit', () => {
    const text = 'Kind regards, Team Anna Ridgeway';
    expect(isTeamSignature(text, text.indexOf('Team'), text.length)).toBe(false);
    expect(isTeamSignature(text, text.indexOf('Anna'), text.length)).toBe(false);
  });
});

describe('a placeholder person in an example, template or form is nobody', () => {
  it.each([
    ['en', 'Our contract template lists the signatory as Jane Doe, is that fine?'],
    ['de, compound', 'In unserer Kundenbroschüre ist der Musterscheck auf Max Mustermann ausgestellt. Passt das?'],
    ['de', 'Die Vorlage für den Arbeitsvertrag nennt als Arbeitnehmerin Erika Mustermann.'],
    ['fr, far before the name', "Dans le guide, l'exemple de virement est au nom de Jean Dupont. Est-ce clair ?"],
    ['fr, template', 'Sur le modèle de formulaire, le titulaire indiqué est Marie Dupont.'],
    ['es', 'Nuestra plantilla de carta empieza con «Estimado Juan Pérez», ¿es muy formal?'],
    ['nl, compound', 'Onze briefsjabloon begint met "Beste Jan Jansen", te formeel?'],
    ['it', 'Il nostro modello di lettera inizia con «Gentile Mario Rossi», troppo formale?'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en, "for example" introduces a real case', 'For example, John Smith in accounts has diabetes and needs breaks.', 'John Smith'],
  ])('kept: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe("a famous fictional character's address is nobody's", () => {
  it.each([
    ['en', 'In a mock trial the defendant is a detective accused of trespass at 221B Baker Street. Write the opening.'],
    ['en, another work', 'For a quiz: which family lives at 742 Evergreen Terrace, Springfield?'],
    ['de, street first', 'Schreib eine Szene, in der der Detektiv in der Baker Street 221B einen Brief erhält.'],
    ['fr', 'Écris une scène où le reporter rentre au 26 rue du Labrador et trouve une lettre.'],
    ['es, the span stops inside the name', 'Escribe un sketch ambientado en 13, Rue del Percebe con todos los vecinos.'],
    ['nl', 'In het rollenspel woont de familie op 742 Evergreen Terrace. Schrijf de opening.'],
    ['it, "di" inside', 'Scrivi una scena in cui il detective riceve una lettera al 221B di Baker Street.'],
    ['en, the next sentence opens with a street type', 'Write a training scenario: Sherlock Holmes reports his violin stolen from 221B Baker Street. Walk trainees through the claim.'],
    ['en, the same on the terrace', 'Scenario: Homer reports a break-in at 742 Evergreen Terrace. Walk the adjusters through it.'],
    ['de, a next sentence', 'Szene: Sherlock Holmes meldet den Diebstahl in der 221B Bakerstraße. Weg zur Polizei beschreiben.'],
    ['fr, a next sentence', "Scène : Tintin rentre au 26 rue du Labrador. Place aux questions de l'assureur."],
    ['es, a next sentence', 'Escena: robo en el 13 Rue del Percebe. Paseo del perito por el edificio.'],
    ['nl, a next sentence', 'Scenario: inbraak bij 4 Privet Drive. Laan de schade-expert uitleggen.'],
    ['it, a next sentence', 'Scena: furto al 4 Privet Drive. Via libera alle domande del perito.'],
  ])('%s', (_name, text) => {
    expect(entities(text)).not.toContain('STREET_ADDRESS');
  });
  it.each([
    ['en, another number on the street', 'Please send the deposit to Martha Higgins, 221 Baker Street, Flat 3, London NW1 6XE.'],
    ['en, another number on the terrace', 'My landlord at 14 Evergreen Terrace, Leeds LS6 2AB has not fixed the boiler.'],
    ['en, another number, then a sentence', 'My flat at 221 Baker Street. Walk me through the claim.'],
    ['en, a longer street of that name', 'My flat at 221B Baker Street Walk, London NW1 6XE, was burgled.'],
  ])('a real address stays: %s', (_name, text) => {
    expect(entities(text)).toContain('STREET_ADDRESS');
  });
});
