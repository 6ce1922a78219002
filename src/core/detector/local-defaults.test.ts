import { describe, expect, it } from 'vitest';
import { detect } from './index.js';
import { isLocalDefaultCredential } from './local-defaults.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => f.entity);

describe("a local container's default account in a URL is no secret", () => {
  it.each([
    ['en', '# copy to .env and fill in\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/dev'],
    ['de', '# nach .env kopieren\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/dev'],
    ['fr', '# à copier dans .env\nRABBITMQ_URL=amqp://guest:guest@127.0.0.1:5672/'],
    ['es', '# copiar a .env\nMONGO_URL=mongodb://root:root@localhost:27017/app'],
    ['nl', '# kopieer naar .env\nREDIS_URL=redis://default:default@localhost:6379/0'],
    ['it', '# copia in .env\nDATABASE_URL=mysql://app:app@0.0.0.0:3306/app'],
  ])('%s', (_lang, text) => {
    expect(secrets(text)).toEqual([]);
  });

  // Kept: a password that is not the user name, or the same default on a server, is a credential.
  it.each([
    ['en', 'DATABASE_URL=postgres://postgres:Kx7!pR2vQ9@localhost:5432/dev'],
    ['de', 'DATABASE_URL=postgres://postgres:postgres@db.prod.intern:5432/shop'],
    ['fr', 'RABBITMQ_URL=amqp://guest:guest@mq.exemple-prod.fr:5672/'],
    ['es', 'MONGO_URL=mongodb://admin:Zr83kLq1@127.0.0.1:27017/app'],
    ['nl', 'REDIS_URL=redis://default:default@10.0.4.12:6379/0'],
    ['it', 'DATABASE_URL=mysql://app:app@localhost.evil.example:3306/app'],
  ])('keeps %s', (_lang, text) => {
    expect(secrets(text)).toContain('PASSWORD_IN_URL');
  });

  it('reads the user, the password and the host exactly', () => {
    expect(isLocalDefaultCredential('postgres://postgres:postgres@localhost/dev')).toBe(true);
    expect(isLocalDefaultCredential('postgres://postgres:postgres1@localhost/dev')).toBe(false);
    expect(isLocalDefaultCredential('postgres://postgres:postgres@localhostx/dev')).toBe(false);
  });
});
