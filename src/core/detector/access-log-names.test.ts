// A door, badge or gate log pasted under a question names the members who came and went: its lines open with a day and
// month before the time, without the year (04/12 21:58), and the question's first word ("Who", "Qui", "Chi") does not
// make it a general-knowledge question (detect.ts datedRecords). Gates and turnstiles, and a member's payment arrears,
// are private evidence for the names (data/private-evidence-words.ts). Sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { askPersons } from './test-support/ask-persons.js';

describe('names in a day-and-month access log under a question are flagged, in each language', () => {
  it.each([
    ['en', 'Who was in the changing rooms after 10pm? Door log:\n03/11 21:52 IN card 4410 Gareth Pryce\n03/11 22:31 OUT card 4410 Gareth Pryce\n03/11 22:40 IN card 5120 Nadia Rahman'],
    ['de', 'Wer war nach 22 Uhr im Studio? Zutrittsprotokoll:\n03.11. 21:52 EIN Karte 4410 Jörg Albers\n03.11. 22:31 AUS Karte 4410 Jörg Albers'],
    ['fr', 'Qui était dans les vestiaires après 22h ? Extrait des badges :\n03/11 21:52 ENTREE badge 4410 Cédric Lemaire\n03/11 22:31 SORTIE badge 4410 Cédric Lemaire'],
    ['es', '¿Quién estaba en el vestuario después de las 22? Registro de accesos:\n03/11 21:52 ENTRADA tarjeta 4410 Nerea Soler\n03/11 22:31 SALIDA tarjeta 4410 Nerea Soler'],
    ['nl', 'Wie was er na 22 uur in de kleedkamer? Log toegangspoortjes:\n03-11 21:52:10 TOEGANG pas 4410 Kevin Dekker\n03-11 22:31:02 UIT pas 4410 Kevin Dekker'],
    ['it', 'Chi era negli spogliatoi dopo le 22? Log tornelli:\n03/11 21:52:05 INGRESSO badge 4410 Gianluca Ferri\n03/11 22:31:44 USCITA badge 4410 Gianluca Ferri'],
  ])('%s', (_lang, text) => {
    expect(askPersons(text).cls).not.toBe('none');
  });

  it('nl: a gate log that asks no question, with a member in arrears', () => {
    const text = 'Heeft het lid toch ingecheckt?\n04-12 18:33:02 GEWEIGERD pas 90017 Naomi Brouwer (betalingsachterstand)';
    expect(askPersons(text).persons).toEqual(['Naomi Brouwer']);
  });
});

describe('stays clean', () => {
  it.each([
    // a general-knowledge question whose dates are in its prose, not opening log lines
    ['en', 'Who was Gareth Pryce, the Welsh painter? He exhibited in Cardiff on 03/11 and in London on 04/12.'],
    ['fr', 'Qui est Cédric Lemaire ? On parle de lui dans la presse du 03/11 et du 04/12.'],
    // a day and month alone opening lines, no time: a programme's dates
    ['it', 'Chi suona al festival?\n03/11 Gianluca Ferri al pianoforte\n04/11 Serena Gatti al violino'],
  ])('%s: %s', (_lang, text) => {
    expect(askPersons(text).cls).toBe('none');
  });
});
