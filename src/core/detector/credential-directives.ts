import {
  DIRECTIVE_COMMANDS,
  DIRECTIVE_COMMUNITY_WORDS,
  DIRECTIVE_KEY_WORDS,
  DIRECTIVE_MODE_WORDS,
  DIRECTIVE_PASSWORD_ENDS,
  DIRECTIVE_PASSWORD_WORDS,
  KEY_OWNER_WORDS,
  SNMP_USER_PASSWORD_WORDS,
} from './data/credential-directives.js';
import type { Hit } from './hit.js';
import { passwordLike } from './secret-values.js';

/*
 * Credentials in the configuration of network gear, brokers and devices, whose syntax is `directive value` with no '='
 * or ':' for the key scanners to find (config-secrets.ts): a Mosquitto bridge's `remote_password Hx7!...`, Cisco IOS's
 * `enable secret ...`, `username noc privilege 15 password 0 ...`, `snmp-server community ... RW`, `radius-server key
 * 7 ...`, `crypto isakmp key ... address ...`, FortiOS's `set psksecret ...`, VyOS's `... plaintext-password '...'`.
 * The line is the context: it opens with a lower-case directive, holds only configuration words up to the credential's
 * directive, and little after its value; the value then only has to be password-like (secret-values.ts's tier), so a
 * placeholder (`<CHANGE_ME>`, `${MQTT_PASSWORD}`), a word (`public`, `admin`), a path (`password_file /etc/...`) or a
 * hash (`secret 5 $1$...`) is left alone. The config syntax is the same whatever the language of the question around it.
 * Each line is read once, its first 240 characters: linear.
 */

const LINE_WINDOW = 240;
const MAX_TOKENS = 16;
// Tokens before the credential's directive (`username noc privilege 15 password`), modes between it and its value
// (`password 0`, `message-digest-key 1 md5 7`), and tokens after its value (`community X RW 10`, `key X address A`).
const MAX_BEFORE = 8;
const MAX_MODES = 4;
const MAX_AFTER = 4;

// The words that can hold a credential's directive, tested on the text before any line is read.
const GATE = /pass|pwd|secret|psk|key|communit|snmp/gi;
// A directive opening a line: lower case, as every syntax above writes them.
const DIRECTIVE = /^[a-z][a-z0-9_+-]*$/;
// A configuration word: a name, a number, an address; no sentence's punctuation after it.
const CONFIG_WORD = /^[A-Za-z0-9][\w.@+/-]*$/;
const TYPE_NUMBER = /^\d{1,2}$/;
// A URL, an e-mail address, a host name with a top-level domain or a file's name: what the directive points at.
const NOT_A_PASSWORD = /:\/\/|^[^@\s]+@[^@\s]+\.[a-z]{2,}$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$/i;
const TRAILING = /[.,;:)]+$/;
// What a directive writes after its value: SNMP's access and view (and an SNMPv3 user's privacy part), IKE's peer address,
// an ACL number or a network.
const TRAILER = /^(?:ro|rw|address|view|host|priv|access|\d[\d./]*|[0-9a-f:]+\/\d{1,3})$/i;

type Kind = 'password' | 'key' | 'community';

/** The kind of credential the directive word at `i` names, or undefined (the tokens before it decide a lone "key"). */
function credentialKind(words: readonly string[], i: number): Kind | undefined {
  const w = (words[i] ?? '').toLowerCase();
  if (DIRECTIVE_PASSWORD_WORDS.has(w)) return 'password';
  const joint = Math.max(w.lastIndexOf('_'), w.lastIndexOf('-'));
  if (joint > 0 && DIRECTIVE_PASSWORD_ENDS.includes(w.slice(joint + 1))) return 'password';
  if (DIRECTIVE_KEY_WORDS.has(w)) return 'key';
  // A server's or a tunnel's key: its owner earlier on the line ("radius-server host 10.1.1.5 key ...").
  if (w === 'key' && words.slice(0, i).some((x) => KEY_OWNER_WORDS.has(x.toLowerCase()))) return 'key';
  // A lone "key" then a type number inside a server's block (` key 7 0822455D0A16`).
  if (w === 'key' && i === 0 && (words[1] === '0' || words[1] === '7')) return 'key';
  // An SNMPv3 user's authentication and privacy passwords, after "snmp-server user" (or "snmp user").
  if (SNMP_USER_PASSWORD_WORDS.has(w) && i >= 2 && words.slice(0, i).some((x) => x.toLowerCase().includes('snmp')) && words.slice(0, i).some((x) => x.toLowerCase() === 'user'))
    return 'password';
  if (DIRECTIVE_COMMUNITY_WORDS.has(w) && (w !== 'community' || words.slice(0, i).some((x) => x.toLowerCase().includes('snmp'))))
    return 'community';
  return undefined;
}

/** The whitespace-separated tokens of text[from, to) with where each starts, at most MAX_TOKENS. */
function tokens(text: string, from: number, to: number): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let i = from;
  while (i < to && words.length < MAX_TOKENS) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
    if (i >= to) break;
    const s = i;
    while (i < to && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9 && text.charCodeAt(i) !== 13) i++;
    words.push(text.slice(s, i));
    starts.push(s);
  }
  return { words, starts };
}

/** The credential on the directive line [from, to), pushed to `out`. */
function scanLine(text: string, from: number, to: number, out: Hit[]): void {
  const { words, starts } = tokens(text, from, Math.min(to, from + LINE_WINDOW));
  const first = words[0] ?? '';
  if (!DIRECTIVE.test(first) || DIRECTIVE_COMMANDS.has(first)) return;
  for (let i = 0; i < words.length - 1 && i <= MAX_BEFORE; i++) {
    if (!CONFIG_WORD.test(words[i] ?? '')) return;
    const kind = credentialKind(words, i);
    if (kind === undefined) continue;
    let j = i + 1;
    while (j < words.length - 1 && j - i <= MAX_MODES && (DIRECTIVE_MODE_WORDS.has((words[j] ?? '').toLowerCase()) || TYPE_NUMBER.test(words[j] ?? ''))) j++;
    // The value ends the line, or what follows it is the directive's own (`community X RW 10`, `key X address A`), not a
    // sentence going on ("secret 90c1126c... is the Mongo id").
    const after = words.length - j - 1;
    if (after > MAX_AFTER || (after > 0 && !TRAILER.test(words[j + 1] ?? ''))) continue;
    let raw = words[j] ?? '';
    let start = starts[j] ?? 0;
    const q = raw.charAt(0);
    if ((q === '"' || q === "'") && raw.length > 2 && raw.endsWith(q)) {
      raw = raw.slice(1, -1);
      start++;
    }
    // A sentence's punctuation after a bare value; a password's own '!' stays.
    const value = raw.replace(TRAILING, '');
    // No value here ("password manager user-name admin plaintext ...", ArubaOS): a later directive on the line may hold it.
    if (!passwordLike(value) || NOT_A_PASSWORD.test(value)) continue;
    out.push({
      entity: kind === 'key' ? 'SECRET_KEY' : 'PASSWORD',
      dataClass: 'secret',
      start,
      end: start + value.length,
      score: 0.85,
      rule: 'secret.config-directive',
    });
    // A second credential on the line after this one (an SNMPv3 user's privacy password after its authentication one).
    i = j;
  }
}

/** Credentials given as `directive value` lines of device and network configuration (the file comment). */
export function scanCredentialDirectives(text: string, out: Hit[]): void {
  let done = -1;
  GATE.lastIndex = 0;
  for (let m = GATE.exec(text); m !== null; m = GATE.exec(text)) {
    if (m.index < done) continue;
    const nl = text.indexOf('\n', m.index);
    const to = nl === -1 ? text.length : nl;
    done = to;
    GATE.lastIndex = to;
    const from = text.lastIndexOf('\n', m.index) + 1;
    // Beyond the window a line is read no further (a directive is short).
    if (m.index - from > LINE_WINDOW) continue;
    scanLine(text, from, to, out);
  }
}
