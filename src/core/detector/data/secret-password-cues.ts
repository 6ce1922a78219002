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

/** Password nouns German and Dutch write at the end of a compound ("WLAN-Passwort", "Routerkennwort", "SIP-wachtwoord"). */
export const PASSWORD_CUE_COMPOUND_ENDS = 'passwort kennwort wachtwoord';

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
