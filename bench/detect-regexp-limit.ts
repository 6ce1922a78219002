// Why the detector's speed depends on the process it runs in: V8 compiles a regular expression without its optimising
// passes (the Boyer-Moore-style skip and quick checks) once the process has generated over 1 MB of regexp code and holds
// over 16 MB of executable memory (src/regexp/regexp.cc, TooMuchRegExpCode); the detector's own patterns pass both
// limits on their first prompts. This bench times one 400-word alternation over the chat-set prompts, compiled in a
// fresh process, then a same-shaped alternation compiled after the detector has run, and the first one again
// (compiled before, so optimised) as the control. `npx tsx bench/detect-regexp-limit.ts` prints a markdown section.
import { join, resolve } from 'node:path';
import { detect } from '../src/core/detector/index.js';
import { chatPrompts8k, loadChatSet } from './detect-chat.js';
import { cpuMs } from './steady.js';

const repo = resolve(import.meta.dirname, '..');
const texts = chatPrompts8k(loadChatSet(join(repo, 'bench/data/detector-chat/chat.jsonl')));

// 400 pseudo-random lower-case words of 5-12 letters: a word list of the detector's shape (a lookbehind, `iu` flags).
let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const words: string[] = [];
for (let i = 0; i < 400; i++) {
  let w = '';
  const n = 5 + Math.floor(rnd() * 8);
  for (let j = 0; j < n; j++) w += String.fromCharCode(97 + Math.floor(rnd() * 26));
  words.push(w);
}
/** A fresh pattern (its own source, so V8's compilation cache cannot hand back an earlier compile). */
const pattern = (tag: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])|${tag}`, 'giu');

/** CPU ms for 20 passes of the pattern over the prompts, after 3 passes that compile it. */
function time(re: RegExp): number {
  const pass = (): void => {
    for (const t of texts) {
      re.lastIndex = 0;
      while (re.exec(t) !== null);
    }
  };
  for (let i = 0; i < 3; i++) pass();
  const c0 = cpuMs();
  for (let i = 0; i < 20; i++) pass();
  return cpuMs() - c0;
}

const early = pattern('zzqxearly');
const fresh = time(early);
for (let i = 0; i < 5; i++) for (const t of texts) detect(t);
const late = time(pattern('zzqxlate'));
const control = time(early);
const say = (s = ''): void => void process.stdout.write(`${s}\n`);
say('## Regexp code limit (V8): a word-list pattern compiled before and after the detector has run');
say('');
say(`${texts.length} chat prompts of 8 KB, 20 passes, CPU ms. \`npx tsx bench/detect-regexp-limit.ts\`, Node ${process.version}.`);
say('');
say('| pattern | CPU ms | vs compiled first |');
say('|---|---|---|');
say(`| compiled in a fresh process | ${fresh.toFixed(0)} | 1.0x |`);
say(`| compiled after 5 detector passes | ${late.toFixed(0)} | ${(late / fresh).toFixed(1)}x |`);
say(`| the first one again, after the detector (control) | ${control.toFixed(0)} | ${(control / fresh).toFixed(1)}x |`);
