/**
 * Public figures and person-named brands that chat users ask about ("What did Angela Merkel say...", "Is Dr. Oetker
 * pizza..."): general knowledge, not a person's data. Lower case; a name found only by the list (no cue such as
 * "my name is", "patient", "Herr") is not reported when it is one of these. Adding a language is adding names.
 */
export const PUBLIC_NAMES: readonly string[] = [
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
  // person-named brands and companies
  'oetker', 'dr. oetker', 'martens', 'dr. martens', 'doc martens', 'pepper', 'dr pepper', 'scholl', 'dr. scholl', 'seuss', 'dr. seuss', 'hauschka', 'dr. hauschka', 'bronner', 'dre', 'dr. dre', 'albert heijn', 'enzo ferrari', 'ferrari', 'hugo boss', 'calvin klein', 'ralph lauren', 'tommy hilfiger', 'giorgio armani', 'christian dior', 'coco chanel',
  'louis vuitton', 'walt disney', 'ronald mcdonald', 'john deere', 'estée lauder', 'max factor', 'ted baker', 'paul smith', 'karl lagerfeld', 'ferdinand porsche', 'porsche',
  'adolf dassler', 'rudolf dassler', 'carl zeiss', 'robert bosch', 'werner von siemens', 'gottlieb daimler', 'henry ford', 'michelin', 'lamborghini', 'maserati', 'bugatti',
  'roland garros', 'wimbledon', 'marks spencer', 'sainsbury', 'ben jerry', 'wendy', 'dolce gabbana', 'salvatore ferragamo', 'guccio gucci', 'gucci', 'prada', 'zara', 'mango',
];
