import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { endsName, headFirstName, headFirstNameReference, nameEnds } from './secret-name-ends.js';
import { separators } from './separators.js';

// generic-secrets.ts's own walk before the two recognisers shared one: each separator but '::' and '==', with a
// secret-ish name's ending, or a head-first name's noun, before it (past spaces, a closing bracket and a quote).
function assignmentsReference(text: string): number[] {
  const out: number[] = [];
  for (const sep of separators(text)) {
    const next = text.charCodeAt(sep + 1);
    if (next === 58 || (text.charCodeAt(sep) === 61 && next === 61)) continue;
    let e = sep;
    while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    if (text.charCodeAt(e - 1) === 93) e--;
    const q = text.charCodeAt(e - 1);
    if (q === 34 || q === 39 || q === 96) e--;
    if (endsName(text, e) || headFirstNameReference(text, e)) out.push(sep);
  }
  return out;
}

const PIECES = [
  'apiKey',
  'TOKEN',
  'passwort',
  'chiave',
  'value',
  'name',
  '"',
  "'",
  '`',
  ']',
  ' ',
  '\t',
  ':',
  '=',
  '==',
  '::',
  '=>',
  'x',
  '\n',
];

describe('the shared separator walk', () => {
  it('passes a head-first name on whatever word it ends (claveTienda, password.smtp), not a plain word', () => {
    const text = "$claveTienda = 'x'; mail.password.smtp=y; $tienda = 'z'";
    expect(nameEnds(text).assignments).toEqual([text.indexOf('='), text.indexOf('=y')]);
  });

  it.each([
    ['apiKey: x', [6]],
    ["headers['X-Token'] = y", [19]],
    ['a == b; token::x; secret =x', [25]],
  ])('%s', (text, expected) => {
    expect(nameEnds(text).assignments).toEqual(expected);
  });

  it('keeps what each recogniser found on its own walk, on random texts', () => {
    const rnd = mulberry32(13);
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = Math.floor(rnd() * 14);
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      expect(nameEnds(t).assignments, t).toEqual(assignmentsReference(t));
    }
  });
});

describe('headFirstName', () => {
  it.each([
    ['claveComercio', true],
    ['CONTRASENA_BD', true],
    ['chiaveApi', true],
    ['cle_api_x', true],
    ['motDePasseAdmin', true],
    ['chave_loja', true],
    ['senhaBanco', true],
    ['password.smtp', true],
    ['pwd_db', true],
    ['secretKeyProd', true],
    ['tokenGithub', true],
    ['KEY_ALIAS', true],
    ['content', false],
    ['messages', false],
    ['keyboard', true],
  ])('%s', (name, expected) => {
    expect(headFirstName(`${name}=`, name.length)).toBe(expected);
  });

  it('answers as the pattern alone on random identifiers', () => {
    const rnd = mulberry32(29);
    const parts = ['cl', 'ave', 'con', 'tras', 'chi', 'mot', 'De', 'passe', 'se', 'nha', 'cret', 'p', 'wd', 'to', 'ken', 'ke', 'y', 'K', 'EY', '_', '.', '-', '7', 'x', 'Z', ' ', '"'];
    for (let k = 0; k < 4000; k++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) text += parts[Math.floor(rnd() * parts.length)] ?? '';
      for (let e = 0; e <= text.length; e++) expect(headFirstName(text, e), `${text} ${e}`).toBe(headFirstNameReference(text, e));
    }
  });
});
