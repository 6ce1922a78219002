/**
 * Words that make a name an animal's (brands.ts, petName): a vet's question or a pet's record names the animal by its own
 * name ("Kater Moritz", "Oscar, cocker 11 ans", "Leone, pastore maremmano di 7 anni"), and a pet's name is no person's
 * data. The owner's name, address and phone in the same record stay found: they carry no such word.
 * `species`: the kinds of animal a vet treats, as written before a name, after an article or a possessive ("le chat
 * Oscar", "my dog Rex"), or capitalised in German alone ("Kater Moritz"); matched as written: "Cat Deeley" is a person.
 * `breeds`: breeds and species after a name and a comma, with an age or a weight next to them ("Bobby, labrador van 10"),
 * any case. Left out: breed words that also name people or their origin ("Maltese", "persa", "meticcio", "Mischling",
 * "boxer", "pointer"), wild animals that are given names or surnames ("Wolf", "Fuchs", "Hase"), words that are everyday
 * words of another language ("mare", "loro", "fret", "ruin"), and from `breeds` "chat" and "cane". `before`: the articles
 * and possessives of the language before a species word. Lower case but German species;
 * typed from the six countries' kennel clubs' and cat fanciers' most registered breeds (The Kennel Club, VDH, SCC, RSCE,
 * Raad van Beheer, ENCI), as of 2026-12-04; gun dogs, spitz types and cat breeds those lists hold further down added
 * 2026-12-05, by their full names where the short one is a trade, a painter or a street ("CNC setter", "rue Braque",
 * "rue de Siam").
 */
export interface PetWords {
  before: readonly string[];
  species: readonly string[];
  breeds: readonly string[];
}

export const PET_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', PetWords>> = {
  en: {
    before: ['the', 'my', 'our', 'your', 'his', 'her', 'their', 'a'],
    species: ['dog', 'cat', 'puppy', 'kitten', 'tomcat', 'rabbit', 'ferret', 'hamster', 'guinea pig', 'pony', 'horse', 'gelding', 'budgie', 'parrot', 'tortoise'],
    breeds: [
      'dog', 'cat', 'puppy', 'kitten', 'tomcat', 'rabbit', 'ferret', 'gelding', 'labrador', 'golden retriever', 'retriever', 'german shepherd', 'cocker', 'cocker spaniel', 'springer spaniel', 'spaniel',
      'beagle', 'poodle', 'cockapoo', 'cavapoo', 'labradoodle', 'dachshund', 'chihuahua', 'yorkshire terrier', 'yorkie', 'terrier', 'jack russell', 'staffie', 'bulldog', 'french bulldog', 'husky', 'collie',
      'border collie', 'schnauzer', 'pug', 'shih tzu', 'rottweiler', 'doberman', 'dobermann', 'greyhound', 'whippet', 'lurcher', 'cavalier', 'bichon', 'maine coon', 'ragdoll', 'british shorthair', 'domestic shorthair', 'dsh', 'dlh',
      'irish setter', 'english setter', 'red setter', 'gordon setter', 'weimaraner', 'vizsla', 'dalmatian', 'akita', 'shiba', 'samoyed', 'bernese', 'bernese mountain dog', 'sphynx', 'siamese', 'bengal cat',
    ],
  },
  de: {
    before: ['der', 'die', 'das', 'den', 'dem', 'mein', 'meine', 'meinen', 'unser', 'unsere', 'unseren', 'ihr', 'ihre', 'ihren', 'sein', 'seine', 'seinen', 'dein', 'deine'],
    species: ['Hund', 'Hündin', 'Rüde', 'Katze', 'Kater', 'Kätzin', 'Welpe', 'Kitten', 'Kaninchen', 'Frettchen', 'Meerschweinchen', 'Pony', 'Pferd', 'Stute', 'Wallach', 'Wellensittich', 'Papagei', 'Schildkröte'],
    breeds: [
      'hund', 'hündin', 'rüde', 'katze', 'kater', 'kätzin', 'welpe', 'kaninchen', 'frettchen', 'stute', 'wallach', 'labrador', 'golden retriever', 'retriever', 'schäferhund', 'deutscher schäferhund', 'cocker', 'cocker spaniel',
      'beagle', 'pudel', 'dackel', 'teckel', 'chihuahua', 'yorkshire terrier', 'yorkie', 'terrier', 'jack russell', 'bulldogge', 'französische bulldogge', 'husky', 'collie', 'border collie', 'schnauzer', 'mops', 'shih tzu',
      'rottweiler', 'dobermann', 'windhund', 'labradoodle', 'maine coon', 'ragdoll', 'britisch kurzhaar', 'europäisch kurzhaar', 'ekh', 'bkh',
      'irish setter', 'englischer setter', 'weimaraner', 'vizsla', 'magyar vizsla', 'dalmatiner', 'akita', 'shiba', 'samojede', 'berner sennenhund', 'sphynx', 'siamkatze', 'bengalkatze',
    ],
  },
  fr: {
    before: ['le', 'la', "l'", 'mon', 'ma', 'notre', 'votre', 'son', 'sa', 'leur', 'un', 'une', 'du', 'au'],
    species: ['chien', 'chienne', 'chat', 'chatte', 'chiot', 'chaton', 'lapin', 'lapine', 'furet', 'cochon d\'inde', 'poney', 'cheval', 'jument', 'hongre', 'perruche', 'perroquet', 'tortue'],
    breeds: [
      'chien', 'chienne', 'chiot', 'chaton', 'lapin', 'lapine', 'furet', 'jument', 'hongre', 'labrador', 'golden retriever', 'retriever', 'berger allemand', 'berger australien', 'berger belge', 'cocker',
      'beagle', 'caniche', 'teckel', 'chihuahua', 'yorkshire', 'yorkshire terrier', 'terrier', 'jack russell', 'bouledogue', 'bouledogue français', 'husky', 'colley', 'border collie', 'schnauzer', 'carlin', 'shih tzu', 'rottweiler',
      'dobermann', 'lévrier', 'cavalier king charles', 'bichon', 'maine coon', 'ragdoll', 'chartreux', 'sacré de birmanie',
      'chat européen', 'chatte européenne', 'chat de gouttière', 'setter irlandais', 'setter anglais', 'épagneul breton', 'braque de weimar', 'braque allemand', 'dalmatien', 'akita', 'shiba', 'samoyède', 'bouvier bernois', 'sphynx', 'siamois', 'bengal',
    ],
  },
  es: {
    before: ['el', 'la', 'mi', 'nuestro', 'nuestra', 'su', 'tu', 'un', 'una', 'del', 'al'],
    species: ['perro', 'perra', 'gato', 'gata', 'cachorro', 'cachorra', 'gatito', 'gatita', 'conejo', 'coneja', 'hurón', 'cobaya', 'poni', 'caballo', 'yegua', 'periquito', 'tortuga'],
    breeds: [
      'perro', 'perra', 'gato', 'gata', 'cachorro', 'cachorra', 'gatito', 'gatita', 'conejo', 'coneja', 'hurón', 'yegua', 'labrador', 'golden retriever', 'retriever', 'pastor alemán', 'pastor belga', 'cocker', 'beagle',
      'caniche', 'teckel', 'chihuahua', 'yorkshire', 'yorkshire terrier', 'terrier', 'jack russell', 'bulldog', 'bulldog francés', 'husky', 'collie', 'border collie', 'schnauzer', 'carlino', 'shih tzu', 'rottweiler',
      'dóberman', 'galgo', 'podenco', 'bichón', 'maine coon', 'ragdoll', 'común europeo',
      'setter irlandés', 'setter inglés', 'braco de weimar', 'braco alemán', 'epagneul bretón', 'dálmata', 'akita', 'shiba', 'samoyedo', 'boyero de berna', 'sphynx', 'siamés',
    ],
  },
  nl: {
    before: ['de', 'het', 'onze', 'ons', 'mijn', 'hun', 'haar', 'zijn', 'jullie', 'een'],
    species: ['hond', 'teef', 'reu', 'kat', 'kater', 'poes', 'pup', 'puppy', 'kitten', 'konijn', 'cavia', 'pony', 'paard', 'merrie', 'parkiet', 'papegaai', 'schildpad'],
    breeds: [
      'hond', 'teef', 'reu', 'kat', 'kater', 'poes', 'pup', 'puppy', 'kitten', 'konijn', 'merrie', 'labrador', 'golden retriever', 'retriever', 'duitse herder', 'herdershond', 'mechelse herder', 'cocker', 'beagle',
      'poedel', 'tekkel', 'teckel', 'chihuahua', 'yorkshire', 'yorkshire terrier', 'terrier', 'jack russell', 'bulldog', 'franse bulldog', 'husky', 'collie', 'border collie', 'schnauzer', 'mopshond', 'shih tzu', 'rottweiler',
      'dobermann', 'windhond', 'labradoodle', 'kooikerhondje', 'maine coon', 'ragdoll', 'europese korthaar', 'britse korthaar',
      'ierse setter', 'engelse setter', 'weimaraner', 'vizsla', 'dalmatiër', 'akita', 'shiba', 'samojeed', 'berner sennenhond', 'sphynx', 'siamees',
    ],
  },
  it: {
    before: ['il', 'lo', 'la', "l'", 'mio', 'mia', 'nostro', 'nostra', 'suo', 'sua', 'loro', 'un', 'una', 'del', 'della', 'al', 'alla'],
    species: ['cane', 'cagna', 'gatto', 'gatta', 'cucciolo', 'cucciola', 'gattino', 'gattina', 'coniglio', 'coniglia', 'furetto', 'porcellino d\'india', 'pony', 'cavallo', 'cavalla', 'giumenta', 'pappagallo', 'tartaruga'],
    breeds: [
      'cagna', 'gatto', 'gatta', 'cucciolo', 'cucciola', 'gattino', 'gattina', 'coniglio', 'coniglia', 'furetto', 'giumenta', 'labrador', 'golden retriever', 'retriever', 'pastore tedesco', 'pastore maremmano',
      'pastore belga', 'pastore australiano', 'cocker', 'beagle', 'barboncino', 'bassotto', 'chihuahua', 'yorkshire', 'yorkshire terrier', 'terrier', 'jack russell', 'bulldog', 'bulldog francese', 'bouledogue', 'husky',
      'collie', 'border collie', 'schnauzer', 'carlino', 'shih tzu', 'rottweiler', 'dobermann', 'levriero', 'segugio', 'lagotto', 'volpino', 'maine coon', 'ragdoll', 'europeo a pelo corto',
      'setter inglese', 'setter irlandese', 'bracco italiano', 'spinone', 'cane corso', 'epagneul breton', 'dalmata', 'akita', 'shiba', 'samoiedo', 'bovaro del bernese', 'sphynx', 'siamese',
    ],
  },
};
