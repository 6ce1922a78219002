// The birth-evidence gate (birth-evidence.ts): texts of our own, none from a held-out set. Each dropped text's only
// finding is a date of birth of rule dob.context (checked with detect, which has no gate); the kept ones are read by the
// gate's evidence function, and by classify where the date is the only finding.
import { describe, expect, it } from 'vitest';
import { birthEvidenceFor, dropUnevidencedBirthDates } from './birth-evidence.js';
import { classify } from './classify.js';
import { detect } from './detect.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const onlyBirthDates = (text: string): boolean => {
  const found = detect(text).filter((f) => f.score >= 0.5);
  return found.length > 0 && found.every((f) => f.entity === 'DATE_OF_BIRTH' && f.rule === 'dob.context');
};
const evidence = (text: string): string | undefined => {
  const d = detect(text).find((f) => f.entity === 'DATE_OF_BIRTH');
  if (d === undefined) throw new Error(`no date of birth in: ${text}`);
  return birthEvidenceFor(text, d.start, d.end);
};

describe('a request whose only findings are dates of birth keeps them only with evidence of a private person', () => {
  it.each([
    ['en podcast fact check', "Fact check for the podcast: was the band's drummer really born on 12 March 1958 in Bergamo?"],
    ['en pronoun after a figure', 'JFK said it in 1961. He was born May 29, 1917 in Brookline.'],
    ['fr class talk', "Pour l'exposé : le fondateur du club est né le 9 juin 1941 à Rennes, c'est exact ?"],
    ['es class', 'Para la clase: el pintor nació el 14 de abril de 1936 en Pamplona, ¿verdad?'],
    ['nl school talk', 'Voor de spreekbeurt: de componist werd geboren op 2 juli 1950 in Zwolle, klopt dat?'],
    ['it podcast', 'Per il podcast: lo scultore è nato il 5 ottobre 1944 a Ferrara, giusto?'],
    ['de bio', 'Für das Referat: Der Bandleader, geboren am 3. Mai 1949 in Kassel, gründete die Gruppe.'],
  ])('%s: dropped', (_, text) => {
    expect(onlyBirthDates(text)).toBe(true);
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['en label', 'DOB: 05/08/1990', 'label'],
    ['en patient word', 'Is it right that she was born on 5 August 1990? Patient notes say otherwise.', 'private'],
    ['fr my son', 'Il est né le 13/07/1987 ; mon fils a besoin du certificat.', 'private'],
    ['es my son', 'Nació el 11/05/1986 y es mi hijo.', 'private'],
    ['nl my son, file', 'Hij is geboren op 25-04-1987, mijn zoon, voor het dossier.', 'private'],
    ['it client', 'È nato il 20/01/1980, nostro cliente da anni.', 'person'],
    ['de my mother', 'Für die Akte: geboren am 3. Mai 1989 in Kassel, meine Mutter ist Pflegerin.', 'private'],
    ['en anonymous girl', 'Age groups: a girl born 14/06/2013, is she under 12 or under 14 this season?', 'person'],
    ['en anonymous volunteer', 'A volunteer born 21/09/1986 asks whether she is within 18-40.', 'person'],
    ['en date of birth given as', 'A volunteer gave her date of birth as 21/09/1986. Is she within 18-40?', 'label'],
    ['de prospective tenant', 'Der Mietinteressent ist am 22.05.2006 geboren. Ist er schon volljährig?', 'person'],
    ['de anonymous player', 'Eine Spielerin, geboren am 04.02.2012, darf sie in der U12 spielen?', 'person'],
    ['fr anonymous player', 'Une joueuse née le 09/10/2013 : catégorie 12 ans ou 13 ans ?', 'person'],
    ['fr anonymous volunteer', 'Un volontaire né le 17/11/1991 est-il éligible ?', 'person'],
    ['fr date de naissance donnée comme', 'Un volontaire donne comme date de naissance le 17/11/1991. Éligible ?', 'label'],
    ['es anonymous boy', 'Un chico nacido el 30/06/2012, ¿es alevín o infantil?', 'person'],
    ['nl anonymous girl', 'Een meisje geboren op 05-05-2012, valt ze onder de 12?', 'person'],
    ["it anonymous girl, apostrophe article", "Un'adolescente nata il 03/03/2011 può iscriversi all'Under 14?", 'person'],
  ])('%s: kept', (_, text, kind) => {
    expect(onlyBirthDates(text)).toBe(true);
    expect(evidence(text)).toBe(kind);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['de abbreviation', 'Aktennotiz: Jonas Brenner, geb. 11.02.1990, Termin am Landgericht.', 'label'],
    ['de defendant', 'Dolmetscher für den Angeklagten Jonas Brenner, geboren 11.02.1990.', 'person'],
    ['fr form', 'Benoît Marchal, né(e) le 14/12/1990, séjour de trois jours.', 'label'],
    ['es client', 'clienta Marta Villa, nacida el 02/03/1971, pide cambiar la cuenta', 'person'],
    ['nl member', 'Notitie: Sanne Brink, geboren 17-03-1984, lid sinds 2010, wil opzeggen', 'person'],
    ['it health', 'Giulia Neri, nata il 22/09/1955, diabete tipo 2, controllo tra tre mesi.', 'private'],
    ['en born word is no evidence', 'Trivia night: the poet Aurelio Vantini was born on 12 March 1958 in Bergamo.', undefined],
    ['fr né le is no evidence', "Pour l'exposé : le fondateur du club est né le 9 juin 1941 à Rennes.", undefined],
    ['en a definite player is no anonymous one', 'Quiz: the player was born on 12/03/1958 in Bergamo, right?', undefined],
    ['de the article must be indefinite', 'Referat: Der Spieler ist am 12.03.1958 geboren, stimmt das?', undefined],
  ])('%s: the gate reads %s', (_, text, kind) => {
    expect(evidence(text)).toBe(kind);
  });

  it('runs only when every finding is a context-found date of birth: a key-found one keeps them all', () => {
    const text = 'He was born May 29, 1917 in Brookline.';
    const at = text.indexOf('May');
    const findings = [
      { entity: 'DATE_OF_BIRTH', rule: 'dob.context', path: 'a', start: at, end: at + 12 },
      { entity: 'DATE_OF_BIRTH', rule: 'json-key.date', path: 'b', start: 0, end: 10 },
    ];
    dropUnevidencedBirthDates(findings, [{ text, path: 'a' }, { text: '1917-05-29', path: 'b' }]);
    expect(findings).toHaveLength(2);
    const alone = [findings[0] ?? findings[1]].filter((f) => f !== undefined);
    dropUnevidencedBirthDates(alone, [{ text, path: 'a' }]);
    expect(alone).toHaveLength(0);
  });

  it('keeps every date beside another finding', () => {
    const text = 'Call 0171 2345678. He was born May 29, 1917 in Brookline.';
    expect(classify(request(text)).findings.some((f) => f.entity === 'DATE_OF_BIRTH')).toBe(true);
  });
});

describe('a listed name beside a birth date told in words is a life story when a death or a press genre tells it and nothing private is near', () => {
  // Every finding a listed name (person.gazetteer) or a date of birth of rule dob.context, at least one of each.
  const lifeStoryOnly = (text: string): boolean => {
    const found = detect(text).filter((f) => f.score >= 0.5);
    const names = found.filter((f) => f.entity === 'PERSON' && f.rule === 'person.gazetteer');
    const dates = found.filter((f) => f.entity === 'DATE_OF_BIRTH' && f.rule === 'dob.context');
    return names.length > 0 && dates.length > 0 && names.length + dates.length === found.length;
  };

  it.each([
    ['en obituary', 'Obituary draft: Helen Carter, born 14 March 1948 in Leeds, died 2 May 2023 in York.'],
    ['en short bio', 'Short bio of Helen Carter, born 14 March 1948 in Leeds, for the festival programme.'],
    ['de death after the birth', 'Für den Vortrag: Jonas Brenner, geboren 11. Februar 1941 in Kassel, gestorben 3. Mai 2022 in Bonn.'],
    ['fr necrology', 'Nécrologie : Claire Dubois, née le 4 mars 1950 à Lyon, morte le 9 juin 2024, pianiste.'],
    ['es cause of death', 'Obituario: Marta Villa, nacida el 2 de marzo de 1951 en Burgos, murió el 8 de enero de 2023 a causa de un cáncer.'],
    ['it portrait', 'Ritratto: Giulia Neri, nata il 22 settembre 1945 a Ferrara, morta il 3 aprile 2020, attrice.'],
    ['fr lesson', "Plan d'exposé : Claire Dubois, née le 4 mars 1960 à Lyon, a fondé le festival de la ville."],
    ['nl school talk', 'Spreekbeurt: Sanne Brink, geboren 17 maart 1964 in Zwolle, richtte het festival op.'],
    ['en birth in brackets', 'Helen Carter (born 14 March 1968 in Leeds) will open the fair on Saturday.'],
    ['en birth and death in brackets', 'Helen Carter (born 14 March 1948 in Leeds; died 2 May 2023) opened the first fair.'],
    ['de birth in brackets', 'Jonas Brenner (geboren 11. Februar 1961 in Kassel) eröffnet am Samstag die Messe.'],
    ['fr birth in brackets', 'Claire Dubois (née le 4 mars 1960 à Lyon) ouvrira le salon samedi.'],
    ['es birth in brackets', 'Marta Villa (nacida el 2 de marzo de 1961 en Burgos) abrirá la feria el sábado.'],
    ['it birth in brackets', 'Giulia Neri (nata a Ferrara il 22 settembre 1965) aprirà la fiera sabato.'],
  ])('%s: dropped', (_, text) => {
    expect(lifeStoryOnly(text)).toBe(true);
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['a death notice', "Helen Carter, born 14 March 1948 in Leeds, died 2 May 2023. Funeral at St Mary's, family flowers only."],
    ['no death, no genre', 'Helen Carter, born 14 March 1948 in Leeds, moved in next door.'],
    ['a relative', 'Obituary: my aunt Helen Carter, born 14 March 1948 in Leeds, died 2 May 2023.'],
    ['a date in digits', 'Obituary: Helen Carter, born 14/03/1948 in Leeds, died 2 May 2023.'],
    ['a birth in a clause, not in brackets', 'Helen Carter, born 14 March 1968 in Leeds, will open the fair on Saturday.'],
    ['a lesson on a relative', "Plan d'exposé sur mon grand-père Jean Dubois, né le 4 mars 1930 à Lyon, qui a fondé le festival."],
    ['a relative before the brackets', 'My aunt Helen Carter (born 14 March 1968 in Leeds) will open the fair on Saturday.'],
  ])('%s: kept', (_, text) => {
    expect(lifeStoryOnly(text)).toBe(true);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('reads the window after the birth only up to a death word: the cause of death is the death’s', () => {
    expect(evidence('Marta Villa, nacida el 2 de marzo de 1951 en Burgos, murió el 8 de enero de 2023 a causa de un cáncer.')).toBeUndefined();
    expect(evidence('Marta Villa, nacida el 2 de marzo de 1951 en Burgos, tiene un cáncer.')).toBe('health');
  });
});

describe('a birth in the reference form is judged by its own ties', () => {
  it.each([
    ['en lesson', 'Plan a Year 5 lesson for our class: a short biography starter (born 2 March 1931 in Bristol, died 14 May 1995) and a quiz.'],
    ['de school', 'Lesestunde Klasse 3: eine Kinderbuchautorin (geb. 4. Mai 1926 in Kassel) – drei Aufgaben für die Schüler.'],
  ])('%s: dropped', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['nl groep', 'Maak een les voor groep 4 met een weetje over Karel Dammers (geboren 3 juni 1929 in Zwolle).'],
    ['it nido', 'Presenta Aldo Ferrucci (nato il 9 marzo 1921 a Parma) per un incontro con i genitori del nido.'],
    ['de apposition', 'Kurzer Absatz für die Berufsschule: Hans Wolter, geb. 8. Mai 1935 in Husum, Gründer einer Brillenkette.'],
    ['es aula', 'Prepara una sesión para 2º de Primaria con Marta Villa (nació el 2 de marzo de 1931 en Burgos).'],
  ])('%s: no evidence from the lesson around it', (_, text) => {
    expect(evidence(text)).toBeUndefined();
  });

  it.each([
    ['de our mother', 'Schreib einen Nachruf für unsere Mutter Anna Weber (geb. 3. Mai 1941 in Breslau).', 'tie'],
    ['en my aunt', 'A card for my aunt Helen Carter (born 14 March 1968 in Leeds), thanks.', 'tie'],
    ['fr our client', 'Dossier : Jeanne Morel (née le 2 avril 1950 à Lyon, notre cliente depuis 2010).', 'tie'],
    ['es illness', 'Marta Villa, nacida el 2 de marzo de 1951 en Burgos, tiene un cáncer.', 'health'],
  ])('%s: kept by %s', (_, text, kind) => {
    expect(evidence(text)).toBe(kind);
  });
});

describe('the name right before a birth in the reference form is judged with that birth', () => {
  it.each([
    ['es lesson', 'Prepara una sesión para 2º de Primaria con Marta Villa (nació el 2 de marzo de 1931 en Burgos). Incluye una actividad de dibujo.'],
    ['fr nursery', "Résume l'apport de Claire Dubois (née le 4 mars 1930 à Lyon) pour une réunion d'équipe en crèche."],
  ])('%s: a life story for the writer’s audience, dropped', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it('a relative before the name keeps it', () => {
    expect(classify(request("Résume la vie de ma tante Claire Dubois (née le 4 mars 1930 à Lyon) pour la famille.")).dataClass).not.toBe('none');
  });
});

// Set 75 nl-s020: the writer at work for a client names him with his birth in brackets; a reference work tells a
// figure's life in the third person.
describe('the writer at work for the person is evidence', () => {
  it.each([
    ['nl', 'Ik help Gerrit Jan Wolters (geboren 12 maart 1961) met de bedrijfsoverdracht aan zijn zoon.'],
    ['en', "I'm helping Harold Pennington (born 4 June 1958) with the farm succession to his daughter."],
    ['de', 'Ich berate Heinrich Vosskamp (geboren 3. Mai 1959) bei der Hofübergabe an seinen Sohn.'],
    ['fr', "J'accompagne Bernard Lestrade (né le 14 février 1960) dans la transmission de l'exploitation à sa fille."],
    ['es', 'Asesoro a Ramón Etxeberria (nacido el 9 de julio de 1957) en el relevo de la explotación a su hijo.'],
    ['it', "Assisto Giuseppe Scarpellini (nato il 2 ottobre 1956) nel passaggio dell'azienda al figlio."],
  ])('%s', (_lang, text) => {
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
  it.each([
    ['en', 'Albert Einstein (born 14 March 1879 in Ulm) developed relativity.'],
    ['fr', 'Victor Hugo est né le 26 février 1802 à Besançon.'],
  ])('a figure\'s life stays a life story: %s', (_lang, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });
});
