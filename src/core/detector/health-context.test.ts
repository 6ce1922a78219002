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

describe('the systematic lexicon (seventh batch): conditions by system, injuries, pregnancy, procedures, medicines', () => {
  it.each([
    ['fr: an infection', "arrêt de travail, listériose confirmée par le labo"],
    ['es: a pain syndrome by its suffix', 'la clienta tiene fibromialgia y no aguanta de pie'],
    ['it: a nerve condition', 'ha la sindrome del tunnel carpale alla mano destra'],
    ['de: a body part and an injury in one compound', 'seit Montag mit einer Rippenprellung zuhause'],
    ['de: a fracture compound', 'Handgelenksbruch beim Skifahren'],
    ['nl: a fracture compound', 'hij is thuis met een polsbreuk'],
    ['nl: a sports injury compound', 'valt uit met een enkelblessure'],
    ['it: injured, a body part next to it', 'Marco si è ferito alla mano con la lama'],
    ['fr: burnt, a body part next to it', "il s'est brûlé l'avant-bras sur le four"],
    ['fr: a burn of a degree', 'Brûlure 2e degré sur la main gauche'],
    ['es: burnt, a body part next to it', 'se quemó la mano con aceite'],
    ['de: a whiplash injury by its suffix', 'Schleudertrauma nach dem Auffahrunfall'],
    ['en: a heart attack', 'back at work after his heart attack'],
    ['en: medicines by their class endings', 'takes lisinopril and nebivolol daily'],
    ['de: a medicine class ending', 'bekommt Dabigatran und Atorvastatin'],
    ['es: an antibiotic', 'está con antibióticos desde el lunes'],
    ['it: a thyroid condition', 'soffre di ipotiroidismo'],
    ['nl: a pregnancy compound', 'risicozwangerschap, mag niet tillen'],
    ['en: a pregnancy complication', 'signed off with an ectopic pregnancy'],
    ['fr: a mental-health condition', 'elle est suivie pour une dépression'],
    ['it: an operation', 'è stato operato al ginocchio a maggio'],
    ['es: a procedure', 'le hacen una resonancia magnética el jueves'],
    ['de: surgical removal by its suffix', 'nach der Appendektomie zwei Wochen krank'],
    ['it: an operation on an organ', "rientra dopo l'intervento al cuore"],
    ['nl: an intellectual disability', 'deelnemer met een verstandelijke beperking'],
    ['fr: a stroke by its abbreviation', 'il a fait un AVC en mars'],
    ['es: an abscess', 'tiene un absceso en la encía'],
    ['de: unable to work', 'seit Montag arbeitsunfähig geschrieben'],
    ['es: pregnant in an everyday word', 'Lucía está encinta de cinco meses'],
    ['it: pregnant in an everyday phrase', 'Giulia è in stato interessante'],
    ['en: medicines by their class endings', 'takes furosemide and tiotropium'],
    ['nl: a medicine by its class ending', 'gebruikt sildenafil sinds de zomer'],
  ])('%s', (_what, text) => {
    expect(hasHealthWords(text)).toBe(true);
  });

  it.each([
    ['en: a month that ends like an ACE inhibitor', 'the release is due in April'],
    ['es: a month', 'la reunión es en abril'],
    ['it: nostalgia is no pain', 'un po di nostalgia per la vecchia sede'],
    ['es: a dose of patience', 'una buena dosis de paciencia'],
    ['en: symbiosis', 'a symbiosis of design and engineering'],
    ['de: a burglary and a data breach begin with no body part', 'Einbruch im Lager und eine Datenschutzverletzung'],
    ['de: a breach of contract', 'das ist ein Vertragsbruch'],
    ['de: customer complaints', 'die Kundenbeschwerden der Woche'],
    ['nl: customer complaints', 'de klantklachten van vorige maand'],
    ['en: the other hand', "On the other hand, it won't hurt to ask."],
    ['nl: ignition of an engine', 'de ontsteking van de motor is kapot'],
    ['it: a speech at a conference is no operation', "l'intervento al convegno di Marco è alle 10"],
    ['it: the head of a march is no head injury', 'un intervento della polizia in testa al corteo'],
    ['fr: at the head of a team', "blessé dans son orgueil, il reste à la tête de l'équipe"],
  ])('%s', (_what, text) => {
    expect(hasHealthWords(text)).toBe(false);
  });
});
