// Secret-store references are no secrets; Discord tokens by their structure; a Bearer token with a dotted random body;
// a form's placeholder street under a JSON address key. Every token below is random text of the shape, no credential.
import { describe, expect, it } from 'vitest';
import { classify, detect } from './index.js';

const secrets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.dataClass === 'secret')
    .map((f) => text.slice(f.start, f.end));

describe('a config value that references a secret store is no secret', () => {
  it.each([
    ['en, AWS Secrets Manager ARN', 'Is this right?\nSTRIPE_TOKEN: arn:aws:secretsmanager:eu-west-1:210987654321:secret:billing-stripe'],
    ['de, ARN with a suffixed name', 'Passt das?\napi_token = "arn:aws:secretsmanager:eu-central-1:210987654321:secret:prod/StripeKey-Qw3Er7"'],
    ['fr, SSM parameter ARN', 'Est-ce correct ?\nSTRIPE_TOKEN: arn:aws:ssm:eu-west-3:210987654321:parameter/prod/stripe_token'],
    ['es, Bank-Vaults', '¿Está bien?\nSTRIPE_TOKEN: vault:/secret/data/prod/Stripe2027#token'],
    ['nl, Google Secret Manager', 'Klopt dit?\nSTRIPE_TOKEN: projects/shop-prod-2027/secrets/StripeToken/versions/latest'],
    ['it, GitHub Actions and 1Password', 'Va bene?\nSTRIPE_TOKEN: ${{ secrets.STRIPE_TOKEN_2027 }}\nAPI_KEY: op://Prod/Stripe2027/credential'],
    ['en, Azure Key Vault', 'STRIPE_TOKEN=@Microsoft.KeyVault(SecretUri=https://kv-shop.vault.azure.net/secrets/StripeToken2027/)'],
    ['nl, Azure Key Vault by vault and secret name, under ApiKey', 'Klopt dit?\n"Betaal": { "ApiKey": "@Microsoft.KeyVault(VaultName=kv-winkel-prod;SecretName=betaal-sleutel)" }'],
    ['de, Azure Key Vault under password', 'Passt das?\n"Datenbank": { "password": "@Microsoft.KeyVault(VaultName=kv-lager;SecretName=db-pw2)" }'],
  ])('%s', (_what, text) => {
    expect(secrets(text)).toEqual([]);
  });

  it('still finds a real token next to a reference', () => {
    const text = 'DB_URL: ${{ secrets.DB_URL }}\nSTRIPE_TOKEN: arn:aws:secretsmanager:eu-west-1:210987654321:secret:stripe\nAPI_TOKEN: q8Vb2LmN4pR7tY1wZ5cK9dF3gH6jS0aE';
    expect(secrets(text)).toEqual(['q8Vb2LmN4pR7tY1wZ5cK9dF3gH6jS0aE']);
  });
});

describe('Discord tokens by their structure', () => {
  // "MTIzNDU2Nzg5MDEyMzQ1Njc4" is the base64 of the snowflake 123456789012345678.
  const snowflakeToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaB3cd.Xy9Kq2Lm8Np4Rs6Tu0Vw1Xz3Ab5Cd7Ef9Gh';
  const randomHead = 'uJmfh5bOEe61bK35t3whxWLH.avpB9n.Ukan9TLYs7N2UrguiAD9VkBFBoHm7HPrD6UFan';

  it('a first part that decodes to a user id is enough, in any language', () => {
    for (const lead of ['the log shows', 'im Log steht', 'le journal montre', 'el registro muestra', 'het logboek toont', 'il log mostra'])
      expect(secrets(`${lead} ${snowflakeToken} again`)).toEqual([snowflakeToken]);
  });

  it('discord.py and discord.js calls name Discord without the word', () => {
    expect(secrets(`client.run('${randomHead}')\n# il bot non legge i messaggi: intents?`)).toEqual([randomHead]);
    expect(secrets(`await client.login("${randomHead}");`)).toEqual([randomHead]);
  });

  it('a legacy MFA token', () => {
    const mfa = `mfa.${'Kq3Vb8LmN2pR7tY1wZ5cK9dF4gH6jS0a'.repeat(2)}E2uI8oP3rT5wQ7yU1iO9`;
    expect(mfa.length).toBe(88);
    expect(secrets(`user token ${mfa}`)).toEqual([mfa]);
  });

  it('the same shape with a random first part and no Discord cue stays clean', () => {
    expect(secrets(`build ${randomHead} finished`)).toEqual([]);
  });
});

describe('a Bearer token with a dotted body', () => {
  it('is found when one part is machine-made', () => {
    const token = 'acme_Qw7Er2Ty9Ui.Zx4Cv6Bn8Mm1Lk3Jh5Gf7Ds9Aa2Ss4Dd';
    expect(secrets(`headers = {"Authorization": "Bearer ${token}"}`)).toEqual([token]);
  });

  it('not when it is code', () => {
    expect(secrets('headers = {"Authorization": "Bearer self.access_token_value"}')).toEqual([]);
  });
});

describe('a placeholder street under a JSON address key', () => {
  it.each([
    ['de', '{"vorname": "Erika", "strasse": "Musterstraße 1", "plz": "12345"}'],
    ['es', '{"nombre": "Fulano", "direccion": "Calle Falsa 123"}'],
    ['nl', '{"voornaam": "Jan", "adres": "Voorbeeldstraat 12"}'],
    ['it', '{"nome": "Mario", "indirizzo": "Via Esempio 4"}'],
  ])('%s', (_lang, json) => {
    expect(classify({ messages: [{ role: 'user', content: `Is this fixture valid?\n${json}` }] }).findings.filter((f) => f.entity === 'STREET_ADDRESS')).toEqual([]);
  });

  it('a real street under the key is still an address', () => {
    const c = classify({ messages: [{ role: 'user', content: 'Check:\n{"vorname": "Jonas", "strasse": "Lindenweg 14"}' }] });
    expect(c.findings.map((f) => f.entity)).toContain('STREET_ADDRESS');
  });
});

describe('a Terraform expression naming another resource is no secret', () => {
  it.each([
    ['en, Vault KV v2 data source', 'Why does plan fail here?\nresource "aws_rds_cluster" "main" {\n  master_username = var.admin_user\n  master_password = data.vault_kv_secret_v2.billing.data["pw"]\n}'],
    ['de, Secrets Manager version', 'Warum schlägt das fehl?\nresource "aws_db_instance" "lager" {\n  password = data.aws_secretsmanager_secret_version.lager2.secret_string\n}'],
    ['fr, module output', 'Pourquoi ça casse ?\nresource "azurerm_mssql_server" "compta" {\n  administrator_login_password = module.coffre.mot_de_passe_sql\n}'],
    ['es, variable', '¿Por qué falla?\nresource "google_sql_user" "erp" {\n  name     = "erp"\n  password = var.erp_db_password2\n}'],
    ['nl, local value', 'Waarom gaat dit mis?\nlocals { api = "x" }\nresource "x" "y" {\n  api_token = local.webwinkel_token_v2\n}'],
    ['it, Key Vault secret', 'Perché fallisce?\nresource "azurerm_postgresql_server" "magazzino" {\n  administrator_login_password = data.azurerm_key_vault_secret.pg01.value\n}'],
  ])('%s', (_what, text) => {
    expect(secrets(text)).toEqual([]);
  });

  it('still finds a literal password in quotes, and an unquoted one with too few parts', () => {
    expect(secrets('resource "x" "y" {\n  password = "data.vault.kv2.Zq7"\n}')).not.toEqual([]);
    expect(secrets('DB_PASSWORD=data.summer2024!')).not.toEqual([]);
    expect(secrets('password = Hx7$kq2Lm9vB\n')).not.toEqual([]);
  });
});

describe('an assignment that reads an environment variable names where the secret is kept (secret-rules.ts ENV_REFERENCE)', () => {
  it.each([
    ['en, Node', 'Is this safe? `const pay = createClient({ apiKey: process.env.PAY_API_KEY_2! });`'],
    ['de, Python', 'Passt das so?\npassword = os.environ["DB_PASSWORD_2"]\nDer Wert steht im Hosting-Dashboard.'],
    ['fr, Vite', 'Est-ce correct ?\nconst client = init({ apiKey: import.meta.env.VITE_PAY_KEY_2 })'],
    ['es, Deno', '¿Está bien así?\nconst opts = { password: Deno.env.get("DB_PW_2") };'],
    ['nl, Java', 'Klopt dit?\nString pwd = System.getenv("DB_PW_2");\nprops.put("password", pwd);'],
    ['it, Ruby', 'Va bene?\nconfig.api_key = ENV.fetch("PAY_KEY_2")\nconfig.password=ENV["DB_PW_2"]'],
  ])('%s', (_what, text) => {
    expect(secrets(text)).toEqual([]);
  });

  it('a literal value next to such a read is still found', () => {
    const text = 'const pay = createClient({ apiKey: process.env.PAY_API_KEY_2! });\nconst db = connect({ password: Xk9!mm2Qv7 });';
    expect(secrets(text)).toEqual(['Xk9!mm2Qv7']);
  });
});
