// Secrets and a home IP that were missed before (code-credentials.ts, host-ips.ts, the Mailgun rule in secret-rules.ts,
// Authorization header arguments in config-secrets.ts, a '#' in a URL password in web.ts). Texts of our own; each
// "found" case was missed before, each "not found" case guards the rule's edge.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('passwords passed as plain arguments of a connection call', () => {
  it.each([
    ["$db = new PDO('pgsql:host=db.internal;dbname=shop', 'shop_rw', 'Tq7!vbN2sLx');", 'Tq7!vbN2sLx'],
    ['Connection c = DriverManager.getConnection("jdbc:mysql://db:3306/crm", "crm_app", "hW9#kd2PzQ");', 'hW9#kd2PzQ'],
    ["$link = mysqli_connect('127.0.0.1', 'wp_user', 'r8Fv2LmQx0');", 'r8Fv2LmQx0'],
  ])('%s', (text, password) => {
    expect(found(text)).toContain(`PASSWORD:${password}`);
  });

  it('a variable or a placeholder in the password position is not reported', () => {
    expect(found("$db = new PDO($dsn, $user, $password);")).toEqual([]);
    expect(found("$db = new PDO('mysql:host=db;dbname=x', 'app', 'changeme');")).toEqual([]);
  });
});

describe('Mailgun private API keys', () => {
  it('key- and 32 lower-case alphanumerics is a key', () => {
    expect(found('mg := mailgun.NewMailgun("mg.shop.de", "key-3f9a0c2e7b1d4a6c8e5f0b2d4c6a8e1f")')).toEqual(['MAILGUN_API_KEY:key-3f9a0c2e7b1d4a6c8e5f0b2d4c6a8e1f']);
  });

  it('a slug that starts with key- is not', () => {
    expect(found('see docs/key-management-for-the-platform-team.md')).toEqual([]);
  });
});

describe('HTTP Basic credentials as the two arguments of a header call', () => {
  it('is found like the header line', () => {
    // base64("svc_orders:Vq4#pLm82x")
    const b64 = btoa('svc_orders:Vq4#pLm82x');
    expect(found(`given().header("Authorization", "Basic ${b64}").when().get("/orders");`)).toEqual([`HTTP_BASIC_AUTH:${b64}`]);
  });
});

describe("a URL password holding '#'", () => {
  it('an unencoded # in the password still makes the URL a credential', () => {
    const url = 'postgres://billing:Wm3kT#77@pg.internal:5432/billing';
    expect(found(`DATABASE_URL: ${url}`)).toEqual([`PASSWORD_IN_URL:${url}`]);
  });

  it('a port followed by a fragment is no password', () => {
    expect(found('open http://intranet:8080#section@anchor for details')).toEqual([]);
  });
});

describe('a home IP on an allow-list', () => {
  it.each([
    'Please add 82.14.203.77/32 to the SSH allow-list for Tom Reyes, it is his home broadband.',
    'Añadir 88.12.140.201/32 a la lista blanca: es la fibra de casa de Marta Ruiz.',
  ])('%s', (text) => {
    expect(found(text).some((f) => f.startsWith('IP_ADDRESS:'))).toBe(true);
  });

  it('a /32 with no home word, a private address or a wider range stays infrastructure', () => {
    expect(found('allow 82.14.203.77/32 on port 443 for the payment gateway')).toEqual([]);
    expect(found('add 10.20.30.40/32 for her home office VPN')).toEqual([]);
    expect(found('add 82.14.203.0/24 for the home office block')).toEqual([]);
  });
});

describe('HTTP Basic credentials in the clear, given to a base64 call', () => {
  it.each([
    ['en', "Why does the token call fail? const auth = Buffer.from('shop-live-7731:Kq9vT2mXw8Lp4Rz6Nc1Ybd').toString('base64');", 'Kq9vT2mXw8Lp4Rz6Nc1Ybd'],
    ['de', 'Der Aufruf liefert 401:\nauth = base64.b64encode(b"lager_sync:Vw7!pQ2zRt9m").decode()', 'Vw7!pQ2zRt9m'],
    ['fr', "L'appel renvoie 401 :\n$h = 'Basic ' . base64_encode('factu_api:Zr4nM8q!Lx2w');", 'Zr4nM8q!Lx2w'],
    ['es', 'La petición falla:\nString h = Base64.getEncoder().encodeToString("pedidos:Hy6#tR3kWq9s".getBytes(StandardCharsets.UTF_8));', 'Hy6#tR3kWq9s'],
    ['nl', 'Dit geeft een 403:\nvar h = Convert.ToBase64String(Encoding.UTF8.GetBytes("voorraad:Pm5$wK8vZt2q"));', 'Pm5$wK8vZt2q'],
    ['it', 'La chiamata risponde 401:\nh := base64.StdEncoding.EncodeToString([]byte("magazzino:Tb3!xN7qLw5e"))', 'Tb3!xN7qLw5e'],
  ])('%s', (_lang, text, pass) => {
    expect(found(text)).toContain(`PASSWORD:${pass}`);
  });

  it('a btoa of a real pair in a browser snippet is found (fail-closed)', () => {
    expect(found("headers.set('Authorization', 'Basic ' + btoa('reports:Gq8#vL2mTx'));")).toContain('PASSWORD:Gq8#vL2mTx');
  });

  it('variables, templates, placeholders and text with no password shape are not reported', () => {
    expect(found('const auth = Buffer.from(`${clientId}:${clientSecret}`).toString("base64");')).toEqual([]);
    expect(found("const auth = Buffer.from('user:password').toString('base64');")).toEqual([]);
    expect(found("const auth = Buffer.from(clientId + ':' + secret).toString('base64');")).toEqual([]);
    expect(found("const b = Buffer.from('hello:world').toString('base64');")).toEqual([]);
    expect(found("const b = Buffer.alloc(16); const c = Foo.from('id:Kq9vT2mXw8');")).toEqual([]);
  });
});

describe('HTTP Basic credentials encoded in a shell', () => {
  it.each([
    ['en', 'Is this right?\nAUTH=$(echo -n "deploy-bot:Rw4#kP9mLq2z" | base64)', 'Rw4#kP9mLq2z'],
    ['de', "So baue ich den Header:\necho -n 'lager:Xt7!vB3nQw8p' | base64", 'Xt7!vB3nQw8p'],
    ['fr', "Je génère l'en-tête ainsi :\nprintf '%s' 'compta:Mz5%rT8wKq1v' | base64", 'Mz5%rT8wKq1v'],
    ['es', 'Así genero la cabecera:\necho -n facturas:Qw3!zX7mRt5k | base64 -w0', 'Qw3!zX7mRt5k'],
    ['nl', 'Zo maak ik de header:\necho -n "planning:Lk8#pV2sWq4n"|base64', 'Lk8#pV2sWq4n'],
    ['it', "Genero l'header così:\necho -n 'ordini:Fd6!hN9qZx3t' | base64", 'Fd6!hN9qZx3t'],
  ])('%s', (_lang, text, pass) => {
    expect(found(text)).toContain(`PASSWORD:${pass}`);
  });

  it('variables and placeholders are not reported', () => {
    expect(found('echo -n "$USER:$PASS" | base64')).toEqual([]);
    expect(found("echo -n 'user:password' | base64")).toEqual([]);
    expect(found("echo -n 'hello:world' | base64")).toEqual([]);
  });
});

describe('an auth object built from a name and its secret (set 36 s033, Tableau personal access tokens)', () => {
  const PAT = '9zKTmtUHDfY9QNl0gUsmo=:RYcN6M9M8GnlOF1GV97jL9juvTjgzbTV';
  const call = (name: string, secret: string): string => `tableau_auth = TSC.PersonalAccessTokenAuth(\n    "${name}",\n    "${secret}",\n    site_id="finance",\n)`;
  it.each([
    ['en', `tableau server client script fails with 401001 signin error:\n\n${call('etl-refresh', PAT)}\n\nPAT was created by me`],
    ['de', `Das Tableau-Server-Client-Skript scheitert mit 401001:\n\n${call('etl-refresh', PAT)}`],
    ['fr', `le script Tableau Server Client plante en 401001 :\n\n${call('refresh-etl', PAT)}`],
    ['es', `el script de Tableau Server Client falla con 401001:\n\n${call('refresco-etl', PAT)}`],
    ['nl', `het Tableau Server Client-script faalt met 401001:\n\n${call('etl-refresh', PAT)}`],
    ['it', `lo script Tableau Server Client fallisce con 401001:\n\n${call('refresh-etl', PAT)}`],
  ])('%s: the token secret after its name is found', (_lang, text) => {
    expect(found(text)).toContain(`API_KEY:${PAT}`);
  });

  it('a password after the user of requests HTTPBasicAuth is found too', () => {
    expect(found('requests.get(url, auth=HTTPBasicAuth("svc_reports", "Vr7!qLm2#pX9"))')).toContain('PASSWORD:Vr7!qLm2#pX9');
  });

  it('a placeholder, a variable, a word and the token name alone stay clean', () => {
    for (const text of [
      call('etl-refresh', '<your-token-secret>'),
      'auth = TSC.PersonalAccessTokenAuth("etl-refresh", os.environ["TABLEAU_PAT"], site_id="finance")',
      'auth = TSC.TableauAuth("jdoe", "password")',
      'auth = TSC.PersonalAccessTokenAuth(token_name="etl-refresh", personal_access_token=pat)',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('a generated letters-only password where a command line says password', () => {
  it('is found after lftp -u, curl -u, sshpass -p and --password in the six languages', () => {
    const PW = 'PvhKYVGLSTrRT';
    for (const text of [
      `The upload fails:\nlftp -u archi_dupuis,${PW} ftp.example.fr -e 'mirror -R ./DCE /depot'`,
      `Der Upload scheitert:\ncurl -u planer:${PW} ftp://ftp.example.de/plaene/`,
      `Le script échoue :\nlftp -u archi_dupuis,${PW} ftp.example.fr`,
      `El script falla:\nsshpass -p ${PW} ssh obra@10.0.0.5`,
      `Het script faalt:\nmysqldump --password ${PW} -h db.example.nl bouw`,
      `Lo script fallisce:\ncurl -u geometra:${PW} ftp://ftp.example.it/tavole/`,
    ]) {
      const f = detect(text).filter((x) => x.dataClass === 'secret').map((x) => text.slice(x.start, x.end));
      expect(f, text).toContain(PW);
    }
  });

  it('a word or a camelCase name there is no generated password', () => {
    for (const text of ['lftp -u archi,Password ftp.example.fr', 'curl -u admin:ChangeMe https://x.example.de', 'curl -u user:SuperSecret https://x.example.fr'])
      expect(detect(text).filter((x) => x.dataClass === 'secret'), text).toEqual([]);
  });
});

describe("a client's credential setter takes the password after the user", () => {
  it.each([
    ["paho-mqtt verbindt niet:\nclient.username_pw_set('extrusie-l2', 'xUPN72Pgc0oZ1*ag')\nclient.connect('10.30.1.5', 8883)", 'xUPN72Pgc0oZ1*ag'],
    ['MQTT-Broker lehnt ab (rc=5):\nmqttc.username_pw_set("halle3", "Wq8#ne2Lpz4T")', 'Wq8#ne2Lpz4T'],
    ['client.setCredentials("linea-2", "Tr9!vKm3Xp2q"); // pourquoi 401 ?', 'Tr9!vKm3Xp2q'],
  ])('%s', (text, password) => {
    expect(found(text)).toContain(`PASSWORD:${password}`);
  });

  it('variables and placeholders there are not reported', () => {
    expect(found('client.username_pw_set(username, password)')).toEqual([]);
    expect(found('client.username_pw_set("sensor", "password")')).toEqual([]);
  });
});
