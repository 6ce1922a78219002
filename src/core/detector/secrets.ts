import type { Hit } from './hit.js';

interface SecretRule {
  entity: string;
  rule: string;
  re: RegExp;
  score: number;
  /** What every match starts with (after the lookbehind), in the pattern's own case sensitivity. */
  head: string;
}

const B = '(?<![A-Za-z0-9_\\-])';
const E = '(?![A-Za-z0-9_\\-])';
const r = (src: string, flags = 'g'): RegExp => new RegExp(src, flags);

// Vendor key formats: each has a fixed, distinctive prefix, so they hold up without context.
const RULES: readonly SecretRule[] = [
  { entity: 'ANTHROPIC_API_KEY', rule: 'secret.anthropic', re: r(`${B}sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_\\-]{20,}`), score: 0.99, head: 'sk-ant-' },
  { entity: 'OPENAI_API_KEY', rule: 'secret.openai', re: r(`${B}sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\\-]{20,}${E}`), score: 0.95, head: 'sk-' },
  { entity: 'AWS_ACCESS_KEY', rule: 'secret.aws-key-id', re: r(`${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}${E}`), score: 0.98, head: 'A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA)' },
  { entity: 'AWS_SECRET_KEY', rule: 'secret.aws-secret', re: r(`aws.{0,24}(?:secret|sk).{0,24}?[=:]\\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`, 'gi'), score: 0.95, head: 'aws' },
  { entity: 'GITHUB_TOKEN', rule: 'secret.github', re: r(`${B}(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255})${E}`), score: 0.99, head: 'gh[pousr]_|github_pat_' },
  // GitLab personal, deploy, runner, CI job, trigger, feed, incoming-mail, agent, OAuth and SCIM tokens (docs.gitlab.com, "Token prefixes").
  { entity: 'GITLAB_TOKEN', rule: 'secret.gitlab', re: r(`${B}gl(?:pat|dt|rt|cbt|ptt|ft|imt|agent|oas|soat)-[A-Za-z0-9_\\-]{20,}${E}`), score: 0.98, head: 'gl(?:pat|dt|rt|cbt|ptt|ft|imt|agent|oas|soat)-' },
  // npm automation/publish tokens, Shopify app tokens, DigitalOcean tokens: fixed prefixes documented by each vendor.
  { entity: 'NPM_TOKEN', rule: 'secret.npm', re: r(`${B}npm_[A-Za-z0-9]{36}${E}`), score: 0.98, head: 'npm_' },
  { entity: 'SHOPIFY_TOKEN', rule: 'secret.shopify', re: r(`${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`), score: 0.98, head: 'shp(?:at|ca|pa|ss)_' },
  { entity: 'DIGITALOCEAN_TOKEN', rule: 'secret.digitalocean', re: r(`${B}do[opr]_v1_[a-f0-9]{64}${E}`), score: 0.98, head: 'do[opr]_v1_' },
  { entity: 'SLACK_TOKEN', rule: 'secret.slack', re: r(`${B}xox[abposre]-(?:\\d+-)?[A-Za-z0-9-]{10,}`), score: 0.98, head: 'xox' },
  { entity: 'SLACK_WEBHOOK', rule: 'secret.slack-webhook', re: r(`hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,}`), score: 0.98, head: 'hooks\\.slack\\.com/' },
  { entity: 'GOOGLE_API_KEY', rule: 'secret.google-key', re: r(`${B}AIza[0-9A-Za-z_\\-]{35}${E}`), score: 0.98, head: 'AIza' },
  { entity: 'GOOGLE_OAUTH_TOKEN', rule: 'secret.google-oauth', re: r(`${B}ya29\\.[0-9A-Za-z_\\-]{20,}`), score: 0.95, head: 'ya29\\.' },
  { entity: 'STRIPE_KEY', rule: 'secret.stripe', re: r(`${B}(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,}${E}`), score: 0.98, head: '[sr]k_(?:live|test)_' },
  { entity: 'HUGGINGFACE_TOKEN', rule: 'secret.huggingface', re: r(`${B}hf_[A-Za-z0-9]{34,}${E}`), score: 0.95, head: 'hf_' },
  { entity: 'JWT', rule: 'secret.jwt', re: r(`${B}eyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}`), score: 0.95, head: 'eyJ' },
  { entity: 'PASSWORD', rule: 'secret.password-assignment', re: r(`\\b(?:password|passwd|passphrase|pwd|db_pass|client_secret|secret_key|api_key|apikey)\\b["']?\\s*(?:[:=]|=>|\\bis\\b)\\s*["']?(?=[^\\s"']{0,127}[0-9!@#$%^&*])(?=[^\\s"']{0,127}[A-Za-z])[^\\s"'$({<,;]{6,128}`, 'gi'), score: 0.8, head: 'password|passwd|passphrase|pwd|db_pass|client_secret|secret_key|api_key|apikey' },
];

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

// Each pattern, sticky, and its head, sticky; one case-insensitive pass over the text finds every place a head can start.
const STICKY = RULES.map((r) => ({ re: new RegExp(r.re.source, r.re.flags.replace('g', 'y')), head: new RegExp(r.head, r.re.flags.replace('g', 'y')) }));
// A pattern that starts with a lookbehind ruling out word characters (B) or with `\b`, and whose head starts with a
// letter, matches only at an ASCII word boundary: its heads are found by a `\b`-led search (far quicker than one tried
// at every position). The others (aws..., hooks.slack.com/) may start inside a word and get their own short search.
const atWordStart = (r: SecretRule): boolean => (r.re.source.startsWith(B) || r.re.source.startsWith('\\b')) && /^(?:[A-Za-z]|\[[A-Za-z]+\])/.test(r.head);
const HEADS_AT_WORD = new RegExp(`\\b(?:${RULES.filter(atWordStart).map((r) => r.head).join('|')})`, 'gi');
const HEADS_ANYWHERE = new RegExp(RULES.filter((r) => !atWordStart(r)).map((r) => r.head).join('|') || '(?!)', 'gi');

/** Where `re` matches, ascending; the search resumes one past each so overlapping heads are all found. */
function hits(text: string, re: RegExp): number[] {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    at.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return at;
}

/** Where a head can start a match, ascending and each once (both searches merged). Linear in the text for these short heads. */
function headStarts(text: string): number[] {
  const a = hits(text, HEADS_AT_WORD);
  const b = hits(text, HEADS_ANYWHERE);
  if (b.length === 0) return a;
  const at: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    at.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return at;
}

/**
 * API keys, tokens, private key blocks and password assignments. Every match of a pattern starts with its head, so
 * each pattern is tried sticky where its head occurs: the same matches, in the same order, as a global scan of each.
 */
export function scanSecrets(text: string, out: Hit[]): void {
  const at = headStarts(text);
  if (at.length > 0) {
    RULES.forEach(({ entity, rule, score }, k) => {
      const { re, head } = STICKY[k] as { re: RegExp; head: RegExp };
      let from = 0;
      for (const p of at) {
        if (p < from) continue;
        head.lastIndex = p;
        if (!head.test(text)) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m === null) continue;
        from = p + m[0].length;
        out.push({ entity, dataClass: 'secret', start: p, end: from, score, rule });
      }
    });
  }
  scanPrivateKeys(text, out);
}

/** The reference: each pattern over the whole text. */
export function scanSecretsReference(text: string, out: Hit[]): void {
  for (const { entity, rule, re, score } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ entity, dataClass: 'secret', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
  scanPrivateKeys(text, out);
}

function scanPrivateKeys(text: string, out: Hit[]): void {
  if (!text.includes('PRIVATE KEY')) return;
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m !== null; m = BEGIN.exec(text)) {
    // The block runs to its END line; a truncated block still counts, up to 8 KB.
    const endMark = text.indexOf('PRIVATE KEY', m.index + m[0].length);
    const stop = endMark === -1 ? Math.min(text.length, m.index + 8192) : text.indexOf('-----', endMark) + 5;
    out.push({ entity: 'PRIVATE_KEY', dataClass: 'secret', start: m.index, end: Math.max(stop, m.index + m[0].length), score: 1, rule: 'secret.private-key-block' });
    BEGIN.lastIndex = Math.max(stop, m.index + m[0].length);
  }
}

/** The two head searches' sources (for tests: which heads may start inside a word). */
export const headSearchSources = (): [string, string] => [HEADS_AT_WORD.source, HEADS_ANYWHERE.source];
