// The vendor token formats of vendor-secret-rules.ts and the inner-literal and Discord shapes of config-secrets.ts.
// Each token below is random text of the vendor's shape (no real credential); each near miss guards a rule's edge.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.dataClass === 'secret')
    .map((f) => text.slice(f.start, f.end));

describe('prefix-anchored vendor tokens are found in code', () => {
  it.each([
    ['Stripe webhook secret', 'whsec_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO'],
    ['WooCommerce consumer key', 'ck_2dbc1048a483587c389dcb79e4cb18d267e8bff3'],
    ['WooCommerce consumer secret', 'cs_bdd7471ea71bc1411e84781b55c0a96352abb1a5'],
    ['Notion', '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'],
    ['Notion (legacy)', 'secret_Xq3Vb8LmN2pR7tY1wZ5cK9dF4gH6jS0aE2uI8oP3rT5'],
    ['Sentry user', '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'],
    ['Sentry org', 'sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V'],
    ['Linear', 'lin_api_ljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJ'],
    ['Postman', 'PMAK-cccc3fc1626e53a13043b026-c48bbf33feff9243a8f506b40928b5b7a7'],
    ['Doppler', 'dp.pt.NZYW2mZp0zVZomHFwUbbYrEqmSM9wCZ7Uw9xfogoEmv'],
    ['Doppler service token', 'dp.st.prd.NZYW2mZp0zVZomHFwUbbYrEqmSM9wCZ7Uw9xfogoEmv'],
    ['Pulumi', 'pul-6f0fb23c6f5da2cec255404e4fb440034d660869'],
    ['Grafana service account', 'glsa_GpWLuqIA1id6Vw5DQL05HA064GiIjHGb_e50454f3'],
    ['New Relic', 'NRAK-9DU7794G9DPMRCG629BE2U66MR2'],
    ['Airtable', 'patGIZEG8pSH4487q.6e4d3cea27d26934b484e73cf575dcad6ba2b0aee0ca923732881584d8c4fa28'],
    ['Figma', 'figd_dZSlB5er8bOfZqfM2oeq3hDavJA76rNicHTp8hkq'],
    ['Supabase', 'sbp_1569969e58b081006f7e3dfc967a64cb14028d51'],
    ['Heroku', 'HRKU-AAfQ1y3GQsMpSscDlkrCaqx9vJupc94tnwlavyfErGPmpGXafq0fjzLczbtt'],
    ['Twilio API key', 'SK724caf4941d4072014b3ce107f80e222'],
    ['Square', 'sq0csp-VVEqZe2qpUWnoVPDF2yeE6RsXcNOPmeMjvqPVStNKia'],
    ['Braintree', 'access_token$production$4d5rgn5s7s333h9m$92f09e2e8c662248b483b7ffc050fec9'],
    ['Databricks', 'dapi4dbca3a0aac36098b2cc2bd818319478'],
    ['Brevo', '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'],
    ['Mapbox secret', 'sk.eyJ1IjoiYWNtZSIsImEiOiJyzPCB9t203.9bicBTW5ZE9LFaez7770H2'],
    ['age', 'AGE-SECRET-KEY-1AU0XWFFXA9ZQGWZNGSM8XYNVCSWQQNA350700P6NRPVL69SWMHWLZ46HEV'],
    ['1Password secret key', 'A3-AS6EN5-MTMO3OQSG5L-O50DJ-ZDNBJ-0DDLZ'],
    ['Vault', 'hvs.C5T4uUhf7kvmlP7HVDctQUy1xvCkgafrfwA94hJ9WnywX0t0ZBfdTEmxI6CmuxV5EbOApZOXzcycDeZ6dqmVe5Mvxr'],
    ['Contentful', 'CFPAT-gOMTNwncxvjcnqcMUP6n0a0uARxlNtencYFJEeAgYzQ'],
    ['Dynatrace', 'dt0c01.9J8FKZR0ST0DTW00BXMZZNA1.K1HFZX3KIAD9JZFX6KJWSK7KEGY5MTIC4UDYFKOZM4LNCZ7KYWHJPMC9CUHY39T0'],
    ['Flutterwave', 'FLWSECK_TEST-97dcbee500fe7ee5fc324bdb2e1142a2-X'],
    ['Frame.io', 'fio-u-dWG5yP8Yib2eNUS0hmi4Fs9Z6YkRYU7oe1wNWqku5Nr50DjqG96EnLqNGpuxcmlz'],
    ['RubyGems', 'rubygems_58ac5831be38cb8cb4ba2e751989a01749ddb14f71010b93'],
    ['Prefect', 'pnu_HwIoALtLinxN1Ekia7ZpTjCgeOj3QYrzZq9a'],
    ['ReadMe', 'rdme_d9w275pkacd8bzlpkdga9mj0m760l6tetd48ay13f2logqochvqdr917qsnf6akqpmkumy'],
    ['Scalingo', 'tk-us-vMpy62O6SQ1IEE1HSa2bB9UoK4tYnzNLeK6kjcbhgN7kwjSb'],
    ['Typeform', 'tfp_bciSPOcSeVce2LWxm090I5Qe43W6T8ygpnnhcc826ZWOf0WOOsEgigYWPns'],
    ['NuGet', 'oy2uv1qbwqsdxu64sb0b17gw4d8nfsk1a7msdaw5g5l5w6'],
    ['Google OAuth client secret', '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'],
    ['Docker Hub', 'dckr_pat_7z54VfB4PbxntqB5IGky4Oo8DiI'],
    ['Groq', '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'],
    ['HubSpot', 'pat-na1-57a68353-6c44-99d8-6338-6ce10cd79e04'],
    ['Plaid', 'access-sandbox-8c07dd77-53ed-a83d-7c58-dfe0d5a0cf31'],
    ['Atlassian', 'ATATT3xFfGF0v99NcqVTSu7rtaUWM6ZO88eb0ogET9D9XyYq6B0Fi7FlaZ7Vt0SXjMpu3uDxYYMfGmzWkpAePcEJIukB4geqNfngAFTCloiADN5RpVI2XQWhX1ssrKrxqVqmCplppjs46LmuezqpGHoPZgPDcgaE40o1C6xc4sohdmM0Lm7exG3lCMqXXQ8a'],
    ['Terraform Cloud', 'rwpPtuEFBNOfQ5.atlasv1.xj7t2ydf0K5uY8iH1wOLaQan8ePsqMgLj2olXCwYjn5zYIkN5SMYfQ55JYO1tmFSnHf'],
    ['Azure AD client secret', 'abc8Q~Xy7.Kp2_Lm9Qr4Tz8Vb1Nc3Hd6Fg0Js5W'],
    ['Mailchimp', '3f9a0c2e7b1d4a6c8e5f0b2d4c6a8e1f-us21'],
  ])('%s', (_vendor, token) => {
    expect(secrets(`client = Client(token="${token}")\nprint(client.me())`)).toContain(token);
  });

  it.each([
    ['Azure SAS signature', 'https://acct.blob.core.windows.net/c/f.csv?sv=2022-11-02&se=2026-01-01&sp=r&sig=qInkTY88mHwg2KDInTEGbOY1xHvAV8DnRlzGW7hUNwO%3D', 'sig=qInkTY88mHwg2KDInTEGbOY1xHvAV8DnRlzGW7hUNwO%3D'],
    ['Discord webhook', 'curl -X POST https://discord.com/api/webhooks/112233445566778899/dqryzdaeA6AOSRwLqgotVz89HoZ9zDnki7XeZZOmEPJUo09jwQO10Y0ADsWJPiX1EwY2', 'discord.com/api/webhooks/112233445566778899/dqryzdaeA6AOSRwLqgotVz89HoZ9zDnki7XeZZOmEPJUo09jwQO10Y0ADsWJPiX1EwY2'],
    ['Teams webhook', "url='https://contoso.webhook.office.com/webhookb2/0a1b2c3d-1111-4222-8333-444455556666@9f8e7d6c-aaaa-4bbb-8ccc-ddddeeeeffff/IncomingWebhook/5d41402abc4b2a76b9719d911017c592/0a1b2c3d-7777-4888-9999-000011112222'", 'webhook.office.com/webhookb2/0a1b2c3d-1111-4222-8333-444455556666@9f8e7d6c-aaaa-4bbb-8ccc-ddddeeeeffff/IncomingWebhook/5d41402abc4b2a76b9719d911017c592/0a1b2c3d-7777-4888-9999-000011112222'],
    ['Discord bot token (discord.py)', "import discord\nclient.run('uJmfh5bOEe61bK35t3whxWLH.avpB9n.Ukan9TLYs7N2UrguiAD9VkBFBoHm7HPrD6UFan')", 'uJmfh5bOEe61bK35t3whxWLH.avpB9n.Ukan9TLYs7N2UrguiAD9VkBFBoHm7HPrD6UFan'],
  ])('%s', (_what, text, token) => {
    expect(secrets(text)).toContain(token);
  });
});

describe('near misses stay clean', () => {
  it.each([
    'set the signing secret as whsec_your_secret_here in the dashboard',
    "new Client('https://shop.example', 'ck_0000000000000000000000000000000000000000', 'cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')",
    'the ntn_ prefix marks new Notion tokens; ours is ntn_placeholder',
    'rename secret_key_for_the_payment_service_and_webhooks_v2 in config',
    'the patient had a dapibus condition, see patGIZEG8pSH4487q for the file',
    'SKU SKABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF is out of stock',
    'the API-GATEWAYCONFIGURATIONSETTINGS page explains it',
    'pattern: sig=signature_goes_here_and_is_computed_by_the_server_side',
    'the hvs.prefix.of.vault.tokens is documented at hvs.introduction',
    're_exported_module_name_for_things is a variable',
    'the dp.pt. prefix is a Doppler personal token',
    'see https://discord.com/api/webhooks/ for the webhook docs',
    // A dotted identifier in a Discord project: its parts are not random.
    'in discord.py call discord_bot_configuration_helpers.loader.handle_incoming_messages_quickly',
    // The same shape as a Discord bot token in a text that never names or calls Discord, its first part no user id.
    'artifact uJmfh5bOEe61bK35t3whxWLH.avpB9n.Ukan9TLYs7N2UrguiAD9VkBFBoHm7HPrD6UFan uploaded',
    'the en-us locale and 3f9a0c2e7b1d-us are fine',
    'a Q~ in text like 1234Q~ is nothing',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a bare token or secret key with a machine-made value (config-secrets.ts)', () => {
  it.each([
    ['an ini file', '[auth]\ntoken=a9F3kLm2Qx8Rt7Vb1Nc4Hd6Jp0Ws5Ye', 'a9F3kLm2Qx8Rt7Vb1Nc4Hd6Jp0Ws5Ye'],
    ['a client option', "const client = new Foo({ token: 'a9F3kLm2Qx8Rt7Vb1Nc4Hd6Jp0Ws5Ye' })", 'a9F3kLm2Qx8Rt7Vb1Nc4Hd6Jp0Ws5Ye'],
    ['a hex secret', 'secret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ])('%s', (_what, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it.each([
    'token: string',
    "token: 'abc123'",
    'secret: process.env.SECRET_VALUE_FOR_APP_2024',
    // Long but one case and no hex: a slug, not a credential.
    'token = "release-candidate-build-2024-final"',
  ])('not: %s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('Doppler and Dropbox tokens (gitleaks doppler-api-token, dropbox-short-lived-api-token)', () => {
  it('finds a 64-character Doppler personal token and a Dropbox short-lived token', () => {
    const dp = `dp.pt.${'3f9c0e2b7d1a4c6e'.repeat(4)}`;
    expect(detect(`doppler configure set token ${dp}`).map((f) => f.rule)).toContain('secret.doppler');
    const sl = `sl.u.${'AbCd3FgH1jKlMn0pQrSt9vWx'.repeat(6)}`;
    expect(detect(`dbx = dropbox.Dropbox('${sl}')`).map((f) => f.rule)).toContain('secret.dropbox');
  });

  it('a short or lower-case "sl." run is no token', () => {
    expect(detect('see sl.example.com and sl.u.abc').filter((f) => f.dataClass === 'secret')).toEqual([]);
    expect(detect(`sl.${'abcdefghij'.repeat(14)}`).filter((f) => f.dataClass === 'secret')).toEqual([]);
  });
});

describe('Meta access tokens (EAA + app letter) and Twitch chat passwords (oauth: + 30) in prose, no key name', () => {
  const FB_G = 'EAAGu8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rESQedUStPKR0CsTy';
  const FB_J = 'EAAJ4Qwb8DwkNhFdnXsiVpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJzzzzgEOzdmenCkhvMdgaKjIg8xNbe3nNyjOq9wMxEhh2FDEEtfjgVvVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoIIXGvO';
  const FB_B = 'EAABoNZYW2mZp0zVZomHFwUbbYrEqmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Qh6yYTWmE4lBYOvfZ8UzDzV8fUkkibjL5DZPjN0MEQ7wjJJibaZUPgHV7iB3m';
  it.each([
    ['en', `My shop's Instagram feed stopped syncing, the token is ${FB_G}, did it expire?`, FB_G],
    ['de', `Unsere Facebook-Seite postet nicht mehr. Im Plugin steht ${FB_J}. Woran liegt das?`, FB_J],
    ['fr', `Le widget Facebook ne charge plus, jeton : ${FB_B}`, FB_B],
    ['es', `La app de Meta devuelve error 190 con ${FB_G}. ¿Caducado?`, FB_G],
    ['nl', `Onze Facebook-koppeling faalt met token ${FB_J}, wat nu?`, FB_J],
    ['it', `Il plugin di Facebook non pubblica: il token è ${FB_B}.`, FB_B],
    ['en', 'Twitch bot login fails: PASS oauth:nbqns6puq80idw3706i8j76b2lajlj then NICK mybot', 'oauth:nbqns6puq80idw3706i8j76b2lajlj'],
    ['de', 'Mein Chatbot für Twitch meldet "Login authentication failed" mit oauth:4h9du7794g9dpmrcg629be2u66mr26.', 'oauth:4h9du7794g9dpmrcg629be2u66mr26'],
    ['fr', 'Le bot du stream ne rejoint pas le salon, mot de passe oauth:846p7q9m2i0hz2uep1enthjxjqi3og', 'oauth:846p7q9m2i0hz2uep1enthjxjqi3og'],
    ['es', 'Mi bot del canal no entra al chat: PASS oauth:z4FkQ1okTBGzvAmwufUxbvJDCTbyvH ¿qué falla?', 'oauth:z4FkQ1okTBGzvAmwufUxbvJDCTbyvH'],
    ['nl', 'De chatbot van mijn stream krijgt geen toegang met oauth:NsG9eh6Yo4gfqrc5XlrWi0B26R08qz, hoe kan dat?', 'oauth:NsG9eh6Yo4gfqrc5XlrWi0B26R08qz'],
    ['it', 'Il bot della chat non si collega, uso oauth:jI6GKFSufrdZSlB5er8bOfZqfM2oeq come password.', 'oauth:jI6GKFSufrdZSlB5er8bOfZqfM2oeq'],
  ])('%s: %s', (_lang, text, token) => {
    expect(secrets(text).join(' ')).toContain(token.replace(/^oauth:/, ''));
  });

  it.each([
    'Twitch IRC wants PASS oauth:your_access_token_goes_here before NICK',
    'write the password as oauth:abcdefghijklmnopqrstuvwxyzabcd in the bot config template',
    // A long word run after EAA with no digit or no capital is no token.
    'EAAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa is a scream',
    'Meta access tokens start with EAA and are about 200 characters long; never paste one here',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe("a Twilio client built with its account SID and auth token (set 38 en-s022)", () => {
  it('finds the pair, whatever the call is named', () => {
    const text = "const client = twilio('AC7a35007aae17244f922b85ccfd8f54a0', '4065367d0d4990faf682b9142e083f1c');";
    expect(secrets(text).join(' ')).toContain('4065367d0d4990faf682b9142e083f1c');
  });

  it('an account SID alone, in a support question, is no credential', () => {
    expect(secrets('Our account SID is AC7a35007aae17244f922b85ccfd8f54a0, which region is it in?')).toEqual([]);
  });
});

describe('payment, work-tool and database vendor prefixes, found in prose with no key name', () => {
  const rulesOf = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => f.rule);
  it.each([
    ['adyen', 'Adyen returns 401 for AQE1hmfxL4nKbR1Fw0m/n3Q5qf3Ve6xLAoddW2xfw3SlmGtGhMeI8ZBYQ6kV6cS6i5YQ8uUQwV1bDb7kfNy1WIxIIkxgBw==-GG9Vqd8rnv6z0HYNxkTPlsCfamNpm0HtLDoXU9lcXmE= now'],
    ['clickup', 'ClickUp me renvoie OAUTH_019 avec pk_12345678_AB3DE5FG7HJ9KL1MN3PQ5RS7TU9VW1XY'],
    ['gocardless', 'GoCardless da error con live_Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d en producción'],
    ['klaviyo', 'Klaviyo geeft 401 op pk_4f9a1c7e2b4d6f8a0c1e3b5d7f9a2c4e6f, waarom?'],
    ['mandrill', 'Mandrill rifiuta md-Ab3dE5fG7hJ9kL1mN3pQ5r da ieri'],
    ['mercadopago', 'Mercado Pago falla con APP_USR-4521873690123456-112233-4f9a1c7e2b4d6f8a0c1e3b5d7f9a2c4e-123456789'],
    ['neon', 'neonctl says unauthorized for napi_4f9a1c7e2b4d6f8a0c1e3b5d7f9a2c4e6f8a0c1e3b5d7f9a2c4e6f8a0c1e3b5d7f9a'],
    ['paddle', 'Paddle webhook setup with pdl_live_apikey_01hx8fd2kl9mn3prb7tz4wc1ys_Ab3dE5fG7hJ9kL1mN3pQ5r_A4x fails'],
    ['posthog', 'PostHog API: phx_Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3k gives 403'],
    ['sumup', 'SumUp checkout: sup_sk_Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY is rejected'],
  ])('%s', (id, text) => {
    expect(rulesOf(text)).toContain(`secret.${id}`);
  });

  it.each([
    // Test and sandbox keys, public keys, a Stripe publishable key and word-like runs after the prefixes.
    'Paddle sandbox keys look like pdl_sdbx_apikey_... and live ones pdl_live_apikey_...',
    'the Stripe publishable key pk_live_51Hx8fD2kL9mN3pRb7Tz4Wc1Ys6 is public',
    'Mercado Pago public key APP_USR-4f9a1c7e-2b4d-4f8a-8c1e-3b5d7f9a2c4e goes in the frontend',
    'the md-documentation-for-the-api page',
    'live_streaming_configuration_for_the_main_event_page is a setting',
    'PostHog project key phc_Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f is public',
    'pk_abcdefghijklmnopqrstuvwxyzabcdefgh is not a key',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});
