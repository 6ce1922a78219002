// Programme items whose noun is also in the name lists ("14:30 Charla con ...") read as PERSON (person-context.ts,
// data/programme-words.ts): our own agendas in six languages, and the people on them that stay found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a programme item after its time is no person', () => {
  it.each([
    ['es', 'Agenda:\n09:00 Acreditaciones\n10:30 Charla sobre datos abiertos\n12:00 Mesa de trabajo\n13:00 Comida'],
    ['es', 'Programa de la jornada\n16:15 Charla con el equipo de ventas\n17:00 Clausura'],
    ['de', 'Ablauf:\n10:00 Vortrag zur Datenstrategie\n11:00 Pause\n12:30 Mittagessen'],
    ['fr', 'Programme :\n10h00 Atelier données ouvertes\n12h00 Pause déjeuner'],
    ['it', 'Programma:\n11:00 Sessione plenaria\n13:00 Pausa pranzo'],
    ['nl', 'Programma:\n14:00 Lezing over privacy\n15:00 Pauze'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a person named like an item keeps the name outside an agenda line', () => {
    expect(people('Charla Moreno, nacida el 3 de mayo de 1980, vive en Sevilla.').length).toBeGreaterThan(0);
  });
});
