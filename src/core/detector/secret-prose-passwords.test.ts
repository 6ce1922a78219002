// Passwords given after a password noun in running text, with no assignment syntax, in the six languages: our own
// texts and values.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const passwords = (text: string): string[] =>
  detect(text).filter((f) => f.entity === 'PASSWORD').map((f) => text.slice(f.start, f.end));

describe('a password read out or typed in prose', () => {
  it.each([
    ['The guest told me the NAS pw on the call: Lq4$birch-Moor8, can you check the share?', 'Lq4$birch-Moor8'],
    ['Router zurückgesetzt, neues WLAN-Passwort Eichhorn&77Tal steht jetzt auf dem Zettel.', 'Eichhorn&77Tal'],
    ['Login für das Kassensystem: Benutzer kasse-3, Kennwort "Birke!2027x", bitte prüfen.', 'Birke!2027x'],
    ['Le client m’a dicté son mdp au téléphone : Vz3?pont-Lyon41. Que faire ?', 'Vz3?pont-Lyon41'],
    ['Poste 118, mot de passe Grenoble_Alpes#09, le softphone refuse.', 'Grenoble_Alpes#09'],
    ['No entra al portal: usuario tienda-12, contraseña «Sierra+Nevada55», ¿alguna idea?', 'Sierra+Nevada55'],
    ['Me pasó la clave del wifi por chat: Olivo%Jaen_302', 'Olivo%Jaen_302'],
    ['Klant gaf het modemwachtwoord door: Molen@Delft_63, nu geen verbinding.', 'Molen@Delft_63'],
    ['ww van de kassa is Tulp!Haarlem90 volgens de collega', 'Tulp!Haarlem90'],
    ["Il cliente mi ha dato la password del router al telefono: Etna#Catania_12. E adesso?", 'Etna#Catania_12'],
    ['Accesso gestionale: utente magazzino-4, password Dolomiti_Trento77 (scade venerdì).', 'Dolomiti_Trento77'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toContain(secret);
  });

  it.each([
    // A policy, a reset, an example, a hash, a placeholder, a mask, a variable: no password given.
    'Password policy: at least 12 characters with one of !#$% and a digit.',
    'Passwort-Richtlinie: mind. 10 Zeichen, z. B. Abc#12345',
    'Réinitialisation du mot de passe demandée, ticket#4711 ouvert.',
    'La contraseña debe tener 8 caracteres, ejemplo Abc#1234',
    'Het wachtwoord hash is $2b$12$Kq9vXm2LpR7tYw3ZnB8cUe',
    'Inserisci la password <password> e poi premi invio.',
    'Your password: ******** (hidden)',
    'Unser Support fragt nie nach Ihrem Passwort oder einem 2FA-Code.',
    'DATABASE_URL=postgres://app:${DB_WACHTWOORD}@db:5432/shop',
    'Forgot password? Mail helpdesk@example.org from your work address.',
    'Nous ne demandons jamais votre mot de passe, appelez le 01 23 45 67 89.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });

  it('a user name next to the password is not taken for it', () => {
    expect(passwords('extensión 3107, contraseña Tajo#Toledo_81, usuario agente-9')).toEqual(['Tajo#Toledo_81']);
  });
});
