// A secret key appended to the string a payment gateway's digest signs: our own texts and values.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('a key concatenated into a digest input', () => {
  it.each([
    ["Il MAC non torna:\nmac = sha1('codTrans=' + cod + 'divisa=EURimporto=' + imp + 'Q7K2MZ9RT4XW1PLB8NV3C6YHD5JF0GSA')", 'Q7K2MZ9RT4XW1PLB8NV3C6YHD5JF0GSA'],
    ["Signature KO :\ns = f'orderID={oid}amount={amt}Wq8NzR2kLm5PxT7vB3cY9hJdG4sF'\nsig = hashlib.sha256(s.encode()).hexdigest()", 'Wq8NzR2kLm5PxT7vB3cY9hJdG4sF'],
    ["$firma = md5($params . 'H4TRX9KLQ2WZ7MPN3VBC8YDF5JG6SA1E');", 'H4TRX9KLQ2WZ7MPN3VBC8YDF5JG6SA1E'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });
  it.each([
    // The expected digest, a parameter's value, a placeholder: no key.
    "assert sha1(s) == 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3'",
    "sha256('orderID=ORD7K2MZ9RT4XW1PLB8NV3C6YHD')",
    "mac = sha1(params + 'CHIAVE_SEGRETA_ESEMPIO_1234567890')",
    "mac = sha1('codTrans=TESTPS_1234divisa=EURimporto=5000esempiodicalcolomac')",
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a literal on its own in a digest or HMAC call is the message', () => {
  it('is not reported', () => {
    expect(secrets("$sig = hash_hmac('sha256', 'Zp4kQ9wR2mX7vB1nC6tY8uL3sD5fG0hJ', $key);")).toEqual([]);
    expect(secrets("print(hashlib.sha1('Q7K2MZ9RT4XW1PLB8NV3C6YHD5JF0GSA'.encode()).hexdigest())")).toEqual([]);
  });
});
