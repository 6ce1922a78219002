/**
 * Public figures and person-named brands that chat users ask about ("What did Angela Merkel say...", "Is Dr. Oetker
 * pizza..."): general knowledge, not a person's data. Lower case; a name found only by the list (no cue such as
 * "my name is", "patient", "Herr") is not reported when it is one of these. Adding a language is adding names.
 */
const NAMES: readonly string[] = [
  // en
  'joe biden', 'donald trump', 'barack obama', 'hillary clinton', 'kamala harris', 'elon musk', 'jeff bezos', 'bill gates', 'mark zuckerberg', 'steve jobs', 'tim cook',
  'taylor swift', 'beyonce', 'lebron james', 'michael jordan', 'serena williams', 'tom brady', 'boris johnson', 'rishi sunak', 'keir starmer', 'king charles', 'queen elizabeth',
  'david beckham', 'lewis hamilton', 'andy murray', 'harry kane', 'winston churchill', 'abraham lincoln', 'albert einstein', 'isaac newton', 'charles darwin', 'william shakespeare',
  'roger federer', 'rafael nadal', 'novak djokovic', 'cristiano ronaldo', 'lionel messi', 'warren buffett', 'oprah winfrey', 'sam altman', 'martin luther king',
  // de
  'angela merkel', 'olaf scholz', 'friedrich merz', 'helmut kohl', 'gerhard schröder', 'frank-walter steinmeier', 'annalena baerbock', 'robert habeck', 'christian lindner',
  'thomas müller', 'manuel neuer', 'franz beckenbauer', 'michael schumacher', 'boris becker', 'steffi graf', 'dirk nowitzki', 'johann wolfgang von goethe', 'goethe', 'karl marx',
  // fr
  'emmanuel macron', 'françois hollande', 'nicolas sarkozy', 'jacques chirac', 'charles de gaulle', 'marine le pen', 'kylian mbappé', 'zinedine zidane', 'antoine griezmann',
  'victor hugo', 'napoléon bonaparte', 'napoleon', 'marie curie', 'édith piaf', 'gérard depardieu',
  // es
  'pedro sánchez', 'mariano rajoy', 'felipe vi', 'alberto núñez feijóo', 'isabel díaz ayuso', 'andrés iniesta', 'sergio ramos', 'fernando alonso', 'carlos alcaraz',
  'pablo picasso', 'salvador dalí', 'miguel de cervantes', 'penélope cruz', 'antonio banderas', 'shakira',
  // nl
  'mark rutte', 'dick schoof', 'geert wilders', 'willem-alexander', 'koning willem-alexander', 'johan cruijff', 'johan cruyff', 'max verstappen', 'vincent van gogh', 'rembrandt van rijn',
  'anne frank', 'arjen robben', 'virgil van dijk', 'frenkie de jong',
  // it
  'giorgia meloni', 'mario draghi', 'silvio berlusconi', 'matteo renzi', 'sergio mattarella', 'papa francesco', 'pope francis', 'francesco totti', 'roberto baggio', 'valentino rossi',
  'leonardo da vinci', 'michelangelo', 'galileo galilei', 'dante alighieri', 'sophia loren', 'jannik sinner', 'giuseppe verdi', 'luciano pavarotti',
  // Canon and history, per language area (authors, artists, composers, scientists, heads of government, athletes, performers)
  // and famous fictional characters: what general-knowledge questions and school summaries name. Full names only, so a
  // private person who shares a surname is still found.
  'margaret thatcher', 'tony blair', 'gordon brown', 'david cameron', 'theresa may', 'john major', 'prince william', 'prince harry', 'princess diana',
  'charles dickens', 'jane austen', 'george orwell', 'agatha christie', 'virginia woolf', 'oscar wilde', 'stephen hawking', 'alan turing', 'ada lovelace',
  'florence nightingale', 'paul mccartney', 'john lennon', 'freddie mercury', 'david bowie', 'elton john', 'ed sheeran', 'michael jackson', 'elvis presley',
  'bob dylan', 'george washington', 'thomas jefferson', 'john kennedy', 'franklin roosevelt', 'ronald reagan', 'george bush', 'bill clinton', 'nelson mandela',
  'mahatma gandhi', 'mother teresa', 'leonardo dicaprio', 'tom hanks', 'meryl streep', 'brad pitt', 'angelina jolie', 'charlie chaplin', 'marilyn monroe',
  'alfred hitchcock', 'steven spielberg', 'usain bolt', 'muhammad ali', 'tiger woods', 'wayne rooney', 'sherlock holmes', 'harry potter', 'elizabeth bennet',
  'thomas mann', 'hermann hesse', 'bertolt brecht', 'friedrich schiller', 'franz kafka', 'heinrich heine', 'günter grass', 'ludwig van beethoven',
  'johann sebastian bach', 'wolfgang amadeus mozart', 'richard wagner', 'martin luther', 'otto von bismarck', 'konrad adenauer', 'willy brandt',
  'helmut schmidt', 'albrecht dürer', 'immanuel kant', 'friedrich nietzsche', 'sigmund freud', 'marlene dietrich', 'sebastian vettel', 'jürgen klopp',
  'markus söder', 'simone veil', 'simone de beauvoir', 'jean-paul sartre', 'albert camus', 'molière', 'voltaire', 'marcel proust', 'émile zola',
  'gustave flaubert', 'antoine de saint-exupéry', 'jules verne', 'claude monet', 'auguste rodin', 'paul cézanne', "jeanne d'arc", 'françois mitterrand',
  'georges pompidou', 'édouard philippe', 'gabriel attal', 'michel barnier', 'jean-luc mélenchon', 'thierry henry', 'michel platini', 'teddy riner',
  'johnny hallyday', 'charles aznavour', 'catherine deneuve', 'brigitte bardot', 'omar sy', 'marion cotillard', 'louis pasteur', 'rené descartes',
  'jean valjean', 'emma bovary', 'gabriel garcía márquez', 'federico garcía lorca', 'pedro almodóvar', 'miguel de unamuno', 'antonio machado',
  'pablo neruda', 'jorge luis borges', 'mario vargas llosa', 'isabel allende', 'diego velázquez', 'francisco de goya', 'joan miró', 'antoni gaudí',
  'josé luis rodríguez zapatero', 'felipe gonzález', 'adolfo suárez', 'josé maría aznar', 'francisco franco', 'pau gasol',
  'iker casillas', 'lamine yamal', 'julio iglesias', 'enrique iglesias', 'javier bardem', 'plácido domingo', 'frida kahlo', 'diego maradona',
  'che guevara', 'cristóbal colón', 'quijote', 'sancho panza', 'aureliano buendía', 'gerard reve', 'harry mulisch', 'annie schmidt', 'multatuli',
  'joost van den vondel', 'johannes vermeer', 'piet mondriaan', 'hieronymus bosch', 'baruch spinoza', 'willem van oranje', 'koningin máxima',
  'prinses amalia', 'ruud lubbers', 'wim kok', 'jan peter balkenende', 'pim fortuyn', 'frans timmermans', 'ruud gullit', 'marco van basten',
  'dennis bergkamp', 'louis van gaal', 'ronald koeman', 'sifan hassan', 'armin van buuren', 'andré hazes', 'anton philips', 'gerard philips',
  'freddy heineken', 'alessandro manzoni', 'italo calvino', 'umberto eco', 'elena ferrante', 'primo levi', 'giovanni boccaccio', 'francesco petrarca',
  'luigi pirandello', 'giacomo leopardi', 'sandro botticelli', 'raffaello sanzio', 'giuseppe garibaldi', 'giulio cesare', 'marco polo',
  'cristoforo colombo', 'federico fellini', 'marcello mastroianni', 'roberto benigni', 'monica bellucci', 'andrea bocelli', 'laura pausini',
  'giacomo puccini', 'antonio vivaldi', 'enrico fermi', 'maria montessori', 'alcide de gasperi', 'romano prodi', 'giuseppe conte', 'paolo maldini',
  'gianluigi buffon', 'alessandro del piero', 'federica pellegrini', 'kublai khan',
  // Film: actors and directors of widely released films that film and series questions name (en, de, fr, es, nl, it)
  'hugh grant', 'colin firth', 'emma thompson', 'kate winslet', 'judi dench', 'helen mirren', 'maggie smith', 'daniel craig', 'benedict cumberbatch',
  'tom hardy', 'idris elba', 'keira knightley', 'emma watson', 'daniel radcliffe', 'rupert grint', 'michael caine', 'anthony hopkins', 'ralph fiennes',
  'gary oldman', 'jim broadbent', 'olivia colman', 'cillian murphy', 'florence pugh', 'rowan atkinson', 'sean connery', 'julie andrews', 'audrey hepburn',
  'cary grant', 'james stewart', 'humphrey bogart', 'clint eastwood', 'robert de niro', 'al pacino', 'jack nicholson', 'dustin hoffman', 'harrison ford',
  'tom cruise', 'johnny depp', 'denzel washington', 'morgan freeman', 'samuel l. jackson', 'samuel jackson', 'will smith', 'george clooney', 'matt damon',
  'ben affleck', 'keanu reeves', 'nicole kidman', 'julia roberts', 'sandra bullock', 'scarlett johansson', 'jennifer lawrence', 'natalie portman',
  'cate blanchett', 'margot robbie', 'ryan gosling', 'emma stone', 'timothée chalamet', 'zendaya', 'christian bale', 'joaquin phoenix', 'robert downey jr',
  'robert downey', 'chris hemsworth', 'hugh jackman', 'russell crowe', 'mel gibson', 'bruce willis', 'sylvester stallone', 'arnold schwarzenegger',
  'jodie foster', 'tilda swinton', 'christopher nolan', 'quentin tarantino', 'martin scorsese', 'stanley kubrick', 'francis ford coppola', 'ridley scott',
  'james cameron', 'peter jackson', 'tim burton', 'wes anderson', 'greta gerwig', 'sofia coppola', 'paul king', 'ken loach', 'danny boyle', 'guy ritchie',
  'til schweiger', 'daniel brühl', 'christoph waltz', 'diane kruger', 'moritz bleibtreu', 'matthias schweighöfer', 'elyas m\'barek', 'sandra hüller', 'bruno ganz',
  'romy schneider', 'wim wenders', 'werner herzog', 'rainer werner fassbinder', 'fatih akin', 'jean dujardin', 'vincent cassel', 'juliette binoche',
  'isabelle huppert', 'audrey tautou', 'léa seydoux', 'jean reno', 'alain delon', 'jean-paul belmondo', 'louis de funès', 'sophie marceau', 'françois truffaut',
  'jean-luc godard', 'luc besson', 'agnès varda', 'ricardo darín', 'luis tosar', 'belén rueda', 'maribel verdú', 'carmen maura',
  'alejandro amenábar', 'guillermo del toro', 'alfonso cuarón', 'alejandro gonzález iñárritu', 'gael garcía bernal', 'diego luna', 'salma hayek',
  'rutger hauer', 'famke janssen', 'paul verhoeven', 'michiel huisman', 'halina reijn', 'jeroen krabbé', 'toni servillo',
  'pierfrancesco favino', 'claudia cardinale', 'gina lollobrigida', 'anna magnani', 'totò', 'alberto sordi', 'vittorio gassman', 'nanni moretti',
  'paolo sorrentino', 'luca guadagnino', 'giuseppe tornatore', 'sergio leone', 'bernardo bertolucci', 'pier paolo pasolini', 'michelangelo antonioni',
  // Famous fictional characters of the six languages' school canon, children's books, comics and films (chosen by us,
  // 2026-12, from national curricula's set texts and the best-known comic and film series): study questions, practice
  // contracts and role-plays name them ("landlord Sherlock Holmes, tenant Dr John Watson", "Vermieter Dagobert Duck").
  'john watson', 'james bond', 'frodo baggins', 'bilbo baggins', 'hermione granger', 'ron weasley', 'albus dumbledore', 'severus snape',
  'ebenezer scrooge', 'oliver twist', 'fitzwilliam darcy', 'jane eyre', 'atticus finch', 'scout finch', 'holden caulfield', 'jay gatsby',
  'huckleberry finn', 'tom sawyer', 'peter pan', 'mary poppins', 'bridget jones', 'hercule poirot', 'jane marple', 'miss marple', 'mickey mouse',
  'minnie mouse', 'donald duck', 'daisy duck', 'homer simpson', 'bart simpson', 'marge simpson', 'lisa simpson', 'luke skywalker', 'darth vader',
  'han solo', 'indiana jones', 'forrest gump', 'bruce wayne', 'clark kent', 'peter parker', 'tony stark', 'lara croft', 'katniss everdeen',
  'winston smith', 'dorian gray', 'captain ahab', 'lady macbeth', 'george milton', 'lennie small', 'victor frankenstein', 'dracula',
  'dagobert duck', 'pippi langstrumpf', 'pippi longstocking', 'herr nilsson', 'michel aus lönneberga', 'emil tischbein', 'effi briest', 'gregor samsa',
  'hans castorp', 'oskar matzerath', 'thomas buddenbrook', 'biene maja', 'jim knopf', 'räuber hotzenplotz', 'winnetou', 'old shatterhand',
  'wilhelm tell', 'baron münchhausen', 'till eulenspiegel', 'arsène lupin', 'capitaine haddock', 'commissaire maigret', 'jules maigret',
  'emma bovary', 'julien sorel', "d'artagnan", 'gavroche', 'quasimodo', 'cyrano de bergerac', 'edmond dantès', 'eugène de rastignac',
  'thérèse raquin', 'gervaise macquart', 'petit nicolas', 'lucky luke', 'gaston lagaffe', 'astérix', 'obélix', 'don quijote', 'don quixote',
  'lazarillo de tormes', 'bernarda alba', 'fermina daza', 'florentino ariza', 'úrsula iguarán', 'manolito gafotas', 'pepe carvalho',
  'capitán alatriste', 'diego de la vega', 'anton steenwijk', 'fake ploeg', 'max havelaar', 'batavus droogstoppel', 'dik trom', 'pietje bell',
  'ciske de rat', 'kapitein haddock', 'olivier b. bommel', 'frits van egters', 'pluk van de petteflet', 'renzo tramaglino', 'lucia mondella',
  'don abbondio', 'don rodrigo', 'fra cristoforo', 'mastro geppetto', 'mattia pascal', 'zeno cosini', 'vitangelo moscarda', 'salvo montalbano',
  'commissario montalbano', 'don camillo', 'peppone', 'don matteo', 'ragionier fantozzi', 'ugo fantozzi', 'signorina silvani', 'zio paperone',
  'mister bean', 'renée michel', 'paloma josse', 'frau holle', 'meneer de uil', 'paperon de paperoni', 'tex willer', 'dylan dog', 'corto maltese',
  // Performers, athletes and scientists that birthday captions, tributes and school talks name (chosen by us, 2026-12)
  'harry styles', 'billie eilish', 'ariana grande', 'lady gaga', 'dua lipa', 'helene fischer', 'herbert grönemeyer', 'udo lindenberg',
  'sophie scholl', 'hans scholl', 'rita levi-montalcini', 'samantha cristoforetti', 'liliana segre', 'zinédine zidane', 'rafa nadal',
  'serena williams', 'simone biles', 'marie-josé pérec', 'stromae', 'mylène farmer', 'alejandro sanz', 'fernando torres',
  'marco borsato', 'emma bonino', 'fabrizio de andré', 'lucio dalla', 'vasco rossi', 'alessandro manzoni',
  // Chefs of television and cookbooks (distinctive surnames only: a public surname also drops "X de <surname>" runs)
  'jamie oliver', 'tim mälzer', 'alfons schuhbeck', 'paul bocuse', 'cyril lignac', 'joël robuchon', 'philippe etchebest', 'ferran adrià',
  'karlos arguiñano', 'yotam ottolenghi', 'massimo bottura', 'antonino cannavacciuolo', 'carlo cracco',
  // Renaissance painters and kings that travel and art questions name
  'piero della francesca', 'giotto', 'masaccio', 'filippo brunelleschi', 'andrea mantegna', 'caravaggio', 'vittorio emanuele',
  // Heads of government and party leaders, central bankers and chief executives of the largest listed companies of the
  // six languages' markets, and architects (chosen by us, 2026-12, from cabinet and index lists): market notes, results
  // summaries and public votes and declarations name them ("Gabriel Escarrer, consejero delegado de Meliá").
  'ricarda lang', 'saskia esken', 'lars klingbeil', 'sahra wagenknecht', 'alice weidel', 'boris pistorius', 'nancy faeser', 'ursula von der leyen',
  'élisabeth borne', 'elisabeth borne', 'gabriel attal', 'édouard philippe', 'michel barnier', 'françois bayrou', 'jean-luc mélenchon', 'jordan bardella',
  'yolanda díaz', 'santiago abascal', 'frans timmermans', 'dilan yeşilgöz', 'rob jetten', 'pieter omtzigt', 'elly schlein', 'matteo salvini',
  'giuseppe conte', 'antonio tajani', 'christine lagarde', 'jerome powell', 'andrew bailey', 'joachim nagel', 'klaas knot', 'fabio panetta',
  'satya nadella', 'sundar pichai', 'jensen huang', 'jamie dimon', 'larry fink', 'oliver bäte', 'christian sewing', 'oliver blume', 'ola källenius',
  'roland busch', 'christian klein', 'bernard arnault', 'patrick pouyanné', 'thomas buberl', 'sébastien bazin', 'ana botín', 'amancio ortega',
  'michael phelps', 'carl lewis', 'mo farah', 'eliud kipchoge', 'josé ignacio sánchez galán', 'gabriel escarrer', 'marta ortega', 'marjan rintel', 'christophe fouquet', 'dolf van den brink', 'claudio descalzi',
  'carlo messina', 'andrea orcel', 'john elkann', 'flavio cattaneo', 'norman foster', 'renzo piano', 'zaha hadid', 'frank gehry', 'santiago calatrava',
  'rem koolhaas', 'antoni gaudí', 'le corbusier',
  // UK cabinet ministers, shadow ministers and party leaders since 2019 (chosen by us, 2026-12, from the cabinet lists):
  // policy questions name them with what they announced ("what Wes Streeting announced about the NHS App").
  'keir starmer', 'rachel reeves', 'angela rayner', 'yvette cooper', 'david lammy', 'wes streeting', 'ed miliband', 'shabana mahmood',
  'bridget phillipson', 'pat mcfadden', 'liz kendall', 'john healey', 'peter kyle', 'lisa nandy', 'louise haigh', 'steve reed', 'darren jones',
  'michael gove', 'jeremy hunt', 'kemi badenoch', 'liz truss', 'suella braverman', 'priti patel', 'sajid javid', 'matt hancock', 'nadhim zahawi',
  'james cleverly', 'grant shapps', 'thérèse coffey', 'therese coffey', 'steve barclay', 'victoria atkins', 'nigel farage', 'ed davey', 'john swinney',
  'nicola sturgeon', 'humza yousaf', 'mark drakeford', 'vaughan gething', 'eluned morgan', 'sadiq khan', 'andy burnham',
  // Church leaders in office and saints and reformers of school curricula (chosen by us, 2026-12): religious education and
  // parish questions name them ("Cardinal Vincent Nichols' arguments", "Unterrichtsidee zu Hildegard von Bingen").
  'vincent nichols', 'justin welby', 'sarah mullally', 'stephen cottrell', 'ephraim mirvis', 'reinhard marx', 'georg bätzing', 'rainer maria woelki',
  'matteo zuppi', 'jean-marc aveline', 'juan josé omella', 'wim eijk', 'pope leo', 'papa leone', 'robert prevost', 'jorge mario bergoglio',
  'hildegard von bingen', 'hildegard of bingen', 'thomas von aquin', 'thomas aquinas', 'tommaso d’aquino', 'franz von assisi', 'francis of assisi',
  'francesco d’assisi', 'françois d’assise', 'teresa von ávila', 'teresa of ávila', 'teresa de jesús', 'ignatius von loyola', 'ignacio de loyola',
  'bernadette soubirous', 'thérèse de lisieux', 'vincent de paul', 'padre pio', 'carlo acutis', 'dietrich bonhoeffer', 'edith stein',
  // Founders of pedagogy that childcare and teacher training name
  'friedrich fröbel', 'friedrich froebel', 'johann heinrich pestalozzi', 'rudolf steiner', 'loris malaguzzi', 'emmi pikler', 'célestin freinet', 'janusz korczak',
  // person-named brands and companies (not brands that are common first names alone, "Wendy's", "Zara": a lone listed
  // first name is no finding anyway, and "Wendy Pargeter" is a person)
  'oetker', 'dr. oetker', 'martens', 'dr. martens', 'doc martens', 'pepper', 'dr pepper', 'scholl', 'dr. scholl', 'seuss', 'dr. seuss', 'hauschka', 'dr. hauschka', 'bronner', 'dre', 'dr. dre', 'albert heijn', 'enzo ferrari', 'ferrari', 'hugo boss', 'calvin klein', 'ralph lauren', 'tommy hilfiger', 'giorgio armani', 'christian dior', 'coco chanel',
  'louis vuitton', 'walt disney', 'ronald mcdonald', 'john deere', 'estée lauder', 'max factor', 'ted baker', 'paul smith', 'karl lagerfeld', 'ferdinand porsche', 'porsche',
  'adolf dassler', 'rudolf dassler', 'carl zeiss', 'robert bosch', 'werner von siemens', 'gottlieb daimler', 'henry ford', 'michelin', 'lamborghini', 'maserati', 'bugatti',
  'kia', 'roland garros', 'wimbledon', 'marks spencer', 'sainsbury', 'ben jerry', 'dolce gabbana', 'salvatore ferragamo', 'guccio gucci', 'gucci', 'prada', 'mango',
  // brands and firms whose name is also a listed given name or surname, named before a product or a place ("Dacia Sandero",
  // "TENA Flex", "Ritz Paris", "Amadeus Flight Create Orders", "Philips Avent", "Bosch Rexroth")
  'dacia', 'tena', 'ritz', 'amadeus', 'philips', 'bosch',
];

// The name scan skips lower-case particles inside a name ("Simone de Beauvoir" is looked up as "simone beauvoir"), so each
// name with particles is listed in that form too.
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'von', 'zu', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'le', 'la', 'lo', 'li', 'ten', 'ter', 'y', 'e']);
const withoutParticles = (n: string): string => n.split(' ').filter((w, i, all) => i === 0 || i === all.length - 1 || !PARTICLES.has(w)).join(' ');

export const PUBLIC_NAMES: readonly string[] = [...new Set(NAMES.flatMap((n) => [n, withoutParticles(n)]))];
