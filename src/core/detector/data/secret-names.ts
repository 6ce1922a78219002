// The words that make a name (a key, a variable, a header, a flag) a secret's (a value's placeholder words are
// data/secret-placeholders.ts's). Read by secret-names.ts, the one owner of these for generic-secrets.ts,
// config-secrets.ts and code-credentials.ts. Lower case ASCII, space-separated; our own choice of words, each list
// says what it is for.

/**
 * The last word of a password's name (plurals folded before the lookup); "psk" is a wifi's pre-shared key (wpa_supplicant);
 * "pw" the short form LDAP and app configs use (`bind_pw`, `db_pw`, `smtpPw`).
 */
export const PASSWORD_WORDS = 'password passwd pwd passphrase pass psk pw';

/** The last word of a secret's name: a token, a secret, a credential (and the run-together forms code writes). */
export const SECRET_WORDS =
  'secret token credential creds auth apikey apisecret apitoken authtoken accesstoken';

/** The words before "key" that make it a credential's key ("api key", "signing key", "workspace key"). */
export const KEY_QUALIFIERS =
  'api app secret private access auth client master signing sign encryption encrypt crypt license licence account ' +
  'service webhook subscription storage consumer shared integration session jwt hmac mac bot sdk server admin ingest ' +
  'write mobile rest management project live prod production merchant partner developer personal deploy root aes ' +
  'cipher symmetric user org organization workspace tenant instance';

/**
 * Words that make a name something other than a secret: the identifier half of a pair, a public key, a reference to
 * where a secret is kept, a size, a lookup or ordering key, a form's anti-forgery token, a pagination cursor.
 */
export const NOT_SECRET_WORDS =
  'id ids sid kid name names type types url uri urls endpoint host hostname path file filename dir region ref refs ' +
  'reference arn public publishable pub pk site hash hashed digest fingerprint length len size count prefix suffix ' +
  'field format version expiry expires expiration ttl timeout anon anonymous policy rotation label location mode ' +
  'algorithm alg cache sort primary foreign partition idempotency lookup routing map index event group range hint ' +
  'placeholder example sample dummy mock fake object s3 lock unique message record row dedup dedupe correlation ' +
  'request trace translation i18n item cursor pagination page next prev previous continuation csrf xsrf ' +
  'authenticity nonce state device push registration max min num limit budget usage input output prompt completion ' +
  'total store keystore manager provider source from header query param parameter column table enabled enable ' +
  'disabled required valid invalid expired validate validation verify check reset forgot change confirm ' +
  'confirmation strength rule rules pattern regex ssh gpg pgp rsa cert certificate subject issuer audience scope ' +
  'scopes grant response challenge deduplication entity sync plate keyid';

/** The words for key, password and secret in the other five languages as code spells them, and their English word. */
export const FOREIGN_WORDS: readonly (readonly [string, string])[] = [
  ['clave', 'key'],
  ['chiave', 'key'],
  ['sleutel', 'key'],
  ['schluessel', 'key'],
  ['schlussel', 'key'],
  ['contrasena', 'password'],
  ['passwort', 'password'],
  ['kennwort', 'password'],
  ['motdepasse', 'password'],
  ['wachtwoord', 'password'],
  ['segreto', 'secret'],
  ['segreta', 'secret'],
  ['secreto', 'secret'],
  ['geheim', 'secret'],
  ['geheime', 'secret'],
  ['geheimer', 'secret'],
  ['geheimes', 'secret'],
  ['geheimen', 'secret'],
  ['secreta', 'secret'],
  ['secrete', 'secret'],
  ['cle', 'key'],
  ['jeton', 'token'],
  ['chave', 'key'],
  ['senha', 'password'],
  ['contrasenya', 'password'],
  // the French abbreviation of "mot de passe" (`mdp=`, `MDP_ADMIN`)
  ['mdp', 'password'],
];

/**
 * Spanish, French, Italian and Portuguese put the secret's noun first and what it is for after it (`claveComercio`,
 * `contrasena_bd`, `motDePasseAdmin`, `chiaveServizio`, `senhaUsuario`): these nouns, as code spells them, with any
 * qualifier after them. Their English word is FOREIGN_WORDS's (or "password" here for the Portuguese "senha" and
 * "chave").
 */
export const HEAD_FIRST_NOUNS = 'clave contrasena contrasenya chiave cle motdepasse chave senha';

/**
 * Credential qualifiers as the four head-first languages write them after the noun (`claveComercio`, `chiave_accesso`,
 * `cle_chiffrement`, `chave_servico`), with the KEY_QUALIFIERS word each stands for: a key named so is a credential's,
 * as "MERCHANT_KEY" is. (Accents are folded before the lookup.)
 */
export const HEAD_FIRST_QUALIFIERS: readonly (readonly [string, string])[] = [
  // The merchant (a payment gateway's merchant key), not the shop: "store key", "client key" name no credential here.
  ...['comercio', 'commercant', 'esercente', 'comerciante'].map((w) => [w, 'merchant'] as const),
  ...['acceso', 'accesso', 'acces', 'acesso'].map((w) => [w, 'access'] as const),
  ...['firma', 'signature', 'assinatura'].map((w) => [w, 'signing'] as const),
  ...['cifrado', 'cifratura', 'chiffrement', 'encriptacion', 'criptografia', 'crittografia'].map((w) => [w, 'encryption'] as const),
  ...['servicio', 'servizio', 'servico'].map((w) => [w, 'service'] as const),
  ...['cuenta', 'compte', 'conto', 'conta'].map((w) => [w, 'account'] as const),
  ...['aplicacion', 'application', 'applicazione', 'aplicacao'].map((w) => [w, 'app'] as const),
  ...['privada', 'privado', 'privee', 'prive', 'privata', 'privato'].map((w) => [w, 'private'] as const),
  // The secret key as the head-first languages write it: "clave secreta", "chiave segreta", "cle secrete".
  ...['secreta', 'secreto', 'segreta', 'segreto', 'secrete', 'secret'].map((w) => [w, 'secret'] as const),
  ...['maestra', 'maestro', 'maitre', 'mestre'].map((w) => [w, 'master'] as const),
  ...['usuario', 'utilisateur', 'utente', 'utilizador'].map((w) => [w, 'user'] as const),
  ...['administrador', 'administrateur', 'amministratore', 'amministrazione'].map((w) => [w, 'admin'] as const),
  ...['produccion', 'produzione', 'producao'].map((w) => [w, 'production'] as const),
  ...['desarrollador', 'developpeur', 'sviluppatore', 'desenvolvedor'].map((w) => [w, 'developer'] as const),
];

/**
 * The qualifiers an English secret's noun (or the Italian and Portuguese "password") may carry after it: the system or
 * role it opens (`passwordDb`, `secretKeyProd`, `passwordUtente`, `PASSWORD_ADMIN`). A closed list, as English puts
 * what a secret is for before it and a word after it ("passwordField", "tokenizer", "keyDown") is usually no secret.
 */
export const AFTER_QUALIFIERS =
  'db bd bdd database datenbank prod production produccion produzione staging dev development live admin root ' +
  'master smtp mail imap ftp sftp ldap redis mysql postgres pg mongo mongodb user usuario utilisateur utente ' +
  'utilizador cliente client commerce comercio boutique tienda negozio loja ' +
  // how the secret is written down (`PRIVATE_KEY_HEX`, `hmacKeyBase64`, `SECRET_B64`): still the secret
  'hex b64 base64 base32 pem der raw bytes';

/**
 * Spanish "clave" is a password as often as a key ("la clave del wifi", "clave de usuario"): qualified by the system or
 * role it opens (`clave_bd`, `claveAdmin`, `CLAVE_SMTP`, `clave_root`), it is that system's password, as `password_db`
 * is. (A credential qualifier such as "comercio" or "api" keeps it a key: `claveComercio`, `clave_api`.)
 */
export const PASSWORD_SYSTEMS =
  'db bd bdd database datenbank admin root smtp mail imap ftp sftp ldap redis mysql postgres pg mongo mongodb wifi ' +
  'wlan router';

/** The head-first nouns that PASSWORD_SYSTEMS make a password: the Spanish "clave". */
export const SYSTEM_PASSWORD_NOUNS = 'clave';

/**
 * Qualifiers in the four head-first languages that make a name a setting about the secret (its length, policy,
 * field, label, hint, expiry, confirmation, visibility) or no secret's at all (a key-value pair, a lookup key): the
 * Romance companions of NOT_SECRET_WORDS for a name read head first.
 */
export const HEAD_FIRST_NOT_SECRET =
  'longitud largo longueur lunghezza comprimento tamano taille dimensione politica politique regla regle regola ' +
  'campo champ etiqueta etiquette etichetta rotulo pista indice indizio dica requerida requerido obligatoire ' +
  'obbligatoria obrigatoria caducidad expiracion expiration scadenza validade confirmacion confirmation conferma ' +
  'confirmacao repetir repeat olvidada oubliee oublie dimenticata esquecida valor valeur valore busqueda recherche ' +
  'ricerca primaria primaire principale foranea etrangere esterna publica publique pubblica publico unica orden ' +
  'ordre ordine visible show hide hidden toggle icon button btn input text error errors msg mensaje mostrar afficher ' +
  'mostra ocultar masquer nascondere fuerza force forza debil faible';

// ---------------------------------------------------------------- config keys (config-secrets.ts)

/** NOT_SECRET_WORDS that config-secrets.ts also reads run together with "key" ("publickey", "sortkey"). */
export const CONFIG_NOT_KEY_RUN_TOGETHER =
  'public publishable site sort primary foreign partition cache idempotency lookup routing';

/** Words before "token" that make it a cursor or a form's anti-forgery token. */
export const CONFIG_NOT_TOKEN_WORDS =
  'page next continuation cursor sync csrf xsrf authenticity csrfmiddleware';

/**
 * The last word of a key phrase in prose or a label that config-secrets.ts reads ("Datadog API key:", "clé API :",
 * "clave de acceso:", "chiave segreta =", "API-Schlüssel:", "toegangstoken:"), as written (accents kept).
 */
export const KEY_PHRASE_LAST =
  'key token api secrète secrete secreta segreta privée privada privata accès acces acceso accesso jeton ' +
  'api-schlüssel zugangsschlüssel geheimschlüssel zugangstoken api-sleutel sleutel toegangstoken toegangssleutel';
