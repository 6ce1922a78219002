import type { Hit } from './hit.js';

interface SecretRule {
  entity: string;
  rule: string;
  re: RegExp;
  score: number;
}

const B = '(?<![A-Za-z0-9_\\-])';
const E = '(?![A-Za-z0-9_\\-])';
const r = (src: string, flags = 'g'): RegExp => new RegExp(src, flags);

// Vendor key formats: each has a fixed, distinctive prefix, so they hold up without context.
const RULES: readonly SecretRule[] = [
  { entity: 'ANTHROPIC_API_KEY', rule: 'secret.anthropic', re: r(`${B}sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_\\-]{20,}`), score: 0.99 },
  { entity: 'OPENAI_API_KEY', rule: 'secret.openai', re: r(`${B}sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\\-]{20,}${E}`), score: 0.95 },
  { entity: 'AWS_ACCESS_KEY', rule: 'secret.aws-key-id', re: r(`${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}${E}`), score: 0.98 },
  { entity: 'AWS_SECRET_KEY', rule: 'secret.aws-secret', re: r(`aws.{0,24}(?:secret|sk).{0,24}?[=:]\\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`, 'gi'), score: 0.95 },
  { entity: 'GITHUB_TOKEN', rule: 'secret.github', re: r(`${B}(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255})${E}`), score: 0.99 },
  { entity: 'SLACK_TOKEN', rule: 'secret.slack', re: r(`${B}xox[abposre]-(?:\\d+-)?[A-Za-z0-9-]{10,}`), score: 0.98 },
  { entity: 'SLACK_WEBHOOK', rule: 'secret.slack-webhook', re: r(`hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,}`), score: 0.98 },
  { entity: 'GOOGLE_API_KEY', rule: 'secret.google-key', re: r(`${B}AIza[0-9A-Za-z_\\-]{35}${E}`), score: 0.98 },
  { entity: 'GOOGLE_OAUTH_TOKEN', rule: 'secret.google-oauth', re: r(`${B}ya29\\.[0-9A-Za-z_\\-]{20,}`), score: 0.95 },
  { entity: 'STRIPE_KEY', rule: 'secret.stripe', re: r(`${B}(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,}${E}`), score: 0.98 },
  { entity: 'HUGGINGFACE_TOKEN', rule: 'secret.huggingface', re: r(`${B}hf_[A-Za-z0-9]{34,}${E}`), score: 0.95 },
  { entity: 'JWT', rule: 'secret.jwt', re: r(`${B}eyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}`), score: 0.95 },
  { entity: 'PASSWORD', rule: 'secret.password-assignment', re: r(`\\b(?:password|passwd|passphrase|pwd|db_pass|client_secret|secret_key|api_key|apikey)\\b["']?\\s*(?:[:=]|=>|\\bis\\b)\\s*["']?(?=[^\\s"']{0,127}[0-9!@#$%^&*])(?=[^\\s"']{0,127}[A-Za-z])[^\\s"'$({<,;]{6,128}`, 'gi'), score: 0.8 },
];

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

/** API keys, tokens, private key blocks and password assignments. */
export function scanSecrets(text: string, out: Hit[]): void {
  for (const { entity, rule, re, score } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ entity, dataClass: 'secret', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
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
