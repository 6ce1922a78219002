// A pet named with its species or breed in a vet's question or record (brands.ts petName, data/pet-words.ts): the animal's
// name is no person's data; its owner's stays. Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a pet named with its species or breed is no person (held-out set 46)', () => {
  it.each([
    ['en', 'Charlie, 9y FN golden retriever, 31 kg, hip dysplasia. Can I add amantadine to the meloxicam?', 'Charlie'],
    ['en', 'Our dog Oliver has been limping since Tuesday; is carprofen safe with his heart murmur?', 'Oliver'],
    ['de', 'Hündin Emma, 7 J., 22 kg, Hüftdysplasie. Darf ich Gabapentin zum Meloxicam geben?', 'Emma'],
    ['de', 'Luna, Dackel 12 Jahre, 8 kg, Bandscheibe. Welche Dosis Prednisolon?', 'Luna'],
    ['fr', 'Notre chatte Lola, 14 ans, insuffisance rénale. Quelle dose de benazepril ?', 'Lola'],
    ['fr', 'Simba, berger allemand de 8 ans, 35 kg, arthrose. Quand passer au bedinvetmab ?', 'Simba'],
    ['es', 'Lola, caniche de 11 años, 5 kg, soplo cardiaco. ¿Dosis de pimobendan?', 'Lola'],
    ['es', 'Mi perro Rocky tose de noche desde hace una semana, ¿puede ser el corazón?', 'Rocky'],
    ['nl', 'Max, Duitse herder van 9, 38 kg, artrose. Wanneer starten met gabapentine?', 'Max'],
    ['nl', 'Onze kat Guus drinkt veel en valt af; welke bloedwaarden laten prikken?', 'Guus'],
    ['it', 'Maya, bassotto di 10 anni, 9 kg, ernia discale. Che dose di prednisolone?', 'Maya'],
    ['it', 'Il mio gatto Romeo ha 15 anni e vomita spesso, cosa posso dargli?', 'Romeo'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it.each([
    ['en', 'Owner: Sarah Whitfield, 07700 900123. Patient: Charlie, 9y FN golden retriever, 31 kg.', 'Sarah Whitfield'],
    ['de', 'Halterin: Anna Becker, Tel. 0171 2345678. Hündin Emma, 7 J., 22 kg.', 'Anna Becker'],
    ['fr', 'Propriétaire : Claire Dubois, 06 12 34 56 78. Simba, berger allemand de 8 ans.', 'Claire Dubois'],
    ['es', 'Titular: Verónica Lozano, 678 31 22 90. Lola, caniche de 11 años.', 'Verónica Lozano'],
    ['nl', 'Eigenaar: Ingrid Postma, 06-71845203. Max, Duitse herder van 9.', 'Ingrid Postma'],
    ['it', 'Proprietario: Marco Colombo, 333 1234567. Maya, bassotto di 10 anni.', 'Marco Colombo'],
    ['en, a person who walks dogs', 'Please pay Sarah Whitfield, dog walker, for March; her bank details are on file.', 'Sarah Whitfield'],
    ['en, a group chat', 'In the group chat Sarah Whitfield said she had been signed off sick for a week.', 'Sarah Whitfield'],
  ])('keeps the owner: %s: %s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});

// A pet described right after its name, in brackets or after "is a", or named after a word between the article and its
// species ("our practice cat"): the animal's name is no person's data, even next to a diagnosis. A person described
// with an animal (a teacher with a dog, a dog walker, a bracketed note that she owns one) stays a person.
describe('a pet described after its name is no person', () => {
  it.each([
    ['en', 'Duncan is a 9 year old Border Terrier, newly diabetic, 10.5 kg. Starting dose of Caninsulin?', 'Duncan'],
    ['en', 'Our clinic cat Beatrice (14, DSH) has hyperthyroidism. Compare radioiodine and methimazole.', 'Beatrice'],
    ['de', 'Frau Krüger ist eine 15-jährige Kartäuserkatze mit chronischer Niereninsuffizienz, 3,8 kg.', 'Krüger'],
    ['de', 'Unser Patient Herr Wendt (Mops, 6 J., 9 kg) hat idiopathische Epilepsie. Imepitoin-Startdosis?', 'Wendt'],
    ['fr', 'Bernard, chat européen 11 ans, 6,2 kg, diabétique récent. Dose de départ de la glargine ?', 'Bernard'],
    ['fr', 'Monsieur Paul est un chien de 12 ans avec une insuffisance cardiaque. Quelle dose de pimobendane ?', 'Paul'],
    ['es', 'Don Ramón es un galgo de 7 años con leishmaniosis. ¿Alopurinol de por vida?', 'Ramón'],
    ['es', 'Nuestra vieja gata Lucía tiene 16 años e hipertiroidismo, ¿metimazol o yodo radiactivo?', 'Lucía'],
    ['nl', 'Meneer Jansen (kater, 13 jr, 5 kg) heeft diabetes. Welke insuline-startdosis?', 'Jansen'],
    ['nl', 'Truus is een teckel van 10 met een hernia. Hoe lang kooirust?', 'Truus'],
    ['it', 'Gianni, setter inglese di 6 anni, 24 kg, positivo a Dirofilaria immitis. Protocollo con doxiciclina?', 'Gianni'],
    ['it', 'Ugo è un gatto di 12 anni con ipertiroidismo. Metimazolo o iodio radioattivo?', 'Ugo'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it.each([
    ['en', 'Karen Hollis is a 52 year old teacher with a dog and has just started chemotherapy.', 'Karen Hollis'],
    ['en', 'Karen Hollis is a 45 year old dog walker who was diagnosed with diabetes last week.', 'Karen Hollis'],
    ['en', 'Mrs Hollis (52, owns a labrador) has retinitis pigmentosa and needs a guide dog.', 'Hollis'],
    ['de', 'Jürgen Albers ist ein 61-jähriger Hundetrainer und hatte im Mai einen Herzinfarkt.', 'Jürgen Albers'],
    ['fr', 'Sylvie Marchand est une toiletteuse de 40 ans avec un chat et une urticaire chronique.', 'Sylvie Marchand'],
    ['nl', 'Sanne Bakker is een dierenarts van 34 met een kat en een burn-out.', 'Sanne Bakker'],
    ['en, a trade', 'Panel: employee Jamie Stoddart (CNC setter, 9 yrs service), his rep Dawn Ellery.', 'Jamie Stoddart'],
    ['fr, a street', 'Client : M. Yannick Le Goff, 12 rue de Siam, 29200 Brest, tél. 06 62 18 40 93.', 'Yannick Le Goff'],
    ['fr, a painter', 'Locataire : Mme Hélène Morvan, 8 rue Braque, 75013 Paris, tél. 06 12 34 56 78.', 'Hélène Morvan'],
  ])('keeps the person: %s: %s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});
