// Secrets with no vendor prefix that sit in a call's arguments, on a command line, in a Postfix sasl_passwd line,
// under a vendor's own "<name>_KEY" variable or in an Authorization header of another scheme (code-credentials.ts,
// config-secrets.ts). Texts and values of our own, in the six languages' chat voices.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('login calls and SDK client factories', () => {
  it.each([
    ["Perché dà 535?\nserver = smtplib.SMTP_SSL('smtps.pec.example.it', 465)\nserver.login('ufficio@pec.example.it', 'Qm7vR2xLp9Tz')", 'Qm7vR2xLp9Tz'],
    ["Warum 530?\nftp = FTP('ftp.example.de')\nftp.login('upload', 'b7c1e9f04d2a6b8c3e5f7a9d1c0b2e4f')", 'b7c1e9f04d2a6b8c3e5f7a9d1c0b2e4f'],
    ["¿Por qué no busca?\nconst client = algoliasearch('Q4WZ81KPLM', '3f9c0e2b7d1a4c6e8b5f0a2d4c6e8a1f');", '3f9c0e2b7d1a4c6e8b5f0a2d4c6e8a1f'],
    ["Les mails ne partent pas :\nconst mj = require('node-mailjet').apiConnect('0c2e4a6b8d1f3e5a7c9b0d2f4a6c8e1b', '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b');", '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b'],
    ["Waarom 401?\nclient = SearchClient('K2P9Z7QW1X', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY')", 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY'],
    // A static factory on an SDK's context or client class: its key after the environment.
    ["Errore 403:\nctx = BankContext.create(Env.SANDBOX, '5d0b7e3a9c1f4a6e8b2d0c7f3e9a1b5d7c2e4f6a8b0d3c5e7f9a1b3d5c7e9f0a', 'contabilita')", '5d0b7e3a9c1f4a6e8b2d0c7f3e9a1b5d7c2e4f6a8b0d3c5e7f9a1b3d5c7e9f0a'],
    ["PayClient.init('eu-west', 'Tq8Wm2Zr6Yp4Xn1Vb7Lc3Kd9Hf')", 'Tq8Wm2Zr6Yp4Xn1Vb7Lc3Kd9Hf'],
    // Python requests' and httpx's Basic credential as a tuple.
    ["Das Skript bekommt 401:\nrequests.get(url, auth=('schule.ws', '7Hq!m2PzK4xt'))", '7Hq!m2PzK4xt'],
    ["Erreur 401 :\nr = httpx.post(url, json=data, auth = ('export', 'Lr5#tWq9Bn2v'))", 'Lr5#tWq9Bn2v'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('the first argument (user, application id, public key) is never taken', () => {
    expect(secrets("FileHash.create('sha256', '5d0b7e3a9c1f4a6e8b2d0c7f3e9a1b5d7c2e4f6a8b0d3c5e7f9a1b3d5c7e9f0a')")).toEqual([]);
    expect(secrets("client = algoliasearch('3f9c0e2b7d1a4c6e8b5f0a2d4c6e8a1f', searchKey)")).toEqual([]);
  });

  it('a login with a placeholder, a variable, a host or a plain word is not reported', () => {
    expect(secrets("s.login('user@example.it', 'your-password')")).toEqual([]);
    expect(secrets('s.login(user, os.environ["PEC_PASSWORD"])')).toEqual([]);
    expect(secrets("s.login('admin', 'password')")).toEqual([]);
    expect(secrets("conn.login('admin', 'db2.internal.example')")).toEqual([]);
    expect(secrets("requests.get(url, auth=('api', os.environ['WS_PASSWORD']))")).toEqual([]);
    expect(secrets("requests.get(url, auth=('user', 'your-password'))")).toEqual([]);
  });

  it('a client factory with a name or a region is not reported', () => {
    expect(secrets("new Client('eu-west-1', 'orders-service-production')")).toEqual([]);
  });
});

describe('credentials on a command line', () => {
  it.each([
    ["Jenkins: sh 'sshpass -p \"Vq8r2LmX0tKw\" scp app.war deploy@app01:/opt/'", 'Vq8r2LmX0tKw'],
    ['Le script : lftp -u sauvegarde,Kd82mQv7Lp0x sftp://nas.local -e "mirror -R /var/backups; bye"', 'Kd82mQv7Lp0x'],
    ['Die Sicherung: mysqldump -u backup -p7Hw2!qLm9 --all-databases | gzip > dump.gz', '7Hw2!qLm9'],
    ["connexion MySQL refusée :\nmysql -h 192.168.10.24 -u greffe_app -p'Tr1bun@l!2024x' dossiers", 'Tr1bun@l!2024x'],
    ['Questa chiamata dà 401: curl -u 8KQ3ZP7WM2XN4LR6TY9VB1CJ5DH0GF: https://shop.example.it/api/orders', '8KQ3ZP7WM2XN4LR6TY9VB1CJ5DH0GF'],
    ['curl -u deploy:Zr4!vN8pQx https://git.example.com/api', 'Zr4!vN8pQx'],
    ['smbclient //fs01/scans -U scanner%Wq7tR2mZ9', 'Wq7tR2mZ9'],
    ['redis-cli -h cache01 -a Tb6yP1kQx8Zs ping', 'Tb6yP1kQx8Zs'],
    ['El deploy falla: npx vercel deploy --token 5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c --yes', '5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c'],
    ['De deploy faalt: npx vercel deploy --token=5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c --yes', '5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c'],
    ['psql-Wrapper: ./restore.sh --db-password Hq3!xR7mWv2', 'Hq3!xR7mWv2'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('variables, prompts, ports, uid:gid and database names are no credentials', () => {
    expect(secrets('mysqldump -u backup -p"$MYSQL_BACKUP_PW" --all-databases')).toEqual([]);
    expect(secrets('mysql -u root -p shop_production')).toEqual([]);
    expect(secrets("mysql -u root -p'$MYSQL_PWD' shop && mysql -u root -p'<password>' shop")).toEqual([]);
    expect(secrets('ssh -p 2222 deploy@app01 && scp -P 2222 a b')).toEqual([]);
    expect(secrets('docker run -u 1000:1000 -p 8080:80 nginx')).toEqual([]);
    expect(secrets('git push -u origin feature/login2fa')).toEqual([]);
    expect(secrets('sshpass -p "$SSH_PASS" scp a b:/tmp/')).toEqual([]);
    expect(secrets('npx vercel deploy --token $VERCEL_TOKEN --yes')).toEqual([]);
    expect(secrets('curl -u "$USER:$TOKEN" https://example.com')).toEqual([]);
    expect(secrets('mkdir -p build/output2 && tar -czf a.tgz build')).toEqual([]);
  });
});

describe('Postfix sasl_passwd lines', () => {
  it('the password after user@domain: is found', () => {
    const text = '/etc/postfix/sasl_passwd:\n[smtp.relay.example.de]:587 relay@praxis.example.de:Hx7pQ2mVz9Lw\n';
    expect(secrets(text)).toEqual(['Hx7pQ2mVz9Lw']);
  });

  it('a placeholder line is not', () => {
    expect(secrets('/etc/postfix/sasl_passwd:\n[smtp.example.com]:587 user@example.com:changeme\n')).toEqual([]);
  });
});

describe("a vendor's key under its own name", () => {
  it.each([
    ["import httpx\nLEX_KEY = '4d1e8c2a-7b3f-4e9a-9c1d-2f6b8a0e3c5d'\nhttpx.get(url, headers={'Authorization': f'Bearer {LEX_KEY}'})", '4d1e8c2a-7b3f-4e9a-9c1d-2f6b8a0e3c5d'],
    ['SEVDESK_KEY=9c2e7a1f4b8d3e6a0c5f2b9d7e1a4c8f', '9c2e7a1f4b8d3e6a0c5f2b9d7e1a4c8f'],
    ["const moneybirdKey = 'Mq7Zt2Vb9Xk4Lp1Rw8Ns3Hd6'", 'Mq7Zt2Vb9Xk4Lp1Rw8Ns3Hd6'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('lookup, ordering, idempotency and public keys, and short or word values, are not', () => {
    expect(secrets("IDEMPOTENCY_KEY = '4d1e8c2a-7b3f-4e9a-9c1d-2f6b8a0e3c5d'")).toEqual([]);
    expect(secrets("cache_key = 'user-profile-v2'")).toEqual([]);
    expect(secrets("STRIPE_PUBLISHABLE_KEY='Mq7Zt2Vb9Xk4Lp1Rw8Ns3Hd6Xy'")).toEqual([]);
    expect(secrets("sort_key: 'created_at'")).toEqual([]);
    expect(secrets("LEX_KEY = 'lex-2024'")).toEqual([]);
  });
});

describe('Authorization headers of other schemes', () => {
  it.each([
    ["$headers = @{ Authorization = 'SSWS 00aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY2zA4' }", '00aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY2zA4'],
    ["req['Authorization'] = 'Bearer Mq7Zt2Vb9Xk4Lp1Rw8Ns3Hd6'", 'Mq7Zt2Vb9Xk4Lp1Rw8Ns3Hd6'],
    ['Authorization: Token 9c2e7a1f4b8d3e6a0c5f2b9d7e1a4c8f', '9c2e7a1f4b8d3e6a0c5f2b9d7e1a4c8f'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a scheme followed by a placeholder or a word is not', () => {
    expect(found("Authorization = 'SSWS {{apiToken}}'")).toEqual([]);
    expect(found('Authorization: Token your-token-here')).toEqual([]);
    expect(found('authorization: required for every endpoint')).toEqual([]);
  });
});

describe('key phrases in prose and labels, in the six languages, with or without a vendor', () => {
  it.each([
    ['en', 'Here is our Datadog API key: 4f8c2e1a9b7d3c5e6f0a1b2c3d4e5f6a, why does the agent fail?', '4f8c2e1a9b7d3c5e6f0a1b2c3d4e5f6a'],
    ['fr', 'Voici la clé API Mistral : Xk7pQ2mV9zL4wR8tN3bY6cH1jF5dS0aE', 'Xk7pQ2mV9zL4wR8tN3bY6cH1jF5dS0aE'],
    ['es', 'Mi clave de acceso: 5664ea89-1779-4083-bf9a-87c9ddf2eebf', '5664ea89-1779-4083-bf9a-87c9ddf2eebf'],
    ['it', 'La chiave API di Mailjet: 85f54235f6d1959530dee3f9f7f75615', '85f54235f6d1959530dee3f9f7f75615'],
    ['de', 'Unser sevDesk API-Schlüssel: 9c2e7a1f4b8d3e6a0c5f2b9d7e1a4c8f', '9c2e7a1f4b8d3e6a0c5f2b9d7e1a4c8f'],
    ['nl', 'API-sleutel van Moneybird: MuDcg7H7Vkhg9TlNhlgKNDrm3x', 'MuDcg7H7Vkhg9TlNhlgKNDrm3x'],
  ])('%s', (_lang, text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('placeholders, words, request ids and lookup keys are not', () => {
    expect(secrets('API key: your-api-key-here')).toEqual([]);
    expect(secrets('clé API : <votre-clé>')).toEqual([]);
    expect(secrets('Request id: 5664ea89-1779-4083-bf9a-87c9ddf2eebf')).toEqual([]);
    expect(secrets('Primary key: customer_id')).toEqual([]);
    expect(secrets('La clave API de Stripe: process.env.STRIPE_KEY')).toEqual([]);
    expect(secrets('Chiave API: xxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
  });
});

describe('SDK clients with the key as first argument, PATs, ini keys, empty-user Basic, other schemes', () => {
  it.each([
    ['import cohere\nco = cohere.ClientV2("Hq7TzLw2mVb9Xc4RnPk8Ys3DfGj6Ae1UoZi5NtQr")', 'Hq7TzLw2mVb9Xc4RnPk8Ys3DfGj6Ae1UoZi5NtQr'],
    ['const client = new postmark.ServerClient("3c1f2a7e-8b4d-4e6a-9c2b-5d7f1e3a9b0c");', '3c1f2a7e-8b4d-4e6a-9c2b-5d7f1e3a9b0c'],
    ["st = stripe.Stripe('Xk29fLqP7mZr4TnW8vBc1YhJ6sDg3KeA')", 'Xk29fLqP7mZr4TnW8vBc1YhJ6sDg3KeA'],
    ["client = SearchClientSync('QX7B2K9LMA', '4b8e1c9d2f7a3e6b0c5d8f1a2e4b7c9d')", '4b8e1c9d2f7a3e6b0c5d8f1a2e4b7c9d'],
    ['ASANA_PAT=1/1204981227793192:7e3c5a9b1d2f4e6a8c0b2d4f6a8c1e3b', '1/1204981227793192:7e3c5a9b1d2f4e6a8c0b2d4f6a8c1e3b'],
    ['rclone config:\n[b2]\ntype = b2\naccount = 0051a2b3c4d5e6f0000000004\nkey = K005Zq8RtLm2Vx7NcB4HsP9WdJ3kGf1', 'K005Zq8RtLm2Vx7NcB4HsP9WdJ3kGf1'],
    [`[http "https://dev.azure.com"]\n\textraheader = AUTHORIZATION: Basic ${btoa(':q7w2e9r4t1y6u3i8o5p0a2s7d4f9g1h6')}`, btoa(':q7w2e9r4t1y6u3i8o5p0a2s7d4f9g1h6')],
    ['CLOUDINARY_URL=cloudinary://812736450918273:Zt8Qm3VxK1pLw7Rc4NbY9sHd2Jf6Ge0A@negozio', 'Zt8Qm3VxK1pLw7Rc4NbY9sHd2Jf6Ge0A'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a first argument that is a name, a host, a variable or a placeholder, or a class not named as its module, is not reported', () => {
    expect(secrets("co = cohere.ClientV2(api_key)")).toEqual([]);
    expect(secrets("co = cohere.ClientV2('your-api-key')")).toEqual([]);
    expect(secrets('co = cohere.ClientV2(process.env.COHERE_API_KEY)')).toEqual([]);
    expect(secrets("u = uuid.UUID('3c1f2a7e-8b4d-4e6a-9c2b-5d7f1e3a9b0c')")).toEqual([]);
    expect(secrets("oid = bson.ObjectId('507f1f77bcf86cd799439011')")).toEqual([]);
    expect(secrets("c = redis.Redis('cache.internal.example')")).toEqual([]);
  });

  it('a PAT, an ini key or a URL password that is no secret is not reported', () => {
    expect(secrets('ASANA_PAT=${ASANA_PAT}')).toEqual([]);
    expect(secrets('GITHUB_PAT=<token>')).toEqual([]);
    expect(secrets('Pat: see you tomorrow at 10')).toEqual([]);
    expect(secrets('[b2]\ntype = b2\nkey = xxx')).toEqual([]);
    expect(secrets('[main]\nkey = K005Zq8RtLm2Vx7NcB4HsP9WdJ3kGf1')).toEqual([]);
    expect(secrets('CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>')).toEqual([]);
    expect(secrets('CLOUDINARY_URL=cloudinary://key:${SECRET}@demo')).toEqual([]);
  });
});

describe('a Symfony mailer DSN', () => {
  it('the domain after the key is no password', () => {
    expect(detect('MAILER_DSN=mailgun+api://KEY:mg.example.org@default').filter((f) => f.entity === 'PASSWORD_IN_URL')).toEqual([]);
  });
});

describe('passwords of registry, cloud, database and key-store command lines', () => {
  it.each([
    ['CI log: docker login -u ci-bot -p Zq8!mR2vLx7 registry.example.com', 'Zq8!mR2vLx7'],
    ['az login --service-principal -u 3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c -p Kx7~Lq2Wz9Rp4Mt1Vb6Nc3 --tenant contoso.example', 'Kx7~Lq2Wz9Rp4Mt1Vb6Nc3'],
    ["Verbindung klappt nicht: mongosh 'mongodb://db01:27017' -u admin -p Tb6yP1kQx8Zs", 'Tb6yP1kQx8Zs'],
    ["sqlcmd -S sql01 -U sa -P 'Str0ng!Passw0rd' -Q 'SELECT 1'", 'Str0ng!Passw0rd'],
    ['keytool -importkeystore -srckeystore app.p12 -srcstorepass Hq3xR7mWv2 -destkeystore app.jks', 'Hq3xR7mWv2'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a port, a file or an environment source after the same flags is not reported', () => {
    expect(secrets('docker run -p 8080:80 -p 8443:443 nginx:1.27')).toEqual([]);
    expect(secrets('ssh -p 2222 deploy@bastion01 && psql -h db -p 5432 -U app')).toEqual([]);
    expect(secrets('openssl pkcs12 -in app.p12 -passin env:P12_PASS -nodes')).toEqual([]);
  });
});

describe('an API key sent as the Basic user with a throwaway password', () => {
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  it.each([
    ['This returns 401: curl -u Zt4qWm8RpL2xNv6KcB0y:X https://acme.helpdesk.example/api/v2/contacts', 'Zt4qWm8RpL2xNv6KcB0y'],
    ['Warum 403? curl --user Hb7nQe2VmT9sLw4Xk1Pa:api_token https://api.zeiterfassung.example/v9/me', 'Hb7nQe2VmT9sLw4Xk1Pa'],
    ["Ça renvoie 401 : curl -s -u 'Rk3vYp8ZmC1tQw6Nb2Lx:x' https://support.exemple.fr/api/v2/tickets", 'Rk3vYp8ZmC1tQw6Nb2Lx'],
    ['Da 401: curl -u Wq9bTn3KsE7mPx2Lr5Vc: https://soporte.ejemplo.es/api/v2/tickets', 'Wq9bTn3KsE7mPx2Lr5Vc'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('the same key base64-encoded in a Basic header is found (nl, it)', () => {
    const nl = `Geeft 401: curl -H "Authorization: Basic ${b64('Pm6xRt2WqZ8nKc4Vb1Ly:X')}" https://x.example.nl/api`;
    expect(secrets(nl)).toEqual([b64('Pm6xRt2WqZ8nKc4Vb1Ly:X')]);
    const it = `Errore 401: Authorization: Basic ${b64('Jc5sNw9TqB3mXe7Rk2Pz:')}`;
    expect(secrets(it)).toEqual([b64('Jc5sNw9TqB3mXe7Rk2Pz:')]);
  });

  it('a user name, a camelCase word or a variable with a throwaway password is no key', () => {
    expect(secrets('curl -u admin:X https://intranet.example/api')).toEqual([]);
    expect(secrets('curl -u MyAppConfig2024Key:X https://intranet.example/api')).toEqual([]);
    expect(secrets('curl -u $HELPDESK_KEY:X https://acme.helpdesk.example/api/v2/tickets')).toEqual([]);
    expect(secrets(`Authorization: Basic ${b64('support:X')}`)).toEqual([]);
  });
});

describe('a short generated key under a vendor name', () => {
  it.each([
    ['HELPDESK_KEY=Vn4kRt8QzL1wXc6YpB3m', 'Vn4kRt8QzL1wXc6YpB3m'],
    ['export ticketsKey=Gd2pLs7WxK9qNz3Rt5Hb', 'Gd2pLs7WxK9qNz3Rt5Hb'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a word-like or short value is not', () => {
    expect(secrets('CACHE_PREFIX_KEY=OrdersByCustomer2024')).toEqual([]);
    expect(secrets('HELPDESK_KEY=Support2024Team')).toEqual([]);
  });
});

describe('MQTT command-line clients: -P and --pw are the broker password', () => {
  it.each([
    ['why is this refused?\nmosquitto_pub -h 10.1.1.5 -u line3 -P Hx7!pQ2v#Lm -t plant/a -m 1', 'Hx7!pQ2v#Lm'],
    ['Verbindung abgelehnt:\nmosquitto_sub -h 10.20.30.41 -u halle3 -P "Sp4nn!Wandler" -t werk/#', 'Sp4nn!Wandler'],
    ['connexion refusée : mosquitto_sub -h 10.60.4.12 -u ligne5 --pw Pr3sse!Hydr -t capteurs/#', 'Pr3sse!Hydr'],
    ['no conecta: mosquitto_pub -h 10.50.1.9 -u nave2 -P Tr0quel@d0ra -t nave/2 -m ok', 'Tr0quel@d0ra'],
    ['waarom geweigerd? mqttx pub -h 10.70.3.8 -u kas4 -P Tom@at!Kas_4 -t klimaat/x -m 1', 'Tom@at!Kas_4'],
    ['rifiutato: mosquitto_rr -h 10.80.5.21 -u linea7 -P Stamp!ggio77 -t req -e resp -m ping', 'Stamp!ggio77'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('a variable, a placeholder, an address or another tool\'s -P (a port) is not a password', () => {
    for (const text of [
      'mosquitto_sub -h broker -u gw -P $MQTT_PASS -t x',
      'mosquitto_sub -h broker -p 8883 -u gw -P changeme -t x',
      'mosquitto_sub -h broker -u gw -P ops@firma.de -t x',
      'scp -P 2222 firmware.bin admin@10.0.0.1:/tmp',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});

describe('session getters, signing calls and a quoted password joined to its user (issue 13)', () => {
  it.each([
    // A session or token getter given a user and a password, read as a login.
    ["Der Aufruf scheitert:\nkey = api.get_session_key('auswertung', 'Rk4vTq8WmZ2pLx9B')", 'Rk4vTq8WmZ2pLx9B'],
    ["const s = await client.createSession('ventas', 'Hn7#qPz2Lw')", 'Hn7#qPz2Lw'],
    // The signing key in its documented place.
    ["$firma = $api->createMerchantSignature('Zp4kQ9wR2mX7vB1nC6tY8uL3sD5fG0hJ');", 'Zp4kQ9wR2mX7vB1nC6tY8uL3sD5fG0hJ'],
    ["$sig = hash_hmac('sha256', $payload, 'Lw3Rt8Kq2Zm9Xv4Bn7Cy1Pd6');", 'Lw3Rt8Kq2Zm9Xv4Bn7Cy1Pd6'],
    ["const h = crypto.createHmac('sha256', 'Qm5Vz8Tn2Wk7Rp4Xy1Lb9Hc3'); ", 'Qm5Vz8Tn2Wk7Rp4Xy1Lb9Hc3'],
    ["mac = hmac.new(b'Tb6Yq2Wn9Kx4Rm7Zp1Vc3Hd8', msg, hashlib.sha256)", 'Tb6Yq2Wn9Kx4Rm7Zp1Vc3Hd8'],
    // A bare user and a quoted password, one shell word.
    ["Waarom 401? curl -u redactie:'KwtRbnPqzXvL' https://example.org/wp-json/wp/v2/posts", 'KwtRbnPqzXvL'],
    ['curl -u admin:"Vd7!mQ2zLp" https://example.org/api', 'Vd7!mQ2zLp'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    // The data argument, a variable, a hex digest, the merchant parameters' base64 JSON; a placeholder password.
    "$firma = $api->createMerchantSignature($claveComercio);",
    "$sig = hash_hmac('sha256', 'Zp4kQ9wR2mX7vB1nC6tY8uL3sD5fG0hJ', $key);",
    "const h = crypto.createHmac('sha256', '3f9c0e2b7d1a4c6e8b5f0a2d4c6e8a1f');",
    "$api->createMerchantSignatureNotif($key, 'eyJEc19EYXRlIjoiMDFcLzAxXC8yMDI1IiwiRHNfSG91ciI6IjEwOjAwIn0=');",
    "token = api.get_session_key('admin', 'password')",
    "curl -u admin:'<password>' https://example.org/api",
    "curl -u admin:'' https://example.org/api",
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a Basic header carrying a raw key (issue 13)', () => {
  it('a machine-made key that is no encoded user:password is the credential', () => {
    expect(secrets('Ik stuur Authorization: basic Tq7mRxZ2pLwB9kVn-3YsD8aFe-Wm4QzRt2 mee')).toEqual(['Tq7mRxZ2pLwB9kVn-3YsD8aFe-Wm4QzRt2']);
  });
  it("a sample's encoded user:password stays clean", () => {
    expect(secrets('Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=')).toEqual([]);
  });
});

describe('any long option named for a secret, credential objects, net use', () => {
  it.each([
    ["./sync-tool --host db01 --password-db 'Tr0ub4dor&3x'", 'Tr0ub4dor&3x'],
    ['./sync --contrasena bakkerij1987 --usuario tienda', 'bakkerij1987'],
    ['export-tool --passwort Sommer2024!Haus', 'Sommer2024!Haus'],
    ['./push --clave-api 3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34', '3f9b2c71-8e4d-4a6b-9c15-7d2e8f0a1b34'],
    ['./sync-tool --secret-key tk_8HqPz3VmW2xRk5LnT7cY', 'tk_8HqPz3VmW2xRk5LnT7cY'],
    ['var cred = new NetworkCredential("noreply@kanzlei.example", "Vx8kq2Lm!Rt5");', 'Vx8kq2Lm!Rt5'],
    ['new UsernamePasswordCredentials("svc", "Molen!Delft_63")', 'Molen!Delft_63'],
    ['net use Z: \\\\fileserver\\share /user:KANZLEI\\sekretariat Vx8kq2Lm!Rt5', 'Vx8kq2Lm!Rt5'],
    ['NET USE S: \\\\nas01\\scans Tulp!Haarlem90 /user:scanner', 'Tulp!Haarlem90'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });
  it.each([
    './sync-tool --token-file /etc/sync/token --secret-name prod-db --password-file ~/.pgpass',
    './sync-tool --api-key "$API_KEY" --clave-api "${CLAVE_API}"',
    './build --hostname web01 --key-size 4096 --passwort-min-laenge 12',
    'var cred = new NetworkCredential(settings.User, settings.Password);',
    'net use Z: \\\\fileserver\\scans /persistent:yes',
    'net use Y: \\\\fileserver\\hr * /user:KANZLEI\\sekretariat',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('admin commands and statements that put the password in a place of their own', () => {
  it.each([
    ["CREATE USER 'report'@'%' IDENTIFIED BY 'Kq7!vRt2Lm9x';", 'Kq7!vRt2Lm9x'],
    ['htpasswd -b /etc/nginx/.htpasswd admin Kq7!vRt2Lm9x', 'Kq7!vRt2Lm9x'],
    ['htpasswd -nb admin Tulp!Haarlem90', 'Tulp!Haarlem90'],
    ['rabbitmqctl add_user shop Kq7!vRt2Lm9x', 'Kq7!vRt2Lm9x'],
    ['net user scanuser Kq7!vRt2Lm9x /add', 'Kq7!vRt2Lm9x'],
    ['$secure = ConvertTo-SecureString "Kq7!vRt2Lm9x" -AsPlainText -Force', 'Kq7!vRt2Lm9x'],
    ["echo 'Kq7!vRt2Lm9x' | sudo -S systemctl restart nginx", 'Kq7!vRt2Lm9x'],
    ['echo "backup:Kq7!vRt2Lm9x" | chpasswd', 'Kq7!vRt2Lm9x'],
    ['zip -P Kq7!vRt2Lm9x export.zip lohn.csv', 'Kq7!vRt2Lm9x'],
    ['7z a -pKq7!vRt2Lm9x export.7z lohn.csv', 'Kq7!vRt2Lm9x'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });
  it.each([
    "CREATE USER report IDENTIFIED BY VALUES 'S:9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c';",
    'CREATE USER app IDENTIFIED BY :pwd;',
    'htpasswd -c /etc/nginx/.htpasswd admin',
    'net user scanuser * /add',
    'net user scanuser /delete',
    '$secure = Read-Host "Password" -AsSecureString',
    'echo "$PASS" | sudo -S apt update',
    'gzip -p 4 dump.sql && zip -r export.zip lohn/',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});
