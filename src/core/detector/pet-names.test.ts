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
