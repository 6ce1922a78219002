// A synthetic matrix of how secrets appear in the chat requests developers and office staff send: every common
// configuration and code format crossed with key names in the six languages and value shapes, connection strings,
// URLs, headers, logs, prose, vendor keys, JWTs and private keys; and the clean counter-cases (placeholders,
// references, documented examples, digests, ids, public keys, policy text). Our own values throughout; the documented
// example keys are the vendors' (AWS, Stripe). Read by secret-matrix.test.ts.

export interface SecretCase {
  text: string;
  /** The secret (a substring of text) the detector should find, or the part of it a finding must overlap. */
  secret: string;
}

const b64 = (s: string): string => btoa(s);
const b64url = (s: string): string => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

// ---------------------------------------------------------------- chat wrappers, one per language

const LEADS: readonly (readonly [string, string])[] = [
  ['Why does this fail to connect? Here is my config:', 'Any idea what is wrong?'],
  ['Warum klappt das nicht? Hier meine Konfiguration:', 'Hat jemand eine Idee?'],
  ['Pourquoi ça ne marche pas ? Voici ma config :', 'Une idée ?'],
  ['¿Por qué no conecta? Esta es mi configuración:', '¿Alguna idea?'],
  ['Waarom werkt dit niet? Dit is mijn configuratie:', 'Iemand een idee?'],
  ['Perché non si collega? Ecco la mia configurazione:', 'Qualche idea?'],
];

export const wrap = (snippet: string, i: number): string => {
  const [lead, tail] = LEADS[i % LEADS.length] as readonly [string, string];
  return `${lead}\n\n\`\`\`\n${snippet}\n\`\`\`\n\n${tail}`;
};

// ---------------------------------------------------------------- names and values

/** Password names as code and config write them, in the six languages: [snake, camel]. */
const PASSWORD_NAMES: readonly (readonly [string, string])[] = [
  ['password', 'password'],
  ['db_password', 'dbPassword'],
  ['smtp_pass', 'smtpPass'],
  ['admin_pwd', 'adminPwd'],
  ['passwort', 'passwort'],
  ['kennwort', 'kennwort'],
  ['mot_de_passe', 'motDePasse'],
  ['contrasena', 'contrasena'],
  ['clave_bd', 'claveBd'],
  ['wachtwoord', 'wachtwoord'],
  ['password_db', 'passwordDb'],
  ['root_password', 'rootPassword'],
];

/** Token and key names: [snake, camel]. */
const TOKEN_NAMES: readonly (readonly [string, string])[] = [
  ['api_key', 'apiKey'],
  ['api_token', 'apiToken'],
  ['client_secret', 'clientSecret'],
  ['access_token', 'accessToken'],
  ['secret_key', 'secretKey'],
  ['auth_token', 'authToken'],
  ['api_schluessel', 'apiSchluessel'],
  ['cle_api', 'cleApi'],
  ['clave_api', 'claveApi'],
  ['api_sleutel', 'apiSleutel'],
  ['chiave_api', 'chiaveApi'],
  ['jwt_secret', 'jwtSecret'],
  ['webhook_secret', 'webhookSecret'],
  ['token', 'token'],
];

const PASSWORDS = ['Xk9#mP2vLq!r', 'Sommer2024!Haus', 'bakkerij1987', 'Violet-Harbor-61', 'kTRWQzv4pmB7hxQa', 'Tr0ub4dor&3x'];
const TOKENS = [
  'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE',
  '9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c',
  'wJalrXUtnFEMI/K7MDENGbPxRfiCYzq4T8Lm2Na+',
  '3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34',
  'e3b7c91f05a24d68b2f4c0e9d1a7358c6f2b4e0d9a1c7f35b8e2d4a6c0f1b9e7',
  'tk_8HqPz3VmW2xRk5LnT7cY',
];

// ---------------------------------------------------------------- formats: (upper, snake, camel, value) -> snippet

type Format = (upper: string, snake: string, camel: string, v: string) => string;

const FORMATS: readonly (readonly [string, Format])[] = [
  ['.env', (u, _s, _c, v) => `APP_ENV=production\n${u}=${v}\nLOG_LEVEL=info`],
  ['.env quoted', (u, _s, _c, v) => `NODE_ENV=production\n${u}="${v}"`],
  ['yaml', (_u, s, _c, v) => `database:\n  host: db-prod-01.internal\n  port: 5432\n  ${s}: ${v}`],
  ['yaml quoted', (_u, s, _c, v) => `smtp:\n  host: mail.internal\n  ${s}: '${v}'`],
  ['json', (_u, _s, c, v) => `{\n  "host": "db-prod-01.internal",\n  "port": 5432,\n  "${c}": "${v}"\n}`],
  ['toml', (_u, s, _c, v) => `[database]\nhost = "db-prod-01.internal"\n${s} = "${v}"`],
  ['ini', (_u, s, _c, v) => `[server]\nhost = db-prod-01.internal\n${s} = ${v}`],
  ['properties', (_u, s, _c, v) => `spring.datasource.url=jdbc:postgresql://db-prod-01.internal:5432/shop\nspring.datasource.${s.replace(/_/g, '-')}=${v}`],
  ['xml element', (_u, _s, c, v) => `<config>\n  <host>db-prod-01.internal</host>\n  <${c}>${v}</${c}>\n</config>`],
  ['xml add', (_u, _s, c, v) => `<appSettings>\n  <add key="${c}" value="${v}" />\n</appSettings>`],
  ['spring xml property', (_u, _s, c, v) => `<bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="${c}" value="${v}"/>\n</bean>`],
  ['compose list', (u, _s, _c, v) => `services:\n  app:\n    image: shop/api:1.4\n    environment:\n      - ${u}=${v}`],
  ['compose map', (u, _s, _c, v) => `services:\n  db:\n    image: postgres:16\n    environment:\n      ${u}: ${v}`],
  ['k8s stringData', (_u, s, _c, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  ${s}: ${v}`],
  ['k8s data base64', (_u, s, _c, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  ${s}: ${b64(v)}`],
  ['k8s env value', (u, _s, _c, v) => `env:\n  - name: ${u}\n    value: "${v}"`],
  ['terraform', (_u, s, _c, v) => `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  ${s} = "${v}"\n}`],
  ['terraform default', (_u, s, _c, v) => `variable "${s}" {\n  type    = string\n  default = "${v}"\n}`],
  ['github actions', (u, _s, _c, v) => `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${u}: ${v}`],
  ['export', (u, _s, _c, v) => `export ${u}=${v}\n./deploy.sh`],
  ['export quoted', (u, _s, _c, v) => `export ${u}='${v}'\nnpm run start`],
  ['cli flag', (_u, s, _c, v) => `./sync-tool --host db-prod-01.internal --${s.replace(/_/g, '-')} ${v}`],
  ['cli flag =', (_u, s, _c, v) => `./sync-tool --user app --${s.replace(/_/g, '-')}=${v}`],
  ['python', (_u, s, _c, v) => `import requests\n\n${s.toUpperCase()} = "${v}"\nresp = requests.get(URL, timeout=10)`],
  ['python kwarg', (_u, s, _c, v) => `client = Client(host="db-prod-01.internal", ${s}="${v}")`],
  ['js const', (_u, _s, c, v) => `const ${c} = '${v}';\nfetch(url, { headers: { Accept: 'application/json' } });`],
  ['js object', (_u, _s, c, v) => `const config = {\n  host: 'db-prod-01.internal',\n  ${c}: '${v}',\n};`],
  ['java field', (_u, _s, c, v) => `private static final String ${c.replace(/([A-Z])/g, '_$1').toUpperCase()} = "${v}";`],
  ['java local', (_u, _s, c, v) => `String ${c} = "${v}";\nconn = DriverManager.getConnection(url, user, ${c});`],
  ['csharp', (_u, _s, c, v) => `var ${c} = "${v}";\nvar client = new HttpClient();`],
  ['csharp property', (_u, _s, c, v) => `public string ${c.charAt(0).toUpperCase() + c.slice(1)} { get; set; } = "${v}";`],
  ['go', (_u, _s, c, v) => `${c} := "${v}"\nresp, err := http.Get(url)`],
  ['php', (_u, _s, c, v) => `<?php\n$${c} = '${v}';\n$db = new mysqli($host, $user, $${c}, $name);`],
  ['php array', (_u, s, _c, v) => `return [\n    'host' => 'db-prod-01.internal',\n    '${s}' => '${v}',\n];`],
  ['ruby', (_u, s, _c, v) => `config.${s} = "${v}"`],
  ['log line', (_u, s, _c, v) => `2024-05-14 09:12:44,118 DEBUG [auth] login attempt user=app ${s}=${v} status=401`],
  ['log dict', (_u, s, _c, v) => `INFO  request params: {'user': 'app', '${s}': '${v}', 'retry': 3}`],
];

const cases = (names: readonly (readonly [string, string])[], values: readonly string[]): SecretCase[] => {
  const out: SecretCase[] = [];
  let i = 0;
  FORMATS.forEach(([, format], f) => {
    values.forEach((v, j) => {
      // Each value meets every name across the formats.
      const [snake, camel] = names[(f + j * 5) % names.length] as readonly [string, string];
      const snippet = format(snake.toUpperCase(), snake, camel, v);
      // A base64-encoded Kubernetes value is found encoded or decoded; the finding overlaps the encoded one.
      out.push({ text: wrap(snippet, i), secret: snippet.includes(v) ? v : b64(v) });
      i++;
    });
  });
  return out;
};

/** Passwords and tokens in every format. */
export const FORMAT_CASES: readonly SecretCase[] = [...cases(PASSWORD_NAMES, PASSWORDS), ...cases(TOKEN_NAMES, TOKENS)];

// ---------------------------------------------------------------- connection strings, URLs, headers, CLI calls

const P = 'Vx8kq2Lm!Rt5';
const basic = b64(`svc-reports:${P}`);

export const STRUCTURED_CASES: readonly SecretCase[] = [
  `DATABASE_URL=postgres://shop:${P}@db-prod-01.internal:5432/shop`,
  `conn = psycopg2.connect("postgresql://reports:${P}@10.20.1.15/analytics")`,
  `mysql://root:${P}@mysql.internal:3306/crm`,
  `MONGO_URI=mongodb+srv://appuser:${P}@cluster0.x7kq2.mongodb.net/orders?retryWrites=true`,
  `mongodb://admin:${P}@mongo-1.internal:27017,mongo-2.internal:27017/?replicaSet=rs0`,
  `REDIS_URL=redis://:${P}@redis.internal:6379/0`,
  `rediss://default:${P}@eu1-cache.upstash.io:6379`,
  `amqp://orders:${P}@rabbit.internal:5672/prod`,
  `Server=tcp:crm-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=${P};Encrypt=True;`,
  `"ConnectionStrings": { "Default": "Data Source=SQL01;Initial Catalog=Lohn;User Id=sa;Password=${P};" }`,
  `jdbc:sqlserver://sql01.internal:1433;databaseName=erp;user=erp_app;password=${P}`,
  `jdbc:mysql://db.internal:3306/shop?user=shop&password=${P}&useSSL=false`,
  `jdbc:oracle:thin:scott/${P}@//ora01.internal:1521/ORCLPDB1`,
  `sqlplus hr/${P}@ora01.internal:1521/XEPDB1`,
  `User Id=finance;Password=${P};Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora01)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=FIN)))`,
  `git clone https://deploy:${P}@git.internal.lan/team/app.git`,
  `ftp://backup:${P}@nas.fritz.box/backups`,
  `curl -u admin:${P} https://jenkins.internal/api/json`,
  `curl -H "Authorization: Basic ${basic}" https://api.internal/reports`,
  'curl -H "Authorization: Bearer Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE" https://api.internal/v2/orders',
  'Authorization: Token 9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c5b9e2d10',
  'X-API-Key: Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE',
  'Ocp-Apim-Subscription-Key: 9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c',
  'api-key: 9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c',
  "headers = {'X-Auth-Token': 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'}",
  'GET https://api.weatherdata.io/v1/forecast?q=Utrecht&api_key=Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE',
  'https://portal.tracking-box.net/api/v2/positions?accessId=fleet042&accessKey=Qm4KpZ2rTvXw8NsLb6Yc',
  'https://graph.facebook.com/v19.0/me?access_token=EAAGm0PX4ZCpsBAKq8ZBv7Tn3wLp2ZCx9R',
  'https://api.internal/export?token=Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE&format=csv',
  `mysql -h db-prod-01.internal -u root -p${P} shop < dump.sql`,
  `psql "host=db-prod-01.internal user=app password=${P} dbname=shop"`,
  `sshpass -p '${P}' ssh deploy@10.0.4.21`,
  `docker login -u shopbot -p ${P} registry.internal`,
  `net use Z: \\\\fileserver\\share /user:KANZLEI\\sekretariat ${P}`,
  `smbclient //nas/scans -U scanner%${P}`,
  `requests.get(url, auth=("svc-reports", "${P}"))`,
  `Connection conn = DriverManager.getConnection("jdbc:postgresql://db/shop", "shop", "${P}");`,
  `var cred = new NetworkCredential("noreply@kanzlei-berg.de", "${P}");`,
  `$pdo = new PDO('mysql:host=localhost;dbname=shop', 'root', '${P}');`,
  `mysqli_connect('localhost', 'wp_user', '${P}', 'wordpress');`,
  `transporter = nodemailer.createTransport({ host: 'smtp.office365.com', auth: { user: 'info@bakkerij-vos.nl', pass: '${P}' } });`,
  `db, err := sql.Open("mysql", "app:${P}@tcp(10.0.0.5:3306)/shop")`,
  `Traceback (most recent call last):\n  File "sync.py", line 12, in <module>\n    engine = create_engine("postgresql://etl:${P}@warehouse.internal/dw")\nsqlalchemy.exc.OperationalError: could not connect to server`,
  `Exception in thread "main" java.sql.SQLException: Access denied for user 'app'@'10.0.0.7' (using password: YES)\n\tat com.shop.Db.connect(Db.java:41) url=jdbc:mysql://db.internal/shop?user=app&password=${P}`,
  `2024-05-14T09:12:44Z ERROR redis: connection to redis://:${P}@cache.internal:6379 refused`,
].map((s, i) => {
  // The password, the Basic credential, or the token (the one long run of letters and digits).
  const secret = s.includes(P) ? P : s.includes(basic) ? basic : (/[A-Za-z0-9]{20,}/.exec(s)?.[0] ?? s);
  return { text: wrap(s, i), secret };
});

// ---------------------------------------------------------------- credential files, more headers, codes under keys

export const FILE_CASES: readonly SecretCase[] = (
  [
    ["define('DB_PASSWORD', 'Kq7!vRt2Lm9x');\ndefine('DB_HOST', 'localhost');", 'Kq7!vRt2Lm9x'],
    ["define( 'AUTH_KEY', 'x7Q#mP2v!Lq9rT4w^Zk8sN3b&Yc6dF1g' );", 'x7Q#mP2v!Lq9rT4w^Zk8sN3b&Yc6dF1g'],
    ['machine api.heroku.com\n  login ops@brouwerij-hop.nl\n  password 3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34', '3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34'],
    ['db-prod-01.internal:5432:shop:shop_app:Vx8kq2Lm!Rt5', 'Vx8kq2Lm!Rt5'],
    ['[default]\naws_access_key_id = AKIA4QX7ZK2LMNP3RS5T\naws_secret_access_key = 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\nregion = eu-central-1', 'Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2k'],
    ['https://ci-bot:glpat-Zq8WmT4kLp2NvR7sXb5Y@gitlab.internal.lan', 'glpat-Zq8WmT4kLp2NvR7sXb5Y'],
    ['//npm.pkg.github.com/:_authToken=ghp_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e', 'ghp_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e'],
    ['{\n  "ConnectionStrings": {\n    "Default": "Server=sql01;Database=Lohn;User Id=lohn_app;Password=Birke!2027x;TrustServerCertificate=True"\n  }\n}', 'Birke!2027x'],
    ['"smtp": { "user": "noreply@tischlerei-berg.de", "pass": "Eichhorn&77Tal" }', 'Eichhorn&77Tal'],
    ['alarm:\n  panel: Galaxy Flex\n  user_code: 5829\n  duress_code: 5830', '5829'],
    ['PIN=4821\nPUK=73920518', '4821'],
    ['{ "wifi": { "ssid": "Praxis-Gast", "password": "Sonnenhof2024" } }', 'Sonnenhof2024'],
    ['<wifi ssid="Kantoor" psk="Molenweg-Gast-77"/>', 'Molenweg-Gast-77'],
    ['WPA_PASSPHRASE=Tulpenveld-Oost-88', 'Tulpenveld-Oost-88'],
    ['Proxy-Authorization: Basic c3ZjLXByb3h5OlZ4OGtxMkxtIVJ0NQ==', 'c3ZjLXByb3h5OlZ4OGtxMkxtIVJ0NQ=='],
    ['PRIVATE-TOKEN: glpat-Zq8WmT4kLp2NvR7sXb5Y', 'glpat-Zq8WmT4kLp2NvR7sXb5Y'],
    ['x-goog-api-key: AIzaSyBq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq', 'AIzaSyBq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq'],
    ['apikey: Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE', 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    ['X-Shopify-Access-Token: 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', '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'],
    ["const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIA4QX7ZK2LMNP3RS5T', secretAccessKey: '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' } });", 'Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2k'],
    ['AZURE_CLIENT_SECRET=Xq8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq', 'Xq8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq'],
    ['GOOGLE_CLIENT_SECRET=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', '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'],
    ['VAULT_TOKEN=hvs.CAESIZq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io', 'hvs.CAESIZq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io'],
    ['MAILCHIMP_KEY=9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c-us21', '9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c-us21'],
    ['OPENROUTER_API_KEY=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', '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'],
    ['GROQ_API_KEY=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', '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'],
    ['MISTRAL_API_KEY=Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE', 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    ['NOTION_TOKEN=ntn_49812345678Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eR', 'ntn_49812345678Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eR'],
    ['SUPABASE_SERVICE_ROLE_KEY=sb_secret_Zq8WmT4kLp2NvR7sXb5YcD_3FgH6jK9', 'sb_secret_Zq8WmT4kLp2NvR7sXb5YcD_3FgH6jK9'],
    ['square.Client(access_token="EAAAEZq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io9Pa1Sd3Fg5Hj7K")', 'EAAAEZq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io9Pa1Sd3Fg5Hj7K'],
    ['POSTMARK_SERVER_TOKEN=3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34', '3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34'],
    ['const postmark = new ServerClient("3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34");', '3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34'],
  ] as const
).map(([s, secret], i) => ({ text: wrap(s, i), secret }));

// Prose of office staff and users: logins handed over, codes read out, in the six languages.
export const MORE_PROSE_CASES: readonly SecretCase[] = (
  [
    ['Login for the new temp: user j.smit, password Welkom2024!', 'Welkom2024!'],
    ['Zugangsdaten für das Kassensystem: Benutzer kasse3 / Passwort Linde77', 'Linde77'],
    ['Identifiants de la borne : login accueil, mdp Accueil2025', 'Accueil2025'],
    ['Datos de acceso: usuario recepcion, contraseña Recepcion2025', 'Recepcion2025'],
    ['Inloggegevens: gebruiker balie, ww Balie2025!', 'Balie2025!'],
    ['Credenziali del gestionale: utente cassa2, password Cassa2025', 'Cassa2025'],
    ['The code for the key box at the back door is 2580, guests arrive at 6.', '2580'],
    ['Der Code für den Schlüsselkasten ist 3907.', '3907'],
    ['Le code de la boîte à clés est 3907.', '3907'],
    ['El código del cajetín de llaves es 3907.', '3907'],
    ['De code van het sleutelkastje is 3907.', '3907'],
    ['Il codice della cassetta delle chiavi è 3907.', '3907'],
    ['My bank PIN is 4096 and the card number ends in 1234.', '4096'],
    ['Die PIN meiner EC-Karte lautet 4096.', '4096'],
    ['Le code de ma carte bleue est 4096.', '4096'],
    ['El PIN de la tarjeta es 4096.', '4096'],
    ['De pincode van mijn bankpas is 4096.', '4096'],
    ['Il PIN del bancomat è 4096.', '4096'],
    ['The wifi password for guests is Harbour-Guest-88.', 'Harbour-Guest-88'],
    ['Das WLAN-Passwort für Gäste ist Lindenhof88.', 'Lindenhof88'],
    ['Le mot de passe du wifi invités est tilleul88.', 'tilleul88'],
    ['La contraseña del wifi de invitados es olivar88.', 'olivar88'],
    ['Het wifi-wachtwoord voor gasten is molenweg88.', 'molenweg88'],
    ['La password del wifi ospiti è tiglio88.', 'tiglio88'],
    ['I forgot to say: the API token is 9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c.', '9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c'],
    ['Mein API-Schlüssel lautet Zq8WmT4kLp2NvR7sXb5YcD3F, geht der noch?', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['Ma clé API est Zq8WmT4kLp2NvR7sXb5YcD3F, elle marche encore ?', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['Mi clave de API es Zq8WmT4kLp2NvR7sXb5YcD3F, ¿sigue valiendo?', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['Mijn API-sleutel is Zq8WmT4kLp2NvR7sXb5YcD3F, werkt die nog?', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['La mia chiave API è Zq8WmT4kLp2NvR7sXb5YcD3F, funziona ancora?', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['Reset done, temporary password: Tmp-4821-xq', 'Tmp-4821-xq'],
    ['Das neue Initialpasswort ist Start#2025', 'Start#2025'],
    ['Le mot de passe provisoire est Prov-2025-ab', 'Prov-2025-ab'],
  ] as const
).map(([text, secret]) => ({ text, secret }));

// ---------------------------------------------------------------- admin commands, SQL, shells, URL parameters

const Q = 'Kq7!vRt2Lm9x';

export const COMMAND_CASES: readonly SecretCase[] = [
  `helm install db bitnami/postgresql --set auth.postgresPassword=${Q}`,
  `docker run -d -e POSTGRES_PASSWORD=${Q} -p 5432:5432 postgres:16`,
  `kubectl create secret generic db-creds --from-literal=username=app --from-literal=password=${Q}`,
  `heroku config:set STRIPE_SECRET=Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE -a shop-prod`,
  `gh secret set DEPLOY_TOKEN --body "Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE"`,
  `CREATE USER 'report'@'%' IDENTIFIED BY '${Q}';`,
  `ALTER USER etl WITH PASSWORD '${Q}';`,
  `SET PASSWORD FOR 'app'@'localhost' = '${Q}';`,
  `CREATE LOGIN lohn WITH PASSWORD = '${Q}';`,
  `$secure = ConvertTo-SecureString "${Q}" -AsPlainText -Force`,
  `echo '${Q}' | sudo -S systemctl restart nginx`,
  `echo "backup:${Q}" | chpasswd`,
  `htpasswd -b /etc/nginx/.htpasswd admin ${Q}`,
  `rabbitmqctl add_user shop ${Q}`,
  `net user scanuser ${Q} /add`,
  `wp user create editor editor@bakkerij-vos.nl --role=editor --user_pass=${Q}`,
  `zip -P ${Q} export.zip lohn.csv`,
  `7z a -p${Q} export.7z lohn.csv`,
  `PGPASSWORD=${Q} psql -h db-prod-01.internal -U app shop`,
  'https://api.openweathermap.org/data/2.5/weather?q=Gent&appid=9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c',
  'https://gitlab.internal.lan/api/v4/projects?private_token=glpat-Zq8WmT4kLp2NvR7sXb5Y',
  'https://api.example-crm.io/v1/contacts?apiKey=Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE',
  'https://shop-exports.s3.eu-west-1.amazonaws.com/lohn.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA4QX7ZK2LMNP3RS5T%2F20260514%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260514T091244Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c',
  'wss://stream.feed-io.net/v2?auth=Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE',
  `val password = "${Q}"`,
  `let apiKey = "Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE"`,
  `const API_KEY: &str = "Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE";`,
  `@Value("\${db.password:${Q}}")`,
  `ansible_password: ${Q}
ansible_user: deploy`,
].map((s, i) => {
  const secret = s.includes(Q) ? Q : (/[A-Za-z0-9]{20,}/.exec(s)?.[0] ?? s);
  return { text: wrap(s, i), secret };
});

// ---------------------------------------------------------------- vendor keys

const gcpJson = `{\n  "type": "service_account",\n  "project_id": "shop-prod-4711",\n  "private_key_id": "4b1c9e2d7f3a8b6c5d0e1f2a3b4c5d6e7f8a9b0c",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "exporter@shop-prod-4711.iam.gserviceaccount.com"\n}`;

export const VENDOR_CASES: readonly SecretCase[] = (
  [
    ['OPENAI_API_KEY=sk-proj-Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e', 'sk-proj-Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e'],
    ['client = anthropic.Anthropic(api_key="sk-ant-api03-Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE-x7Q")', 'sk-ant-api03-Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE-x7Q'],
    ['aws_access_key_id = AKIA4QX7ZK2LMNP3RS5T\naws_secret_access_key = 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', 'Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2k'],
    [gcpJson, 'BEGIN PRIVATE KEY'],
    ['DefaultEndpointsProtocol=https;AccountName=shopfiles;AccountKey=Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2kLp3Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE1234==;EndpointSuffix=core.windows.net', 'Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2kLp3'],
    ['https://shopfiles.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&spr=https&sig=Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2kLp3%3D', 'sig='],
    ['Stripe.api_key = "sk_live_51Hq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE"', 'sk_live_51Hq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    ['git remote set-url origin https://ghp_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e@github.com/shop/api.git', 'ghp_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e'],
    ['GITLAB_TOKEN=glpat-Zq8WmT4kLp2NvR7sXb5Y', 'glpat-Zq8WmT4kLp2NvR7sXb5Y'],
    ['SLACK_BOT_TOKEN=xoxb-2044871234-5523198765432-Zq8WmT4kLp2NvR7sXb5YcD3F', 'xoxb-2044871234-5523198765432-Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['TWILIO_ACCOUNT_SID=AC8f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c\nTWILIO_AUTH_TOKEN=5c2b8d4e1f7a3c9f2c4e8a1b7d3f6e0a', '5c2b8d4e1f7a3c9f2c4e8a1b7d3f6e0a'],
    ['client = Client("SK8f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c", "Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE")', 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    ['sg = SendGridAPIClient("SG.Zq8WmT4kLp2NvR7sXb5Yc.D3FgH6jK9aEqW2eRt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv")', 'SG.Zq8WmT4kLp2NvR7sXb5Yc.D3FgH6jK9aEqW2eRt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv'],
    ['MAILGUN_API_KEY=key-7kq2x9mv4lp8rt3nz6wb5yd1cf0hg2sj', 'key-7kq2x9mv4lp8rt3nz6wb5yd1cf0hg2sj'],
    ['HUBSPOT_TOKEN=pat-eu1-3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34', 'pat-eu1-3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34'],
    ['SHOPIFY_ACCESS_TOKEN=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', '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'],
    ['//registry.npmjs.org/:_authToken=npm_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e', 'npm_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e'],
    ['[pypi]\n  username = __token__\n  password = pypi-AgEIcHlwaS5vcmcCJDNmOWIyYzcxLThlNGQtNGE2Yi05YzE1LTdkMmU4ZjBhMWIzNAACKlszLCJleHRyYSJdAAAGIA', 'pypi-AgEIcHlwaS5vcmc'],
    ['echo dckr_pat_Zq8WmT4kLp2NvR7sXb5YcD3FgH6 | docker login -u shopbot --password-stdin', 'dckr_pat_Zq8WmT4kLp2NvR7sXb5YcD3FgH6'],
    ['DD_API_KEY=9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c', '9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c'],
    ['Sentry.init({ dsn: "https://9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c@o450123.ingest.sentry.io/5512345" });', '9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c'],
    ['const firebaseConfig = { apiKey: "AIzaSyBq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq", authDomain: "shop-4711.firebaseapp.com" };', 'AIzaSyBq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq'],
    ['bot = telebot.TeleBot("7123456789:AAHq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq")', '7123456789:AAHq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq'],
    ['https://api.telegram.org/bot7123456789:AAHq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq/sendMessage?chat_id=-100123', '7123456789:AAHq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEq'],
    ['client.run("MTEyMzQ1Njc4OTAxMjM0NTY3OA.GZq8Wm.T4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7I")', 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.GZq8Wm.T4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7I'],
    ['https://discord.com/api/webhooks/1123456789012345678/Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv2Bn4', 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv2Bn4'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----', 'BEGIN OPENSSH PRIVATE KEY'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----', 'BEGIN RSA PRIVATE KEY'],
  ] as const
).map(([s, secret], i) => ({ text: wrap(s, i), secret }));

// ---------------------------------------------------------------- JWTs

const jwt = (header: object, payload: string, sig: string): string => `${b64url(JSON.stringify(header))}.${payload}.${sig}`;
const SIG = 'Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W1xR7tB2kLp3';
const JWT_JSON = jwt({ alg: 'HS256', typ: 'JWT' }, b64url(JSON.stringify({ sub: '4711', role: 'admin', iat: 1715677964 })), SIG);
const JWT_OPAQUE = jwt({ alg: 'RS256', kid: 'k1' }, 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7Io9Pa1', SIG);
const JWT_NONE = `${b64url(JSON.stringify({ alg: 'none' }))}.${b64url(JSON.stringify({ sub: 'svc-reports', scope: 'export' }))}.`;

export const JWT_CASES: readonly SecretCase[] = [
  [`Authorization: Bearer ${JWT_JSON}`, JWT_JSON],
  [`const token = "${JWT_OPAQUE}";`, JWT_OPAQUE],
  [`Der Token aus dem Log: ${JWT_OPAQUE}`, JWT_OPAQUE],
  [`curl -H 'Authorization: Bearer ${JWT_NONE}' https://api.internal/export`, JWT_NONE],
  [`access_token=${JWT_NONE}`, JWT_NONE],
].map(([s, secret], i) => ({ text: wrap(s as string, i), secret: secret as string }));

// ---------------------------------------------------------------- prose: passwords, codes and PINs in sentences

export const PROSE_CASES: readonly SecretCase[] = (
  [
    ['My password for the portal is Kestrel!2291, can you log in and check the invoice?', 'Kestrel!2291'],
    ['I changed my password to harbourlights77 yesterday and now Outlook keeps asking.', 'harbourlights77'],
    ['The wifi password is Oakfield-Guest-88, please put it on the welcome card.', 'Oakfield-Guest-88'],
    ['The wifi code is 48213977 for the meeting room.', '48213977'],
    ['Door code for the back entrance is 4821#, alarm code 7730.', '7730'],
    ['The safe combination is 31-17-42, write it in the handover note.', '31-17-42'],
    ['Your verification code is 482913. It expires in 10 minutes.', '482913'],
    ['My bank card PIN is 4096, I think someone saw it.', '4096'],
    ['Mein Passwort für das Portal ist Falke!2291, kannst du dich einloggen?', 'Falke!2291'],
    ['Das WLAN-Passwort lautet Lindenhof-Gast-88.', 'Lindenhof-Gast-88'],
    ['Der WLAN-Schlüssel ist 4821 3977 5120 6634.', '4821 3977 5120 6634'],
    ['Der Türcode für den Hintereingang ist 4821, der Alarmcode 7730.', '7730'],
    ['Der Tresorcode ist 318842, bitte ins Übergabeprotokoll.', '318842'],
    ['Ihr Bestätigungscode lautet 482913.', '482913'],
    ['Meine PIN ist 4096, ich glaube jemand hat zugeschaut.', '4096'],
    ["Mon mot de passe pour le portail est Faucon!2291, tu peux vérifier la facture ?", 'Faucon!2291'],
    ['Le code wifi est Tilleul-Invite-88, à mettre sur la carte d’accueil.', 'Tilleul-Invite-88'],
    ["Le digicode de l'immeuble est 4821B et le code de l'alarme 7730.", '7730'],
    ['Le code du coffre est 318842, note-le dans la passation.', '318842'],
    ['Votre code de vérification est 482913.', '482913'],
    ['Mon code PIN est 4096, je crois que quelqu’un l’a vu.', '4096'],
    ['Mi contraseña del portal es Halcon!2291, ¿puedes entrar y mirar la factura?', 'Halcon!2291'],
    ['La contraseña del router es Olivar-Invitado-88.', 'Olivar-Invitado-88'],
    ['La clave del wifi es 48213977.', '48213977'],
    ['El código de la puerta trasera es 4821 y el de la alarma 7730.', '4821'],
    ['La combinación de la caja fuerte es 318842.', '318842'],
    ['Tu código de verificación es 482913.', '482913'],
    ['Mi PIN es 4096, creo que alguien lo vio.', '4096'],
    ['Mijn wachtwoord voor het portaal is Valk!2291, kun je even inloggen?', 'Valk!2291'],
    ['Het wachtwoord is bloemkool77, zet het in de overdracht.', 'bloemkool77'],
    ['De wifi-code is 48213977 voor de vergaderzaal.', '48213977'],
    ['De deurcode van de achteringang is 4821, de alarmcode 7730.', '7730'],
    ['De kluiscode is 318842.', '318842'],
    ['Je verificatiecode is 482913.', '482913'],
    ['Mijn pincode is 4096, volgens mij heeft iemand meegekeken.', '4096'],
    ['La mia password del portale è Falco!2291, puoi entrare e controllare la fattura?', 'Falco!2291'],
    ['La password del wifi è Tiglio-Ospite-88.', 'Tiglio-Ospite-88'],
    ["Il codice del portone è 4821, quello dell'allarme 7730.", '4821'],
    ['La combinazione della cassaforte è 318842.', '318842'],
    ['Il tuo codice di verifica è 482913.', '482913'],
    ['Il mio PIN è 4096, credo che qualcuno l’abbia visto.', '4096'],
    ["La parola d'ordine per la centrale è Gabbiano77.", 'Gabbiano77'],
  ] as const
).map(([text, secret]) => ({ text, secret }));

// ---------------------------------------------------------------- handovers, stream keys, key variables, key safes

/**
 * Passwords written as dotted words (a host's last label is a domain's, a dotted password's is a number or another
 * word), live stream keys after their noun, a signing call's key given as a variable assigned a few lines before, and
 * a code after a comma in the sentence of the key safe it opens; six languages.
 */
export const HANDOVER_CASES: readonly SecretCase[] = (
  [
    ['Handover for the locum: fridge temps logged, EPOS user LOCUM2 with password Chemist.Hale.42, courier at 3.', 'Chemist.Hale.42'],
    ['Übergabe für die Vertretung: Kasse gezählt, Benutzer VERTR1, Passwort Apotheke.Linde.58, Bote um 14 Uhr.', 'Apotheke.Linde.58'],
    ['Note pour la remplaçante : frigos relevés, utilisateur REMP2 mot de passe Officine.Garonne.31, livreur à 17 h.', 'Officine.Garonne.31'],
    ['Nota para el sustituto: caja cuadrada, usuario SUST4 y contraseña Rebotica.Triana.08, reparto a las 13.', 'Rebotica.Triana.08'],
    ['Overdracht voor de invaller: kassa geteld, gebruiker INVAL3 wachtwoord Apotheek.Zeedijk.64, koerier om 15 uur.', 'Apotheek.Zeedijk.64'],
    ['Nota per il sostituto: cassa chiusa, utente SOST9 password Farmacia.PortaNuova.2011, corriere alle 16.', 'Farmacia.PortaNuova.2011'],
    [wrap('<config>\n <user>opac</user>\n <pass>Archiv42.Kmlp</pass>\n</config>', 2), 'Archiv42.Kmlp'],
    [wrap('<datasource>\n  <password>Museum77.Qrtz</password>\n</datasource>', 0), 'Museum77.Qrtz'],
    ['Our church stream drops after ten minutes. Stream key 7kq2-mm4d-a9x0-zt3e-p1vv, bitrate 4500.', '7kq2-mm4d-a9x0-zt3e-p1vv'],
    ['Der Streamschlüssel für den Gottesdienst ist h3ry-0pqa-n8vk-w2ms-4tzc, Server rtmp://a.rtmp.youtube.com/live2.', 'h3ry-0pqa-n8vk-w2ms-4tzc'],
    ['La clé de stream YouTube : r2d4-k9wq-0vbx-hh3m-t6ya, et OBS coupe au bout de 5 minutes.', 'r2d4-k9wq-0vbx-hh3m-t6ya'],
    ['La clave de transmisión es m5ty-2bq8-xx0r-kp7w-c1vd y el directo se corta.', 'm5ty-2bq8-xx0r-kp7w-c1vd'],
    ['De streamsleutel van onze kerk is q8we-7tt2-mx0p-ab1c-z3nd, de upload is 10 Mbps.', 'q8we-7tt2-mx0p-ab1c-z3nd'],
    ['Chiave di trasmissione: c4ve-9q2m-uu7t-1kzp-dd8s, la diretta si blocca.', 'c4ve-9q2m-uu7t-1kzp-dd8s'],
    ['My Twitch stream key is live_734019288_Qw7ErTy9UiOpAs3DfGhJkLzXcV, is that the problem?', 'live_734019288_Qw7ErTy9UiOpAs3DfGhJkLzXcV'],
    ['OBS-Server: rtmp://a.rtmp.youtube.com/live2/w8ke-3mzq-0tpa-r7vd-k2yc, die Übertragung bricht ab.', 'w8ke-3mzq-0tpa-r7vd-k2yc'],
    ['URL de l’encodeur : rtmps://live-api-s.facebook.com:443/rtmp/FB-2039485761-0-QpLmZx7Rt4WvYb9NcKd2', 'FB-2039485761-0-QpLmZx7Rt4WvYb9NcKd2'],
    [wrap("$clave = 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE';\n$firma = $redsys->createMerchantSignature($clave);", 3), 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
    [wrap("$secret = 'Wm3kP8qZr5Tx2LvB9nYc4HdG';\n$sig = hash_hmac('sha256', $payload, $secret);", 0), 'Wm3kP8qZr5Tx2LvB9nYc4HdG'],
    [wrap("key = b'Tz8mQ2wK5rX9pL3vB7nC4yH6'\nsig = hmac.new(key, body, hashlib.sha256).hexdigest()", 5), 'Tz8mQ2wK5rX9pL3vB7nC4yH6'],
    ['The plumber can use the key safe by the bins, code 7391, and put the key back after.', '7391'],
    ['Der Handwerker nimmt den Schlüsselkasten neben dem Müllplatz, Code 5820, und bringt den Schlüssel zurück.', '5820'],
    ['Le plombier passe par la boîte à clés près des poubelles, code 6174.', '6174'],
    ['El fontanero usa el cajetín junto a los contenedores, código 2961.', '2961'],
    ['De loodgieter gebruikt de sleutelkluis bij de containers, code 8047.', '8047'],
    ["L'idraulico usa la cassetta delle chiavi vicino ai bidoni, codice 3816.", '3816'],
  ] as const
).map(([text, secret]) => ({ text, secret }));

/**
 * Passphrases of words joined by symbols after a login, collection passwords said at a nursery's door, libcurl's
 * USERPWD literals, and a hex key whose next sentence names the hash it goes into; six languages.
 */
export const SPOKEN_CASES: readonly SecretCase[] = (
  [
    ['Cover note: pharmacy system login LOCUM4 / Kamille#Tuin!Noord, controlled drugs key in the safe.', 'Kamille#Tuin!Noord'],
    ['Übergabe an die Vertretung, Kassen-Zugang: VERTR2 / Linde#Brunnen!Hof, der Bote kommt um 16 Uhr.', 'Linde#Brunnen!Hof'],
    ['Das Passwort für die Kasse ist Tulpe&Wind#Nord, bitte nicht weitergeben.', 'Tulpe&Wind#Nord'],
    ['mot de passe : Lavande!Soleil! pour la caisse du musée', 'Lavande!Soleil!'],
    ['Grandad Joe is collecting Ava today. Collection password is marmalade-sandwich.', 'marmalade-sandwich'],
    ['Oma Gerda holt Mia am Freitag ab. Das Abholpasswort lautet Pusteblume.', 'Pusteblume'],
    ['Mamie vient chercher Léo vendredi, le mot de passe pour la sortie est coquelicot.', 'coquelicot'],
    ['La abuela recoge a Lucía el viernes; la contraseña de recogida es girasol.', 'girasol'],
    ['Opa Kees haalt Sem vrijdag op, het ophaalwachtwoord is regenboog.', 'regenboog'],
    ['Il nonno prende Giulia venerdì, la password per il ritiro è girandola.', 'girandola'],
    [wrap("$ch = curl_init($url);\ncurl_setopt($ch, CURLOPT_USERPWD, '2291:8f14e45fceea167a5a36dedd4bea2543b1c0d3e7');", 2), '8f14e45fceea167a5a36dedd4bea2543b1c0d3e7'],
    [wrap("curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_USERPWD => 'admin:Gr4nite!Lake']);", 0), 'Gr4nite!Lake'],
    [wrap("c.setopt(pycurl.USERPWD, 'api:Zk4pQ9wR2mX7vB1nC6tY8uL3')", 4), 'Zk4pQ9wR2mX7vB1nC6tY8uL3'],
    ['Il MAC non torna: chiave segreta 3c59dc048e8850243be8079a5c74d079a1f6e2b9c0d7e4f8. Uso sha1 sulla stringa.', '3c59dc048e8850243be8079a5c74d079a1f6e2b9c0d7e4f8'],
  ] as const
).map(([text, secret]) => ({ text, secret }));

/**
 * Passwords and keys in the places a call or a command line gives them: a DB-API driver's positional password, a
 * client factory's first argument, an Azure AI "subscription", a hex key in a variable named a key before a signing
 * call, a key as curl's Basic user with one digit; short password names (`bind_pw`); an Azure client secret that ends a
 * sentence, and a key after a clause that a colon closes, in six languages.
 */
export const CALL_CASES: readonly SecretCase[] = (
  [
    [wrap("conn = cx_Oracle.connect('RAPPRO_BATCH', 'Abgleich_O4AOkI', 'db02:1521/COMPTA')", 2), 'Abgleich_O4AOkI'],
    [wrap("conn = oracledb.connect('report', 'Kq7!vRt2Lm9x', 'db02/ORCLPDB1')", 0), 'Kq7!vRt2Lm9x'],
    [wrap("conn = pymssql.connect('sql01', 'lohn_app', 'Birke!2027x', 'Lohn')", 1), 'Birke!2027x'],
    [wrap('[ldap]\nurl=ldap://10.0.0.4\nbind_dn=cn=svc,dc=firm,dc=local\nbind_pw=Prov_Sepe_2025!', 3), 'Prov_Sepe_2025!'],
    [wrap('smtp:\n  host: mail.firm.local\n  db_pw: Eichhorn#77Tal', 4), 'Eichhorn#77Tal'],
    [wrap("curl -u Zq8WmTkLpNvRsXbYcD5F:X https://firm.freshdesk.com/api/v2/tickets", 1), 'Zq8WmTkLpNvRsXbYcD5F'],
    [wrap("const dg = createClient('9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c5b9e2d10');", 1), '9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c5b9e2d10'],
    [wrap("const c = makeClient('Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE', { retries: 3 });", 5), 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    [wrap("speech_config = speechsdk.SpeechConfig(subscription='5c2b8d4e1f7a3c9f2c4e8a1b7d3f6e0a', region='westeurope')", 3), '5c2b8d4e1f7a3c9f2c4e8a1b7d3f6e0a'],
    [wrap("KEY = b'7d3f6e0a5c2b8d4e1f7a3c9f2c4e8a1b'\nsig = hmac.new(KEY, ts.encode(), hashlib.sha256).hexdigest()", 2), '7d3f6e0a5c2b8d4e1f7a3c9f2c4e8a1b'],
    [wrap("$secret = '1f7a3c9f2c4e8a1b7d3f6e0a5c2b8d4e';\n$sig = hash_hmac('sha256', $payload, $secret);", 0), '1f7a3c9f2c4e8a1b7d3f6e0a5c2b8d4e'],
    ['The token call fails: client_id 9c7e51d3-2a44-4f08-b1c6-7d2e0a9f3b15, client_secret Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q. Expired?', 'Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q'],
    ['Der Token-Abruf scheitert, client_secret Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q. Abgelaufen?', 'Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q'],
    ["L'appel échoue avec le secret Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q. Il a expiré ?", 'Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q'],
    ['Falla el token con el secreto Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q. ¿Ha caducado?', 'Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q'],
    ['De token-aanvraag faalt met secret Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q. Verlopen?', 'Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q'],
    ['La richiesta del token fallisce con il segreto Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q. È scaduto?', 'Xqa8Q~Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE.q'],
    ['Signatures fail. I use the merchant key that the bank sent us last week: Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE (terminal 1).', 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
    ['Die Signatur scheitert. Ich nehme den Schlüssel, den uns die Bank geschickt hat: Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE (Terminal 1).', 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
    ["La signature échoue. J'utilise la clé que la banque nous a envoyée hier : Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE (terminal 1).", 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
    ['Las firmas fallan. Uso la clave del comercio que nos dio el banco: Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE (terminal 001).', 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
    ['De handtekening faalt. Ik gebruik de sleutel die de bank ons vorige week stuurde: Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE (terminal 1).', 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
    ['La firma non torna. Uso la chiave che la banca ci ha mandato ieri: Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE (terminale 1).', 'Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE'],
  ] as const
).map(([text, secret]) => ({ text, secret }));

/** A password in the sentence after the one that names it, opened on it ("La que tengo apuntada es ..."), six languages. */
export const NEXT_SENTENCE_CASES: readonly SecretCase[] = (
  [
    ['The payroll portal asks for the password again after the update. The one I wrote down is Harbour.Lights2027 and it fails.', 'Harbour.Lights2027'],
    ['Das Zertifikat verlangt beim Import ein Passwort. Das, das ich notiert habe, lautet Autohaus.Linde2026 und geht nicht.', 'Autohaus.Linde2026'],
    ["Le certificat demande un mot de passe à l'import. Celui que j'ai noté est Garage.Lumiere2026 et ça ne passe pas.", 'Garage.Lumiere2026'],
    ['El certificado pide contraseña al importarlo en el nuevo PC. La que tengo apuntada es Taller.Valencia2026 y no va.', 'Taller.Valencia2026'],
    ['Het certificaat vraagt om een wachtwoord bij het importeren. Die ik heb opgeschreven is Garage.Molen2026 maar dat werkt niet.', 'Garage.Molen2026'],
    ["Il certificato chiede la password all'importazione. Quella che ho segnato è Officina.Roma2026 ma non va.", 'Officina.Roma2026'],
  ] as const
).map(([text, secret]) => ({ text, secret }));

/** The nearest clean text to CALL_CASES: ids, samples, URLs, lookups and a documented example after a key's clause. */
export const CALL_CLEAN_CASES: readonly string[] = [
  wrap("conn = cx_Oracle.connect('scott', 'tiger', 'localhost/orclpdb')", 2),
  wrap('conn = cx_Oracle.connect(user, password, dsn)', 0),
  wrap('az account set --subscription 3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34', 1),
  wrap('{ "object": "invoice", "subscription": "sub_1MowQVLkdIwHu7ixeRlqHVzs", "status": "paid" }', 3),
  wrap("const c = getClient('9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c');", 4),
  wrap("const sb = createClient('https://xyzcompany.supabase.co', process.env.SUPABASE_KEY);", 5),
  wrap('curl -u MyCompanyAdminUser1:X https://firm.freshdesk.com/api/v2/tickets', 0),
  wrap("digest = '7d3f6e0a5c2b8d4e1f7a3c9f2c4e8a1b'\nok = hmac.compare_digest(digest, sig)", 2),
  'The key in the public example of the docs, for testing only: Hq7vR2kLm9Xp4TzW8bNc3YdF5gJs1QaE',
  // The next sentence describes the password, or names a person, not a password.
  'El certificado pide contraseña al importarlo. La que tengo apuntada es la del año pasado.',
  'El portal pide contraseña al entrar. La que me dieron es de 12 caracteres y con símbolos.',
  wrap('mail.password.smtp=${SMTP_PASSWORD}', 1),
];

// ---------------------------------------------------------------- clean counter-cases: no finding at all

export const CLEAN_CASES: readonly string[] = [
  ...[
    'DB_PASSWORD=<PASSWORD>',
    'DB_PASSWORD=changeme',
    'api_key: xxxxxxxxxxxxxxxxxxxxxxxx',
    'password: ${DB_PASSWORD}',
    'env:\n  API_TOKEN: ${{ secrets.API_TOKEN }}',
    'const apiKey = process.env.STRIPE_SECRET_KEY;',
    'password = os.environ["DB_PASSWORD"]',
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"',
    'password: "{{ vault_db_password }}"',
    'spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}',
    '<add key="ApiKey" value="your-api-key-here" />',
    'DATABASE_URL=postgres://user:password@localhost:5432/mydb',
    'Authorization: Bearer <token>',
    'Authorization: Bearer $TOKEN',
    'curl -u "$USER:$PASS" https://api.internal/health',
    'kubectl create secret generic db --from-literal=password=$(openssl rand -base64 24)',
    'password = data.vault_kv_secret_v2.db.data["password"]',
    'commit 9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c5b9e2d10\nAuthor: CI Bot <ci@internal>',
    'sha256: e3b7c91f05a24d68b2f4c0e9d1a7358c6f2b4e0d9a1c7f35b8e2d4a6c0f1b9e7',
    'order_id: 3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2eRt5Yu7I deploy@ci',
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----',
    'password_min_length: 12\npassword_require_symbol: true',
    'if (password.length < 12) throw new Error("Password too short");',
    'integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"',
    // Options, variables and properties whose value is a file, a reference or empty.
    './sync-tool --token-file /etc/sync/token --secret-name prod-db --password-file ~/.pgpass',
    './sync-tool --api-key "$API_KEY" --clave-api "${CLAVE_API}" --webhook-secret $(cat secret.txt)',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\nvariable "region" {\n  default = "eu-west-1"\n}',
    'variable "api_key" {\n  type    = string\n  default = ""\n}',
    'public string Password { get; set; } = string.Empty;\npublic string ApiKey { get; init; } = "";',
    'db, err := sql.Open("mysql", "user:password@tcp(localhost:3306)/dbname")',
    'net use Z: \\\\fileserver\\scans /persistent:yes\nnet use Y: \\\\fileserver\\hr * /user:KANZLEI\\sekretariat',
    'var cred = new NetworkCredential(settings.User, settings.Password);',
  ].map((s, i) => wrap(s, i)),
  // Codes named but not given.
  'Where do I find the verification code? The SMS never arrived.',
  'Der Bestätigungscode ist abgelaufen, wie fordere ich einen neuen an?',
  'Le code de vérification fait 6 chiffres, mais je ne le reçois pas.',
  'El código de verificación llega tarde, ¿qué hago?',
  'De verificatiecode werkt niet, ik krijg steeds een foutmelding.',
  'Il codice di verifica non arriva, cosa posso fare?',
  'The wifi code is on the back of the router.',
  'Der WLAN-Schlüssel steht auf der Rückseite der FritzBox.',
  'La combinación de la caja fuerte se cambia cada año.',
  'De kluiscode is vier cijfers lang en staat in de kluisinstructie.',
  'I changed my password to a longer one yesterday, but Outlook still asks.',
  'Ich habe das Passwort auf 12 Zeichen geändert.',
  'Cambié la contraseña a las 10:00 y no funciona.',
  wrap('docker run -e POSTGRES_PASSWORD_FILE=/run/secrets/db -e POSTGRES_USER=app postgres:16', 2),
  wrap('CREATE USER report IDENTIFIED BY VALUES \'S:9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c\';\nALTER USER etl WITH PASSWORD NULL;', 3),
  wrap('$secure = Read-Host "Password" -AsSecureString', 4),
  wrap('https://api.openweathermap.org/data/2.5/weather?q=Gent&appid={API_KEY}', 5),
  // Codes that open nothing, locks without their code, PINs of hardware.
  'The error code for the card is 4012, what does it mean?',
  "Le code d'erreur de la carte est 4012.",
  'The code for the door is in the drawer at reception.',
  'Der Code für das Tor wurde 2019 geändert.',
  'El código postal del portal es 28013.',
  'De broncode van de deur-app is 3000 regels lang.',
  'Il codice sconto per la carta fedeltà è ESTATE2025.',
  wrap('leds:\n  led_pin: 13\n  button_pin: 4\noauth:\n  user_code: "WDJB-MJHT"\n  country_code: 4901', 0),
  wrap('mode: 0644\nerror_code: 4012\nzip_code: 10115', 1),
  'Our password policy: at least 12 characters, one digit and one of !#$%.',
  'Die Passwort-Richtlinie verlangt mindestens 10 Zeichen und eine Ziffer.',
  'La politique de mot de passe impose 12 caractères et un chiffre.',
  'La política de contraseñas exige 12 caracteres y un número.',
  'Het wachtwoordbeleid vraagt minstens 12 tekens en een cijfer.',
  'La policy delle password richiede almeno 12 caratteri e una cifra.',
  'How do I reset my password? The link in the email has expired.',
  'Wie setze ich mein Passwort zurück? Der Link ist abgelaufen.',
  'Comment réinitialiser mon mot de passe ? Le lien a expiré.',
  '¿Cómo restablezco mi contraseña? El enlace ha caducado.',
  'Hoe reset ik mijn wachtwoord? De link is verlopen.',
  'Come reimposto la password? Il link è scaduto.',
  'Write a function that checks whether a password contains a digit and a capital letter.',
  'The door code changes every month; ask reception for the current one.',
  'Der Tresor hat ein Zahlenschloss mit sechs Ziffern, wie stelle ich den Code neu ein?',
  'Le code PIN doit comporter 4 chiffres.',
  'Explain how JWT signatures work and what the alg header means.',
  'Rotate the API key every 90 days and store it in Key Vault.',
  // Hosts, a stream key's template, the documented Redsys key in a variable, codes that open no lock.
  wrap('<config>\n <hostname>db01.Archiv.internal</hostname>\n <pass>${KOHA_DB_PASS}</pass>\n</config>', 1),
  'The password server is auth.Bibliothek.local, ask IT for an account.',
  'Where do I find my stream key in YouTube Studio? It looks like xxxx-xxxx-xxxx-xxxx-xxxx.',
  'The stream key format is abcd-1234-efgh-5678-ijkl in the docs, how do I reset mine?',
  wrap("$kc = 'sq7HjrUOBfKmC576ILgskD5srU870gJ7';\n$firma = $miObj->createMerchantSignature($kc);", 3),
  wrap("$kc = getenv('REDSYS_KEY');\n$firma = $miObj->createMerchantSignature($kc);", 3),
  'I paid by card at the gate, error code 4012.',
  'Meet at the back door, code of conduct 2024 applies.',
  // Departments joined by '&', collection passwords described, a USERPWD built from variables, a hex value and its SHA.
  'Contact: sales@firm.com / Marketing&Sales&Support',
  'Server rtmp://a.rtmp.youtube.com/live2 and then paste your key: rtmp://live.twitch.tv/app/{stream_key}',
  'Het camerabeeld staat op rtmp://192.168.1.20/live/camera01 voor de zaal.',
  'Collection password is required for anyone not on the list.',
  'Our collection password is changed every term.',
  'What is a collection password and how should nurseries use one?',
  'Das Abholpasswort ist vertraulich.',
  'La contraseña de recogida es obligatoria.',
  wrap("curl_setopt($ch, CURLOPT_USERPWD, $user . ':' . $pass);\ncurl_easy_setopt(curl, CURLOPT_USERPWD, \"user:password\");", 2),
  'The secret 3c59dc048e8850243be8079a5c74d079a1f6e2b9 (SHA-1 of the file) matches.',
];
