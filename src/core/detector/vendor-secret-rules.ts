/**
 * Vendor token formats with a fixed, distinctive prefix (and a fixed length or charset), so they hold without a
 * keyword nearby. secret-rules.ts appends them to its RULES; secrets.ts tries each only where its head occurs.
 *
 * Source: most are ported from gitleaks (https://github.com/gitleaks/gitleaks, MIT licence, Copyright (c) 2019
 * Zachary Rice), config/gitleaks.toml at commit b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b (as of 2026-07-22); the
 * rule id is named in each comment. Only gitleaks' prefix-anchored rules were taken: its keyword rules ("heroku ...
 * = <uuid>") are covered by config-secrets.ts (a key NAME ending in key/token/secret). Where a vendor's own docs
 * name a prefix gitleaks lacks (Stripe webhook secrets, Notion, Supabase, Docker...), the comment says so.
 * Lengths are a little looser than gitleaks' where the prefix alone is distinctive: a token retyped or shortened in a
 * chat still has to be caught. Every pattern is one bounded run per head (no nested quantifiers), so linear.
 */
import type { SecretRule } from './secret-rules.js';

const B = '(?<![A-Za-z0-9_\\-])';
const E = '(?![A-Za-z0-9_\\-])';

// The checks read the token's body (what follows its head).
/** A random token mixes letters and digits; a slug or a word after the prefix does not. */
const mixed = (body: string): boolean => /\d/.test(body) && /[A-Za-z]/.test(body);
/** Both cases and a digit: for prefixes that are ordinary words or identifiers (secret_, hvs....). */
const random = (body: string): boolean => /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);

const rule = (
  entity: string,
  id: string,
  src: string,
  head: string,
  check?: (m: string) => boolean,
  score = 0.95,
): SecretRule => {
  const re = new RegExp(`${B}${src}`, 'g');
  if (check === undefined) return { entity, rule: `secret.${id}`, re, score, head };
  const headAt = new RegExp(`^(?:${head})`);
  return { entity, rule: `secret.${id}`, re, score, head, check: (m) => check(m.slice(headAt.exec(m)?.[0].length ?? 0)) };
};

export const VENDOR_RULES: readonly SecretRule[] = [
  // gitleaks 1password-secret-key, 1password-service-account-token.
  rule('ONEPASSWORD_SECRET_KEY', '1password-secret-key', `A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}${E}`, 'A3-'),
  rule('ONEPASSWORD_TOKEN', '1password-service-account', `ops_eyJ[A-Za-z0-9+/]{250,}={0,3}`, 'ops_eyJ'),
  // gitleaks adobe-client-secret.
  rule('ADOBE_CLIENT_SECRET', 'adobe', `p8e-[A-Za-z0-9]{32}${E}`, 'p8e-', mixed),
  // gitleaks age-secret-key (bech32 alphabet).
  rule('AGE_SECRET_KEY', 'age', `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`, 'AGE-SECRET-KEY-1'),
  // gitleaks airtable-personnal-access-token.
  rule('AIRTABLE_TOKEN', 'airtable', `pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${E}`, 'pat(?=[A-Za-z0-9]{14}\\.)'),
  // gitleaks alibaba-access-key-id.
  rule('ALIBABA_ACCESS_KEY', 'alibaba', `LTAI[A-Za-z0-9]{20}${E}`, 'LTAI', mixed),
  // gitleaks artifactory-api-key, artifactory-reference-token.
  rule('ARTIFACTORY_TOKEN', 'artifactory', `(?:AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})${E}`, 'AKCp|cmVmd'),
  // gitleaks aws-amazon-bedrock-api-key-long-lived.
  rule('AWS_BEDROCK_KEY', 'aws-bedrock', `ABSK[A-Za-z0-9+/]{109,269}={0,2}`, 'ABSK'),
  // gitleaks atlassian-api-token (the ATATT3 form); Bitbucket app passwords start ATBB (Atlassian docs, "App passwords").
  rule('ATLASSIAN_TOKEN', 'atlassian', `ATATT3[A-Za-z0-9_=-]{100,}`, 'ATATT3'),
  rule('BITBUCKET_TOKEN', 'bitbucket', `ATBB[A-Za-z0-9_=.-]{28,}`, 'ATBB', mixed),
  // Braintree (PayPal) access tokens (Braintree docs, "Access tokens"; also detect-secrets' braintree pattern).
  rule('BRAINTREE_TOKEN', 'braintree', `access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}`, 'access_token\\$'),
  // Buildkite user API tokens (Buildkite docs, "API access tokens": bkua_).
  rule('BUILDKITE_TOKEN', 'buildkite', `bkua_[a-f0-9]{40}${E}`, 'bkua_'),
  // CircleCI personal API tokens (CircleCI docs: CCIPAT_).
  rule('CIRCLECI_TOKEN', 'circleci', `CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}${E}`, 'CCIPAT_'),
  // gitleaks clojars-api-token.
  rule('CLOJARS_TOKEN', 'clojars', `CLOJARS_[A-Za-z0-9]{60}${E}`, 'CLOJARS_'),
  // gitleaks cloudflare-origin-ca-key.
  rule('CLOUDFLARE_ORIGIN_CA_KEY', 'cloudflare-origin-ca', `v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}`, 'v1\\.0-'),
  // Contentful personal access tokens (Contentful docs, "Authentication": CFPAT-).
  rule('CONTENTFUL_TOKEN', 'contentful', `CFPAT-[A-Za-z0-9_-]{40,}`, 'CFPAT-'),
  // gitleaks databricks-api-token.
  rule('DATABRICKS_TOKEN', 'databricks', `dapi[a-f0-9]{32}(?:-\\d)?${E}`, 'dapi'),
  // Docker Hub personal and organisation access tokens (Docker docs, "Access tokens": dckr_pat_, dckr_oat_).
  rule('DOCKER_TOKEN', 'docker', `dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,}`, 'dckr_(?:pat|oat)_'),
  // gitleaks doppler-api-token (dp.pt.); Doppler docs, "Token formats", add the service (dp.st.[config.]), CLI,
  // service-account, SCIM and audit tokens. The body is 40 to 64 characters (gitleaks says 43; newer personal tokens
  // are 64 hex digits).
  rule('DOPPLER_TOKEN', 'doppler', `dp\\.(?:(?:pt|ct|sa|scim|audit)\\.|st\\.(?:[a-z0-9_-]{1,64}\\.)?)[A-Za-z0-9]{40,64}${E}`, 'dp\\.(?:pt|st|ct|sa|scim|audit)\\.'),
  // gitleaks dropbox-short-lived-api-token (sl. and 135 characters; gitleaks asks for "dropbox" nearby). Short-lived
  // tokens now start sl.u. or sl.B (Dropbox developer docs, "OAuth Guide"); 130+ characters of both cases and digits
  // after the prefix hold without the keyword.
  rule('DROPBOX_TOKEN', 'dropbox', `sl\\.(?:u\\.)?[A-Za-z0-9_=-]{130,400}${E}`, 'sl\\.', random),
  // gitleaks duffel-api-token.
  rule('DUFFEL_TOKEN', 'duffel', `duffel_(?:test|live)_[A-Za-z0-9_=-]{40,}`, 'duffel_(?:test|live)_'),
  // gitleaks dynatrace-api-token.
  rule('DYNATRACE_TOKEN', 'dynatrace', `dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}${E}`, 'dt0c01\\.'),
  // gitleaks easypost-api-token, easypost-test-api-token.
  rule('EASYPOST_TOKEN', 'easypost', `EZ[AT]K[A-Za-z0-9]{54}${E}`, 'EZ[AT]K'),
  // gitleaks facebook-page-access-token (EAAM, EAAC). Meta's user, page and system-user access tokens all start EAA
  // and the fourth letter varies by app (EAAB, EAAG from the Graph API Explorer, EAAJ...; Meta for Developers,
  // "Access Tokens"): any EAA head with 100+ characters of both cases and digits, where no base64 run goes on.
  rule('FACEBOOK_TOKEN', 'facebook', `EAA[A-Za-z0-9]{100,}${E}(?![+/=])`, 'EAA', random),
  // Figma personal access tokens (Figma developer docs: figd_).
  rule('FIGMA_TOKEN', 'figma', `figd_[A-Za-z0-9_-]{38,}`, 'figd_'),
  // gitleaks flutterwave-secret-key, flutterwave-encryption-key (and the live form without _TEST).
  rule('FLUTTERWAVE_KEY', 'flutterwave', `FLWSECK(?:_TEST)?(?:-[A-Za-z0-9]{32}-X|[a-fA-F0-9]{12})${E}`, 'FLWSECK'),
  // gitleaks flyio-access-token.
  rule('FLYIO_TOKEN', 'flyio', `(?:fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})`, 'fo1_|fm1[ar]_|fm2_'),
  // gitleaks frameio-api-token.
  rule('FRAMEIO_TOKEN', 'frameio', `fio-u-[A-Za-z0-9_=-]{64}${E}`, 'fio-u-'),
  // Firebase Cloud Messaging legacy server keys (Firebase docs; detect-secrets and TruffleHog patterns).
  rule('FIREBASE_SERVER_KEY', 'firebase-fcm', `AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}`, 'AAAA(?=[A-Za-z0-9_-]{7}:APA91b)'),
  // gitleaks gitlab-rrt (runner registration token).
  rule('GITLAB_TOKEN', 'gitlab-runner-registration', `GR1348941[A-Za-z0-9_-]{20}`, 'GR1348941'),
  // Google OAuth client secrets (Google Cloud docs, "client secret": GOCSPX-) and refresh tokens (1//0...).
  rule('GOOGLE_OAUTH_SECRET', 'google-oauth-client-secret', `GOCSPX-[A-Za-z0-9_-]{28}${E}`, 'GOCSPX-'),
  rule('GOOGLE_OAUTH_TOKEN', 'google-refresh-token', `1//0[A-Za-z0-9_-]{40,}`, '1//0', mixed),
  // gitleaks grafana-api-key, grafana-cloud-api-token, grafana-service-account-token.
  rule('GRAFANA_TOKEN', 'grafana', `(?:eyJrIjoi[A-Za-z0-9]{70,400}={0,3}|glc_[A-Za-z0-9+/]{32,400}={0,3}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}${E})`, 'eyJrIjoi|glc_|glsa_'),
  // Groq API keys (Groq console: gsk_).
  rule('GROQ_API_KEY', 'groq', `gsk_[A-Za-z0-9]{40,60}${E}`, 'gsk_', mixed),
  // gitleaks harness-api-key.
  rule('HARNESS_TOKEN', 'harness', `(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}${E}`, 'pat\\.(?=[A-Za-z0-9_-]{22}\\.)|sat\\.(?=[A-Za-z0-9_-]{22}\\.)'),
  // gitleaks heroku-api-key-v2.
  rule('HEROKU_TOKEN', 'heroku', `HRKU-AA[A-Za-z0-9_-]{58}${E}`, 'HRKU-AA'),
  // HubSpot private app tokens (HubSpot docs, "Private apps": pat-<region>-<uuid>).
  rule('HUBSPOT_TOKEN', 'hubspot', `pat-(?:na|eu|ap)\\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`, 'pat-(?:na|eu|ap)\\d-'),
  // gitleaks huggingface-organization-api-token.
  rule('HUGGINGFACE_TOKEN', 'huggingface-org', `api_org_[A-Za-z]{34}${E}`, 'api_org_'),
  // gitleaks infracost-api-token.
  rule('INFRACOST_TOKEN', 'infracost', `ico-[A-Za-z0-9]{32}${E}`, 'ico-', mixed),
  // LangSmith API keys (LangChain docs: lsv2_pt_, lsv2_sk_).
  rule('LANGSMITH_API_KEY', 'langsmith', `lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${E}`, 'lsv2_'),
  // gitleaks linear-api-key; Linear OAuth tokens (lin_oauth_).
  rule('LINEAR_API_KEY', 'linear', `lin_(?:api|oauth)_[A-Za-z0-9]{40,64}${E}`, 'lin_(?:api|oauth)_'),
  // Mapbox secret tokens (Mapbox docs, "Access tokens": sk. and a JWT-like body; pk. tokens are public).
  rule('MAPBOX_SECRET_TOKEN', 'mapbox', `sk\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}`, 'sk\\.eyJ'),
  // Netlify personal access tokens (Netlify docs: nfp_).
  rule('NETLIFY_TOKEN', 'netlify', `nfp_[A-Za-z0-9]{36,40}${E}`, 'nfp_', mixed),
  // gitleaks new-relic-user-api-key, new-relic-insert-key (and the query, REST and admin key prefixes, New Relic docs).
  rule('NEW_RELIC_KEY', 'new-relic', `NR(?:AK|II|IQ|RA|AA)-[A-Za-z0-9_-]{27,42}${E}`, 'NR(?:AK|II|IQ|RA|AA)-', mixed),
  // gitleaks notion-api-token (ntn_); the older internal-integration form is secret_ and 43 characters (Notion docs).
  rule('NOTION_TOKEN', 'notion', `(?:ntn_[A-Za-z0-9]{40,60}|secret_[A-Za-z0-9]{43})${E}`, 'ntn_|secret_(?=[A-Za-z0-9]{43})', random),
  // NuGet.org API keys: oy2 and 43 lower-case alphanumerics (GitHub secret scanning partner list).
  rule('NUGET_API_KEY', 'nuget', `oy2[a-z0-9]{43}${E}`, 'oy2(?=[a-z0-9]{43})', mixed),
  // gitleaks octopus-deploy-api-key.
  rule('OCTOPUS_API_KEY', 'octopus', `API-[A-Z0-9]{26}${E}`, 'API-(?=[A-Z0-9]{26})', (body) => /\d/.test(body)),
  // gitleaks openshift-user-token.
  rule('OPENSHIFT_TOKEN', 'openshift', `sha256~[A-Za-z0-9_-]{43}${E}`, 'sha256~'),
  // gitleaks perplexity-api-key.
  rule('PERPLEXITY_API_KEY', 'perplexity', `pplx-[A-Za-z0-9]{40,56}${E}`, 'pplx-', mixed),
  // Pinecone API keys (Pinecone console: pcsk_).
  rule('PINECONE_API_KEY', 'pinecone', `pcsk_[A-Za-z0-9_]{40,}`, 'pcsk_', mixed),
  // gitleaks plaid-api-token (the access token's own prefix).
  rule('PLAID_TOKEN', 'plaid', `access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`, 'access-(?:sandbox|development|production)-'),
  // gitleaks planetscale-api-token, planetscale-oauth-token, planetscale-password.
  rule('PLANETSCALE_TOKEN', 'planetscale', `pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64}${E}`, 'pscale_(?:tkn|oauth|pw)_'),
  // gitleaks postman-api-token.
  rule('POSTMAN_API_KEY', 'postman', `PMAK-[A-Fa-f0-9]{24}-[A-Fa-f0-9]{34}${E}`, 'PMAK-'),
  // gitleaks prefect-api-token.
  rule('PREFECT_API_KEY', 'prefect', `pnu_[A-Za-z0-9]{36}${E}`, 'pnu_', mixed),
  // gitleaks pulumi-api-token.
  rule('PULUMI_TOKEN', 'pulumi', `pul-[a-f0-9]{40}${E}`, 'pul-'),
  // gitleaks pypi-upload-token.
  rule('PYPI_TOKEN', 'pypi', `pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}`, 'pypi-AgEIcHlwaS5vcmc'),
  // gitleaks readme-api-token.
  rule('README_API_KEY', 'readme', `rdme_[a-z0-9]{70}${E}`, 'rdme_'),
  // Render API keys (Render docs: rnd_).
  rule('RENDER_API_KEY', 'render', `rnd_[A-Za-z0-9]{32}${E}`, 'rnd_', random),
  // Replicate API tokens (Replicate docs: r8_).
  rule('REPLICATE_TOKEN', 'replicate', `r8_[A-Za-z0-9]{30,45}${E}`, 'r8_', mixed),
  // Resend API keys (Resend docs: re_, an 8-character id, _, the secret).
  rule('RESEND_API_KEY', 'resend', `re_[A-Za-z0-9]{8}_[A-Za-z0-9]{20,30}${E}`, 're_(?=[A-Za-z0-9]{8}_)', mixed),
  // gitleaks rubygems-api-token.
  rule('RUBYGEMS_TOKEN', 'rubygems', `rubygems_[a-f0-9]{48}${E}`, 'rubygems_'),
  // gitleaks scalingo-api-token.
  rule('SCALINGO_TOKEN', 'scalingo', `tk-us-[A-Za-z0-9_-]{48}${E}`, 'tk-us-'),
  // gitleaks sendinblue-api-token (Brevo API keys); Brevo SMTP keys have the same shape after xsmtpsib-.
  rule('BREVO_API_KEY', 'brevo', `x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}${E}`, 'x(?:keysib|smtpsib)-'),
  // gitleaks sentry-user-token, sentry-org-token (looser: any base64 body after sntrys_).
  rule('SENTRY_TOKEN', 'sentry', `(?:sntryu_[a-f0-9]{64}${E}|sntrys_[A-Za-z0-9+/=_-]{40,})`, 'sntry[us]_'),
  // gitleaks shippo-api-token.
  rule('SHIPPO_TOKEN', 'shippo', `shippo_(?:live|test)_[A-Fa-f0-9]{40}${E}`, 'shippo_(?:live|test)_'),
  // gitleaks slack-app-token.
  rule('SLACK_TOKEN', 'slack-app', `xapp-\\d-[A-Za-z0-9]{6,20}-\\d{6,20}-[A-Za-z0-9]{20,}`, 'xapp-'),
  // gitleaks square-access-token; Square application secrets (sq0csp-, Square docs).
  rule('SQUARE_TOKEN', 'square', `(?:EAAA[A-Za-z0-9_-]{22,60}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,60})${E}`, 'EAAA|sq0(?:atp|csp)-', mixed),
  // Stripe webhook signing secrets (Stripe docs, "Check the webhook signatures": whsec_).
  rule('STRIPE_WEBHOOK_SECRET', 'stripe-webhook', `whsec_[A-Za-z0-9+/=]{24,}${E}`, 'whsec_', mixed),
  // Supabase personal access tokens (sbp_) and secret API keys (sb_secret_), Supabase docs "API keys".
  rule('SUPABASE_KEY', 'supabase', `(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,})${E}`, 'sbp_|sb_secret_'),
  // Tavily API keys (Tavily docs: tvly-, tvly-dev-).
  rule('TAVILY_API_KEY', 'tavily', `tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}${E}`, 'tvly-', mixed),
  // Twitch chat (IRC) passwords: "PASS oauth:<access token>", a 30-character alphanumeric user access token (Twitch
  // developer docs, "Authenticating with the Twitch IRC Server"; twitchapps.com/tmi hands them out in this form).
  rule('TWITCH_TOKEN', 'twitch-irc', `oauth:[A-Za-z0-9]{30}${E}`, 'oauth:', mixed),
  // gitleaks twilio-api-key (the SK key sid; its secret is keyed and config-secrets.ts reads it).
  rule('TWILIO_API_KEY', 'twilio', `SK[0-9a-fA-F]{32}${E}`, 'SK(?=[0-9a-fA-F]{32})', mixed),
  // A Twilio Account SID (AC and 32 hex digits) with the auth token (32 hex digits) after it, as the client is built
  // ("twilio('AC…', '…')", "Client(account_sid, auth_token)", Twilio docs "Auth Tokens"): the pair logs in.
  rule('TWILIO_AUTH_TOKEN', 'twilio-auth', `AC[0-9a-f]{32}['"]?[ ]{0,3},[ ]{0,3}['"]?[0-9a-f]{32}${E}`, 'AC(?=[0-9a-f]{32})', mixed),
  // gitleaks typeform-api-token.
  rule('TYPEFORM_TOKEN', 'typeform', `tfp_[A-Za-z0-9_.=-]{40,80}${E}`, 'tfp_', mixed),
  // gitleaks vault-service-token, vault-batch-token (and recovery hvr.).
  rule('VAULT_TOKEN', 'vault', `hv[sbr]\\.[A-Za-z0-9_-]{24,}`, 'hv[sbr]\\.', random),
  // WooCommerce REST API keys: consumer key ck_ and consumer secret cs_, each 40 lower-case hex digits (WooCommerce
  // docs, "REST API: Generate API keys"; woocommerce/includes/class-wc-auth.php: 'ck_' . wc_rand_hash(), 'cs_' .
  // wc_rand_hash(), a sha1 hex digest). A run of one repeated digit is a documentation filler, no key.
  rule('WOOCOMMERCE_KEY', 'woocommerce', `c[ks]_[a-f0-9]{40}${E}`, 'c[ks]_', (body) => /[a-f]/.test(body) && /\d/.test(body)),
  // xAI API keys (xAI console: xai-).
  rule('XAI_API_KEY', 'xai', `xai-[A-Za-z0-9]{60,90}${E}`, 'xai-', mixed),
  // gitleaks yandex-api-key (AQVN); Yandex OAuth tokens (y0_Ag...).
  rule('YANDEX_TOKEN', 'yandex', `(?:AQVN[A-Za-z0-9_-]{35,38}|y[0-3]_Ag[A-Za-z0-9_-]{50,})${E}`, 'AQVN|y[0-3]_Ag'),
  // ElevenLabs API keys: sk_ and 48 hex digits (ElevenLabs docs).
  rule('ELEVENLABS_API_KEY', 'elevenlabs', `sk_[a-f0-9]{48}${E}`, 'sk_(?=[a-f0-9]{48})', mixed),
  // Vendor prefixes added from each vendor's own documentation (and TruffleHog's or gitleaks' detector where named):
  // Adyen API keys (Adyen docs, "API credentials": AQE, a base64 body, '-' and a second base64 part).
  rule('ADYEN_API_KEY', 'adyen', `AQE[A-Za-z0-9+/]{60,160}={0,2}-[A-Za-z0-9+/]{40,60}={0,2}`, 'AQE', random),
  // ClickUp personal API tokens (ClickUp API docs, "Personal token": pk_, the user id, '_', 32 capitals and digits).
  rule('CLICKUP_TOKEN', 'clickup', `pk_\\d{3,12}_[A-Z0-9]{32}${E}`, 'pk_(?=\\d)', mixed),
  // GoCardless live access tokens (GoCardless API docs, "Making your first request": live_ and 40 characters;
  // Mollie's live_ keys, 30 characters, are config-secrets.ts's).
  rule('GOCARDLESS_TOKEN', 'gocardless', `live_[A-Za-z0-9_-]{40}${E}`, 'live_(?=[A-Za-z0-9_-]{40})', random),
  // Klaviyo private API keys (Klaviyo developer docs, "Authenticate": pk_ and 34 characters; the public key is a
  // six-character site id).
  rule('KLAVIYO_API_KEY', 'klaviyo', `pk_[A-Za-z0-9]{34}${E}`, 'pk_(?=[A-Za-z0-9]{34})', mixed),
  // Mailchimp Transactional (Mandrill) API keys (md- and 22 characters; TruffleHog mandrill).
  rule('MANDRILL_API_KEY', 'mandrill', `md-[A-Za-z0-9_-]{22}${E}`, 'md-', random),
  // Mercado Pago production access tokens (Mercado Pago developers, "Credentials": APP_USR-, the app id, a date,
  // 32 hex digits and the user id; the public key is APP_USR- and a UUID).
  rule('MERCADOPAGO_TOKEN', 'mercadopago', `APP_USR-\\d{8,20}-\\d{6}-[a-f0-9]{32}-\\d{6,12}${E}`, 'APP_USR-'),
  // Neon API keys (Neon docs, "Manage API keys": napi_ and 64 characters).
  rule('NEON_API_KEY', 'neon', `napi_[A-Za-z0-9]{60,72}${E}`, 'napi_', mixed),
  // Paddle Billing live API keys (Paddle developer docs, "API keys": pdl_live_apikey_...); sandbox keys are tests.
  rule('PADDLE_API_KEY', 'paddle', `pdl_live_apikey_[A-Za-z0-9_]{40,100}${E}`, 'pdl_live_apikey_', mixed),
  // PostHog personal API keys (PostHog docs, "Personal API keys": phx_; the project key phc_ is public).
  rule('POSTHOG_API_KEY', 'posthog', `phx_[A-Za-z0-9]{40,60}${E}`, 'phx_', mixed),
  // SumUp secret API keys (SumUp developer docs, "API keys": sup_sk_).
  rule('SUMUP_API_KEY', 'sumup', `sup_sk_[A-Za-z0-9]{20,}`, 'sup_sk_', mixed),
  // Azure Storage / Service Bus SAS tokens and Logic Apps / Power Automate (Teams "Workflows") trigger URLs: the
  // signature parameter is the credential (Microsoft docs, "Create SAS tokens"; "Logic Apps ... sig").
  rule('AZURE_SAS_SIGNATURE', 'azure-sas', `sig=[A-Za-z0-9%+/_-]{40,120}`, 'sig=', mixed, 0.9),

  // Incoming-webhook URLs: whoever has one can post into the channel.
  // gitleaks microsoft-teams-webhook (looser on the segments), and the older outlook.office.com/webhook/ form.
  rule('TEAMS_WEBHOOK', 'teams-webhook', `(?:webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[A-Za-z0-9@_-]{20,}/IncomingWebhook/[A-Za-z0-9_-]{20,}(?:/[A-Za-z0-9_-]{10,}){0,2}`, 'webhook\\.office\\.com/webhookb2/|outlook\\.office(?:365)?\\.com/webhook/'),
  // Discord webhooks (Discord docs, "Webhook resource": /api/webhooks/{id}/{token}).
  rule('DISCORD_WEBHOOK', 'discord-webhook', `discord(?:app)?\\.com/api/webhooks/\\d{5,20}/[A-Za-z0-9_-]{30,}`, 'discord(?:app)?\\.com/api/webhooks/'),
  // Google Chat incoming webhooks (Google Workspace docs: ...messages?key=...&token=...).
  rule('GOOGLE_CHAT_WEBHOOK', 'google-chat-webhook', `chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{5,40}/messages\\?key=[A-Za-z0-9_-]{20,}&token=[A-Za-z0-9_%=-]{20,}`, 'chat\\.googleapis\\.com/v1/spaces/'),
  // Zapier catch hooks (Zapier docs, "Webhooks by Zapier").
  rule('ZAPIER_WEBHOOK', 'zapier-webhook', `hooks\\.zapier\\.com/hooks/catch/\\d{3,12}/[A-Za-z0-9]{5,}`, 'hooks\\.zapier\\.com/'),
];
