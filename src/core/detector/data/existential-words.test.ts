// "Ci sono" is "there are", not the self-introduction "sono" ("sono noemi"): the lower-case word after it is no name.
// The other languages' "there are" shares no verb with a cue; their self-introductions still find a listed name.
import { describe, expect, it } from 'vitest';
import { detect } from '../detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('"there are" before a lower-case word introduces no one', () => {
  it.each([
    ['en', 'why are there gaps in the offsets? there are gaps after every deploy'],
    ['de', 'warum gibt es lücken in den offsets? es gibt lücken nach jedem deploy'],
    ['fr', 'pourquoi il y a des trous dans les offsets ? il y a des trous après chaque déploiement'],
    ['es', '¿por qué hay huecos en los offsets? hay huecos tras cada despliegue'],
    ['nl', 'waarom zijn er gaten in de offsets? er zijn gaten na elke deploy'],
    ['it', 'perché ci sono buchi negli offset? vi sono buchi dopo ogni deploy, non ci sono mai andato'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a self-introduction with a listed name in each language', () => {
    expect(people('hi, i am noemi and i need help')).toContain('noemi');
    expect(people('hallo, ich bin noemi und brauche hilfe')).toContain('noemi');
    expect(people("bonjour, je suis noemi et j'ai besoin d'aide")).toContain('noemi');
    expect(people('hola, soy noemi y necesito ayuda')).toContain('noemi');
    expect(people('hoi, ik ben noemi en ik heb hulp nodig')).toContain('noemi');
    expect(people('ciao, sono noemi e ho bisogno di aiuto')).toContain('noemi');
  });
});
