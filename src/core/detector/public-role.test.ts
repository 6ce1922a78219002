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
    ["Make this tennis recap punchier: Carlos ...", "Make this tennis recap punchier: Carlos Alcaraz beat Jannik Sinner in five sets to win the Roland-Garros final, saving three match points before sealing the title with a forehand winner."],
    ["Rewrite for the newsletter: Max Verstapp...", "Rewrite for the newsletter: Max Verstappen took pole position at the Dutch Grand Prix, with Lando Norris second on the grid; Charles Leclerc crashed on lap 12."],
    ["Summarise this NBA recap: Stephen Curry ...", "Summarise this NBA recap: Stephen Curry scored 38 points with 9 three-pointers, and LeBron James added a triple-double, but the Lakers lost in overtime."],
    ["Format in Vancouver style: 1. Smith J, B...", "Format in Vancouver style: 1. Smith J, Brown K. Sleep and memory in adolescents. Lancet. 2019;394(10203):1234-40. 2. Nguyen T, Patel R, et al. Working memory. BMJ. 2021;372:n45."],
    ["Turn this into a Chicago-style bibliogra...", "Turn this into a Chicago-style bibliography: Mary Beard, SPQR: A History of Ancient Rome (London: Profile Books, 2015); Tom Holland, Rubicon (London: Little, Brown, 2003)."],
    ["Write a 100-word review of the concert: ...", "Write a 100-word review of the concert: Nick Cave opened with a hushed piano ballad, Warren Ellis's violin carried the middle of the set, and the encore ran past midnight."],
    ["Summarise the episode: in the season fin...", "Summarise the episode: in the season finale, Kendall Roy finally turns on his father, while Shiv and Roman split over the board vote."],
    ["Book club prompt: in 'Normal People', ho...", "Book club prompt: in 'Normal People', how does Sally Rooney show the power shifting between Marianne and Connell across the novel?"],
    ["Explain the themes of the novel for my c...", "Explain the themes of the novel for my class: why does Jay Gatsby throw the parties, and what does Nick Carraway think of Tom Buchanan?"],
    ["Write a short news summary: Health Secre...", "Write a short news summary: Health Secretary Wes Streeting told the Commons that waiting lists had fallen; Streeting said more funding would follow. Opposition MPs called the figures misleading."],
    ["Summarise the results: Unilever CEO Fern...", "Summarise the results: Unilever CEO Fernando Fernandez said underlying sales grew 4%, while chief financial officer Srinivas Phatak kept the full-year guidance."],
    ["Tennis-Zusammenfassung: Alexander Zverev...", "Tennis-Zusammenfassung: Alexander Zverev schlägt Daniil Medwedew im Halbfinale in drei Sätzen und trifft im Finale auf Novak Djokovic."],
    ["Kurz fassen: Beim Großen Preis von Monac...", "Kurz fassen: Beim Großen Preis von Monaco holte Charles Leclerc die Pole-Position, Lewis Hamilton wurde Dritter."],
    ["Bitte nach APA formatieren: Schmidt, P.,...", "Bitte nach APA formatieren: Schmidt, P., Weber, L., & Koch, M. (2020). Schlaf und Gedächtnis. Psychologische Rundschau, 71(3), 145–160. https://doi.org/10.1026/0033-3042/a000123"],
    ["Schreib eine Konzertkritik: Herbert Grön...", "Schreib eine Konzertkritik: Herbert Grönemeyer eröffnete mit 'Männer', der Chor sang die Zugabe, Gitarrist Jakob Hansonis glänzte."],
    ["Zusammenfassung: Gesundheitsminister Kar...", "Zusammenfassung: Gesundheitsminister Karl Lauterbach stellte die Reform im Bundestag vor; Lauterbach betonte, die Kliniken würden entlastet."],
    ["Résume ce match de tennis : Arthur Fils ...", "Résume ce match de tennis : Arthur Fils bat Ugo Humbert en trois sets et affrontera Carlos Alcaraz en demi-finale."],
    ["Mets en forme la bibliographie : Bourdie...", "Mets en forme la bibliographie : Bourdieu, P. (1979). La Distinction. Paris : Éditions de Minuit. Lahire, B. et al. (2019). Enfances de classe. Paris : Seuil."],
    ["Critique de film en 80 mots : réalisé pa...", "Critique de film en 80 mots : réalisé par Justine Triet, le film offre à Sandra Hüller un rôle immense ; Swann Arlaud est parfait en avocat."],
    ["Résume : le ministre de l'Intérieur Brun...", "Résume : le ministre de l'Intérieur Bruno Retailleau a présenté le texte au Sénat ; Retailleau a promis des moyens supplémentaires."],
    ["Resume la crónica: Carlos Alcaraz vence ...", "Resume la crónica: Carlos Alcaraz vence a Novak Djokovic en la final de Wimbledon por 6-2, 6-2 y 7-6 y suma su cuarto Grand Slam."],
    ["Formatea en APA: García, M., López, J. y...", "Formatea en APA: García, M., López, J. y Pérez, A. (2018). Memoria y sueño. Revista de Psicología, 36(2), 45-60."],
    ["Escribe una crítica de la película: diri...", "Escribe una crítica de la película: dirigida por Pedro Almodóvar, con Penélope Cruz y Antonio Banderas; el guion es brillante."],
    ["Resume: la alcaldesa de Barcelona, Ada C...", "Resume: la alcaldesa de Barcelona, Ada Colau, presentó el plan en el pleno; Colau defendió las nuevas zonas peatonales."],
    ["Vat de wielerkoers samen: Mathieu van de...", "Vat de wielerkoers samen: Mathieu van der Poel wint Parijs-Roubaix na een solo van 60 kilometer; Wout van Aert wordt tweede."],
    ["Zet in APA-stijl: Jansen, P., & de Vries...", "Zet in APA-stijl: Jansen, P., & de Vries, K. (2017). Slaap en geheugen. Tijdschrift voor Psychologie, 45(2), 12–20."],
    ["Schrijf een filmrecensie: geregisseerd d...", "Schrijf een filmrecensie: geregisseerd door Paul Verhoeven, met Carice van Houten in de hoofdrol; het scenario is scherp."],
    ["Vat samen: burgemeester Femke Halsema op...", "Vat samen: burgemeester Femke Halsema opende de raadsvergadering; wethouder Melanie van der Horst lichtte het verkeersplan toe."],
    ["Riassumi la tappa: Tadej Pogačar vince i...", "Riassumi la tappa: Tadej Pogačar vince in solitaria al Giro d'Italia, Jonas Vingegaard arriva secondo a un minuto."],
    ["Formatta in APA: Rossi, M., Bianchi, L.,...", "Formatta in APA: Rossi, M., Bianchi, L., & Verdi, G. (2019). Memoria e sonno. Giornale di Psicologia, 13(2), 33-48."],
    ["Scrivi una recensione del film: diretto ...", "Scrivi una recensione del film: diretto da Paolo Sorrentino, con Toni Servillo nel ruolo principale; la colonna sonora è splendida."],
    ["Riassumi: il ministro dell'Interno Matte...", "Riassumi: il ministro dell'Interno Matteo Piantedosi ha presentato il decreto alla Camera; Piantedosi ha promesso più agenti."],
    ["Rewrite for the newsletter: Max Verstapp...", "Rewrite for the newsletter: Max Verstappen took pole position at the Dutch Grand Prix, with Lando Norris second on the grid; Charles Leclerc crashed on lap 12."],
    ["Kurz fassen: Beim Großen Preis von Monac...", "Kurz fassen: Beim Großen Preis von Monaco holte Charles Leclerc die Pole-Position, Lewis Hamilton wurde Dritter."],
    ["Zusammenfassung: Gesundheitsminister Kar...", "Zusammenfassung: Gesundheitsminister Karl Lauterbach stellte die Reform im Bundestag vor; Lauterbach betonte, die Kliniken würden entlastet."],
    ["My hollandaise keeps splitting and I nee...", "My hollandaise keeps splitting and I need it for a brunch on Sunday. Gordon Ramsay and Delia Smith disagree on whether to use clarified butter in the sauce."],
    ["Mein Risotto wird immer pappig. Johann L...", "Mein Risotto wird immer pappig. Johann Lafer und Sarah Wiener sind sich beim Rezept uneinig, ob man den Reis vorher anröstet."],
    ["Ma pâte brisée se rétracte au four. Phil...", "Ma pâte brisée se rétracte au four. Philippe Etchebest et Hélène Darroze ne donnent pas la même recette."],
    ["Mijn mayonaise schift steeds. Herman den...", "Mijn mayonaise schift steeds. Herman den Blijker en Yvette van Boven geven een ander recept voor de saus."],
    ["For a study guide: summarise the relatio...", "For a study guide: summarise the relationship between Jane Eyre and Mr Rochester in 80 words."],
    ["Riassumi il rapporto tra Fabrizio e Cle...", "Riassumi il rapporto tra Fabrizio, Clelia e don Ferrante in 60 parole."],
    ["Für die Lektürehilfe: Fasse die Beziehu...", "Für die Lektürehilfe: Fasse die Beziehung zwischen Effi und Major Crampas knapp zusammen."],
    ["Pour une fiche de lecture : résume la r...", "Pour une fiche de lecture : résume la relation entre Julien Sorel et Mathilde de La Mole."],
    ["Write a role-play for the front desk: S...", "Write a role-play for the front desk: Sybil checks in late and asks for a quiet room."],
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
    ["Rewrite the team sheet for Saturday's un...", "Rewrite the team sheet for Saturday's under-12s match: Oliver Bennett (asthma inhaler in bag), Harry Clarke, Jack Wilson; parents please bring shin pads. Call me on 07700 900321."],
    ["Draft a letter to the league: our goalke...", "Draft a letter to the league: our goalkeeper Sophie Turner, born 12/05/2009, was injured in the second half and taken to hospital with a concussion."],
    ["Summarise the HR case: after the album l...", "Summarise the HR case: after the album launch party our sound engineer Lucy Hale was harassed by a guest; she has since been signed off with anxiety."],
    ["Meine Tochter Lena Hoffmann spielt in de...", "Meine Tochter Lena Hoffmann spielt in der U12; sie hat Asthma und braucht beim Spiel am Samstag ihr Spray. Bitte an den Trainer weiterleiten."],
    ["Ma fille Chloé Martin joue dans l'équipe...", "Ma fille Chloé Martin joue dans l'équipe U12 ; elle est asthmatique et doit avoir sa ventoline pendant le match de samedi."],
    ["Mi hijo Pablo Ruiz juega en el alevín; t...", "Mi hijo Pablo Ruiz juega en el alevín; tiene diabetes y necesita su insulina durante el partido del sábado."],
    ["Mijn zoon Daan Bakker speelt bij de F-je...", "Mijn zoon Daan Bakker speelt bij de F-jes; hij heeft diabetes en moet tijdens de wedstrijd van zaterdag zijn insuline bij zich hebben."],
    ["Mio figlio Luca Ferrari gioca nei pulcin...", "Mio figlio Luca Ferrari gioca nei pulcini; ha il diabete e deve avere l'insulina durante la partita di sabato."],
    ["Match report for the parents: the under-...", "Match report for the parents: the under-12s won 3-1 on Saturday; Oliver Bennett scored twice and Harry Clarke converted a penalty. Player of the match: Jack Wilson."],
    ["Spielbericht für die Eltern: Die E-Jugen...", "Spielbericht für die Eltern: Die E-Jugend gewinnt 4:2, Lena Hoffmann trifft doppelt, Paul Becker verwandelt den Elfmeter."],
    ["Write up the school concert: the choir o...", "Write up the school concert: the choir opened, Emily Carter sang the solo on the new song, and Jacob Hughes played guitar in the encore."],
    ["Catering order for Saturday's brunch, 20...", "Catering order for Saturday's brunch, 20 guests: Anna Berg has a nut allergy, Tom Fischer is vegetarian, and the hollandaise must be egg-free for Lisa Sommer."],
    ["Speiseplan für unsere Bewohnerin Anna Sc...", "Speiseplan für unsere Bewohnerin Anna Schneider: Diabetes, kein Zucker im Dessert, Soße ohne Mehl."],
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
  it('a name cue stands before a name only: "sono" after two chefs is "they are"', () => {
    expect(people("Ricetta del brunch: carpaccio, uova e maionese. Carlo Cracco e Benedetta Rossi non sono d'accordo sulla salsa.")).toEqual([]);
  });
  it('an internal memo naming its CFO is no news text', () => {
    const found = people('Please draft a short apology to CFO Karen Doyle: the board pack for the quarter will be two days late.');
    expect(found.some((p) => p.includes('Karen Doyle'))).toBe(true);
  });
  it('a word of one language does not count for another language of the same text', () => {
    // "lieder" are German songs and "concert" an English, French or Dutch one: no language has both.
    expect(genrePoints('He sang lieder at the concert').arts).toBe(1);
  });
});

describe('short match reports, results tables, wines and recipes, biographies (issue 13)', () => {
  it.each([
    ['rugby, fr', "Raccourcis : 'Romain Ntamack a trouvé Louis Bielle-Biarrey sur l'aile, essai en coin à la 61e. Thomas Ramos a transformé.'"],
    ['football, es', "Pule la entradilla: 'Nico Williams desbordó por la izquierda y Álvaro Morata abriera el marcador; Unai Simón sostuvo el empate antes del descanso.'"],
    ['football, nl', "Maak strakker: 'Xavi Simons kopte raak na een voorzet van Denzel Dumfries; in de slotfase redde Bart Verbruggen een schot van Harry Kane.'"],
    ['football, it', "Rendi più scorrevole: 'Federico Chiesa ha sbloccato su assist di Sandro Tonali, poi Gianluca Scamacca ha raddoppiato di testa, ma Mike Maignan ha parato il rigore.'"],
    ['handball table, de', 'Mach eine Tabelle der besten Werfer der EM: Julian Köster 31 Tore, Kai Häfner 22, Lukas Mertens 19, Torwart David Späth 36 % Paraden.'],
    ['basketball table, es', 'Ordena por puntos: Sergio Llull 14,2, Usman Garuba 9,8, Santi Aldama 16,1. ¿Quién fue el MVP de la Euroliga?'],
    ['speed skating times, nl', 'Zet in een tabel: 500 m mannen — Jenning de Boo 34,12, Merijn Scheperkamp 34,40, Tim Prins 34,58. Is dat een baanrecord?'],
    ['wine, de', 'Welcher Riesling passt zur Forelle: Weingut Robert Weil Kiedricher Gräfenberg Spätlese oder Dönnhoff? Budget 35 € pro Flasche Wein.'],
    ['wine, it', 'Per un brasato meglio un Barolo 2016 di Bartolo Mascarello o un Brunello 2015 di Gianfranco Soldera? Oppure un calice di Nebbiolo.'],
    ['beer and cheese, nl', 'Welk bier past bij een kaasplank met jonge Gouda: een tripel of een quadrupel van Brouwerij Hertog Jan?'],
    ['recipe, en', 'Mary Berry says 200°C for the batter but my Yorkshire puddings stay flat. Should I preheat the oven longer?'],
    ['recipe, it', 'Nella carbonara vanno tuorli o uova intere? Antonino Cannavacciuolo usa il guanciale croccante e il pecorino.'],
    ['biography with life span, en', 'Alan Turing (23 June 1912 – 7 June 1954): write a 100-word bio for a school display mentioning Bletchley Park and Joan Clarke.'],
    ['Nobel biography, it', 'Enrico Fermi (29 settembre 1901 – 28 novembre 1954): una scheda sul premio Nobel del 1938, con Emilio Segrè e la pila di Chicago.'],
    ['rugby, en', "Tidy this up: 'Owen Farrell kicked the conversion and Maro Itoje crashed over from close range; George Furbank was safe under the high ball.'"],
    ['top scorers with a full stop, en', 'Top scorers this season: Cole Palmer 19, Ollie Watkins 16, Jarrod Bowen 14. Make it a bar chart.'],
    ['football verbs, de', "Flüssiger bitte: 'Florian Wirtz dribbelte sich durch, Joshua Kimmich flankte, und Tim Kleindienst köpfte zum 2:1 ein.'"],
    ['Nobel laureates, es', 'Haz una ficha sobre Santiago Ramón y Cajal y Camillo Golgi, Nobel de Medicina 1906, para 4º de ESO.'],
    ['a school talk on inventors, nl', 'Schrijf een korte bio van Cornelis Drebbel en Simon Stevin voor een spreekbeurt in groep 8.'],
    ['chess, en', 'Summarise: the Chess Olympiad ended with Arjun Erigaisi beating Jorden van Foreest in round 11.'],
    ['a cake recipe, en', "Is Nigella Lawson's chocolate cake recipe better than Mary Berry's? I want it moist."],
    ['a history lesson, it', 'Scrivi un paragrafo su Tina Anselmi e la Costituente per la lezione di storia.'],
    ['a concert review, de', 'Schreib eine kurze Kritik: Nena sang drei neue Lieder, die Band um Uwe Fahrenkrog-Petersen spielte laut, Zugabe inklusive.'],
    ['a concert review, it', 'Recensione: Elodie ha cantato i nuovi brani e Achille Lauro è salito sul palco per il bis.'],
    ['a cocktail menu', 'Cocktail menu for the launch: Tom Collins, Bloody Mary, Moscow Mule and a virgin Mojito.'],
    ['an aperitif question, fr', "Pour l'apéro : Ricard ou Pastis 51 ? Et un Crémant de chez Louis Bouillot ?"],
    ['a league table, en', 'League table after 20 games: Arsenal 45, Aston Villa 41, Newcastle 38. Who drops out of the top four?'],
    ['a scorers list, de', 'Torjägerliste: Deniz Undav 14, Tim Kleindienst 12, Patrik Schick 11. Mach ein Balkendiagramm.'],
    ['novel question, en', 'In Jane Eyre, how does Charlotte Brontë make Edward Rochester sympathetic? Give me three passages to discuss.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['a club list with birth dates and youth football', 'Format as a table for the DBS check:\nKaren Doyle 12.05.1961 — youth football\nRaj Malhotra 03.11.1979 — lunch club'],
    ['our youth team scorers', 'Match report for the parents: the under-12s won 3-1, Oliver Bennett 2 goals, Harry Clarke 1; Jack Wilson saved a penalty.'],
    ['a customer ordering wine', 'Our customer Helena Brandt ordered six bottles of Riesling and a Barolo; please ring her on 0151 496 0123 about delivery.'],
    ['a colleague born and ill in a bio', 'Write a short bio for the intranet: our colleague Martin Kessler, born 1979, is back after his cancer treatment; he discovered the new supplier.'],
    ['a pupil in a history lesson', 'Für den Geschichtsunterricht: unsere Schülerin Anna Becker, geb. 2011, hält das Referat über den Weltkrieg nicht, sie ist krank.'],
    ['overtime with a football word', 'Overtime this month: Anna Berg 12, Thomas Keller 9, Maria Lopez 7. The football screening on Friday is cancelled.'],
    ['sales per rep with an MVP award', 'Sales per rep: Laura Bianchi 18,4k, Marco Conti 22,1k. Who gets the MVP award this quarter?'],
    ['an internal padel league', 'Clasificación de la liga interna de pádel: Lucía Pérez 18 puntos, Javier Ruiz 15. ¿Quién es el MVP?'],
    ['a company five-a-side table', 'Classifica del torneo aziendale di calcetto: Giulia Romano 12 gol, Luca Greco 9. Mandala a tutti.'],
    ['a staff bio for the intranet', 'Bio for the intranet: Peter Hansen joined us in 2019 from a century-old family firm; the Nobel laureates he met inspired him.'],
    ['a retirement gift of wine', 'Gift for Sarah Klein who is retiring: she loves Barolo and Brunello, budget 80 euros.'],
    ['a retirement gift of wine, it', 'Regalo per Chiara Rinaldi che va in pensione: ama il Barolo e il Brunello.'],
    ['a cookery-class sign-up, de', 'Kochkurs-Anmeldung: Jana Wolf und Peter Brandt kommen am Samstag, Thema Käsespätzle und Braten.'],
    ['a thank-you note for a wine tasting', 'Thank-you note to Emma Richardson for organising the wine tasting, she chose the Chardonnay and the Pinot.'],
    ['a physio note on a player', 'Physio note: Jamie Lloyd, striker, grade 2 hamstring tear in the second half; no training for three weeks.'],
    ['a eulogy with a recent life span', 'Biography draft for the funeral: Margaret Ellis (1941–2025), a keen painter and grandmother of five.'],
    ['a pregnancy next to a name in a match report', 'Match report: United won 2-1 after a late header; Danielle Moore, pregnant with twins, watched from the stand.'],
    ['a birthday gift of wine, de', 'Ein Geschenk für Jana Wolf: sie mag Riesling und Spätburgunder, Budget 50 €.'],
    ['Italian "ma" is "but", and "mia" still a possessive', "Cronaca della partita: l'Inter vince 2-1, ma la mia vicina Giulia Fontana si è fatta male allo stadio e l'hanno portata in ospedale."],
  ])('%s stays found', (_name, text) => {
    expect(people(text)).not.toEqual([]);
  });
});

describe('a cue next to one name makes it a public figure in a short text of any genre', () => {
  // Each name here is found by the name lists without the cue (checked when written).
  it.each([
    ['a quoted title and "by", en', "Back-cover line for 'The Quiet Orchard' by Miriam Toller, 30 words."],
    ['a quoted title and "von", de', "Klappentext für 'Die Mittagsfrau' von Julia Franck, höchstens 40 Wörter."],
    ['a maker after "designed by", en', 'Two lines on the Tate Modern chimney, designed by Giles Gilbert Scott.'],
    ['a maker before "entworfen", de', 'Zwei Sätze zum Einsteinturm: von Erich Mendelsohn entworfen, 1921 fertig.'],
    ['a quiz answer in brackets, fr', 'Vérifie : 1. Qui a gagné Roland-Garros en 1989 ? (Arantxa Sánchez) 2. Qui a écrit Candide ?'],
    ['a catalogue number, en', "Is Fanny Mendelssohn's Easter Sonata Op. 2 too hard for grade 6?"],
    ['a tally in a result, es', 'Resumen: el Unicaja pierde, Tyson Pérez con 14 rebotes y Kendrick Perry con 5 asistencias.'],
    ['a placing in a race, nl', 'Uitslag 400 meter: Lieke Klaver tweede, Cathelijne Peeters derde.'],
    ['a cast line in a film text, en', "Quiz on 'Local Hero' (1983): Peter Riegert as Mac MacIntyre, Denis Lawson as Gordon Urquhart."],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['a new hire "as" a head, no film', 'Announce that we hired Sarah Jones as Head of Sales from Monday.'],
    ['points in an exam, de', 'Notenliste: Lena Hoffmann mit 12 Punkten, bitte ins Zeugnis übernehmen.'],
    ['"secondo me" after a name, it', 'Giulia Ferraro secondo me merita la promozione, cosa scrivo?'],
    ['a maker cue after a possessive', 'The extension was designed by my neighbour Tom Baker last year.'],
  ])('%s stays found', (_name, text) => {
    expect(people(text)).not.toEqual([]);
  });
});

describe('a performer, an inventor, and a cued name next to a venue address (issue 13)', () => {
  // Each name here is found by the name lists without the cue (checked when written); texts of our own.
  it.each([
    ['a performer with sonatas, en', 'Shorten the listing: on 14 March Daniel Harding with sonatas by Schubert at the Town Hall.'],
    ['a performer with sonatas, de', 'Programmhinweis: Am 3. Mai spielt Martin Helmchen mit Schubert-Sonaten im Kammermusiksaal.'],
    ['a performer with concertos, fr', 'Annonce : le 9 juin, Lucas Debargue avec des concertos de Mozart, salle Pleyel.'],
    ['a performer with arias, es', 'Cartel: el 21 de abril, Sabina Puértolas con arias de Händel en el Auditorio.'],
    ['a performer with songs, nl', 'Agenda: op 2 februari Thomas Oliemans met liederen van Schubert in de kleine zaal.'],
    ['a performer with sonatas, it', 'Locandina: il 18 ottobre Beatrice Rana con sonate di Scarlatti al Conservatorio.'],
    ['an inventor, nl', 'Schrijf twee zinnen over de Leidse fles, door Pieter van Musschenbroek uitgevonden in 1745.'],
    ['an inventor, es', 'Dos frases sobre el submarino Peral, inventado por Isaac Peral en 1888.'],
    ['an architect next to the building address, de', 'Kurztext: Das Rathaus, Marktplatz 1, 1911 von Martin Elsaesser entworfen, ist heute Museum.'],
    ['a quiz answer next to the pub address, en', 'Check: Who wrote Middlemarch? (George Eliot)\nQuiz night at the Plough, 12 Mill Lane, Cambridge.'],
    ['a quiz answer next to the bar address, it', 'Verifica: Chi dipinse la Primavera? (Sandro Botticelli)\nSerata al Bar Sport, via Roma 4, Cuneo.'],
    ['a quiz answer next to the café address, fr', 'Vérifie : Qui a écrit Germinal ? (Émile Zola)\nSoirée quiz au Café du Port, 3 quai Vauban, Sète.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['a guest with two suites, en', 'Booking note: guest Daniel Harding with two suites for the weekend, late arrival.'],
    ['a pupil practising, de', 'Vorspiel der Musikschule: unsere Schülerin Lena Vogt mit Klaviersonaten, bitte Raum 4 reservieren.'],
    ['a CV line, it', 'Candidata Beatrice Rana con studi in economia, disponibile da maggio.'],
    ['a designer and her home address, en', 'The kitchen was designed by my sister Clara Webb, 14 Elm Road, Leeds.'],
  ])('%s stays found', (_name, text) => {
    expect(people(text)).not.toEqual([]);
  });
});

describe('speakers in their office or board role in an event programme (issue 13)', () => {
  it.each([
    ['en', 'Edit the running order:\n09:00 Registration\n09:30 Keynote: Helen Carter, Mayor of Bristol\n10:15 Welcome from the Mayor of North Somerset, Thomas Reid\n11:00 Panel'],
    ['de', 'Programm kürzen:\n08:30 Einlass\n09:00 Begrüßung: Katrin Vogel, Oberbürgermeisterin\n09:30 Impulsvortrag: Stefan Krüger, Vorstandsvorsitzender der Hafen AG'],
    ['fr', "Relis le programme :\n9h00 Accueil\n9h30 Discours d'ouverture : Claire Martin, directrice générale de la Métropole\n10h30 Table ronde"],
    ['es', 'Revisa el programa:\n09:00 Acreditación\n09:30 Ponencia: Lucía Romero, consejera de Economía de la Junta\n10:30 Mesa redonda'],
    ['nl', 'Check het programma:\n09:00 Ontvangst\n09:30 Welkomstwoord: Pieter de Groot, wethouder\n10:00 Keynote: Sanne Visser, CEO, Havenbedrijf'],
    ['it', 'Sistema il programma:\n9:00 Registrazione\n9:30 Apertura dei lavori: Paolo Ferri, sindaco di Bergamo\n10:00 Relazione: Chiara Galli, direttrice generale di Acque'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it('a private speaker, a speaker with no office, and a patient list keep their names', () => {
    expect(people('Programme for our open day:\n09:00 Welcome\n09:30 Talk: Anna Berg, our new HR assistant, phone 07700 900123')).toEqual(['Anna Berg']);
    expect(people('Programme:\n09:00 Welcome\n09:30 Keynote: Helen Carter\n10:00 Panel')).toEqual(['Helen Carter']);
    expect(people('Clinic list for Monday:\n09:00 Helen Carter, follow-up\n09:30 Thomas Reid, new patient')).toEqual(['Helen Carter', 'Thomas Reid']);
  });
});

describe('speakers after a programme time and a talk word, a legal notice’s directors, parties of published case law', () => {
  it.each([
    ['en', 'Tidy this up: 9:00 Coffee. 9:30 Welcome. 10:00 Keynote "Open data in cities" by Prof. Margaret Hollings. 11:15 Talk by Dr. Owen Pritchard on air quality. 12:30 Lunch.'],
    ['de', 'Bitte glätten: 10:00 Begrüßung. 10:15 Vortrag von Prof. Dr. Hannelore Kranich zur Energiewende. 11:30 Lesung mit Jonas Fellbach. 12:30 Mittag.'],
    ['fr', 'Mets au propre : 9h accueil. 9h30 conférence « Climat et villes » par le Pr Hélène Marchetti. 11h intervention de Julien Rocheteau sur les données. 12h déjeuner.'],
    ['es', 'Ordena: 9:00 acreditaciones. 9:30 ponencia «Agua y ciudad» a cargo de la Dra. Lucía Carbonell. 11:00 charla de Andrés Villamor sobre datos abiertos. 12:30 comida.'],
    ['nl', 'Zet netjes: 9.30 inloop. 10.00 lezing door prof. dr. Marijke Terpstra over klimaat. 11.00 presentatie van Joost Hoekema. 12.30 lunch.'],
    ['it', 'Sistema il programma: 9:00 registrazione. 9:30 relazione di Chiara Benvenuti sul clima. 11:00 lectio magistralis del prof. Giorgio Ferrandi. 12:30 pranzo.'],
  ])('%s: a programme’s speakers', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en', 'Format our legal notice: Harwood Tiles Ltd, registered in England and Wales, company number 01234567, registered office Unit 3, Leeds. Directors: Graham Ashcombe'],
    ['de', 'Impressum bitte prüfen: Kranich Bau GmbH, Amtsgericht Ulm, HRB 12345, Geschäftsführerin: Dr. Hannelore Kranich'],
    ['fr', 'Mentions légales : Atelier Rocheteau SARL, capital social 10 000 €, RCS Nantes 123 456 789, gérant : Julien Rocheteau'],
    ['es', 'Aviso legal: Carbonell Reformas S.L., CIF B12345678, inscrita en el Registro Mercantil de Valencia, administradora única: Lucía Carbonell'],
    ['nl', 'Colofon: Hoekema Bouw B.V., KvK 12345678, btw-nummer NL001234567B01, bestuurder: Joost Hoekema'],
    ['it', 'Note legali: Ferrandi Costruzioni S.r.l., P.IVA 01234567890, REA MI-123456, amministratore unico: Giorgio Ferrandi'],
  ])('%s: a legal notice’s director', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en', 'Summarise the CJEU ruling in Case C-311/18 (Schrems II) for students, and explain what Maximilian Schrems argued.'],
    ['de', 'Fasse BVerfG, Beschluss vom 26.02.2020, 2 BvR 2347/15 zusammen und erkläre, wie Ulrich Kusch argumentierte.'],
    ['fr', "Résume l'arrêt de la CJUE, affaire C-131/12, et le rôle de Mario Costeja dans cette décision."],
    ['es', 'Explica la STC 31/2010 del Tribunal Constitucional y qué alegó Artur Mas en el debate.'],
    ['nl', 'Vat het arrest van het HvJ EU in zaak C-362/14 samen en leg uit wat Maximilian Schrems aanvoerde.'],
    ['it', 'Riassumi Corte cost., sent. n. 242/2019, spiegando il ruolo di Marco Cappato e di Fabiano Antoniani.'],
  ])('%s: parties of a published judgment', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en', 'Compare Morgan v Davies [1964] and Walsh v Hughes [1978] on duty of care, for our newsletter.'],
    ['en', 'For the trainees: how did Walsh Holdings Ltd v Hughes (1978) change Morgan v. Davies (1964)?'],
    ['de', 'Vergleiche die Urteile Schneider gegen Hoffmann (1958) und Becker gegen Wagner (1973) zur Meinungsfreiheit.'],
    ['fr', 'Compare les arrêts Dupont c. Morel (1964) et Gauthier c. Lefebvre (1978) sur la responsabilité.'],
    ['es', 'Explica la diferencia entre García contra Fernández (1991) y Moreno contra Navarro (1998) sobre la culpa.'],
    ['nl', 'Vergelijk de arresten De Vries tegen Jansen (1919) en Bakker tegen Visser (1957) over onrechtmatige daad.'],
    ['it', 'Confronta le sentenze Rossi contro Bianchi (1963) e Ferrari contro Esposito (1971) sulla responsabilità civile.'],
  ])('%s: parties of leading cases named with their year', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en', 'Programme:\n09:00 Registration, Town Hall, Albert Square, Leeds LS1 3AD\n09:30 Keynote: Sarah Collins, Mayor of Leeds\n10:15 Panel'],
    ['de', 'Programm:\n09:00 Anmeldung, Rathaus, Marktplatz 1, 89073 Ulm\n09:30 Grußwort: Katja Dörner, Oberbürgermeisterin\n10:15 Podium'],
    ['fr', 'Programme :\n09h00 Accueil, Hôtel de Ville, 1 place de la Mairie, 44000 Nantes\n09h30 Ouverture : Julien Rocheteau, maire de Nantes\n10h15 Table ronde'],
    ['es', 'Programa:\n09:00 Acreditaciones, Ayuntamiento, Plaza Mayor 1, 46001 Valencia\n09:30 Inauguración: Lucía Carbonell, alcaldesa de Valencia\n10:15 Mesa redonda'],
    ['nl', 'Programma:\n09.00 Inloop, Stadhuis, Markt 1, 3511 AB Utrecht\n09.30 Opening: Joost Hoekema, burgemeester van Utrecht\n10.15 Paneldiscussie'],
    ['it', 'Programma:\n09:00 Registrazione, Municipio, Piazza Grande 1, 41121 Modena\n09:30 Apertura dei lavori: Giorgio Ferrandi, sindaco di Modena\n10:15 Tavola rotonda'],
  ])('%s: an office holder in a programme next to the venue’s address', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en: an internal meeting with no talk item', 'Notes: 9:00 stand-up. 10:00 1:1 with Owen Pritchard about his sick leave.'],
    ['de: a programme time but no talk word before the name', 'Termine: 9:00 Arzt, 11:00 Hannelore Kranich anrufen wegen Befund.'],
    ['fr: a notice role word without a legal notice', 'Le gérant Julien Rocheteau m’a appelé pour son arrêt maladie.'],
    ['es: a client’s own case before the Supreme Court', 'Mi cliente Andrés Villamor recurre ante el Tribunal Supremo, recurso n. 123/2025; prepara el escrito.'],
    ['it: a client file citing a judgment', 'Il mio assistito Giorgio Ferrandi invoca Corte cost., sent. n. 242/2019; prepara la memoria.'],
    ['en: a client’s own case named like a reported one', 'Our client Morgan v Davies [2024]: Davies wants to settle, draft a letter.'],
    ['en: an office holder in a programme next to their phone', 'Programme:\n09:00 Registration\n09:30 Keynote: Sarah Collins, Mayor of Leeds, mobile 07700 900123\n10:15 Panel'],
    ['en: a party of a case next to their phone', 'Morgan v Davies [2025]: Davies can be reached on 07700 900123 about the hearing.'],
    ['de: a judgment cited next to the party’s phone', 'BVerfG 1 BvR 16/13: Kläger Jonas Fellbach, Tel. 0171 2345678, bitte zurückrufen.'],
  ])('stays: %s', (_name, text) => {
    expect(people(text).length).toBeGreaterThan(0);
  });
});

describe('a name quoted in its role in a press text, and a leader named in a news text (issue 13)', () => {
  it.each([
    ['en', "Shorten: 'Harbourline plc posted record sales. \"It was a great year,\" said chief executive Olivia Marsh. A new depot opens in 2027.'", 'Olivia Marsh'],
    ['en', 'Summarise: Greyfield Foods shares fell 3% after Harbourline boss Tom Ashcroft warned that costs would rise.', 'Tom Ashcroft'],
    ['de', 'Kürze: „Wir sind sehr zufrieden“, erklärte Vorstandschefin Prof. Dr. Helga Rensing. Der Konzern baut in Kassel.', 'Helga Rensing'],
    ['fr', "Résume : « L'année a été excellente », a déclaré la directrice générale Sandrine Morel. Une usine ouvre à Lille.", 'Sandrine Morel'],
    ['es', 'Resume: «Ha sido un año récord», declaró la consejera delegada Marta Quintana. La empresa abrirá una planta en Vigo.', 'Marta Quintana'],
    ['nl', "Vat samen: 'Het was een sterk jaar', zei ceo Pieter Schouten. Het bedrijf opent een vestiging in Zwolle.", 'Pieter Schouten'],
    ['it', "Riassumi: «È stato un anno record», ha detto l'amministratore delegato Marco Ferretti. L'azienda apre una sede a Udine.", 'Marco Ferretti'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it('a leader named in a news text (led by, founded by) is its public figure', () => {
    const text = "Riassumi: Il titolo Brenta è salito del 3% in Borsa. La Banca centrale guidata da Fabrizio Loreti lascia i tassi invariati, gli economisti attendono l'inflazione al 2%. Il gruppo, fondato da Aldo Pellizzari, ha annunciato nuovi negozi.";
    expect(people(text)).toEqual([]);
    // An office word opening the run is a title, not part of the name.
    expect(people('Summarise: bank shares rose as the central bank, led by Governor Hannah Whitfield, held interest rates; economists expect inflation to ease.')).toEqual([]);
  });

  it('keeps a role holder with a possessive, a health fact or a phone, and a role with no speech verb', () => {
    expect(people("Our CEO Hannah Whitfield said she will be off for surgery next month.")).toContain("Hannah Whitfield");
    expect(people('Bitte notieren: Vorstandschefin Helga Rensing sagte, sie sei unter 0171 2345678 erreichbar.')).toContain('Helga Rensing');
    expect(people("Mon patron Julien Roussel a dit que ma prime serait réduite.")).toContain('Julien Roussel');
    expect(people('Notes from the 1:1: head of finance Olivia Marsh said my appraisal is due.')).toContain('Olivia Marsh');
    expect(people('De oprichter Pieter Schouten heeft een burn-out en is thuis.')).toContain('Pieter Schouten');
  });
});

describe("a public body's head quoted with an appeal, the office before the name or in apposition after it (held-out set 46)", () => {
  it.each([
    ['en', "Tighten: 'The agency has confirmed 9 cases of mumps at a college in Leeds. Dr Helen Marsh, chief medical officer at the agency, urged students to check their vaccinations.'", 'Helen Marsh'],
    ['de', "Bitte kürzen: 'Das LGL meldet mehr Masernfälle. LGL-Präsident Thomas Brenner rief dazu auf, den Impfstatus in der Schwangerschaft zu prüfen.'", 'Thomas Brenner'],
    ['fr', "Raccourcis : 'L'agence régionale signale une hausse des cas de rougeole. Sandrine Morel, directrice générale, appelle les femmes enceintes à vérifier leur vaccination.'", 'Sandrine Morel'],
    ['es', "Acorta: 'La consejería informa de un aumento de casos de sarampión. La consejera de Salud, Marta Quintana, ha pedido a las embarazadas que revisen su vacunación.'", 'Marta Quintana'],
    ['nl', "Maak korter: 'Het ministerie meldt meer gevallen van mazelen. Minister Pieter Schouten roept zwangeren op hun vaccinatie te laten controleren.'", 'Pieter Schouten'],
    ['it', "Accorcia: 'La Regione segnala un aumento dei casi di morbillo. Il presidente dell'Agenzia, Marco Ferretti, invita le donne in gravidanza a vaccinarsi.'", 'Marco Ferretti'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it('keeps a patient or a client next to the same appeal words, and a role holder with a private cue', () => {
    expect(people("Tighten: 'Our patient Helen Marsh, chief medical officer at the agency, urged us to move her surgery.'")).toContain('Helen Marsh');
    expect(people('Bitte notieren: LGL-Präsident Thomas Brenner rief mich unter 0171 2345678 an.')).toContain('Thomas Brenner');
    expect(people("Résume : ma cliente Sandrine Morel, directrice générale, appelle demain pour son dossier de divorce.")).toContain('Sandrine Morel');
    expect(people('Acorta: la paciente Marta Quintana ha pedido cita para la revisión del embarazo.')).toContain('Marta Quintana');
    expect(people('Maak korter: onze cliënt Pieter Schouten roept op tot een gesprek over zijn schuldsanering.')).toContain('Pieter Schouten');
    expect(people("Accorcia: il paziente Marco Ferretti, presidente del condominio, invita il medico a richiamarlo al 333 1234567.")).toContain('Marco Ferretti');
  });
});

describe('a prize or an institution named after a person is no person (held-out set 40)', () => {
  it.each([
    ['en', 'She won two Booker Prizes in her career.', 'Booker Prizes'],
    ['en', 'Please forward the grant report to the Sarah Foundation office.', 'Sarah Foundation'],
    ['nl', 'In 1988 kreeg ze de Hans Christian Andersenprijs.', 'Hans Christian Andersenprijs'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it.each([
    ['de, a surname that is a prize word alone', 'Bitte Rückruf an Anna Preis, sie wartet auf die Unterlagen.', 'Anna Preis'],
    ['en, a name before the prize', 'Please call John Carter about the prize money.', 'John Carter'],
  ])('kept: %s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('an English law report or neutral citation names its court: the parties and judges of a reported case are public', () => {
  it.each([
    ['a House of Lords case, a party named again with her title', "Explain the neighbour principle from Donoghue v Stevenson [1932] UKHL 100 and Lord Atkin's speech. Mrs Donoghue, the snail, the café."],
    ['an 1893 report with its volume, a judge with his post-nominal', "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256 — offer or invitation to treat? Give Lindley LJ's reasoning."],
    ['a Supreme Court neutral citation', 'Summarise Montgomery v Lanarkshire Health Board [2015] UKSC 11 for a consent-to-treatment training slide: Mrs Montgomery and Dr McLellan.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it("keeps a client's name and phone in a letter that cites a report", () => {
    const text = 'Our client Mrs Jane Donoghue (07700 900123) relies on Caparo v Dickman [1990] 2 AC 605.';
    expect(people(text)).toContain('Jane Donoghue');
  });
});

describe("a published line-up's speakers, hosts and moderators on its session lines (held-out set 49)", () => {
  it.each([
    ['en', 'Lay out the published line-up for the website:\n09:30 Welcome\n09:45 Keynote: Sir Alan Marsh\n11:00 Panel: chaired by Professor Helen Carter, with Dr Owen Pritchard\n14:00 Fireside chat: Baroness Ruth Adler in conversation with Tom Baxter'],
    ['de', 'Bitte für die Website setzen, Titel wie im veröffentlichten Programm:\n09:30 Begrüßung\n10:00 Keynote: Katrin Vogel\n11:00 Podiumsdiskussion mit Stefan Krüger und Jana Weiß, Moderation: Tobias Lang'],
    ['fr', 'Mets en page le programme publié pour le site web :\n9h30 Accueil\n10h00 Keynote : Claire Martin\n11h00 Table ronde avec Julien Rocheteau et Hélène Marchetti, animée par Paul Girard'],
    ['es', 'Maqueta el programa publicado para la web:\n09:30 Bienvenida\n10:00 Keynote: Lucía Romero\n11:00 Mesa redonda con Andrés Villamor y Marta Quiroga; modera Pablo Ortega'],
    ['nl', 'Maak een programmapagina voor de website, titels zoals in de gepubliceerde aankondiging:\n9.30 Opening\n9.45 Keynote: Sanne Visser\n11.00 Panel met Joost Hoekema en Marijke Terpstra, gespreksleider Pieter de Groot'],
    ['it', 'Impagina il programma pubblicato per il sito web:\n9:30 Saluti\n10:00 Keynote: Chiara Galli\n11:00 Tavola rotonda con Giorgio Ferrandi e Paolo Ferri, modera Chiara Benvenuti'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['en, no publication word', 'Programme:\n09:00 Welcome\n09:30 Keynote: Helen Carter\n10:00 Panel', 'Helen Carter'],
    ["en, a school's own concert put online", 'Put our school concert programme on the website:\n18:00 Welcome\n18:15 Talk: Emma Hadley (Year 5 pupil)\n18:30 Panel with parents: Tom Baxter', 'Emma Hadley'],
    ['en, a speaker next to their phone', 'Published line-up for the website:\n09:00 Welcome\n09:30 Keynote: Sarah Collins, mobile 07700 900123\n10:15 Panel', 'Sarah Collins'],
    ['en, an internal agenda', 'Published agenda for the intranet:\n09:00 Welcome\n09:30 Keynote: Anna Berg\n10:00 Panel: overtime and payroll with Tom Baxter', 'Anna Berg'],
    ["de, a club's own members", 'Programm für die Website des Vereins, unsere Mitglieder:\n10:00 Begrüßung\n10:30 Vortrag: Jana Weiß\n11:00 Podium mit Stefan Krüger', 'Stefan Krüger'],
  ])('kept: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('a film or crime night shows a work, and debate questions discuss one: its characters and cast are named (held-out sets 56-60)', () => {
  it.each([
    ['de, crime night', 'Ankündigung für unseren Krimiabend im Gemeindehaus: Kommissar Thorsten Lannert und sein Kollege Sebastian Bootz ermitteln in Stuttgart. 50 Wörter, Eintritt frei.'],
    ['en, film night', 'Write a blurb for our film night at the library: detective Sarah Lund hunts a killer in Copenhagen. Keep it to 60 words.'],
    ['fr, ciné-club', "Présentation pour le ciné-club du quartier : l'inspectrice Claire Dubois enquête sur un meurtre à Lille. 80 mots."],
    ['es, cinefórum', 'Texto para el cinefórum del barrio: el inspector Carlos Ruiz investiga un crimen en Sevilla. Ochenta palabras.'],
    ['nl, filmavond', 'Aankondiging voor de filmavond in de bibliotheek: inspecteur Henk Baantjer lost een moord op in Amsterdam. 60 woorden.'],
    ['it, cineforum', "Testo per il cineforum della biblioteca: l'ispettore Marco Rinaldi indaga a Torino. Sessanta parole."],
    ['fr, debate questions', 'Questions de débat pour la classe : Emma Bovary est-elle une victime de son époque ? Lien avec Charles Bovary et Rodolphe.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ["de, a guest's diagnosis at the crime night", 'Ankündigung für unseren Krimiabend im Gemeindehaus. Bitte sag Thorsten Lannert, dass seine Diagnose da ist: Diabetes Typ 2.', 'Thorsten Lannert'],
    ["en, a guest's appointment at the film night", 'Film night at the library: please remind Sarah Lund that her chemo appointment moved to Friday.', 'Sarah Lund'],
    ["fr, a colleague's sick leave in debate questions", "Questions de débat : mon collègue Julien Moreau est en arrêt maladie pour dépression, comment en parler à l'équipe ?", 'Julien Moreau'],
  ])('kept: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe("a matchday programme is sport, and a possessive of the programme's label before a colon is not the name's (held-out sets 56-60)", () => {
  it('a club official named for the stadium programme', () => {
    expect(people('Kurzer Text für unser Stadionheft: Thomas Berger, langjähriger Manager des Vereins, wurde 1996 mit dem UEFA-Pokal Europapokalsieger.')).toEqual([]);
  });
  it.each([
    ['de, my son after the programme', 'Kurzer Text für unser Stadionheft, mein Sohn: Thomas Berger spielt am Samstag zum ersten Mal.', 'Thomas Berger'],
    ['en, my patient after the programme', 'Short piece for our matchday programme, my patient: Graham Turner has a hamstring tear.', 'Graham Turner'],
  ])('kept: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('a state office names its holder in any text: before the name, as a German compound, or after the name and "as" (held-out sets 66-70)', () => {
  it.each([
    ['en', "Professor Sir Chris Whitty's 2023 annual report as Chief Medical Officer focused on ageing. Summarise what it said about hearing.", 'Chris Whitty'],
    ['de', 'Fass zusammen, wofür sich die Köchin und frühere Europaabgeordnete Sarah Wiener beim Thema Kinderernährung eingesetzt hat.', 'Sarah Wiener'],
    ['nl', 'Maak een tijdlijn van het werk van oud-burgemeester Femke Halsema aan de Wallen.', 'Femke Halsema'],
    ['it', 'Riassumi le dichiarazioni pubbliche del ministro della Salute Orazio Schillaci sulla farmacia dei servizi.', 'Orazio Schillaci'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text).some((p) => p.includes(name))).toBe(false);
  });

  it('keeps an office holder with a private cue or another finding near, and a board or club president', () => {
    expect(people('Mein Nachbar, Bürgermeister Thomas Berger, hat Diabetes und braucht Hilfe beim Einkaufen.')).toContain('Thomas Berger');
    expect(people('Notez : le maire Paul Girard m’a appelé au 06 12 34 56 78 pour son dossier.')).toContain('Paul Girard');
    expect(people('Escribe al presidente de la comunidad de vecinos, Andrés Molina Ruiz, sobre la gotera de mi piso.')).toContain('Andrés Molina Ruiz');
  });
});
