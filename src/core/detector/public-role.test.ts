// PERSON hits of public figures in their public role (public-role.ts): texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { genrePoints } from './public-role.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('public figures in a public-role genre are no personal data', () => {
  it.each([
    ["Tighten this for the club website: Unite...", "Tighten this for the club website: United came from behind to beat Rovers 2-1 on Saturday. Daniel Walsh equalised from the penalty spot just before half-time and Marcus Reid headed the winner in stoppage time. Manager Tony Hughes said the referee had a good game."],
    ["Edit this review: On their third album t...", "Edit this review: On their third album the band sound looser than ever. Singer Laura Mitchell sounds raw, and producer Paul Epworth keeps the drums dry; the closing track recalls early Kate Bush."],
    ["Can you write a short review of the film...", "Can you write a short review of the film? Greta Gerwig directed it, starring Margot Robbie and Ryan Gosling; the screenplay is sharper than the trailer suggests."],
    ["For our book club next week: why does El...", "For our book club next week: why does Elizabeth Bennet reject Mr Collins, and is Charlotte Lucas right to accept him? Compare with how the narrator treats Lydia."],
    ["Please format this reference list in APA...", "Please format this reference list in APA 7: Smith, J. and Brown, K. (2019) Sleep and memory. Journal of Neuroscience, 12(3), pp. 4-9. Garcia, M. et al. (2021) Working memory revisited. Cortex, 140, 1-15."],
    ["Summarise in three bullets: Chancellor R...", "Summarise in three bullets: Chancellor Rachel Reeves announced a freeze on fuel duty in the budget, while the shadow chancellor Mel Stride said the government had broken its promises. Reeves told MPs the measures were fully funded."],
    ["Write a short news item: At Tuesday's co...", "Write a short news item: At Tuesday's council meeting the mayor, Sarah Collins, presented the new cycling plan, and councillor James Patel raised concerns about parking."],
    ["Condense for the board pack: Q3 revenue ...", "Condense for the board pack: Q3 revenue rose 8% to £412m. CEO Mark Turner said the outlook for the full year remains unchanged, and CFO Helen Price confirmed the dividend guidance."],
    ["Kürze den Spielbericht: Bayern gewinnt 3...", "Kürze den Spielbericht: Bayern gewinnt 3:1 gegen Leverkusen. Harry Kane trifft doppelt, Florian Wirtz verkürzt per Elfmeter. Trainer Vincent Kompany lobte die Defensive."],
    ["Rezension überarbeiten: Auf dem neuen Al...", "Rezension überarbeiten: Auf dem neuen Album singt Judith Holofernes so klar wie nie, produziert hat Moses Schneider, die Songs erinnern an Element of Crime."],
    ["Für den Lesekreis: Warum verlässt Effi i...", "Für den Lesekreis: Warum verlässt Effi ihren Mann Geert von Innstetten, und wie zeichnet Theodor Fontane die Figur des Major Crampas?"],
    ["Bitte als Literaturverzeichnis formatier...", "Bitte als Literaturverzeichnis formatieren: Müller, K. & Schmidt, A. (2018). Arbeitsgedächtnis im Alter. Zeitschrift für Psychologie, 226(2), 45-53."],
    ["Fasse zusammen: Bundeskanzler Friedrich ...", "Fasse zusammen: Bundeskanzler Friedrich Merz kündigte im Bundestag Entlastungen an; Finanzminister Lars Klingbeil verteidigte den Haushalt. Die Opposition kritisierte die Pläne."],
    ["Als Meldung: Oberbürgermeisterin Katja D...", "Als Meldung: Oberbürgermeisterin Katja Dörner eröffnete die Bürgerversammlung, Stadtbaurat Helmut Wiesner stellte den Rahmenplan vor."],
    ["Stichpunkte für den Aufsichtsrat: Umsatz...", "Stichpunkte für den Aufsichtsrat: Umsatz im dritten Quartal +6 %, Vorstandschef Martin Brudermüller bestätigte die Prognose, Finanzvorständin Daniela Weber kündigte eine höhere Dividende an."],
    ["Raccourcis : Le PSG bat Lyon 3-0. Ousman...", "Raccourcis : Le PSG bat Lyon 3-0. Ousmane Dembélé ouvre le score, Bradley Barcola double la mise et Vitinha marque sur coup franc. L'entraîneur Luis Enrique salue ses joueurs."],
    ["Relis ma critique : sur son nouvel album...", "Relis ma critique : sur son nouvel album, Zaho de Sagazan chante plus grave, produit par Pierre Guimard ; on pense à Barbara et à Jacques Brel."],
    ["Pour le club de lecture : pourquoi Julie...", "Pour le club de lecture : pourquoi Julien Sorel tire-t-il sur Madame de Rênal ? Comparez avec le narrateur de Stendhal dans la Chartreuse."],
    ["Mets en forme selon les normes APA : Dup...", "Mets en forme selon les normes APA : Dupont, M. et Martin, L. (2020). La mémoire de travail. Revue de neuropsychologie, 12(3), 4-9."],
    ["Résume : le Premier ministre François Ba...", "Résume : le Premier ministre François Bayrou a annoncé une réforme des retraites ; la ministre du Travail Catherine Vautrin a défendu le projet devant les députés."],
    ["Fais une brève : en réunion publique, le...", "Fais une brève : en réunion publique, le maire Grégory Doucet a présenté le plan vélo, et l'adjointe Valentin Lungenstrass a répondu aux questions."],
    ["Resume: El Betis gana 2-1 al Sevilla. Is...", "Resume: El Betis gana 2-1 al Sevilla. Isco abrió el marcador, Giovani Lo Celso marcó de falta y el árbitro anuló un gol. El entrenador Manuel Pellegrini elogió a su equipo."],
    ["Corrige mi reseña: en su nuevo disco, Am...", "Corrige mi reseña: en su nuevo disco, Amaia canta más grave; la producción de Raül Refree recuerda a Enrique Morente."],
    ["Para el club de lectura: ¿por qué Ana Oz...", "Para el club de lectura: ¿por qué Ana Ozores confía en Fermín de Pas? Compara con la protagonista de Galdós."],
    ["Resume: el presidente del Gobierno Pedro...", "Resume: el presidente del Gobierno Pedro Sánchez anunció una reforma; la ministra de Hacienda María Jesús Montero la defendió en el Congreso."],
    ["Samenvatten: PSV wint met 3-1 van Feyeno...", "Samenvatten: PSV wint met 3-1 van Feyenoord. Luuk de Jong scoort twee keer, Ivan Perisic maakt het af. Trainer Peter Bosz was tevreden, de scheidsrechter kreeg kritiek."],
    ["Verbeter mijn recensie: op het nieuwe al...", "Verbeter mijn recensie: op het nieuwe album klinkt Froukje rauwer, producer Wouter de Belder houdt het sober; het doet denken aan Herman van Veen."],
    ["Voor de leesclub: waarom verlaat Frits v...", "Voor de leesclub: waarom verlaat Frits van Egters nooit zijn kamer, en hoe kijkt de verteller naar Louis?"],
    ["Vat samen: minister-president Dick Schoo...", "Vat samen: minister-president Dick Schoof kondigde bezuinigingen aan, minister van Financiën Eelco Heinen verdedigde de begroting in de Tweede Kamer."],
    ["Riassumi: l'Inter batte il Milan 2-1. La...", "Riassumi: l'Inter batte il Milan 2-1. Lautaro Martínez apre le marcature, Christian Pulisic pareggia, Hakan Calhanoglu segna su punizione. L'allenatore Simone Inzaghi loda la squadra."],
    ["Correggi la recensione: nel nuovo disco ...", "Correggi la recensione: nel nuovo disco Giorgia canta più piano, la produzione di Michele Canova è asciutta; echi di Lucio Dalla."],
    ["Per il gruppo di lettura: perché Renzo f...", "Per il gruppo di lettura: perché Renzo fugge a Milano e come descrive il narratore la monaca di Monza?"],
    ["Riassumi: la presidente del Consiglio Gi...", "Riassumi: la presidente del Consiglio Giorgia Meloni ha annunciato la riforma, il ministro dell'Economia Giancarlo Giorgetti l'ha difesa in Senato."],
    ["Fanne una notizia: all'assemblea pubblic...", "Fanne una notizia: all'assemblea pubblica il sindaco Beppe Sala ha presentato il piano, l'assessora Elena Grandi ha risposto alle domande."],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('private people stay found in the same genres', () => {
  it.each([
    ["Our member Daniel Walsh, DOB 14/03/1990,...", "Our member Daniel Walsh, DOB 14/03/1990, injured his knee at training on Saturday; please update his membership record and call him on 07700 900123."],
    ["HR note: our employee Mark Turner missed...", "HR note: our employee Mark Turner missed three shifts in Q3; revenue in his region fell. Please draft a written warning."],
    ["Please write a reference for our student...", "Please write a reference for our student Laura Mitchell, who sang in the school choir and played guitar in the band; she wants to study film."],
    ["Notre adhérent Bradley Barcola, né le 02...", "Notre adhérent Bradley Barcola, né le 02/09/2002, s'est blessé au genou à l'entraînement ; merci de mettre à jour sa fiche."],
    ["Ons clublid Luuk de Jong, geboortedatum ...", "Ons clublid Luuk de Jong, geboortedatum 27-08-1990, heeft zijn knie geblesseerd bij de training; pas zijn gegevens aan."],
    ["Il nostro socio Christian Pulisic, nato ...", "Il nostro socio Christian Pulisic, nato il 18/09/1998, si è infortunato al ginocchio in allenamento; aggiorna la sua scheda."],
  ])('%s', (_name, text) => {
    expect(people(text)).not.toEqual([]);
  });

  const report =
    'Tighten this for the club website: United came from behind to beat Rovers 2-1 on Saturday. Daniel Walsh equalised from the penalty spot just before half-time and Marcus Reid headed the winner in stoppage time. Manager Tony Hughes said the referee had a good game.';
  it('the match report alone is clean', () => {
    expect(people(report)).toEqual([]);
  });
  it('a member with a date of birth and an injury in the same report stays', () => {
    expect(people(`${report} Also update the records: our member Karen Doyle, DOB 02/11/1984, knee injury at training.`)).toContain('Karen Doyle');
  });
  it('a name next to a phone number in the same report stays', () => {
    expect(people(`${report} For tickets ring Karen Doyle on 07700 900456 after six.`)).toContain('Karen Doyle');
  });
  it('a name next to a health word in a review stays', () => {
    expect(people('Edit this review: On their third album the band sound looser than ever. Karen Doyle, diagnosed with depression last year, sings on two songs.')).toContain('Karen Doyle');
  });
  it('in results, a name without an office stays; with one it goes', () => {
    const results = 'Condense for the board pack: Q3 revenue rose 8% to £412m and the dividend guidance is unchanged.';
    expect(people(`${results} CEO Mark Turner said the outlook remains strong.`)).toEqual([]);
    expect(people(`${results} Please also chase Karen Doyle about her expenses claim.`)).toContain('Karen Doyle');
  });
});

describe('genre points', () => {
  it('count each word once, per language, strong phrases twice', () => {
    expect(genrePoints('album, album, album').arts).toBe(1);
    expect(genrePoints('Das Album und das Konzert').arts).toBe(2);
    expect(genrePoints('For the book club').literature).toBe(2);
    expect(genrePoints('Sing the chorus twice').arts).toBe(1);
  });
  it('a word of one language does not count for another language of the same text', () => {
    // "lieder" are German songs and "concert" an English, French or Dutch one: no language has both.
    expect(genrePoints('He sang lieder at the concert').arts).toBe(1);
  });
});
