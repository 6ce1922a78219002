import type { Hit } from './hit.js';
import { scanHashInputs } from './secret-hash-inputs.js';
import { secretName } from './secret-names.js';
import { credentialValue, keyAsUser, keyLike, looksPassword, looksSecret, machineMade, mixedCaseKey, randomLetters, UUID } from './secret-values.js';
import { PairScan } from './word-gate.js';
import { codeAt } from './word-index.js';

// A string literal or a variable, as a call argument.
const ARG = `(?:"[^"\\n]{0,256}"|'[^'\\n]{0,256}'|\\$?[A-Za-z_][A-Za-z0-9_.]{0,64})`;
const PASSWORD_LITERAL = `("|')([^"'\\n]{1,128})\\1`;
/**
 * Database connections that take the password as a positional argument, not under a key: PHP `new PDO($dsn, $user,
 * $password)` and `mysqli_connect($host, $user, $password)` / `new mysqli(...)`, Java JDBC
 * `DriverManager.getConnection(url, user, password)`. The password is the literal in the third (PDO, JDBC) or third
 * (mysqli: host, user, password) position.
 */
const CALLS = new RegExp(`(?:new\\s+PDO|DriverManager\\s*\\.\\s*getConnection|mysqli_connect|new\\s+mysqli)\\s*\\(\\s*${ARG}\\s*,\\s*${ARG}\\s*,\\s*${PASSWORD_LITERAL}`, 'y');
const HEADS = /new\s+PDO|getConnection|mysqli/g;

/** Passwords passed as plain arguments of a database connection call (CALLS). Tried only where a call's name occurs. */
export function scanCodeCredentials(text: string, out: Hit[]): void {
  scanMoreCodeCredentials(text, out);
  scanHashInputs(text, out);
  // One search for the three call names (no separate includes() passes over the text).
  HEADS.lastIndex = 0;
  for (let h = HEADS.exec(text); h !== null; h = HEADS.exec(text)) {
    // The sticky call pattern starts at the call's name: "DriverManager." may sit a few characters before "getConnection".
    const from = h[0] === 'getConnection' ? text.lastIndexOf('DriverManager', h.index) : h.index;
    if (from === -1 || h.index - from > 20) continue;
    CALLS.lastIndex = from;
    const m = CALLS.exec(text);
    const value = m?.[2];
    if (m === null || value === undefined || !looksSecret(value, true)) continue;
    const end = m.index + m[0].length - 1;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: end - value.length, end, score: 0.85, rule: 'secret.code-password-argument' });
    HEADS.lastIndex = Math.max(HEADS.lastIndex, m.index + m[0].length);
  }
}

// ---------------------------------------------------------------- calls that take a user and a password, or a key

/**
 * A login call (`smtplib` `s.login('user@pec.example.it', '...')`, `ftp.login(...)`, `auth('user', '...')`) takes the
 * password after the user; an SDK client factory (`algoliasearch(appId, adminKey)`, Mailjet `apiConnect(key, secret)`,
 * `new Client(id, secret)`) takes its secret after an id. Only literals after the first argument are read: the first
 * is the user, the application id or a public key. A login's needs a password's shape, a factory's a machine-made
 * token (so a name or a region there is no secret).
 */
// A client's credential setter takes the same pair (paho-mqtt `client.username_pw_set(user, password)`, MQTT.js and
// HTTP clients' `setCredentials(user, pass)`, OkHttp/Vert.x `setBasicAuth`/`basicAuthentication(user, pass)`).
const LOGIN_CALLS = new Set(['login', 'log_in', 'signin', 'sign_in', 'authenticate', 'auth', 'basic_auth', 'username_pw_set', 'setcredentials', 'set_credentials', 'setbasicauth', 'set_basic_auth', 'basicauthentication']);
// A call that opens a session or gets a token from a user and a password (LimeSurvey RemoteControl's
// `get_session_key(user, password)`, `createSession(user, pass)`, `request_token(user, pass)`): read as a login.
const SESSION_CALL = /^(?:get|create|open|request|obtain|start|new)_?(?:session|token|access_?token|auth_?token)(?:_?key)?$/i;
// An auth object built from a name and its secret, read as a login (Tableau `TSC.PersonalAccessTokenAuth(name, secret,
// site_id=...)`, `TSC.TableauAuth(user, password)`, requests `HTTPBasicAuth(user, password)` / `HTTPDigestAuth`).
// So is a credential object (.NET `new NetworkCredential(user, password)`, Java `new PasswordAuthentication(user,
// password)`, Apache HttpClient `UsernamePasswordCredentials(user, password)`, `BasicCredentials`).
const AUTH_CLASS = /^[A-Z][A-Za-z0-9]{0,40}(?:Auth|Credentials?|PasswordAuthentication)$/;
const TOKEN_AUTH = /(?:Token|Key)Auth$/;
// Python requests' and httpx's `auth=('user', 'password')` keyword (a Basic credential as a tuple), read as a login.
const AUTH_TUPLE_BEFORE = /\bauth\s{0,2}=\s{0,2}$/;
const CLIENT_CALLS = /^(?:apiConnect|algoliasearch|[A-Za-z]{0,32}Client(?:V\d{1,2}|Sync|Async)?)$/;
const CLIENT_MAKER = /^(?:create|make|new|init|build)[A-Z]/;
/**
 * Python DB-API drivers whose `connect` takes the password positionally: cx_Oracle's and python-oracledb's
 * `connect(user, password, dsn)`, pymssql's, PyMySQL's and MySQLdb's `connect(host, user, password, ...)`. The
 * module, lower case, and the password's place.
 */
const DB_CONNECT_PASSWORD = new Map([
  ['cx_oracle', 1],
  ['oracledb', 1],
  ['pymssql', 2],
  ['pymysql', 2],
  ['mysqldb', 2],
]);
/**
 * An SDK's client taken with its key as the FIRST argument (`cohere.ClientV2("...")`, `new postmark.ServerClient("<uuid>")`,
 * `dropbox.Dropbox('...')`, `ld.MakeClient("sdk-<uuid>", timeout)`): a client class or factory (CLIENT_CALLS), or a
 * class named as its module (`stripe.Stripe`, `dropbox.Dropbox`), the SDKs' own convention. Its literal must be
 * machine-made (a client's may be a UUID, bare or after a short kind prefix).
 */
const SDK_CLASS = /^[A-Z][A-Za-z0-9]{0,40}$/;
/**
 * A static factory on an SDK's context or client class (`ApiContext.create(env, '<key>', 'app')`, `PayClient.init(...)`,
 * `Sdk.configure(...)`): read like a client factory, its key after the first argument (an environment or an id).
 */
const FACTORY_CALLS = /^(?:create|init|initialize|setup|configure|connect|build|of)$/;
const FACTORY_CLASS = /^[A-Z][A-Za-z0-9]{0,40}(?:Context|Client|Api|API|Sdk|SDK|Session|Config|Configuration|Connection)$/;
const CALL_ARG = /\s{0,8}(?:"([^"\n]{0,256})"|'([^'\n]{0,256})'|[$A-Za-z_][A-Za-z0-9_.$]{0,64}|\d{1,10})\s{0,8}([,)])/y;

const isNameChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The called function's own name (after any '.'), read back from an opening parenthesis; '' when there is none. */
function calleeBefore(text: string, paren: number): string {
  let e = paren;
  while (e > 0 && paren - e < 4 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  let s = e;
  while (s > 0 && e - s < 40 && isNameChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e);
}

// A short kind prefix and a UUID or a long hex body: SDK and server keys of several vendors (`sdk-<uuid>`, `mob-<uuid>`,
// `srv_<hex>`); the prefix says which kind of key, the body is the secret.
const PREFIXED_ID = /^[A-Za-z]{2,8}[-_](?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24,64})$/i;

/** The module a called name is read from (`cohere` in `cohere.ClientV2(`); '' when no '.' precedes the name. */
function moduleBefore(text: string, paren: number, name: string): string {
  let e = paren;
  while (e > 0 && paren - e < 4 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const end = e - name.length - 1;
  if (end < 1 || text.charCodeAt(end) !== 46) return '';
  let s = end;
  while (s > 0 && end - s < 40 && isNameChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, end);
}

/**
 * HTTP Basic credentials written out before they are encoded: a base64 call on the literal 'user:password' (or an API's
 * 'client_id:client_secret'), the header's value in the clear. Node `Buffer.from('...')`, `btoa('...')`, Python
 * `base64.b64encode(b'...')`, PHP `base64_encode('...')`, Ruby `Base64.strict_encode64('...')`, Java
 * `Base64.getEncoder().encodeToString("...".getBytes())`, C# `Convert.ToBase64String(Encoding.UTF8.GetBytes("..."))`,
 * Go `base64.StdEncoding.EncodeToString([]byte("..."))`. The part after the first ':' needs a password's shape.
 */
const ENCODE_CALLS = new Set(['btoa', 'b64encode', 'urlsafe_b64encode', 'standard_b64encode', 'base64_encode', 'encode64', 'strict_encode64', 'urlsafe_encode64', 'encodeToString', 'EncodeToString', 'ToBase64String', 'encodeBase64', 'encodeBase64String']);
// The literal right after the call's '(' (maybe inside []byte( or Encoding.X.GetBytes(, or a Python b''), bounded: sticky, linear.
const ENCODED_PAIR = /\s{0,8}(?:\[\]byte\(|(?:[A-Za-z][A-Za-z0-9]{0,19}\.){0,3}GetBytes\(|b(?=["'])|)(["'`])([^"'`\s:]{1,128}):([^"'`\s]{1,256})\1/y;

/** A base64 call's 'user:password' literal at the '(' at `p` (callee `name`), as a password hit. */
function encodedPair(text: string, p: number, name: string, out: Hit[]): void {
  if (!(ENCODE_CALLS.has(name) || (name === 'from' && moduleBefore(text, p, name) === 'Buffer'))) return;
  ENCODED_PAIR.lastIndex = p + 1;
  const m = ENCODED_PAIR.exec(text);
  const pass = m?.[3];
  if (m === null || pass === undefined || pass.includes('${') || !looksPassword(pass)) return;
  const start = m.index + m[0].length - 1 - pass.length;
  out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + pass.length, score: 0.85, rule: 'secret.basic-auth-pair' });
}

/**
 * A signing call given its key as a literal: the key argument's place in the documented signature. Redsys's PHP API
 * `createMerchantSignature($key)` / `createMerchantSignatureNotif($key, $data)` (the shop's base64 SHA-256 key), PHP
 * `hash_hmac($algo, $data, $key)`, Node `crypto.createHmac(algo, key)`, Python `hmac.new(key, msg, digestmod)`. The
 * literal must be machine-made with both cases (a hex digest or a word is no such key; the data argument is not read).
 */
const SIGNING_KEY_ARGUMENT = new Map([
  ['createMerchantSignature', 0],
  ['createMerchantSignatureNotif', 0],
  ['hash_hmac', 2],
  ['createHmac', 1],
]);

function signingKey(text: string, p: number, name: string, out: Hit[]): void {
  const place = SIGNING_KEY_ARGUMENT.get(name) ?? (name === 'new' && moduleBefore(text, p, name) === 'hmac' ? 0 : undefined);
  if (place === undefined) return;
  // Python's bytes literal (`b'...'`) before the key.
  const a = callArgument(text, p, place, true);
  if (a === undefined) return;
  const value = a[1] ?? a[2];
  if (value !== undefined && mixedCaseKey(value)) {
    const start = text.indexOf(value, a.index);
    out.push({ entity: 'API_KEY', dataClass: 'secret', start, end: start + value.length, score: 0.85, rule: 'secret.signing-call-key' });
  } else if (value === undefined) {
    const span = assignedLiteral(text, a[0].replace(/[\s,)]+$/, '').trim(), p);
    if (span !== undefined) out.push({ entity: 'API_KEY', dataClass: 'secret', start: span[0], end: span[1], score: 0.85, rule: 'secret.signing-call-key' });
  }
}

/**
 * The argument in place `place` (from 0) of the call whose '(' is at `p`, read one CALL_ARG at a time; undefined when the
 * call closes before it. `bytesPrefix` steps over a Python bytes literal's `b` before the wanted argument.
 */
function callArgument(text: string, p: number, place: number, bytesPrefix = false): RegExpExecArray | undefined {
  let at = p + 1;
  for (let n = 0; n <= place; n++) {
    if (bytesPrefix && n === place && text.charAt(skipBlanks(text, at)) === 'b') at = skipBlanks(text, at) + 1;
    CALL_ARG.lastIndex = at;
    const a = CALL_ARG.exec(text);
    if (a === null) return undefined;
    if (n === place) return a;
    if (a[3] === ')') return undefined;
    at = a.index + a[0].length;
  }
  return undefined;
}

// How far back a signing call's key variable is looked for (a snippet's few lines: bounded, so linear).
const ASSIGNED_REACH = 2000;

/**
 * The key a signing call is given as a variable, assigned a literal a few lines before (`$kc = '...';` then
 * `createMerchantSignature($kc)`; `key = b'...'` then `hmac.new(key, ...)`): the literal's span when it is machine-made
 * with both cases, as the literal in the call would have to be.
 */
function assignedLiteral(text: string, name: string, before: number): [number, number] | undefined {
  if (!/^\$?[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(name)) return undefined;
  // A variable named a key or a secret (`KEY`, `$secret`, `hmac_key`) and used as one: its hex literal is that key,
  // not a digest (a digest is what the call returns, not what it is keyed with).
  const keyNamed = secretName(name.replace(/^\$/, '')) !== null;
  const from = Math.max(0, before - ASSIGNED_REACH);
  const esc = name.replace(/\$/g, '\\$');
  const re = new RegExp(`(?<![\\w$])${esc}\\s{0,8}=\\s{0,8}b?(["'])([A-Za-z0-9+/=_.-]{16,200})\\1`, 'g');
  let found: [number, number] | undefined;
  const window = text.slice(from, before);
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const v = m[2] as string;
    const start = from + m.index + m[0].length - 1 - v.length;
    found = mixedCaseKey(v) || (keyNamed && machineMade(v)) ? [start, start + v.length] : undefined;
  }
  return found;
}

const skipBlanks = (text: string, from: number): number => {
  let i = from;
  while (i < text.length && i - from < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
};

/** The password literal in its place in a DB-API driver's `connect(...)` at the '(' at `p` (DB_CONNECT_PASSWORD). */
function dbConnectPassword(text: string, p: number, out: Hit[]): void {
  const place = DB_CONNECT_PASSWORD.get(moduleBefore(text, p, 'connect').toLowerCase());
  if (place === undefined) return;
  const a = callArgument(text, p, place);
  const value = a === undefined ? undefined : (a[1] ?? a[2]);
  if (a !== undefined && value !== undefined && looksPassword(value)) {
    const start = text.indexOf(value, a.index);
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + value.length, score: 0.85, rule: 'secret.code-password-argument' });
  }
}

function scanCallArguments(text: string, out: Hit[]): void {
  // Each '(' (native search; prose holds few), its callee read back: only login, client and base64 calls read on.
  for (let p = text.indexOf('('); p !== -1; p = text.indexOf('(', p + 1)) {
    const name = calleeBefore(text, p);
    // Python's `hmac.new(key, ...)` has a three-letter callee: read before the length test below.
    signingKey(text, p, name, out);
    const authTuple = name === '' && AUTH_TUPLE_BEFORE.test(text.slice(Math.max(0, p - 12), p));
    if (name.length < 4 && !authTuple) continue;
    encodedPair(text, p, name, out);
    if (name === 'connect') dbConnectPassword(text, p, out);
    const login = authTuple || LOGIN_CALLS.has(name.toLowerCase()) || AUTH_CLASS.test(name) || SESSION_CALL.test(name);
    const client =
      !login && (CLIENT_CALLS.test(name) || (FACTORY_CALLS.test(name) && FACTORY_CLASS.test(moduleBefore(text, p, name))));
    const sdk = !login && SDK_CLASS.test(name) && (client || moduleBefore(text, p, name).toLowerCase() === name.toLowerCase());
    // A client factory function (Deepgram's `createClient('<key>')`, `makeClient(...)`) takes its key first as a client
    // class does: a machine-made first literal (a URL, a name or a UUID, which a lookup `getClient(id)` takes, is none).
    const maker = client && CLIENT_MAKER.test(name);
    if (!login && !client && !sdk) continue;
    let at = p + 1;
    for (let n = 0; n < 4; n++) {
      CALL_ARG.lastIndex = at;
      const a = CALL_ARG.exec(text);
      if (a === null) break;
      at = a.index + a[0].length;
      const value = a[1] ?? a[2];
      const first =
        n === 0 &&
        value !== undefined &&
        ((sdk && (machineMade(value) || (client && (UUID.test(value) || PREFIXED_ID.test(value))))) || (maker && machineMade(value)));
      if (first || (n > 0 && value !== undefined && (login ? looksPassword(value) : keyLike(value)))) {
        const start = text.indexOf(value, a.index);
        // A tuple `auth=(key, secret)` of an API (Mailjet's, a PSP's) holds a key where a machine made it.
        const entity = login && !TOKEN_AUTH.test(name) && !(authTuple && keyLike(value)) ? 'PASSWORD' : 'API_KEY';
        out.push({ entity, dataClass: 'secret', start, end: start + value.length, score: 0.85, rule: authTuple ? 'secret.auth-tuple' : login ? 'secret.login-call-password' : 'secret.client-call-key' });
      }
      if (a[3] === ')') break;
    }
  }
}

// ---------------------------------------------------------------- command lines

/**
 * Passwords and tokens given on a command line: `sshpass -p '...'`, `mysql -p'...'` (glued: `-p x` asks and names a
 * database), `redis-cli -a ...`, `lftp -u user,pass`, `curl -u user:pass` (and `-u key:` with an empty password: the
 * key is the credential), `smbclient -U user%pass`, and long options with a space (`--password ...`, `--token ...`,
 * `--api-key ...`, mosquitto's `--pw ...`; with '=' config-secrets.ts reads them), an MQTT client's `-P ...`. Tried at each " -" or "\t-" only, with the commands of its line
 * read once per line, so linear.
 */
const FLAG = /[ \t](-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|passin|passout)(?=[ \t])|-p|-P|-a|-u|-U|--user|--[A-Za-z][A-Za-z0-9_-]{0,39})(?:[ \t]{1,4}|(?=[^\s=-]))(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"'`;|&)]{1,256}))/y;
// The long options read first (mosquitto's `--pw`), with the value tests they have always had; FLAG reads any long option.
const LISTED_OPTION = /^--(?:[a-z]+-){0,2}(?:password|passwd|pass|pw|token|secret|api-?key|access-?key|secret-?key)$/;
const COMMAND = /\b(sshpass|mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|redis-cli|lftp|curl|wget|smbclient|http|docker|podman|nerdctl|helm|oc|az|mongo|mongosh|mongodump|mongorestore|sqlcmd|keytool|jarsigner|openssl|login|mosquitto_pub|mosquitto_sub|mosquitto_rr|mqttx)\b/g;
// MQTT clients whose -P is the broker password (mosquitto_pub(1), mosquitto_sub(1), mosquitto_rr(1); MQTTX CLI).
const MQTT_CLIS = ['mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr', 'mqttx'];
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
// Registry and cloud CLIs whose `login` takes the password after -p (`docker login -u ci -p ...`, `az login -p ...`).
const LOGIN_CLIS = ['docker', 'podman', 'nerdctl', 'helm', 'oc', 'az'];

/** The commands named on each line, read once per line (its first 4 KB) and only for lines that hold a flag. */
class LineCommands {
  private start = -1;
  private end = -1;
  private found = new Set<string>();
  constructor(private readonly text: string) {}
  at(i: number): Set<string> {
    if (i >= this.start && i < this.end) return this.found;
    this.start = this.text.lastIndexOf('\n', i) + 1;
    const nl = this.text.indexOf('\n', i);
    this.end = nl === -1 ? this.text.length : nl;
    this.found = new Set<string>();
    const line = this.text.slice(this.start, Math.min(this.end, this.start + 4096));
    COMMAND.lastIndex = 0;
    for (let m = COMMAND.exec(line); m !== null; m = COMMAND.exec(line)) this.found.add(m[1] ?? '');
    return this.found;
  }
}

// Where a command line's syntax says password (`lftp -u user,pass`, `sshpass -p ...`), a generated one of letters
// only ("PvhKYVGLSTrRT": short case-runs, no word) is one too, as in a credentials file (secret-values.ts randomLetters).
const commandPassword = (v: string): boolean => looksPassword(v) || randomLetters(v);

function scanCommandLines(text: string, out: Hit[]): void {
  const commands = new LineCommands(text);
  // Each '-' (a rarer character than the space before it, so a quicker native search) after a space or a tab.
  for (let d = text.indexOf('-', 1); d !== -1; d = text.indexOf('-', d + 1)) {
    const i = d - 1;
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    FLAG.lastIndex = i;
    const m = FLAG.exec(text);
    if (m === null) continue;
    const flag = m[1] ?? '';
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const after = codeAt(text, i + 1 + flag.length);
    const glued = after !== 32 && after !== 9;
    const start = m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    const push = (from: number, len: number, entity: string, rule: string): void => {
      out.push({ entity, dataClass: 'secret', start: from, end: from + len, score: 0.85, rule });
    };
    if (flag.startsWith('--') && flag !== '--user') {
      if (glued) continue;
      if (LISTED_OPTION.test(flag)) {
        const pw = /pass|-pw$/.test(flag);
        if (pw ? commandPassword(value) : looksSecret(value, false) && keyLike(value)) {
          push(start, value.length, pw ? 'PASSWORD' : 'API_KEY', 'secret.command-line-option');
          continue;
        }
      }
      // Any option whose name says secret, in any of the six languages (`--password-db`, `--contrasena`,
      // `--clave-api`, `--webhook-secret`): its value as the same name's in an assignment.
      const tier = secretName(flag.slice(2));
      if (tier === 'password' ? commandPassword(value) : tier === 'named' && credentialValue(value, 'named'))
        push(start, value.length, tier === 'password' ? 'PASSWORD' : 'API_KEY', 'secret.command-line-option');
      continue;
    }
    const cmd = commands.at(i);
    if (flag === '-p' || flag === '-a' || flag === '-P') {
      const loginCli = cmd.has('login') && LOGIN_CLIS.some((c) => cmd.has(c));
      const mongo = [...cmd].some((c) => c.startsWith('mongo'));
      const ok =
        flag === '-p'
          ? cmd.has('sshpass') || (glued && [...cmd].some((c) => c.startsWith('mysql') || c.startsWith('mariadb'))) || (!glued && (loginCli || mongo))
          : flag === '-P'
            ? cmd.has('sqlcmd') || MQTT_CLIS.some((c) => cmd.has(c))
            : cmd.has('redis-cli');
      // A broker password may hold an '@' (looksPassword leaves those as addresses): only an e-mail address is none.
      const mqtt = flag === '-P' && MQTT_CLIS.some((c) => cmd.has(c));
      // So may one quoted right after mysql's -p ("-p'Tr1bun@l!2024x'"): the quotes close the value, no address is read.
      const quotedGlued = flag === '-p' && glued && m[4] === undefined;
      const password = mqtt || quotedGlued ? looksSecret(value, true) && !EMAIL.test(value) : commandPassword(value);
      if (ok && password) push(start, value.length, 'PASSWORD', 'secret.command-line-password');
      continue;
    }
    // keytool's and jarsigner's store and key passwords; openssl's `-passin pass:...` (other sources: env:, file:).
    if (flag.startsWith('-pass') || flag.endsWith('pass')) {
      const own = flag.startsWith('-pass') ? cmd.has('openssl') && value.startsWith('pass:') : cmd.has('keytool') || cmd.has('jarsigner');
      const pw = flag.startsWith('-pass') ? value.slice(5) : value;
      if (own && commandPassword(pw)) push(start + value.length - pw.length, pw.length, 'PASSWORD', 'secret.command-line-password');
      continue;
    }
    if (glued) continue;
    // -u / --user / -U: user and password in one argument; the shell joins a bare part and a quoted one into one word
    // (`-u editor:'...'`), the password then quoted after the separator.
    const sep = flag === '-U' ? value.indexOf('%') : cmd.has('lftp') ? value.indexOf(',') : value.indexOf(':');
    if (sep === -1) continue;
    const user = value.slice(0, sep);
    const quoted = sep === value.length - 1 && m[4] !== undefined ? quotedAfter(text, start + value.length) : undefined;
    if (quoted !== undefined) {
      if (commandPassword(quoted[1])) push(quoted[0], quoted[1].length, 'PASSWORD', 'secret.command-line-password');
      continue;
    }
    const pass = value.slice(sep + 1);
    // An API key as the user with an empty or a throwaway password (`-u KEY:`, Freshdesk's `-u KEY:X`, Toggl's
    // `-u TOKEN:api_token`): the key is the credential.
    if (cmd.has('curl') && keyAsUser(user, pass))
      push(start, user.length, 'API_KEY', 'secret.command-line-key');
    else if (pass !== '' && commandPassword(pass)) push(start + sep + 1, pass.length, 'PASSWORD', 'secret.command-line-password');
  }
}

/** A quoted string right at `i` on its line (at most 256 characters inside): where its inside starts, and the inside. */
function quotedAfter(text: string, i: number): [number, string] | undefined {
  const q = text.charAt(i);
  if (q !== "'" && q !== '"') return undefined;
  // Searched inside a bounded stretch: a search over the rest of the text at each flag would be quadratic.
  const close = text.slice(i + 1, i + 258).indexOf(q);
  if (close === -1) return undefined;
  const inside = text.slice(i + 1, i + 1 + close);
  return inside === '' || inside.includes('\n') ? undefined : [i + 1, inside];
}

// ---------------------------------------------------------------- admin commands that take a password in their syntax

/**
 * Statements and commands whose syntax puts the password in a place of its own, with no flag named for it: SQL `CREATE
 * USER ... IDENTIFIED BY '...'`, Apache `htpasswd -b file user password` (`-nb user password`), `rabbitmqctl add_user
 * user password`, Windows `net user name password`, PowerShell `ConvertTo-SecureString "..." -AsPlainText`, a password
 * piped into `sudo -S` or `chpasswd` (`user:password`), an archive's `zip -P ...` / `7z -p...`. Each found from its
 * command's name (one search), then read by a bounded sticky pattern: linear.
 */
const ADMIN_HEAD = /identified[ \t]+by|htpasswd|rabbitmqctl|net[ \t]+user|convertto-securestring|echo|\b(?:zip|unzip|7za?|7zr|rar|unrar)\b/gi;
// Speed: tried only where a command's name can open (word-gate.ts PairScan); the openings are the alternatives' literal starts.
const ADMIN_HEAD_SCAN = new PairScan(['identified', 'htpasswd', 'rabbitmqctl', 'net', 'convertto-securestring', 'echo', 'zip', 'unzip', '7z', 'rar', 'unrar'], ADMIN_HEAD);
const VALUE = `(?:'([^'\\n]{1,128})'|"([^"\\n]{1,128})"|([^\\s'";|&]{1,128}))`;
const ADMIN_COMMANDS: readonly RegExp[] = [
  new RegExp(`identified[ \\t]+by[ \\t]+(?!values\\b)${VALUE}`, 'iyd'),
  new RegExp(`rabbitmqctl[ \\t]+(?:add_user|change_password)[ \\t]+\\S{1,64}[ \\t]+${VALUE}`, 'iyd'),
  new RegExp(`net[ \\t]+user[ \\t]+(?:"[^"\\n]{1,64}"|[^\\s/*"]\\S{0,63})[ \\t]+(?![/*])${VALUE}`, 'iyd'),
  new RegExp(`convertto-securestring[ \\t]+(?:-string[ \\t]+)?(?:'([^'\\n]{1,128})'|"([^"\\n]{1,128})")(?=[^\\n]{0,40}-asplaintext)`, 'iyd'),
  new RegExp(`echo[ \\t]+(?:-[ne][ \\t]+)?${VALUE}[ \\t]*\\|[ \\t]*(?:sudo(?:[ \\t]+-[A-Za-z]+)*[ \\t]+-S\\b|(chpasswd)|passwd[ \\t]+--stdin)`, 'iyd'),
  new RegExp(`(?:zip|unzip|7za?|7zr|rar|unrar)\\b[^\\n|;&]{0,120}?[ \\t]-(?:P[ \\t]+|p)${VALUE}`, 'yd'),
];
// htpasswd's flags, then its file (none with -n), user and password.
const HTPASSWD = /htpasswd((?:[ \t]+-[A-Za-z]{1,6})*)[ \t]+(\S{1,256})[ \t]+(\S{1,128})(?:[ \t]+(\S{1,128}))?/iyd;

/** The span of the first group that took part in the match among `groups`. */
function groupSpan(m: RegExpExecArray, groups: readonly number[]): [number, number] | undefined {
  for (const g of groups) {
    const span = m.indices?.[g];
    if (span !== undefined) return span;
  }
  return undefined;
}

function scanAdminCommands(text: string, out: Hit[]): void {
  for (let h = ADMIN_HEAD_SCAN.next(text, 0); h !== null; h = ADMIN_HEAD_SCAN.next(text, h.index + h[0].length)) {
    const at = h.index;
    if (isNameChar(text.charCodeAt(at - 1))) continue;
    let span: [number, number] | undefined;
    let chpasswd = false;
    if ((h[0][0] ?? '').toLowerCase() === 'h') {
      HTPASSWD.lastIndex = at;
      const m = HTPASSWD.exec(text);
      const flags = m?.[1] ?? '';
      if (m === null || !flags.includes('b')) continue;
      // `-n` prints the entry: no file before the user and the password.
      span = groupSpan(m, [flags.includes('n') ? 3 : 4]);
    } else {
      for (const re of ADMIN_COMMANDS) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (m === null) continue;
        span = groupSpan(m, [1, 2, 3]);
        chpasswd = m[4] !== undefined;
        break;
      }
    }
    if (span === undefined) continue;
    const end = span[1];
    let start = span[0];
    // chpasswd reads `user:password`.
    if (chpasswd) {
      const colon = text.slice(start, end).indexOf(':');
      if (colon !== -1) start += colon + 1;
    }
    if (start >= end || !commandPassword(text.slice(start, end))) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end, score: 0.85, rule: 'secret.command-password-place' });
  }
}

// ---------------------------------------------------------------- Windows net use

// Windows' `net use Z: \\server\share /user:DOMAIN\user <password>` (or the password before `/user:`): the word after the
// share or after the user that is no switch (`/persistent:yes`) and no '*' (which asks for it) is the password.
const NET_USE = /\bnet[ \t]+use\b[^\n\\]{0,40}\\\\[^\s]{1,120}((?:[ \t]+(?:\/[^\s]{1,80}|[A-Za-z]:))*)[ \t]+(?!\/)([^\s"*]{4,128}|"[^"\n]{1,128}")/giy;

const NET_USE_HEAD = /\bnet[ \t]+use\b/gi;

function scanNetUse(text: string, out: Hit[]): void {
  NET_USE_HEAD.lastIndex = 0;
  for (let h = NET_USE_HEAD.exec(text); h !== null; h = NET_USE_HEAD.exec(text)) {
    NET_USE.lastIndex = h.index;
    const m = NET_USE.exec(text);
    const raw = m?.[2];
    if (m === null || raw === undefined) continue;
    const value = raw.replace(/^"|"$/g, '');
    if (!commandPassword(value)) continue;
    const start = m.index + m[0].length - raw.length + (raw.startsWith('"') ? 1 : 0);
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + value.length, score: 0.85, rule: 'secret.command-line-password' });
  }
}

// ---------------------------------------------------------------- Postfix sasl_passwd

// A Postfix `sasl_passwd` line with a bracketed relay host: `[relay.host]:587 user@domain:password` (Postfix SASL_README, "Enabling SASL
// authentication in the Postfix SMTP client"). Read only in a text that names sasl_passwd.
const SASL_LINE = /^[ \t]*\[[A-Za-z0-9.-]{1,253}\](?::\d{1,5})?[ \t]+[^\s:]{1,128}:(\S{1,128})[ \t]*$/gm;

function scanSaslPasswd(text: string, out: Hit[]): void {
  // ']:' first (the bracketed relay host and its port): a search led by a rare character is the quickest.
  if (!text.includes(']:') || !text.includes('sasl_passwd')) return;
  SASL_LINE.lastIndex = 0;
  for (let m = SASL_LINE.exec(text); m !== null; m = SASL_LINE.exec(text)) {
    const pass = m[1] ?? '';
    if (!looksSecret(pass, true)) continue;
    const start = m.index + m[0].trimEnd().length - pass.length;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + pass.length, score: 0.85, rule: 'secret.sasl-passwd' });
  }
}

// ---------------------------------------------------------------- a Basic credential encoded in a shell

// The shell's way to make a Basic header: `echo -n 'user:password' | base64` (or printf '%s'). Bounded, led by the
// command's name, and run only on texts that name base64.
const ECHO_BASE64 = /\b(?:echo|printf)[ \t]{1,4}(?:-[neE]{1,3}[ \t]{1,4})?(?:(["'])%s\1[ \t]{1,4})?(["']?)([^\s"'`:|]{1,128}):([^\s"'`|]{1,256})\2[ \t]{0,4}\|[ \t]{0,4}base64\b/g;

function scanEchoBase64(text: string, out: Hit[]): void {
  if (!text.includes('base64')) return;
  ECHO_BASE64.lastIndex = 0;
  for (let m = ECHO_BASE64.exec(text); m !== null; m = ECHO_BASE64.exec(text)) {
    const pass = m[4] ?? '';
    if (pass.includes('$') || !looksPassword(pass)) continue;
    const start = m.index + m[0].lastIndexOf(`:${pass}`) + 1;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + pass.length, score: 0.85, rule: 'secret.basic-auth-pair' });
  }
}

/**
 * libcurl's user and password option given a literal 'user:password' (or an API's 'id:token'): PHP
 * `curl_setopt($ch, CURLOPT_USERPWD, '...')` and `CURLOPT_USERPWD => '...'`, pycurl `c.setopt(pycurl.USERPWD, '...')`,
 * `curl_easy_setopt(h, CURLOPT_USERPWD, "...")`. The part after the first ':' is the password or token when it is
 * shaped as one (a password's shape or a generated key). Found from each "USERPWD" (a native search; code holds few).
 */
const USERPWD_VALUE = /\s{0,8}(?:,|=>)\s{0,8}(["'])([^"'\s:]{0,128}):([^"'\s]{1,256})\1/y;

function scanUserPwdOptions(text: string, out: Hit[]): void {
  for (let i = text.indexOf('USERPWD'); i !== -1; i = text.indexOf('USERPWD', i + 7)) {
    USERPWD_VALUE.lastIndex = i + 7;
    const m = USERPWD_VALUE.exec(text);
    const pass = m?.[3];
    if (m === null || pass === undefined || pass.includes('$') || !(looksPassword(pass) || keyLike(pass))) continue;
    const start = m.index + m[0].length - 1 - pass.length;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + pass.length, score: 0.85, rule: 'secret.basic-auth-pair' });
  }
}

/** Login, client and base64 calls, command lines, shell-encoded Basic credentials and sasl_passwd lines (the scans above). */
export function scanMoreCodeCredentials(text: string, out: Hit[]): void {
  scanCallArguments(text, out);
  scanUserPwdOptions(text, out);
  scanCommandLines(text, out);
  scanNetUse(text, out);
  scanAdminCommands(text, out);
  scanEchoBase64(text, out);
  scanSaslPasswd(text, out);
}
