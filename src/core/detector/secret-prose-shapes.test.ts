// Secrets in prose whose shape the scanners passed over: a long upper-case issued key after its noun, a token after a
// colon that closes its noun's clause, a password of letters and symbols without a digit, the French "mdp" and a key
// name that says its encoding (secret-prose-keys.ts, secret-prose-passwords.ts, data/secret-names.ts). Our own values.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end).replace(/\.$/, ''));
const dataClass = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;

describe('a secret in prose', () => {
  it.each([
    ['it, a MAC key in capitals', 'Il MAC non torna: chiave segreta QWZK7R2MX94TPLN3VB8CJD5HYF6G, poi SHA1.', 'QWZK7R2MX94TPLN3VB8CJD5HYF6G'],
    ['en, a MAC key in capitals', 'The gateway gave us secret key 7RQ2WXZKMN94TPL3VB8CJDH5YF6G for the hash.', '7RQ2WXZKMN94TPL3VB8CJDH5YF6G'],
    ['it, a token after a colon', "Il fornitore ci ha dato il token per l'API delle consegne: Xr7bQDkcMQWn4txe9wVPB6q5iykaMn .", 'Xr7bQDkcMQWn4txe9wVPB6q5iykaMn'],
    ['de, a token after a colon', 'Der Token für die Flotten-API: Lk8vRt2LmQzW9xNbYcHdJfGs4TqP, gilt bis Montag.', 'Lk8vRt2LmQzW9xNbYcHdJfGs4TqP'],
    ['fr, a password of letters and symbols', 'Serveur de badges, compte admin_badge, mot de passe qtrW@KLMpa#x. Quels ports ?', 'qtrW@KLMpa#x'],
    ['en, a password of letters and symbols', 'Console login is ops_admin, password fGhT!wqXzR&p, since Monday.', 'fGhT!wqXzR&p'],
    ['fr, mdp', 'Dans le fichier de conf : serveur=10.1.2.3 utilisateur=accueil mdp=Kx7!Lyon2031', 'Kx7!Lyon2031'],
    ['en, a hex private key', 'SIGNING_KEY_ID=k1, PRIVATE_KEY_HEX=9f1c2a7e5b3d8f06a4c1e9b2d7f30a58c6e4b1d9f2a7c3e8b5d0f4a6c9e2b7d13', '9f1c2a7e5b3d8f06a4c1e9b2d7f30a58c6e4b1d9f2a7c3e8b5d0f4a6c9e2b7d13'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
    expect(dataClass(text)).toBe('secret');
  });

  it.each([
    ['a placeholder in a config line', 'STRIPE_KEY=sk_test_xxx in the README, replace it.'],
    ['an order reference in capitals', 'Order reference ORD2026X44K19QZ7 was shipped, the key ring is in the box.'],
    ['a word and a symbol', 'The password policy says Hello@World! is too weak.'],
    ['a token in a later sentence', 'We renewed the token. The ticket number is TK4411902 for the request.'],
  ])('%s: no secret', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });
});
