import { describe, expect, it } from 'vitest';
import { isTeamSignature } from './team-signatures.js';

// The unit's name from `name` to its end, as a sign-off's name hit covers it.
const unit = (text: string, name: string): boolean => isTeamSignature(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('isTeamSignature', () => {
  it.each([
    ['en', 'Kind regards,\nThe Payroll Team', 'The Payroll Team'],
    ['de', 'Mit freundlichen Grüßen\nIhre Personalabteilung', 'Ihre Personalabteilung'],
    ['fr, elided article', "Cordialement,\nL'équipe", "L'équipe"],
    ['fr, curly elision', 'Bien à vous,\nL’équipe', 'L’équipe'],
    ['es', 'Un saludo,\nLa Secretaría', 'La Secretaría'],
    ['nl', 'Met vriendelijke groet,\nTeamleiding', 'Teamleiding'],
    ['it', 'Cordiali saluti,\nLa Segreteria', 'La Segreteria'],
  ])('a unit signs: %s', (_lang, text, name) => {
    expect(unit(text, name)).toBe(true);
  });
  it.each([
    ['en', 'Kind regards,\nHannah Oldroyd', 'Hannah Oldroyd'],
    ['de', 'Viele Grüße\nJörg Übelacker', 'Jörg Übelacker'],
    ['fr, a name after an elided article is read, then refused', "Cordialement,\nL'Hermite Odile", "L'Hermite Odile"],
    ['es', 'Un saludo,\nÁlvaro Ibáñez', 'Álvaro Ibáñez'],
    ['nl', 'Groet,\nDaan de Wijs', 'Daan de Wijs'],
    ['it, a person after the unit', 'Cordiali saluti,\nSegreteria Lucia Ferri', 'Segreteria Lucia Ferri'],
    ['a hit that starts on no word', 'Regards, "Anna"', '"Anna"'],
  ])('a person signs: %s', (_lang, text, name) => {
    expect(unit(text, name)).toBe(false);
  });
});
