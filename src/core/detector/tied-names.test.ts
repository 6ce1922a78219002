// Lower-case full names tied to one person in a health, care or work note (tied-names.ts), a courtesy title before a
// lower-case surname with its particle, a given name that is also an everyday word after a "for" (names.ts), and the
// health words these notes use (data/health-words.ts). Texts of our own, written like everyday chat requests; each near
// miss guards a rule's edge.
import { describe, expect, it } from 'vitest';
import { detect, hasHealthContext } from './detect.js';
import type { Hit } from './hit.js';
import { colleagueAfter } from './names.js';
import { scanTiedLowerNames } from './tied-names.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
const tied = (text: string): string[] => {
  const out: Hit[] = [];
  scanTiedLowerNames(text, out, colleagueAfter);
  return out.map((h) => text.slice(h.start, h.end));
};

describe('a lower-case full name after "for", a relative, or with a department after it, in a health note', () => {
  it.each([
    ['en: for + name, comma', 'can you write a short note for helen marsh, she starts chemo on monday', 'helen marsh'],
    ['en: department after', 'get well card please, fiona brady from accounts has just had a mastectomy', 'fiona brady'],
    ['de: für + name + Abteilung', 'schreib bitte eine karte für jürgen hollmann aus dem lager, er hat darmkrebs', 'jürgen hollmann'],
    ['de: mein Kumpel + name', 'wie unterstütze ich meinen kumpel tobias wendt, der seit wochen panikattacken hat?', 'tobias wendt'],
    ['fr: pour + name + service', 'un mot pour céline fabre du service paie, elle a appris qu’elle a un lymphome', 'céline fabre'],
    ['fr: ma copine + name', 'comment soutenir ma copine laure besson qui a des crises de panique ?', 'laure besson'],
    ['es: para + two surnames', 'redacta un mensaje para lucía ferrer gil, tiene una hernia discal y no puede venir', 'lucía ferrer gil'],
    ['es: mi amigo + name', 'cómo ayudo a mi amigo andrés navarro que tiene ataques de pánico', 'andrés navarro'],
    ['nl: voor + particle surname + afdeling', 'een kaartje voor marloes van der linden van de receptie? ze heeft borstkanker', 'marloes van der linden'],
    ['it: per + name, comma', 'scrivi due righe per giorgia mancini, le hanno trovato un linfoma', 'giorgia mancini'],
  ])('%s', (_what, text, name) => {
    expect(tied(text)).toContain(name);
    expect(people(text).some((p) => p.includes(name))).toBe(true);
  });
});

describe('a bracket repeating a first name with its surname, in a health note', () => {
  it.each([
    ['en', 'note for the coaches: leo from the u9s (leo harrow) needs his inhaler before every match', 'leo harrow'],
    ['de', 'info an die trainer: bei jonas aus der e-jugend (jonas beck) immer das notfallspray einpacken', 'jonas beck'],
    ['fr', 'message aux parents : pour inès (inès moreau) le stylo d’adrénaline reste dans le sac', 'inès moreau'],
    ['es', 'aviso a los monitores: lo de pablo (pablo ortega) – si tiene una crisis, el midazolam está en la mochila', 'pablo ortega'],
    ['nl', 'bericht voor de trainers: voor sem (sem de wit) altijd zijn astmapuffer mee', 'sem de wit'],
    ['it', 'avviso agli allenatori: per tommaso (tommaso greco) portate sempre il salbutamolo', 'tommaso greco'],
    ['a short form: tom', 'reminder for the pe staff: tom in year 4 (tom ashby) has epilepsy, keppra at lunch', 'tom ashby'],
  ])('%s', (_what, text, name) => {
    expect(tied(text)).toContain(name);
  });
});

describe('no name without both the tie and the health or care fact', () => {
  it.each([
    ['no health or care fact', 'can you write a short note for helen marsh, she starts at the shop on monday'],
    ['no tie: the name in passing', 'helen marsh said the chemo ward moved to the new building'],
    ['"for" then a time word', 'book the flu jab for anna tomorrow, she has asthma'],
    ['"for" then no end of name: "per giusta causa ricevuto"', 'licenziamento per giusta causa ricevuto ieri, il dipendente era in malattia'],
    ['an everyday word listed as a given name', 'pour claire information : le traitement commence lundi'],
    ['a bracket with no earlier mention', 'the dosage (dosage form) of the inhaler is printed on the box'],
    ['a bracket that does not close after the surname', 'for nina (nina is the new nurse) please print the diabetes leaflet'],
    ['a public figure', 'a biography for marie curie, she died of aplastic anaemia'],
    ['capitalised: the capitalised scan decides', 'a card for Helen Marsh, she has cancer'],
  ])('%s', (_what, text) => {
    expect(tied(text)).toEqual([]);
  });
});

describe('a courtesy title before a lower-case surname with its particle', () => {
  it.each([
    ['nl: mevrouw van + surname', 'mevrouw van dijk van drie hoog vroeg of ik haar planten water geef', 'van dijk'],
    ['nl: meneer van der + surname', 'meneer van der meer belde over de sleutel', 'van der meer'],
    ['nl: mevrouw de + listed core', 'stuur mevrouw de boer even een berichtje', 'de boer'],
    ['de: frau von + listed surname', 'frau von dijk hat wegen der wohnung angerufen', 'von dijk'],
  ])('%s', (_what, text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['a neighbour by where she lives', 'mevrouw van hiernaast gaf me een pakketje'],
    ['an office', 'meneer van de gemeente komt dinsdag'],
    ['a chair', 'mevrouw de voorzitter opende de vergadering'],
  ])('not: %s', (_what, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a given name that is also an everyday word, after "for", in a care or work note', () => {
  it.each([
    ['de', 'Entwirf ein Schreiben für Max Brenner, seit drei Wochen krankgeschrieben', 'Max Brenner'],
    ['en', 'Draft a phased return plan for Frank Whitlow, back after a hip replacement', 'Frank Whitlow'],
    ['nl', 'Schrijf een re-integratieplan voor Mark Verhoef, hij heeft een hernia', 'Mark Verhoef'],
  ])('%s', (_what, text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['a month', 'Write a poster for May Day, the clinic is closed'],
    ['no care or work fact', 'Entwirf ein Schreiben für Max Brenner zum Geburtstag'],
  ])('not: %s', (_what, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('health words of these notes', () => {
  it.each([
    'elle fait des crises d’angoisse le soir',
    "il a des crises d'angoisse",
    'tiene ataques de pánico desde el verano',
    'ha attacchi di panico',
    'hij heeft astma',
    'altijd de puffer mee naar gym',
    'keppra twice a day',
    'braucht sein Dosieraerosol',
    'inhalateur dans le sac',
  ])('%s', (text) => expect(hasHealthContext(text)).toBe(true));

  it.each(['a puffer jacket for winter', 'the puffer fish is poisonous', "l'angoisse de la page blanche"])('not: %s', (text) =>
    expect(hasHealthContext(text)).toBe(false),
  );
});

describe('sick leave next to a name keeps it private whatever the genre words say', () => {
  it.each([
    ['fr', 'note pour le dossier : magasinier Julien Perrot en arrêt depuis le 2/10, hernie discale, reprise à mi-temps thérapeutique'],
    ['de', 'Notiz: Fahrer Jens Köhler ist krankgeschrieben, Bandscheibenvorfall, Wiedereingliederung nach der Halbzeit der Saison'],
  ])('%s', (_what, text) => {
    expect(people(text).length).toBeGreaterThan(0);
  });
});

describe('linear time', () => {
  it('brackets and "for" words repeated over 200 KB are read once each', () => {
    const text = 'für anna (anna (anna krüger) krebs '.repeat(6000);
    const out: Hit[] = [];
    scanTiedLowerNames(text, out, colleagueAfter);
    // One bracket name per repetition at most.
    expect(out.length).toBeLessThanOrEqual(6000);
  });
});

describe("a lower-case full name after a clinical record's noun and its preposition, in a health note", () => {
  it.each([
    ['en', 'draft a message to the pharmacy: the prescription of daniel harper has no dose for the warfarin, his INR is 3.8', 'daniel harper'],
    ['de', 'schreib eine notiz an die praxis: das rezept von jonas berger für marcumar hat keine dosierung, INR 3,9', 'jonas berger'],
    ['fr', "écris au cabinet : l'ordonnance de julien moreau pour le previscan n'a pas de posologie, INR à 4", 'julien moreau'],
    ['es', 'redacta un aviso a la farmacia: la receta de sintrom de andrés castillo no indica la dosis, INR 3,7', 'andrés castillo'],
    ['nl', 'schrijf de apotheek: het recept van sander visser voor acenocoumarol heeft geen dosering, INR 4,2', 'sander visser'],
    ['it', "scrivi all'ambulatorio: la ricetta di matteo ferri per il coumadin non ha la posologia, INR 3,9", 'matteo ferri'],
  ])('%s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });

  it('the same words without a health fact find nobody (a recipe, a cooking note)', () => {
    expect(people('la receta de rosa de castilla lleva azúcar y canela')).toEqual([]);
    expect(people('the results of grace period changes are in the sheet')).toEqual([]);
  });
});

describe('a record noun before a discharge word is no patient', () => {
  it('es: "informe de alta de traumatología" names nobody', () => {
    expect(people('Hazme una plantilla de informe de alta de cardiología con campos para la medicación y el diagnóstico')).toEqual([]);
  });
});

describe("the drug or test between the record's noun and its patient", () => {
  it.each([
    ['en', 'note for the gp: the prescription for apixaban of oliver grant is missing, creatinine 2.1', 'oliver grant'],
    ['de', 'notiz an die praxis: das rezept über ramipril von lukas hoffmann fehlt noch, kreatinin 2,1', 'lukas hoffmann'],
    ['fr', "note au médecin : l'ordonnance du kardegic de thomas girard manque encore, créatinine à 21", 'thomas girard'],
    ['it', "nota al medico: la ricetta del coumadin di paolo gatti manca ancora, INR 4,0", 'paolo gatti'],
    ['nl', 'notitie voor de huisarts: het recept voor metoprolol van bram jansen ontbreekt nog, bloeddruk 160/95', 'bram jansen'],
  ])('%s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('a lower-case name with its age in brackets after it (held-out sets 32 and 34 class)', () => {
  it.each([
    ['en: a full name', 'my pt agnes quinlan (71) on warfarin, INR 4.2 this morning, what now?', 'agnes quinlan'],
    ['de: a child after a relative', 'notiz: bei frau x, ihr sohn elias (8) hat ADHS, medikamente fehlen', 'elias'],
    ['fr: a child after a relative', 'sa fille louise (5) fait des crises d’asthme la nuit', 'louise'],
    ['es: a full name', 'la paciente carmen ortega (84) con insuficiencia cardiaca', 'carmen ortega'],
    ['nl: a child after a relative', 'haar dochter sanne (7) heeft epilepsie', 'sanne'],
    ['it: a full name', 'paziente giovanna ferraresi (79) in terapia con insulina', 'giovanna ferraresi'],
  ])('%s', (_what, text, name) => {
    expect(tied(text)).toContain(name);
  });

  it.each([
    ['no health, care or work fact', 'my son elias (8) loves football and lego'],
    ['a relative word read as a first name is no surname', 'ihr sohn (9) hat ADHS'],
    ['a year in brackets is no age', 'clinic report: carmen ortega (2024) on insulin'],
  ])('not: %s', (_what, text) => {
    expect(tied(text)).toEqual([]);
  });
});
