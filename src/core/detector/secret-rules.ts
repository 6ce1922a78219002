/** The vendor secret formats (secrets.ts scans them) and the heads their matches start with (word-heads.ts finds those). */
import { envReference, hclReference, placeholder, placeholderValue } from './secret-values.js';
import { compactJwt } from './secret-jwt.js';
import { VENDOR_RULES } from './vendor-secret-rules.js';

export interface SecretRule {
  entity: string;
  rule: string;
  re: RegExp;
  score: number;
  /** What every match starts with (after the lookbehind), in the pattern's own case sensitivity. */
  head: string;
  /** A test of the whole match the pattern cannot say cheaply (a random token mixes digits and letters). */
  check?: (match: string) => boolean;
}

const B = '(?<![A-Za-z0-9_\\-])';
const E = '(?![A-Za-z0-9_\\-])';
const r = (src: string, flags = 'g'): RegExp => new RegExp(src, flags);

// Vendor key formats: each has a fixed, distinctive prefix, so they hold up without context.
// A secret-store reference as the assigned value (1Password CLI docs "Secret references": op://; AWS ARNs; Bank-Vaults;
// Azure App Service's Key Vault references, `@Microsoft.KeyVault(SecretUri=...)` / `(VaultName=...;SecretName=...)`).
const STORE_REFERENCE = /(?:[:=>]|\bis)\s*["']?(?:op:\/\/|arn:aws|vault:|@Microsoft\.KeyVault\b)/i;
// The name and separator before a password assignment's value.
const ASSIGNED_NAME = /^[^:=]+?(?:=>|[:=]|\bis\b)\s*["']?/i;
/** An assignment's value is a password unless it names a store or is what a sample prints (`password: CHANGE_ME_123`). */
// An unquoted Terraform reference (`password = data.vault_kv_secret_v2.db.data["password"]`) names where it is kept, too.
const UNQUOTED_VALUE = /^[^:=]+?(?:=>|[:=]|\bis\b)\s*(?![\s"'])/i;
const assignedPassword = (m: string): boolean => {
  const value = m.replace(ASSIGNED_NAME, '');
  const unquoted = UNQUOTED_VALUE.test(m);
  return !STORE_REFERENCE.test(m) && !placeholderValue(value) && !(unquoted && (hclReference(value) || envReference(value)));
};

const SLACK_SAMPLE = /\/[TB]0{6,}\//;

export const RULES: readonly SecretRule[] = [
  { entity: 'ANTHROPIC_API_KEY', rule: 'secret.anthropic', re: r(`${B}sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_\\-]{20,}`), score: 0.99, head: 'sk-ant-' },
  { entity: 'OPENAI_API_KEY', rule: 'secret.openai', re: r(`${B}sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\\-]{20,}${E}`), score: 0.95, head: 'sk-' },
  { entity: 'AWS_ACCESS_KEY', rule: 'secret.aws-key-id', re: r(`${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}${E}`), score: 0.98, head: 'A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA)' },
  { entity: 'AWS_SECRET_KEY', rule: 'secret.aws-secret', re: r(`aws.{0,24}(?:secret|sk).{0,24}?[=:]\\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`, 'gi'), score: 0.95, head: 'aws' },
  { entity: 'GITHUB_TOKEN', rule: 'secret.github', re: r(`${B}(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255})${E}`), score: 0.99, head: 'gh[pousr]_|github_pat_' },
  // GitLab personal, deploy, runner, CI job, trigger, feed, incoming-mail, agent, OAuth, SCIM and feature-flag tokens (docs.gitlab.com, "Token prefixes").
  { entity: 'GITLAB_TOKEN', rule: 'secret.gitlab', re: r(`${B}gl(?:pat|dt|rt|cbt|ptt|ft|imt|agent|oas|soat|ffct)-[A-Za-z0-9_\\-]{20,}${E}`), score: 0.98, head: 'gl(?:pat|dt|rt|cbt|ptt|ft|imt|agent|oas|soat|ffct)-' },
  // npm automation/publish tokens, Shopify app tokens, DigitalOcean tokens: fixed prefixes documented by each vendor.
  { entity: 'NPM_TOKEN', rule: 'secret.npm', re: r(`${B}npm_[A-Za-z0-9]{36}${E}`), score: 0.98, head: 'npm_' },
  { entity: 'SHOPIFY_TOKEN', rule: 'secret.shopify', re: r(`${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`), score: 0.98, head: 'shp(?:at|ca|pa|ss)_' },
  { entity: 'DIGITALOCEAN_TOKEN', rule: 'secret.digitalocean', re: r(`${B}do[opr]_v1_[a-f0-9]{64}${E}`), score: 0.98, head: 'do[opr]_v1_' },
  { entity: 'SLACK_TOKEN', rule: 'secret.slack', re: r(`${B}xox[abposre]-(?:\\d+-)?[A-Za-z0-9-]{10,}`), score: 0.98, head: 'xox' },
  // Slack's docs print "services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX": zeroed ids or a masked secret are a sample.
  { entity: 'SLACK_WEBHOOK', rule: 'secret.slack-webhook', re: r(`hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,}`), score: 0.98, head: 'hooks\\.slack\\.com/', check: (m) => !SLACK_SAMPLE.test(m) && !placeholder(m.slice(m.lastIndexOf('/') + 1)) },
  { entity: 'GOOGLE_API_KEY', rule: 'secret.google-key', re: r(`${B}AIza[0-9A-Za-z_\\-]{35}${E}`), score: 0.98, head: 'AIza' },
  { entity: 'GOOGLE_OAUTH_TOKEN', rule: 'secret.google-oauth', re: r(`${B}ya29\\.[0-9A-Za-z_\\-]{20,}`), score: 0.95, head: 'ya29\\.' },
  { entity: 'STRIPE_KEY', rule: 'secret.stripe', re: r(`${B}(?:sk|rk)_(?:live|test|prod)_[0-9A-Za-z]{20,}${E}`), score: 0.98, head: '[sr]k_(?:live|test|prod)_' },
  // Mailgun private API key: "key-" and 32 lower-case alphanumerics (Mailgun API docs, "Authentication"; gitleaks rule
  // mailgun-private-api-token). A digit is required so a slug such as "key-value-store-..." never matches.
  { entity: 'MAILGUN_API_KEY', rule: 'secret.mailgun', re: r(`${B}key-(?=[a-z]{0,31}\\d)[0-9a-z]{32}${E}`), score: 0.95, head: 'key-' },
  { entity: 'HUGGINGFACE_TOKEN', rule: 'secret.huggingface', re: r(`${B}hf_[A-Za-z0-9]{34,}${E}`), score: 0.95, head: 'hf_' },
  // A JWT: its header and payload JSON, or a header naming its algorithm before a payload that is none (secret-jwt.ts).
  { entity: 'JWT', rule: 'secret.jwt', re: r(`${B}eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}`), score: 0.95, head: 'eyJ', check: compactJwt },
  // A value that points into a secret store (`op://vault/item/field`, an AWS ARN, Bank-Vaults' `vault:...`) is no password.
  { entity: 'PASSWORD', rule: 'secret.password-assignment', re: r(`\\b(?:password|passwd|passphrase|pwd|db_pass|client_secret|secret_key|api_key|apikey)\\b["']?\\s*(?:[:=]|=>|\\bis\\b)\\s*["']?(?=[^\\s"']{0,127}[0-9!@#$%^&*])(?=[^\\s"']{0,127}[A-Za-z])[^\\s"'$({<,;]{6,128}`, 'gi'), score: 0.8, head: 'password|passwd|passphrase|pwd|db_pass|client_secret|secret_key|api_key|apikey', check: assignedPassword },
  ...VENDOR_RULES,
];

// A pattern that starts with a lookbehind ruling out word characters (B) or with `\b`, and whose head starts with a
// letter, matches only at an ASCII word boundary: its heads are found by a `\b`-led search (far quicker than one tried
// at every position). The others (aws..., hooks.slack.com/) may start inside a word and get their own short search.
const atWordStart = (r: SecretRule): boolean => (r.re.source.startsWith(B) || r.re.source.startsWith('\\b')) && /^(?:[A-Za-z]|\[[A-Za-z]+\])/.test(r.head);

/** A head's top-level alternatives ('gh[pousr]_|github_pat_' -> two). */
export function alternatives(head: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charAt(i);
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(head.slice(from, i));
      from = i + 1;
    }
  }
  out.push(head.slice(from));
  return out;
}

/**
 * The alternatives grouped by their first letter, case folded ('sk-|shpat_|AKIA' -> 'a(?:KIA)|s(?:k-|hpat_)'): the
 * same language, but a word start tries one group's letter per group instead of every head in turn (over a hundred).
 * An alternative that does not start with a plain letter (a class, a letter with a quantifier) stays as it is.
 */
export function groupByFirstLetter(alts: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alt of alts) {
    const first = alt.charAt(0);
    if (/^[A-Za-z]$/.test(first) && !/^[?*+{]/.test(alt.charAt(1))) {
      const key = first.toLowerCase();
      const g = groups.get(key) ?? [];
      g.push(alt.slice(1));
      groups.set(key, g);
    } else rest.push(alt);
  }
  return [...[...groups].map(([k, g]) => `${k}(?:${g.join('|')})`), ...rest].join('|');
}

/** The heads of the patterns that match only at an ASCII word start, as one alternation (flags gi, after `\b`). */
export const HEADS_AT_WORD_SOURCE = groupByFirstLetter(RULES.filter(atWordStart).flatMap((r) => alternatives(r.head)));
/** The other patterns' heads, as one alternation (flags gi). */
export const HEADS_ANYWHERE_SOURCE = RULES.filter((r) => !atWordStart(r)).map((r) => r.head).join('|') || '(?!)';

