// A login pasted as "user / password": our own texts and values, in the six languages.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const passwords = (text: string): string[] =>
  detect(text).filter((f) => f.entity === 'PASSWORD').map((f) => text.slice(f.start, f.end));

describe('a login given as user / password', () => {
  it.each([
    ['Mein Kunde schickt seine Zugangsdaten: lohn@baeckerei-krause.de / Brezel#2026. Wie lege ich einen eigenen Nutzer an?', 'Brezel#2026'],
    ["Il m'a transmis ses identifiants Silae : paie@garage-moreau.fr / Clio!2025x. Est-ce autorisé ?", 'Clio!2025x'],
    ['Me pasó su usuario de Sage: contabilidad@hornos-ruiz.es / Paella$2025Ruiz. ¿Puedo usarlo?', 'Paella$2025Ruiz'],
    ['Zijn Nmbrs-inlog: hr@kaasmakerij-bos.nl / Gouda!2025. Mag ik daarmee inloggen?', 'Gouda!2025'],
    ['Le credenziali Zucchetti: amministrazione@forno-galli.it / Grissino#77. Come creo un utente mio?', 'Grissino#77'],
    ['login: jdoe / Kx9!mPq2rT for the staging admin, please reset it', 'Kx9!mPq2rT'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toContain(secret);
  });

  it.each([
    'Kontakt: info@firma-krause.de / Tel. 030 1234567',
    'Write to sales@acme.example / Vertrieb for a quote.',
    'Rechnungen an buchhaltung@firma.de / Mahnungen an mahnung@firma.de',
    'Accès : utilisateur admin / mot de passe à demander au support.',
    'The route is /api/v2 / users and then / orders.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});
