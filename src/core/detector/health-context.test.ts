// The shared health lexicon (health-context.ts, data/health-words.ts): health facts of the six languages, and everyday
// words next to them that are none. Texts of our own.
import { describe, expect, it } from 'vitest';
import { hasHealthWords } from './health-context.js';
import { hasHealthContext, hasHealthCue, hasHealthCueReference } from './detect.js';
import { mulberry32 } from '../random/index.js';

describe('health facts', () => {
  it.each([
    ['en: a medicine (INN)', 'she is on warfarin and bisoprolol since March'],
    ['en: an abbreviation', 'admitted with a DVT last week'],
    ['en: a body part and an injury word', 'he broke his left wrist at football'],
    ['en: a phrase', 'pancreatic ca, end stage, wants no visits'],
    ['de: a compound ending', 'seit dem Herbst Feinmotorikstörung, Ergotherapie beantragt'],
    ['de: a body-part compound and an injury word', 'hat sich den Mittelhandknochen gebrochen'],
    ['de: a device', 'Herzschrittmacher seit 2019'],
    ['fr: a condition', 'elle a une sclérose en plaques'],
    ['fr: a medicine', 'sous méthylphénidate le matin'],
    ['es: a device', 'lleva marcapasos desde hace dos años'],
    ['es: a condition', 'úlcera en el talón derecho'],
    ['nl: a compound complaint', 'thuis met burn-outklachten'],
    ['nl: a phrase', 'sinds vanmiddag druk op de borst'],
    ['nl: a compound condition', 'voorgeschiedenis hartinfarct 2020'],
    ['it: a condition', 'ha la celiachia, niente glutine'],
    ['it: a phrase', 'lesione da pressione al sacro'],
    ['es: pain in a phrase', 'dolor de cabeza desde ayer'],
    ['a value with a digit', 'HbA1c 7.9 at the last check'],
    ['en: a wheelchair since a stroke', 'Mr Penhaligon is in a wheelchair since his stroke'],
    ['de: a care stem of care-context.ts', 'Pflegegrad 3, fortgeschrittene Makuladegeneration'],
    ['fr: a hearing aid', "la prise en charge de l'appareillage auditif est acceptée"],
    ['es: a condition of the eye', 'pregunta si puede usar lentillas con su glaucoma'],
    ['nl: sleep apnoea in a compound', 'mag niet rijden vanwege slaapapneu'],
    ['de: sleep apnoea in a compound', 'nachts CPAP wegen Schlafapnoe'],
    ['it: an epileptic seizure', 'crisi epilettica di due minuti'],
    ['nl: an injury compound', 'blijvend letsel aan de rechterknie'],
    ['it: a pregnancy condition', 'primigravida, 37+1 settimane, colestasi gravidica'],
    ['en: a British spelling of a blood cancer', 'two years clear of leukaemia now'],
    ['fr: a kidney transplant', 'depuis sa greffe de rein il va mieux'],
    ['fr: a writing disorder', 'une dysgraphie repérée en CE2'],
    ['de: hyperactivity', 'deutliche Hyperaktivität im Unterricht'],
    ['es: hyperactivity', 'con hiperactividad desde pequeño'],
    ['nl: a lymphoma', 'behandeld voor een lymfoom'],
    ['it: a developmental condition in two words', 'nato con la sindrome di Down'],
    ['en: hair loss by its medical name', "he's got alopecia areata on the crown"],
    ['fr: a skin condition', "elle a de l'eczéma sur les mains"],
    ['de: colic in a compound', 'Gallenkolik, OP nötig'],
    ['nl: colic in a compound', 'opgenomen met een nierkoliek'],
    ['it: colic', 'sbarcato per una colica renale'],
    ['es: colic', 'ingresó con un cólico biliar'],
    ['de: a seizure in a compound', 'Krampfanfall in der Kabine'],
    ['en: kidney stones', 'signed off in Antwerp with kidney stones'],
    ['de: gall stones in a compound', 'musste von Bord, Gallensteine'],
    ['fr: kidney stones', 'débarqué pour des calculs rénaux'],
    ['es: kidney stones in words', 'tiene piedras en el riñón'],
    ['nl: gall stones', 'ging van boord met galstenen'],
    ['it: a sudden illness', 'ha avuto un malore a bordo'],
    ['de: a circulatory collapse', 'Kreislaufkollaps im Speisesaal'],
    ['es: an allergy with its accent', 'es alérgica al marisco'],
  ])('%s', (_what, text) => {
    expect(hasHealthWords(text)).toBe(true);
    expect(hasHealthContext(text)).toBe(true);
  });

  it.each([
    ['en: an injury word without a body part', 'the build is broken again'],
    ['en: a body part without an injury word', 'knee-high boots in the sale'],
    ['en: broke and a word that is no body part', 'the robot broke down on the line'],
    ['de: sympathy is no -pathie', 'viel Sympathie und Empathie im Team'],
    ['de: a burglary is no fracture', 'Einbruch in der Nacht zum Montag'],
    ['fr: data processing', 'le traitement des données personnelles'],
    ['it: a trombone', 'lezioni di trombone il martedì'],
    ['nl: customer complaints', 'drie klachten van klanten over de levering'],
    ['es: geography is no ultrasound', 'la geografía del paisaje'],
    ['lorem ipsum is no pain', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.'],
    ['es: pain alone, no phrase of it', 'el dolor no es un argumento'],
    ['de: a recipe and a search are no care facts here', 'Er sucht ein Rezept für Wunder-Kuchen'],
    ['it: Toscana is no cough', 'una settimana in Toscana a settembre'],
    ['de: a bank transfer', 'die Überweisung ist raus'],
    ['en: a chef whose surname begins like colic', "Tom Colicchio's short ribs"],
    ['de: a Catholic is no colic', 'ein gläubiger Katholik aus Köln'],
    ['it: stones of a building', 'calcoli strutturali per la colonna in pietra'],
    ['en: a stone wall', 'the gall of him to build a stone wall'],
  ])('not: %s', (_what, text) => {
    expect(hasHealthWords(text)).toBe(false);
  });

  it('reads each word once: 200 KB of plain words answer in linear time', () => {
    const text = 'lorem ipsum dolor sit amet consectetur '.repeat(5000);
    const t0 = performance.now();
    expect(hasHealthWords(text)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2_000); // quadratic work on 200 KB takes tens of seconds; 2 s leaves room for a loaded CI machine
  });
});

describe('health cue words from the keyword index', () => {
  // Cue words of several languages, whole, glued to letters on either side, after digits and '_', in capitals, next
  // to letters outside the Latin runs (Greek, º) and the characters that switch the index off (İ, ſ).
  const PIECES = [
    'Krankenhaus', 'krankenhaus', 'KRANKENHAUS', 'ziekenhuis', 'diagnóstico', 'DIAGNÓSTICO', 'certificato medico', 'certificato\tmedico', 'arrêt maladie',
    'baja médica', 'hospitalisée', 'prescription', 'treatment', 'x', 'é', 'ω', 'º', 'İ', 'ſ', '_', '5', ' ', '\n', '-', "'", 'medico', 'maladie',
  ];
  it('equal the lookbehind pattern on fuzzed texts', () => {
    const r = mulberry32(91);
    let hits = 0;
    for (let i = 0; i < 4000; i++) {
      let t = '';
      const k = 1 + Math.floor(r() * 12);
      for (let j = 0; j < k; j++) t += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      expect(hasHealthCue(t), t).toBe(hasHealthCueReference(t));
      if (hasHealthCue(t)) hits++;
    }
    expect(hits).toBeGreaterThan(500);
    expect(hits).toBeLessThan(3900);
  });
});
