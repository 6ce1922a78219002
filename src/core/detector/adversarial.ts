/** Inputs built to make a scanner go quadratic; the linear-time test and the benchmark feed each at 1 MB. */
import { mulberry32 } from '../random/index.js';

export interface AdversarialInput {
  name: string;
  make: (chars: number) => string;
}

const repeat = (unit: string) => (chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** One opening, then a unit repeated to the length. */
const prefixed = (head: string, unit: string) => (chars: number): string => head + repeat(unit)(chars - head.length);

/** Random text over a small alphabet that is rich in the characters scanners key on. */
const random = (alphabet: string, seed: number) => (chars: number): string => {
  const r = mulberry32(seed);
  let s = '';
  for (let i = 0; i < chars; i++) s += alphabet.charAt(Math.floor(r() * alphabet.length));
  return s;
};

export const ADVERSARIAL: readonly AdversarialInput[] = [
  { name: '%%', make: repeat('%') },
  { name: 'ab@cd.', make: repeat('ab@cd.') },
  { name: 'pwd=', make: repeat('pwd=') },
  { name: 'password=', make: repeat('password=') },
  { name: '%4x', make: repeat('%4x') },
  { name: '%41', make: repeat('%41') },
  { name: 'base64 run', make: repeat('QUJD') },
  { name: 'base64 words', make: repeat('QUJDRA== ') },
  { name: '\\x41', make: repeat('\\x41') },
  { name: 'digits and spaces', make: repeat('1 ') },
  { name: 'digits and dots', make: repeat('1.') },
  { name: 'digits and dashes', make: repeat('1-') },
  { name: 'digit run', make: repeat('4111111111111111') },
  { name: 'colons', make: repeat('1:') },
  { name: 'hex colons', make: repeat('ab:') },
  { name: 'a @ ', make: repeat('a @ ') },
  { name: 'at dot words', make: repeat('a at b dot ') },
  { name: 'IBAN prefix', make: repeat('DE12 ') },
  { name: 'capitalised names', make: repeat('John ') },
  { name: 'cue words', make: repeat('Dr. ') },
  { name: 'mrn:', make: repeat('mrn: ') },
  { name: 'ssn words', make: repeat('ssn ') },
  { name: 'url schemes', make: repeat('http://') },
  { name: 'street numbers', make: repeat('12 Ab ') },
  { name: 'via', make: repeat('via a ') },
  { name: 'one long word', make: repeat('a') },
  { name: 'one long capital word', make: repeat('A') },
  { name: 'spaces', make: repeat(' ') },
  { name: 'newlines', make: repeat('\n') },
  { name: 'replacement chars', make: repeat('1\uFFFD') },
  { name: 'arabic-indic digits', make: repeat('\u0661 ') },
  { name: 'random digits and separators', make: random('0123456789 -./', 1) },
  { name: 'random email alphabet', make: random('ab@.-_ ', 2) },
  { name: 'random base64 alphabet', make: random('ABCDabcd0123+/= \n', 3) },
  // The SQL and CSV column parsers (tabular-keys.ts): a header with no rows, rows cut short, open quotes, open tuples.
  { name: 'csv header, no rows', make: repeat('dob,ssn,') },
  { name: 'csv headers and short rows', make: repeat('name,dob,ssn\na,b\n') },
  { name: 'csv quotes', make: repeat('dob;"a""b";"') },
  { name: 'sql (,,,,', make: prefixed('INSERT INTO t (dob, ssn) VALUES ', '(,,,,') },
  { name: 'sql inserts', make: repeat("INSERT INTO t (dob, a) VALUES ('1958-04-02', ") },
  { name: 'sql where pairs', make: prefixed('WHERE ', "dob = 'a' and ") },
  { name: 'sql quotes', make: prefixed('INSERT INTO t (dob, ssn) VALUES (', "'',''\\\\") },
  { name: 'random punctuation', make: random('%=:@.-_/\\#"{}[] ', 4) },
  // Config secrets, MRZ and bare national numbers (config-secrets.ts, mrz.ts, bare-ids.ts).
  { name: 'secret keys, no values', make: repeat('db_api_key: ') },
  { name: 'secret key, long bare value', make: prefixed('APP_KEY=', 'a1') },
  { name: 'secret key, open quote', make: repeat('db_password = "a1!') },
  { name: 'mrz fillers', make: repeat('P<UTO<<A1') },
  { name: 'mrz line chars', make: random('A1<\n', 5) },
  { name: 'telegram heads', make: repeat('123456789:AA') },
  { name: 'dotted bsn', make: repeat('1234.56.') },
  { name: 'piped digits', make: repeat('1234567890|') },
  { name: 'role mailboxes and phones', make: repeat('info@a.de 020 7946 0321 ') },
  { name: 'press desk phones', make: repeat('press office 0161 496 0000 ') },
  { name: 'ledger rows', make: prefixed('Datum;Konto;Gegenkonto\n', '1.1.;4930;1600\n') },
  { name: 'secret keys, unclosed quotes, one line', make: repeat('pwd="a1! ') },
  { name: 'authorization headers', make: repeat('Authorization: Basic QUJD ') },
  // Command-line flags, login and client calls, sasl_passwd lines (code-credentials.ts).
  { name: 'command-line flags, one line', make: prefixed('sshpass curl lftp mysql ', ' -p a1! -u a:b1! --token x') },
  { name: 'dashes', make: repeat(' -') },
  { name: 'login calls', make: repeat("login('a', 'b1!x', ") },
  { name: 'client calls, open parens', make: repeat('Client((((') },
  { name: 'sasl_passwd lines', make: prefixed('sasl_passwd\n', '[a]:1 b:c1!x\n') },
  { name: 'key phrases with vendors', make: repeat('clé API de Mistral : chiave API: ') },
  { name: 'netrc entries, one line', make: repeat('machine a login b password ') },
  { name: 'ini password lines', make: prefixed('[a]\nuser = b\n', 'password = c\n') },
  { name: 'pgpass and htpasswd lines', make: repeat('a:5432:b:c:d1!x:$apr1$x\n') },
  { name: 'jwt calls, open parens', make: repeat("jwt.sign(({['x") },
  { name: 'wordpress defines, unclosed', make: repeat("define('AUTH_KEY', '") },
  { name: 'credential files in prose', make: repeat('password in my .netrc is .pypirc ') },
  { name: 'letters-only passwords', make: repeat('password: qmWvRtaPlokBn ') },
  { name: 'public figures born', make: repeat('Andy Murray: born 15 May 1987, ') },
  { name: 'review heads', make: repeat("my review: 'Dishoom Shoreditch, 7 Boundary St, London E2 7JE. Tel 020 7420 9324 ") },
  { name: 'author lines', make: prefixed('(1) Institut für Physik\n(2) Lehrstuhl für Chemie\n', 'A. Berger(1), B. Weber(2), ') },
  { name: 'hyphenated capitals after affiliation lines', make: prefixed('(1) Institut für Physik\nA. Berger(1), B. Weber(1)\n', 'A-') },
  { name: 'branch lists', make: repeat('Filialen: Mitte, Hauptstraße 1, 10115 Berlin; Nord, Ring 2; ') },
  { name: 'listing heads', make: repeat('Exposé: Lindenweg 12, 329.000 €, über unser Büro 03581 66210. ') },
];
