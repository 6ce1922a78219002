// The password-assignment pattern reads the value's placeholder words as every secret recogniser does
// (secret-values.ts placeholderValue). Values of our own.
import { describe, expect, it } from 'vitest';
import { RULES } from './secret-rules.js';

const rule = RULES.find((r) => r.rule === 'secret.password-assignment');

/** The pattern's accepted matches in `text`. */
function assigned(text: string): string[] {
  if (rule === undefined) throw new Error('no password-assignment rule');
  const re = new RegExp(rule.re.source, rule.re.flags);
  return [...text.matchAll(re)].map((m) => m[0]).filter((m) => rule.check?.(m) ?? true);
}

describe('secret.password-assignment', () => {
  it.each([
    ['yaml', 'password: CHANGE_ME_123'],
    ['env', 'PASSWORD=replace-me-2027'],
    ['properties', 'spring.datasource.password=YourPassword1!'],
    ['php', "$password = 'changeme_42';"],
    ['js', "const password = 'your_password_here1';"],
    ['python', 'api_key = "insert_key_2027"'],
    ['prose', 'the password is Passwort123'],
  ])('a sample value is no password (%s)', (_syntax, text) => {
    expect(assigned(text)).toEqual([]);
  });

  it.each([
    ['yaml', 'password: Kx7!mQ2zR9'],
    ['env', 'PASSWORD=Tulpen!Haarlem84'],
    ['properties', 'spring.datasource.password=Vq8#Lm3Wz'],
    ['php', "$password = 'Zitrone_77Rad';"],
    ['python', 'password = "Gatto!Rosso19"'],
    ['prose', 'the password is Naranja77x'],
  ])('a real value still is (%s)', (_syntax, text) => {
    expect(assigned(text)).toHaveLength(1);
  });
});
