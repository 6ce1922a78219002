// What documentation, tutorials, templates and sample files print in a secret's place, in the six languages: the one
// list every secret recogniser reads (secret-values.ts placeholderValue). Matched as whole words of the value (letter
// runs, split at camelCase humps) or as the whole value, never as a substring: "Xchangemeplz9!" and
// "testimonial-Berlin-77" are real passwords. Lower case, space-separated, our own choice of words.

/**
 * Words that make a value a sample wherever they stand in it as a word: "AKIA...7EXAMPLE", "sk_example_...",
 * "REPLACE_ME", "<redacted>", "dummy-token-1", and "placeholder" as German, Dutch and Italian write it
 * ("123456:ABC-DEF_platzhalter", "token_plaatshouder", "chiave-segnaposto").
 */
export const SAMPLE_MARKERS =
  'example examples exemple ejemplo esempio beispiel voorbeeld placeholder changeme replaceme redacted dummy replace ' +
  'insert fixme todo sample platzhalter plaatshouder segnaposto';

/**
 * Possessives that open a template's name, followed by a separator ("your-api-key", "YOUR_STRIPE_KEY", "votre_cle",
 * "dein-token", "jouw_sleutel", "tu_clave", "tuo_token").
 */
export const POSSESSIVES = 'your yours votre vos ton dein deine jouw tu tus tuo tua';

/** Words that end a template's name after a separator ("stripe_key_here", "token-hier", "cle-ici", "clave_aqui", "chiave_qui"). */
export const HERE_WORDS = 'here hier ici aqui qui';

/**
 * Words a placeholder is made of: a value whose letters all (but two) spell these, alone or two glued together, is a
 * sample ("your-password-here", "mySecretKey", "password123", "change_me", "apikey", "xxx"); also the literals of
 * code and configuration ("null", "true") and a field's own name ("string", "required").
 */
export const PLACEHOLDER_WORDS =
  'password passwd pass pwd secret secrets token key keys api auth credential credentials access private change me ' +
  'my mine our test demo foo bar baz qux anonymous guest admin root user username login unique phrase value ' +
  'values shh shhh shhhhh none null nil undefined true false string required optional put enter paste x xx ' +
  'xxx xxxx xxxxx ' +
  // The other five languages' words for password, secret, key and token, and "my".
  'passwort kennwort geheim schluessel schlussel motdepasse mot de passe cle secrete jeton contrasena clave secreto ' +
  'secreta wachtwoord sleutel geheime chiave segreto segreta mein meine mon ma mes mijn mi mio mia';

/**
 * The word "password" as a sample's password in a URL or a login ("postgres://user:password@localhost/db", and as the
 * docs of each language write it: "user:motdepasse@", "benutzer:passwort@", "usuario:contrasena@", "gebruiker:wachtwoord@";
 * Italian docs write "password"): no one's password, whatever the user. Lower case, accents folded.
 */
export const PASSWORD_WORD_VALUES = 'password pass passwd pwd passwort kennwort motdepasse mot_de_passe contrasena contrasenya wachtwoord';
