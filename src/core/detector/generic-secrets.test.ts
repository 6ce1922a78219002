// Secrets under a secret-ish name in any syntax (generic-secrets.ts), documentation credentials
// (documentation-values.ts) and prefixed SDK keys (code-credentials.ts). Texts and values of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { scanGenericSecrets } from './generic-secrets.js';
import { nameWords, secretName } from './secret-names.js';
import { credentialValue } from './secret-values.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('secret-ish names in any syntax', () => {
  it.each([
    // A vendor's header in a collector's YAML, a list under a plural name, an object key inside a constructor.
    ['exporters:\n  otlp/tracing:\n    headers:\n      x-tracevendor-team: tvk_p3n8q2w7z5x1c9v4b6m0l2k8j4h6g1f3d5s7a9', 'tvk_p3n8q2w7z5x1c9v4b6m0l2k8j4h6g1f3d5s7a9'],
    ["import paygate\npaygate.Settings.keys = ['prod_Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd']", 'prod_Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd'],
    ["const rt = new Relay.Realtime({ key: 'aB3dE5.fG7hJ9:kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f' });", 'kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f'],
    ['curl -H "X-Api-Key: Zx8Cv2Bn5Mq9Wr3Ty7Ui1Op4" https://api.example.net/v1/orders', 'Zx8Cv2Bn5Mq9Wr3Ty7Ui1Op4'],
    ['//registry.example.org/:_auth=ZGVwbG95OlE3bVJ3MnhLOXBMNHZa', 'ZGVwbG95OlE3bVJ3MnhLOXBMNHZa'],
    ['Bitte prüfen: settings.php\n$config[\'mailer\'][\'apiSecret\'] = "Hm4Tq8Wz2Rx6Lp1Nv9Kb3Yc7";', 'Hm4Tq8Wz2Rx6Lp1Nv9Kb3Yc7'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    // The other languages' words for key, password and secret in code names, and a key's algorithm after its word.
    ["$claveHMAC = 'Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk';", 'Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk'],
    ["$chiave_sha512 = 'Lm4Nb8Vc2Xz6As1Df5Gh9Jk3Qw';", 'Lm4Nb8Vc2Xz6As1Df5Gh9Jk3Qw'],
    ["mot_de_passe = 'Vr7#kLq2Wz9p'", 'Vr7#kLq2Wz9p'],
    ["db.wachtwoord: 'Hy6tRe3!wQ8z'", 'Hy6tRe3!wQ8z'],
    ['PASSWORT="Gz5!nBm8Kq2w"', 'Gz5!nBm8Kq2w'],
    ["api_segreto = 'p7Kd2Lq9Zx4Vm1Nc6Bw3Rt8Y'", 'p7Kd2Lq9Zx4Vm1Nc6Bw3Rt8Y'],
    // A header named just "key" in curl, its lower-case hex key.
    ["curl -s -H 'key: 7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72' https://api.example.org/v2/items", '7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72'],
    ['curl --header "Key: 7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72" https://api.example.org/v2/items', '7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a digest named by its algorithm alone, or a hex key outside a header, is not one', () => {
    expect(secrets("fileSha256 = '7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a727c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72'")).toEqual([]);
    expect(secrets("tokenSha256 = '7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72'")).toEqual([]);
    expect(secrets("{ key: '7c1e9a3f5b0d2e8c4a6f1b3d9e0c5a72' }")).toEqual([]);
  });

  it('a bare key is a credential only as a string literal in code', () => {
    expect(secrets("new Relay.Rest({ key: 'Kp7Rt2Wq9Zm4Xv1Bn6Lc3YdFg' })")).toEqual(['Kp7Rt2Wq9Zm4Xv1Bn6Lc3YdFg']);
    expect(secrets('[cache]\nkey = Kp7Rt2Wq9Zm4Xv1Bn6Lc3YdFg')).toEqual([]);
  });
});

describe('name/value pairs and elements', () => {
  it.each([
    ['<meta-data android:name="io.crashwatch.android.API_KEY" android:value="4c8e2a6f0b3d7e1a5c9f2b6d0e4a8c3f"/>', '4c8e2a6f0b3d7e1a5c9f2b6d0e4a8c3f'],
    ['Web.config ne marche pas :\n<appSettings>\n  <add key="PaymentSecret" value="Wq3Er7Ty1Ui5Op9As2Df6Gh" />\n</appSettings>', 'Wq3Er7Ty1Ui5Op9As2Df6Gh'],
    ['El pod no arranca:\nenv:\n  - name: BILLING_API_TOKEN\n    value: Lk2Jh6Gf0Ds4Ap8Oi3Uy7Tr5\n  - name: LOG_LEVEL\n    value: info', 'Lk2Jh6Gf0Ds4Ap8Oi3Uy7Tr5'],
    ['env:\n  - name: LOG_LEVEL\n    value: info\n  - name: BILLING_API_TOKEN\n    value: Lk2Jh6Gf0Ds4Ap8Oi3Uy7Tr5', 'Lk2Jh6Gf0Ds4Ap8Oi3Uy7Tr5'],
    ['{"values": [{"key": "apiKey", "value": "Nb5Vc9Xz3Lk7Jh1Gf6Ds2Ap", "enabled": true}]}', 'Nb5Vc9Xz3Lk7Jh1Gf6Ds2Ap'],
    ['<resources>\n  <string name="geo_api_key">Rt6Yu0Io4Pa8Sd2Fg7Hj1Kl5</string>\n</resources>', 'Rt6Yu0Io4Pa8Sd2Fg7Hj1Kl5'],
    ['<server><id>nexus</id><username>ci</username><password>Vx7!kP2qLm9z</password></server>', 'Vx7!kP2qLm9z'],
    ['Info.plist:\n<dict>\n  <key>MapsAPIKey</key>\n  <string>Yh5Uj9Ik3Ol7Pz1Xs6Wd0Ec4</string>\n</dict>', 'Yh5Uj9Ik3Ol7Pz1Xs6Wd0Ec4'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a pair whose name is no secret, or whose value is a placeholder, is not reported', () => {
    expect(secrets('env:\n  - name: TRACE_SAMPLER_SEED\n    value: Lk2Jh6Gf0Ds4Ap8Oi3Uy7Tr5')).toEqual([]);
    expect(secrets('<add key="ApiKey" value="YOUR_API_KEY_HERE" />')).toEqual([]);
    expect(secrets('<meta-data android:name="io.crashwatch.android.API_KEY" android:value="${crashwatchKey}"/>')).toEqual([]);
  });
});

describe('setters, builders and name-then-value calls', () => {
  it.each([
    ['SmsClient c = SmsClient.builder().apiKey("5b1d9e3a").apiSecret("Gh4Jk8Lz2Xc6Vb0Nm3Qw").build();', 'Gh4Jk8Lz2Xc6Vb0Nm3Qw'],
    ['opts := []option.ClientOption{option.WithAPIKey("Pq7Ws1Ed5Rf9Tg3Yh6Uj0Ik")}', 'Pq7Ws1Ed5Rf9Tg3Yh6Uj0Ik'],
    ['conn.setRequestProperty("X-Auth-Token", "e7a1c5f9b3d7e1a5c9f3b7d1e5a9c3f7")', 'e7a1c5f9b3d7e1a5c9f3b7d1e5a9c3f7'],
    ["define('SHOP_WEBHOOK_SECRET', 'Ty3Ui7Op1As5Df9Gh2Jk6Lz');", 'Ty3Ui7Op1As5Df9Gh2Jk6Lz'],
    ['client, err := flags.MakeClient("sdk-3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c", 5*time.Second)', 'sdk-3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('the key id of a builder, a getter and a variable are not reported', () => {
    expect(secrets('SmsClient.builder().apiKey("5b1d9e3a").apiSecret(System.getenv("SMS_SECRET")).build();')).toEqual([]);
    expect(secrets('String k = vault.getApiKey("Gh4Jk8Lz2Xc6Vb0Nm3Qw");')).toEqual([]);
  });
});

describe('Authorization headers with no scheme', () => {
  it.each([
    ['Le script renvoie 401 :\ncurl -H "Authorization: atelier-sud-7731:9d3f7b1e5a9c3f7d1b5e9a3c7f1d5b9e" https://api.banque.example/v2/transactions', '9d3f7b1e5a9c3f7d1b5e9a3c7f1d5b9e'],
    ["headers: { authorization: 'Wm8Qn2Rb6Tc0Yd4Ue8If2Og6' }", 'Wm8Qn2Rb6Tc0Yd4Ue8If2Og6'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a scheme word or a template is no token', () => {
    expect(secrets('Authorization: {{access_token}}')).toEqual([]);
    expect(secrets('the Authorization: header carries the token')).toEqual([]);
  });
});

describe('secrets given in a sentence', () => {
  it.each([
    ['my mailing api key is Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd, why does it say unauthorized?', 'Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd'],
    ['Das Passwort für den Router lautet Vx7!kP2qLm9z.', 'Vx7!kP2qLm9z'],
    ['le mot de passe est « Hq3xR7mWv2 », ça ne marche pas', 'Hq3xR7mWv2'],
    ['la clave de la API es Wq3Er7Ty1Ui5Op9As2Df6Gh', 'Wq3Er7Ty1Ui5Op9As2Df6Gh'],
    ['het wachtwoord is Zomer2026!', 'Zomer2026!'],
    ['il token di accesso è Nb5Vc9Xz3Lk7Jh1Gf6Ds2Ap', 'Nb5Vc9Xz3Lk7Jh1Gf6Ds2Ap'],
    // Nouns in capitals and the ones without an English stem: the quick noun test before the pattern must let them by.
    ['Der API-SCHLÜSSEL lautet Qm8Zt3Lp6Vn1Xc9Rb4Kd', 'Qm8Zt3Lp6Vn1Xc9Rb4Kd'],
    ['la chiave segreta è Tz4Wm8Qp2Lx6Vb0Nc3Rk', 'Tz4Wm8Qp2Lx6Vb0Nc3Rk'],
    ['La CLÉ API est Hv5Rq9Ws3Lp7Zx1Mb4Nd', 'Hv5Rq9Ws3Lp7Zx1Mb4Nd'],
    ['de api-sleutel is Jc6Tm0Xq4Lr8Wv2Zb5Pk', 'Jc6Tm0Xq4Lr8Wv2Zb5Pk'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a sentence about a secret that gives none is not reported', () => {
    expect(secrets('the token is expired since 2026-01-01T10:00:00Z')).toEqual([]);
    expect(secrets('my password is correct but the login fails')).toEqual([]);
    expect(secrets('the hash is 4e9fa6c10d5e8b2f4a7c3f8a1c5e7b2d')).toEqual([]);
  });
});

describe('session cookies', () => {
  it.each([
    ['GET /konto HTTP/1.1\nHost: shop.example.de\nCookie: theme=dark; sessionid=k2s8d9f0g1h2j3k4l5m6n7b8v9x1; csrftoken=Xk3Pq9Lm2Vz8Rt5Wn1Bc7Yd4', 'k2s8d9f0g1h2j3k4l5m6n7b8v9x1'],
    ["curl -b 'PHPSESSID=q8w2e4r6t8y0u2i4o6p8a1s3d5' https://intranet.example.com/admin", 'q8w2e4r6t8y0u2i4o6p8a1s3d5'],
    ['Set-Cookie: connect.sid=s%3AhQ7xK2mP9vL4nR8tZ1wC6yB3.Fq2Lm8Vx4Rt7Wb1Yc6Hd3Jf5Gk0Pa9Sz2Xe4Nu; Path=/; HttpOnly', 's%3AhQ7xK2mP9vL4nR8tZ1wC6yB3.Fq2Lm8Vx4Rt7Wb1Yc6Hd3Jf5Gk0Pa9Sz2Xe4Nu'],
    ["headers = {'Cookie': 'JSESSIONID=9F3A7C1E5B2D8F4A6C0E2B4D6F8A0C1E'}", '9F3A7C1E5B2D8F4A6C0E2B4D6F8A0C1E'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('preference, analytics and CSRF cookies are not reported', () => {
    expect(secrets('Cookie: _ga=GA1.2.1234567890.1712345678; lang=de; theme=dark; csrftoken=Xk3Pq9Lm2Vz8Rt5Wn1Bc7Yd4')).toEqual([]);
    expect(secrets('the cookie sessionid is set at login')).toEqual([]);
  });
});

describe('values that are not secrets', () => {
  it.each([
    'Is this ok?\nDATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\nPAYMENTS_TOKEN: <PAYMENTS_TOKEN>\napiKey: "TU_CLAVE_AQUI"',
    'access_key_id: 9f3a7c1e5b2d8f4a6c0e\nkey_id: Kd82mQv7Lp0xZr4T\nclient_id: Wq3Er7Ty1Ui5Op9As2Df6Gh',
    'publishable_key: pk_live_Kp7Rt2Wq9Zm4Xv1Bn6Lc3YdFg\nsite_key: 6Lc3YdFgKp7Rt2Wq9Zm4Xv1Bn',
    'request_id=3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c trace-id: 0d5e8b2f4a7c3f8a1c5e7b2d4e9fa6c1',
    'commit: 4e9fa6c10d5e8b2f4a7c3f8a1c5e7b2d4e9fa6c1\nbuild: 7f3a2c1\nintegrity: sha512-Kp7Rt2Wq9Zm4Xv1Bn6Lc3YdFg8Hj0Kl2Mn4Pq6Rs8Tu0Vw2==',
    'cache:\n  key: deps-v3-linux-a1b2c3\n  paths: [node_modules]\nsecretKeyRef:\n  name: api-db\n  key: password',
    'key: MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0',
    '<ListBucketResult><Contents><Key>uploads/2026/IMG_4821aB3kL9mQ2xZ7.jpg</Key></Contents></ListBucketResult>',
    'max_tokens: 1024\ninput_tokens=8812\ncompletion_tokens: 2048',
    'token_url: https://auth.example.com/oauth/token\nserviceApiToken: settings.SERVICE_TOKEN_V2',
    // Pagination cursors and a form's CSRF token open nothing.
    '{"items": [], "nextPageToken": "Q2lBS0dqQnBORGQyTm1wMlptbDJjWFJ3WWpCcE9YQTA"}',
    '<input type="hidden" name="authenticity_token" value="Xk3Pq9Lm2Vz8Rt5Wn1Bc7Yd4Hf6Jg0Ks2Qa4Ue8Io">',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('documentation credentials', () => {
  it('the jwt.io example token is no secret, whatever its signature', () => {
    const hs = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.Xq7Lm2Pw9Zr4Tn8Kv1Bc6Yd3Hf5Jg0Ns2Qa4';
    expect(secrets(`what do these claims mean (the jwt.io sample)? ${hs}`)).toEqual([]);
  });

  it('a JWT with other claims is still a secret', () => {
    // {"sub":"u-48213","name":"Ana Ruiz","iat":1764547200}
    const own = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${btoa('{"sub":"u-48213","name":"Ana Ruiz","iat":1764547200}').replace(/=+$/, '')}.Xq7Lm2Pw9Zr4Tn8Kv1Bc6Yd3Hf5Jg0Ns2Qa4`;
    expect(secrets(`el token falla: ${own}`)).toEqual([own]);
  });

  it('RFC and vendor sample credentials are no secrets', () => {
    expect(secrets('Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==')).toEqual([]);
    expect(secrets("stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'")).toEqual([]);
    expect(secrets("stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dX'")).not.toEqual([]);
  });
});

describe('linear time', () => {
  it.each(['</', 'value: name: api_key ', '<a value=', 'api_key = ', 'authorization: ', 'the password is '])('1 MB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    scanGenericSecrets(text, []);
    // Quadratic searches took minutes here; linear ones take well under a second.
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('the parts', () => {
  it('splits names in every code style', () => {
    expect(nameWords('x-honeycomb-team')).toEqual(['x', 'honeycomb', 'team']);
    expect(nameWords('APIKey')).toEqual(['api', 'key']);
    expect(nameWords('com.vendor.android.API_KEY')).toEqual(['com', 'vendor', 'android', 'api', 'key']);
    expect(nameWords('setApiSecret')).toEqual(['set', 'api', 'secret']);
  });

  it('tiers names', () => {
    expect(secretName('apiSecret')).toBe('named');
    expect(secretName('HONEYCOMB_WRITEKEY')).toBe('named');
    expect(secretName('Config.keys')).toBe('bare');
    expect(secretName('db_password')).toBe('password');
    expect(secretName('x-vendor-team')).toBe('named');
    expect(secretName('team')).toBeNull();
    expect(secretName('api_key_id')).toBeNull();
    expect(secretName('publishableKey')).toBeNull();
    expect(secretName('monkey')).toBeNull();
    expect(secretName('clientsecret')).toBe('named');
  });

  it('tells random values from words, slugs, dates and ids', () => {
    expect(credentialValue('Gh4Jk8Lz2Xc6Vb0Nm3Qw', 'named')).toBe(true);
    expect(credentialValue('checkout-api-7d9f8c6b5-x2kq', 'named')).toBe(false);
    expect(credentialValue('20260101T120000Z', 'named')).toBe(false);
    expect(credentialValue('order_2026_summary', 'named')).toBe(false);
    expect(credentialValue('3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c', 'named')).toBe(true);
    expect(credentialValue('3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c', 'bare')).toBe(false);
    expect(credentialValue('9d3f7b1e5a9c3f7d1b5e9a3c7f1d5b9e', 'bare')).toBe(false);
  });
});

describe('a secret named in a sentence, found from its verb', () => {
  it.each([
    ['The staging API key is Pw4Lk8Zx2Qm6Rt1N, keep it safe.', 'Pw4Lk8Zx2Qm6Rt1N'],
    ['Our deploy token was Hq7Ws3Ed9Rf2Tg5Y', 'Hq7Ws3Ed9Rf2Tg5Y'],
    ['Das Kennwort ist Mb6Nv2Cx8Zl4Kj0H', 'Mb6Nv2Cx8Zl4Kj0H'],
    ['Le mot de passe est Tg5Yh1Uj7Ik3Ol9P', 'Tg5Yh1Uj7Ik3Ol9P'],
    ['La contraseña es Rf4Tg8Yh2Uj6Ik0L', 'Rf4Tg8Yh2Uj6Ik0L'],
    ['Het wachtwoord luidt Ed3Rf7Tg1Yh5Uj9K', 'Ed3Rf7Tg1Yh5Uj9K'],
    ['La chiave segreta è Ws2Ed6Rf0Tg4Yh8J', 'Ws2Ed6Rf0Tg4Yh8J'],
    ["La password e' Qa1Ws5Ed9Rf3Tg7H", 'Qa1Ws5Ed9Rf3Tg7H'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('reads no value after a verb glued to other letters', () => {
    expect(secrets('The API key this Pw4Lk8Zx2Qm6Rt1N')).not.toContain('Pw4Lk8Zx2Qm6Rt1N');
  });
});

describe('unquoted assignments under names with accents or a head-first qualifier', () => {
  it.each([
    // es, fr, de, nl, it, en: accented letters inside the name, and the noun first with what it is for after it.
    ['CONTRASEÑA_BD=Tq6Wm2Zp8Lx4Rv', 'Tq6Wm2Zp8Lx4Rv'],
    ['contraseña_correo=Tq6Wm2Zp8Lx4Rv', 'Tq6Wm2Zp8Lx4Rv'],
    ['CLAVE_COMERCIO=Gk3Vn7Bq1Xs5Hd', 'Gk3Vn7Bq1Xs5Hd'],
    ['clé_api=Yp4Mc8Rt2Kw6Nz', 'Yp4Mc8Rt2Kw6Nz'],
    ['CLE_CHIFFREMENT=Yp4Mc8Rt2Kw6Nz', 'Yp4Mc8Rt2Kw6Nz'],
    ['API_SCHLÜSSEL=Fh9Ld3Sx7Qb1Wj', 'Fh9Ld3Sx7Qb1Wj'],
    ['Passwort=Fh9Ld3Sx7Qb1Wj', 'Fh9Ld3Sx7Qb1Wj'],
    ['wachtwoord=Jn5Tc9Vk3Pm7Gs', 'Jn5Tc9Vk3Pm7Gs'],
    ['CHIAVE_ACCESSO=Rw2Hy6Lq0Dz4Bx', 'Rw2Hy6Lq0Dz4Bx'],
    ['chiave_servizio: Rw2Hy6Lq0Dz4Bx', 'Rw2Hy6Lq0Dz4Bx'],
    ['MERCHANT_KEY=Gk3Vn7Bq1Xs5Hd', 'Gk3Vn7Bq1Xs5Hd'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    // A setting about the key, a word that names no secret, a bare key's word alone unquoted (as "key=" is).
    'clave_longitud=Tq6Wm2Zp8Lx4Rv',
    'größe=Tq6Wm2Zp8Lx4Rv',
    'Schlüssel=Tq6Wm2Zp8Lx4Rv',
    'clé_publique=Tq6Wm2Zp8Lx4Rv',
    'CLAVE_COMERCIO=girasol',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a bare "key" in a request\'s headers or query parameters', () => {
  const requestSecrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it.each([
    ["la sincro falla:\nheaders = {'key': '5e2a9c7b1d3f4e6a8c0b2d4f6a8c1e3b'}\nrequests.get(url, headers=headers)", '5e2a9c7b1d3f4e6a8c0b2d4f6a8c1e3b'],
    ["Warum 401?\nconst r = await fetch(url, { headers: { Accept: 'application/json', key: '9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a' } });", '9b1d3f5a7c2e4b6d8f0a1c3e5b7d9f2a'],
    ["params = {\"key\": \"c4e6a8b0d2f1e3a5c7b9d0f2a4c6e8b1\", \"q\": \"Lyon\"}", 'c4e6a8b0d2f1e3a5c7b9d0f2a4c6e8b1'],
    ["Waarom leeg?\nr = requests.get(url, params={'key': 'a7c9e1b3d5f2a4c6e8b0d1f3a5c7e9b2'})", 'a7c9e1b3d5f2a4c6e8b0d1f3a5c7e9b2'],
    ["Il codice:\nCHIAVE_SEGRETA_FIRMA = 'Wc8Nv2Qx6Lm4Tz9Rb1Kp7Yd3Hs5Fj0Ga'", 'Wc8Nv2Qx6Lm4Tz9Rb1Kp7Yd3Hs5Fj0Ga'],
    ["De config:\nGEHEIME_SLEUTEL = 'Tp3Xw8Kb1Rn6Qz4Lm9Vc2Hd7'", 'Tp3Xw8Kb1Rn6Qz4Lm9Vc2Hd7'],
  ])('%s', (text, secret) => {
    expect(requestSecrets(text)).toContain(secret);
  });

  it('a lower-case hex "key" elsewhere (a cache entry, a digest) is not', () => {
    expect(requestSecrets("cache = {'key': '5e2a9c7b1d3f4e6a8c0b2d4f6a8c1e3b', 'ttl': 60}")).toEqual([]);
    expect(requestSecrets("headers = {'Accept': 'application/json'}\nentry = {'key': '5e2a9c7b1d3f4e6a8c0b2d4f6a8c1e3b'}")).toEqual([]);
  });
});

describe('a key id and its hex secret under a bare "key" (Ghost Admin API keys, "<24 hex>:<64 hex>")', () => {
  const ID = '5f1c2a7d9e3b4c6a8d0e2f41';
  const HEX = 'c7e94a1f03b2d58e6a7c9b1d2e4f6a8c0b3d5e7f9a1c3e5d7b9f2a4c6e8d0b1f';
  it('is found in a client constructor in the six languages', () => {
    for (const ask of ['Why "Invalid token"?', 'Warum "Invalid token"?', 'Pourquoi « Invalid token » ?', '¿Por qué "Invalid token"?', 'Waarom "Invalid token"?', 'Perché "Invalid token"?'])
      expect(secrets(`${ask}\nconst api = new GhostAdminAPI({\n  url: 'https://blog.example.org',\n  key: '${ID}:${HEX}',\n  version: 'v5.0'\n});`)).toContain(HEX);
  });
  it('an id with a placeholder or a short value after it is not', () => {
    expect(secrets(`const api = new GhostAdminAPI({ key: '${ID}:${'0'.repeat(64)}' });`)).toEqual([]);
    expect(secrets(`const api = new GhostAdminAPI({ key: '${ID}:abc123' });`)).toEqual([]);
  });
});

describe('a secret named in a sentence and given after a past-tense verb', () => {
  const TOKEN = 'QpXGjl1eojsFod6VtDG94MIp9VY7874M6rlDYrj2';
  it('is found in the six languages', () => {
    for (const text of [
      `the old activation token was ${TOKEN}, do I regenerate it?`,
      `das alte Aktivierungs-Token war ${TOKEN}, muss ich es neu erzeugen?`,
      `l'ancien jeton d'activation était ${TOKEN}, faut-il le régénérer ?`,
      `el token de activación antiguo fue ${TOKEN}, ¿lo regenero?`,
      `het oude token luidde ${TOKEN}, moet ik het opnieuw maken?`,
      `il vecchio token di attivazione era ${TOKEN}. Serve rigenerare?`,
    ])
      expect(secrets(text), text).toContain(TOKEN);
  });
  it('a past-tense sentence with no value after the verb is not', () => {
    expect(secrets('il token era scaduto ieri sera, lo rigenero?')).toEqual([]);
    expect(secrets('el token fue revocado por el administrador')).toEqual([]);
  });
});

describe('a secret kept encoded: its name assigned a decoding call on the literal', () => {
  const secretsIn = (text: string): string[] =>
    detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it.each([
    ["Firmo así:\nclave = base64.b64decode('Kd4Rm8Vz2PqXt+NwLc7YbHs3Fj9GaEu5')\nk = des3(clave, pedido)", 'Kd4Rm8Vz2PqXt+NwLc7YbHs3Fj9GaEu5'],
    ["Signatur falsch:\n$key = base64_decode('Hq2/Lm9xRt+WvBz4NcPk7YsD8aFeQ1w=');", 'Hq2/Lm9xRt+WvBz4NcPk7YsD8aFeQ1w='],
    ["const secretKey = Buffer.from('Hq2/Lm9xRt+WvBz4NcPk7YsD8aFeQ1w=', 'base64');", 'Hq2/Lm9xRt+WvBz4NcPk7YsD8aFeQ1w='],
  ])('%s', (text, secret) => {
    expect(secretsIn(text)).toContain(secret);
  });
  it.each([
    "const key = Array.from('Hq2Lm9xRt8WvBz4NcPk7YsD8aFeQ1w')",
    "clave = base64.b64decode('<tu-clave-base64>')",
    'secret = base64.b64decode(os.environ["REDSYS_KEY"])',
  ])('%s', (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a Terraform variable's default, a C# auto-property's initializer, an Italian parola d'ordine", () => {
  const secretsIn = (text: string): string[] =>
    detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it.each([
    ['variable "db_password" {\n  type    = string\n  default = "Hx7!pRq2Lm"\n}', 'Hx7!pRq2Lm'],
    ['variable "clave_api" {\n  default = "Zq8WmT4kLp2NvR7sXb5YcD3F"\n}', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ['public string Passwort { get; set; } = "bakkerij1987";', 'bakkerij1987'],
    ['public string ApiKey { get; private set; } = "Zq8WmT4kLp2NvR7sXb5YcD3F";', 'Zq8WmT4kLp2NvR7sXb5YcD3F'],
    ["La parola d'ordine per la centrale è Gabbiano77.", 'Gabbiano77'],
  ])('%s', (text, secret) => {
    expect(secretsIn(text)).toContain(secret);
  });
  it.each([
    'variable "region" {\n  default = "eu-west-1"\n}\nvariable "db_password" {\n  sensitive = true\n}',
    'variable "api_key" {\n  default = ""\n}',
    'public string Password { get; set; } = string.Empty;',
    "La parola d'ordine va cambiata ogni tre mesi.",
  ])('%s', (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a PIN's or a lock's code under its name, a wifi's pre-shared key", () => {
  const secretsIn = (text: string): string[] =>
    detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it.each([
    ['PIN=4821\nPUK=73920518', '4821'],
    ['alarm:\n  panel: Galaxy Flex\n  user_code: 5829', '5829'],
    ['{ "doorCode": "3907", "floor": 2 }', '3907'],
    ['<wifi ssid="Kantoor" psk="Molenweg-Gast-77"/>', 'Molenweg-Gast-77'],
  ])('%s', (text, secret) => {
    expect(secretsIn(text)).toContain(secret);
  });
  it.each([
    'leds:\n  led_pin: 13\n  button_pin: 4',
    'oauth:\n  user_code: "WDJB-MJHT"\n  country_code: 4901',
    'error_code: 4012\nzip_code: 10115\npin: 1234',
  ])('%s', (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a typed declaration's value after its type", () => {
  const secretsIn = (text: string): string[] =>
    detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it.each([
    ["const apiKey: string = 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE';", 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    ['const API_KEY: &str = "Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE";', 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    ['val passwort: String = "Sommer2024!Haus"', 'Sommer2024!Haus'],
    ['TOKEN: Final[str] = "Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE"', 'Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aE'],
    // A base64 value's '=' is no typed declaration's.
    ['token: Zq8WmT4kLp2NvR7sXb5YcD3Fg=', 'Zq8WmT4kLp2NvR7sXb5YcD3Fg='],
  ])('%s', (text, secret) => {
    expect(secretsIn(text)).toContain(secret);
  });
  it.each([
    'const apiKey: string = process.env.API_KEY ?? "";',
    'password: string = input("Password: ")',
  ])('%s', (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
