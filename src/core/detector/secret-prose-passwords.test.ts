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
    // Generated: letters only in short case-runs, or with a joiner.
    ['Zugang per WebDAV: Benutzer praxis_lenz, Passwort GwUrKqPzHn. Wie teste ich das?', 'GwUrKqPzHn'],
    ['Host sftp.kanzlei.example, User gasthof_ochsen, Passwort kTRWQzv4pmB_hx', 'kTRWQzv4pmB_hx'],
    ['Accès FTP : utilisateur boulangerie, mot de passe qXwRtZpLmV', 'qXwRtZpLmV'],
    // An app password as Google shows it, four groups of four lower-case letters.
    ["Gmail SMTP geht nicht: Benutzer bestellungen@laden.de, App-Passwort 'qwhz trkd mlpe vxsa', Port 587.", 'qwhz trkd mlpe vxsa'],
    ['SMTP via Gmail: utente ordini@negozio.it, password per le app "bnkq ydsw ofrp hgzt", porta 587', 'bnkq ydsw ofrp hgzt'],
    // A single word quoted right after the noun: the password given, whatever its shape.
    ["Bij een klant accepteert de PAC het wachtwoord 'tulpenbol' niet meer bij een nodeloos alarm.", 'tulpenbol'],
    ["La dueña dice la palabra clave de coacción 'girasol' pero la CRA no la reconoce.", 'girasol'],
    ["La parola d'ordine 'gabbiano' data alla centrale operativa non risulta in anagrafica.", 'gabbiano'],
    ['Das Kennwort „Kastanie“ wird vom Router nicht angenommen.', 'Kastanie'],
    ["The monitoring centre has the password 'marigold' on file, but the keyholder gave another.", 'marigold'],
    // An alarm panel's or door's code, as installers and guards name it.
    ['The keypad accepts the engineer code 7316 but not the user code 5829.', '5829'],
    ['Telenot lässt sich nicht scharf schalten. Errichtercode ist 591804, wo finde ich den Sabotagespeicher?', '591804'],
    ["Centrale Ajax : le code utilisateur 3907 met à l'arrêt mais le code sous contrainte 3908 ne remonte pas.", '3908'],
    ['Central Paradox en una joyería: el código de usuario 6142 desarma pero no arma.', '6142'],
    ['Bij een klant met een Galaxy-centrale werkt de gebruikerscode 8253 wel.', '8253'],
    ['Centrale Bentel: il codice utente 2719 disinserisce ma non inserisce.', '2719'],
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
    // A quoted word that names the account, a placeholder, a message, or a keyword.
    'FATAL: password authentication failed for user "orders_svc"',
    "Mot de passe pour 'admin' oublié, comment le réinitialiser ?",
    "The error says 'password expired' for the account.",
    "¿Cómo posiciono la palabra clave 'zapatillas' en Google?",
    "Il campo password 'pwd' resta vuoto.",
    'Tarif "Sur place - Pass 2 jours", "etat": "payé"',
    '{"password": "required", "hint": "x"}',
    // An alarm code's noun with no number, or a default run.
    'How do I change the master code on the alarm keypad?',
    'Der Errichtercode steht ab Werk auf 1234, wie ändere ich ihn?',
    'Your password: ******** (hidden)',
    'Unser Support fragt nie nach Ihrem Passwort oder einem 2FA-Code.',
    'DATABASE_URL=postgres://app:${DB_WACHTWOORD}@db:5432/shop',
    'Forgot password? Mail helpdesk@example.org from your work address.',
    'Nous ne demandons jamais votre mot de passe, appelez le 01 23 45 67 89.',
    // Four 4-letter words, a name in title case: no generated password.
    'Set the password when your mail gets sent.',
    'Ich habe das Passwort McDonald genannt, war das falsch?',
    'The password field is called user_Name_field in the form.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });

  it('a user name next to the password is not taken for it', () => {
    expect(passwords('extensión 3107, contraseña Tajo#Toledo_81, usuario agente-9')).toEqual(['Tajo#Toledo_81']);
  });
});

describe('a generated password right after the password noun, with no symbol (issue 13)', () => {
  it.each([
    ['Agent prompt: sftp host files.example-lab.org port 22, user lab_sync, password Tq7mRxZ2pLwB9k. Never write elsewhere.', 'Tq7mRxZ2pLwB9k'],
    ['Nutze sftp: Host sftp.beispiel-labor.de, Benutzer mvz_upload, Passwort hW4nQeT8vBzK2d, nur nach /eingang.', 'hW4nQeT8vBzK2d'],
    ['Utilise sftp : utilisateur depot_nuit, mot de passe pX3vKmQ9rTzW4n. N’écris pas ailleurs.', 'pX3vKmQ9rTzW4n'],
    ['Usa sftp: usuario envios_lab, contraseña Lm8QzRt2WvKp5x. No escribas fuera de /entrada.', 'Lm8QzRt2WvKp5x'],
    ['Gebruik sftp: gebruiker lab_export, wachtwoord Zr6TnWq3KxPm8v. Schrijf nergens anders.', 'Zr6TnWq3KxPm8v'],
    ['Usa sftp: utente invii_lab, password bN5wQtZ8mRkV2x. Non scrivere altrove.', 'bN5wQtZ8mRkV2x'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toEqual([secret]);
  });

  it.each([
    // A word, a type name, a version: no generated password, even right after the noun.
    'The password Uint8Array2 field is a typed array in the API.',
    'Das Passwort wird mit SHA256sum geprüft, nicht im Klartext.',
    'Le mot de passe oublié : cliquez sur le lien de réinitialisation.',
    'La contraseña caducó, el portal pide cambiarla en Windows11.',
    'Het wachtwoord wijzigen lukt niet via MijnOmgeving2.',
    'La password è sbagliata, dice il portale Office365.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe('a PIN or secret code given in prose (issue 13)', () => {
  it.each([
    ['The banking app rejects me: customer number 5529104837, passnumber Heron!4471 and PIN 2907.', 'Heron!4471'],
    ['My card was blocked after I typed PIN 8316 twice, can they unblock it?', '8316'],
    ['Online-Banking: Teilnehmernummer 8842017735, PIN Lx47!roT, seit gestern gesperrt.', 'Lx47!roT'],
    ['Die neue Karten-PIN lautet 5062, steht im Brief der Sparkasse.', '5062'],
    ['Identifiant 60491827735, code perso 481936, l’appli refuse la connexion.', '481936'],
    ['Usuario 48210937, código de acceso 730914, la app me bloquea.', '730914'],
    ['Mijn pincode 6083 werkt niet meer bij de automaat.', '6083'],
    ['Codice cliente 7720193, codice PIN 40917, la banca non mi fa entrare.', '40917'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toContain(secret);
  });

  it.each([
    // A connector's pin, a reset, a default or a sample, the number of digits: no PIN given.
    'Connect the sensor to GPIO pin 1734 header, then pin 12 to ground.',
    'The default PIN 0000 must be changed on first use.',
    'PIN vergessen? Die Sparkasse schickt eine neue Geheimzahl per Post.',
    'Le code secret 1234 est un exemple, choisissez le vôtre.',
    'El código de acceso tiene 6 cifras, nunca lo compartas.',
    'De pincode wijzigen kan in de app, niet bij de balie.',
    'Il codice PIN di 5 cifre arriva per posta separata.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe('wifi, safe and one-time codes, a code named before its number, a password changed to a value', () => {
  it.each([
    ['The wifi code is 48213977 for the meeting room.', '48213977'],
    ['Der WLAN-Schlüssel ist 4821 3977 5120 6634.', '4821'],
    ['Le code wifi est Tilleul-Invite-88, à mettre sur la carte.', 'Tilleul-Invite-88'],
    ['La clave del wifi es 48213977.', '48213977'],
    ['De wifi-code is 48213977 voor de vergaderzaal.', '48213977'],
    ['The safe combination is 31-17-42, write it in the handover note.', '31-17-42'],
    ['Der Tresorcode ist 318842.', '318842'],
    ['La combinazione della cassaforte è 318842.', '318842'],
    ['Your verification code is 482913. It expires in 10 minutes.', '482913'],
    ['Ihr Bestätigungscode lautet 482913.', '482913'],
    ['Tu código de verificación es 482913.', '482913'],
    ['Door code for the back entrance is 4821#, please keep it.', '4821#'],
    ["Le digicode de l'immeuble est 4821B et le code de l'alarme 7730.", '4821B'],
    ['I changed my password to harbourlights77 yesterday.', 'harbourlights77'],
    ['Ich habe mein Passwort auf sonnenblume12 gesetzt.', 'sonnenblume12'],
    ['Het wachtwoord veranderd naar fietsbel2024, werkt nog niet.', 'fietsbel2024'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toContain(secret);
  });
  it.each([
    'Where do I find the verification code? The SMS never arrived.',
    'Der Bestätigungscode ist abgelaufen, wie fordere ich einen neuen an?',
    'Le code de vérification fait 6 chiffres.',
    'The wifi code is on the back of the router.',
    'De kluiscode is vier cijfers lang.',
    'Enter the verification code 123456 from the example SMS.',
    'I changed my password to a longer one yesterday.',
    'Ich habe das Passwort auf 12 Zeichen geändert.',
    'Cambié la contraseña a las 10:00 y no funciona.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe('a code named by what it opens; a word and digits right after a password noun', () => {
  it.each([
    ['The code for the key box at the back door is 2580, guests arrive at 6.', '2580'],
    ['Der Code für den Schlüsselkasten ist 3907.', '3907'],
    ['Le code de ma carte bleue est 4096.', '4096'],
    ['El código del cajetín de llaves es 3907.', '3907'],
    ['De code van het sleutelkastje is 3907.', '3907'],
    ['Il codice della cassetta delle chiavi è 3907.', '3907'],
    ['Zugangsdaten für das Kassensystem: Benutzer kasse3 / Passwort Linde77', 'Linde77'],
    ['Identifiants de la borne : login accueil, mdp Accueil2025', 'Accueil2025'],
    ['Credenziali del gestionale: utente cassa2, password Cassa2025', 'Cassa2025'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toContain(secret);
  });
  it.each([
    'The error code for the card is 4012, what does it mean?',
    "Le code d'erreur de la carte est 4012.",
    'The code for the door is in the drawer at reception.',
    'El código postal del portal es 28013.',
    'De broncode van de deur-app is 3000 regels lang.',
    'Das Passwort Windows ist abgelaufen.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe('a colon after whose or which it is; a lock named before its code; a PIN after the card it opens', () => {
  it.each([
    ['Neues Passwort für Frau Bauer: Herbst2025, bitte beim ersten Login ändern.', 'Herbst2025'],
    ['PIN für das Diensthandy: 5820', '5820'],
    ['The garage door opener code is 7391.', '7391'],
    ['El PIN de la SIM de empresa es 5820.', '5820'],
    ['Code WLAN invités : 7391 8820', '7391'],
  ])('%s', (text, secret) => {
    expect(passwords(text)).toContain(secret);
  });
  it.each([
    'Passwort für Frau Bauer: bitte zurücksetzen.',
    'The phone area code is 0201 for Essen.',
    'The door error code is 4012 after the update.',
    'Scan the QR code on the card: 4012 is printed below.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe('a password after the words that say which shared account it opens', () => {
  it.each([
    ['The password of the tablet in the office for all the carers is Kestrel.Ward.2031 at the moment.', 'Kestrel.Ward.2031'],
    ['Das Passwort für das Tablet im Büro von der Frühschicht ist Amsel.Nord.2031 für alle.', 'Amsel.Nord.2031'],
    ["Le mot de passe de la tablette du bureau pour les aides à domicile est Grive.Sud.2031 pour tout le monde.", 'Grive.Sud.2031'],
    ['La contraseña de la tableta de la oficina de las cuidadoras es Jilguero.Sur.2031 para todas.', 'Jilguero.Sur.2031'],
    ['Het wachtwoord van de tablet op het kantoor van de thuiszorg is Merel.Oost.2031 voor iedereen.', 'Merel.Oost.2031'],
    ["La password del tablet dell'ufficio delle assistenti è Passero.Est.2031 per tutte.", 'Passero.Est.2031'],
  ])('%s', (text, value) => {
    expect(passwords(text)).toEqual([value]);
  });

  it.each([
    'The password of the tablet in the office for all the carers must be changed every 90 days per Policy.2031.',
    'La contraseña de la tableta de la oficina de las cuidadoras se cambió ayer, mirad la guía Wifi.Guia.2031 del portal.',
  ])('%s', (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

