// Fake but valid values (check digits computed) for the chat-style detector set. Seeded: the set is reproducible.
import type { Rng } from '../../../src/core/random/index.js';

export class Values {
  constructor(private readonly r: Rng) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[this.int(xs.length)];
    if (x === undefined) throw new Error('empty list');
    return x;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
  private luhnComplete(prefix: string, len: number): string {
    let body = prefix + this.digits(len - prefix.length - 1);
    for (let c = 0; c < 10; c++) {
      const cand = body + String(c);
      let sum = 0;
      for (let i = 0; i < cand.length; i++) {
        let d = Number(cand[cand.length - 1 - i]);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      if (sum % 10 === 0) return cand;
    }
    body = '';
    return body;
  }
  /** A card that is not one of the published test numbers. */
  card(grouped = true): string {
    const [prefix, len] = this.pick([['45', 16], ['49', 16], ['52', 16], ['54', 16], ['37', 15], ['6011', 16]] as const);
    const n = this.luhnComplete(prefix + this.digits(2), len);
    if (!grouped) return n;
    return len === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
  ssn(): string {
    const area = String(100 + this.int(560)).padStart(3, '0');
    return `${area === '666' ? '667' : area}-${String(10 + this.int(89))}-${String(1000 + this.int(8999))}`;
  }
  iban(country: 'DE' | 'FR' | 'ES' | 'NL' | 'IT' | 'GB'): string {
    const bban = { DE: () => this.digits(18), FR: () => this.digits(23), ES: () => this.digits(20), NL: () => `${this.pick(['ABNA', 'RABO', 'INGB'])}${this.digits(10)}`, IT: () => `X${this.digits(22)}`, GB: () => `${this.pick(['NWBK', 'BARC', 'HBUK'])}${this.digits(14)}` }[country]();
    const num = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let rem = 0;
    for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
    const check = String(98 - rem).padStart(2, '0');
    return `${country}${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
  }
  dni(): string {
    const n = 10_000_000 + this.int(89_999_999);
    return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(n % 23)}`;
  }
  nie(): string {
    const p = this.int(3);
    const d = this.digits(7);
    return `${'XYZ'.charAt(p)}${d}${'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(Number(`${p}${d}`) % 23)}`;
  }
  bsn(): string {
    for (;;) {
      const d = this.digits(8);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
      const last = sum % 11;
      if (last < 10 && d[0] !== '0') return d + String(last);
    }
  }
  nhs(): string {
    for (;;) {
      const d = this.digits(9);
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
      const c = 11 - (sum % 11);
      if (c !== 10) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${c === 11 ? 0 : c}`;
    }
  }
  steuerId(): string {
    for (;;) {
      const d = String(1 + this.int(9)) + this.digits(9);
      const counts = new Map<string, number>();
      for (const c of d) counts.set(c, (counts.get(c) ?? 0) + 1);
      const rep = [...counts.values()].filter((c) => c > 1);
      if (rep.length !== 1 || (rep[0] ?? 0) > 3) continue;
      let product = 10;
      for (let i = 0; i < 10; i++) {
        let sum = (Number(d[i]) + product) % 10;
        if (sum === 0) sum = 10;
        product = (sum * 2) % 11;
      }
      return d + String((11 - product) % 10);
    }
  }
  nir(): string {
    const body = `${1 + this.int(2)}${String(50 + this.int(49))}${String(1 + this.int(12)).padStart(2, '0')}${String(1 + this.int(95)).padStart(2, '0')}${this.digits(3)}${this.digits(3)}`;
    const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
    return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
  }
  codiceFiscale(): string {
    const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const letters = (n: number): string => Array.from({ length: n }, () => L.charAt(this.int(26))).join('');
    const body = `${letters(6)}${this.digits(2)}${this.pick(['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'])}${String(1 + this.int(28)).padStart(2, '0')}${letters(1)}${this.digits(3)}`;
    const odd: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      const c = body.charAt(i);
      sum += i % 2 === 0 ? (odd[c] ?? 0) : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
    }
    return body + L.charAt(sum % 26);
  }
  nino(): string {
    return `${this.pick(['AB', 'CE', 'JK', 'PR', 'SW', 'WL', 'HT'])} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.pick(['A', 'B', 'C', 'D'])}`;
  }
  phone(lang: string): string {
    switch (lang) {
      case 'de': return this.pick([`+49 30 ${this.digits(8)}`, `0171 ${this.digits(7)}`, `089 ${this.digits(3)} ${this.digits(4)}`]);
      case 'fr': return this.pick([`06 ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`, `+33 6 ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`, `01 ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`]);
      case 'es': return this.pick([`+34 6${this.digits(2)} ${this.digits(3)} ${this.digits(3)}`, `6${this.digits(2)} ${this.digits(3)} ${this.digits(3)}`, `91 ${this.digits(3)} ${this.digits(2)} ${this.digits(2)}`]);
      case 'nl': return this.pick([`06-${this.digits(8)}`, `+31 6 ${this.digits(8)}`, `020 ${this.digits(3)} ${this.digits(4)}`]);
      case 'it': return this.pick([`+39 3${this.digits(2)} ${this.digits(3)} ${this.digits(4)}`, `3${this.digits(2)} ${this.digits(3)} ${this.digits(4)}`, `06 ${this.digits(4)} ${this.digits(4)}`]);
      default: return this.pick([`(${200 + this.int(700)}) ${200 + this.int(700)}-${this.digits(4)}`, `+44 7${this.digits(3)} ${this.digits(6)}`, `${200 + this.int(700)}-${200 + this.int(700)}-${this.digits(4)}`]);
    }
  }
  openaiKey(): string {
    const a = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    return `sk-proj-${Array.from({ length: 40 }, () => a.charAt(this.int(a.length))).join('')}`;
  }
  awsKey(): string {
    const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    return `AKIA${Array.from({ length: 16 }, () => a.charAt(this.int(a.length))).join('')}`;
  }
  githubToken(): string {
    const a = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    return `ghp_${Array.from({ length: 36 }, () => a.charAt(this.int(a.length))).join('')}`;
  }
  ean13(): string {
    const d = `40${this.digits(10)}`;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
    return d + String((10 - (sum % 10)) % 10);
  }
}
