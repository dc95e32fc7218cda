import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const key = randomBytes(32);
  const cipher = new FieldCipher({ current: key });
  const row = '0b6f3c1e-5d2a-4f7e-9c1b-2a3d4e5f6a7b';
  const iban = 'FR7630006000011234567890189';

  it('opens what it sealed, for any text, and never shows it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (plain) => {
        const sealed = cipher.seal(plain, row);
        expect(FieldCipher.isSealed(sealed)).toBe(true);
        if (plain.length >= 8) expect(sealed).not.toContain(plain);
        expect(cipher.open(sealed, row)).toBe(plain);
      }),
    );
  });

  it('seals the same value differently each time (random IV)', () => {
    expect(cipher.seal(iban, row)).not.toBe(cipher.seal(iban, row));
  });

  it('refuses a value moved to another row, altered, or sealed under a key it does not have', () => {
    const sealed = cipher.seal(iban, row);
    expect(() => cipher.open(sealed, 'another-row')).toThrow('does not open');
    const [prefix, body] = sealed.split('.');
    const altered = Buffer.from(body, 'base64url');
    altered[altered.length - 1] ^= 1;
    expect(() => cipher.open(`${prefix}.${altered.toString('base64url')}`, row)).toThrow('does not open');
    expect(() => new FieldCipher({ current: randomBytes(32) }).open(sealed, row)).toThrow('not configured');
    expect(() => cipher.open(iban, row)).toThrow('Not a sealed value');
  });

  it('opens values of a previous key during a rotation, and seals under the new one', () => {
    const rotated = new FieldCipher({ current: randomBytes(32), previous: [key] });
    const old = cipher.seal(iban, row);
    expect(rotated.isCurrent(old)).toBe(false);
    expect(rotated.open(old, row)).toBe(iban);
    const resealed = rotated.seal(rotated.open(old, row), row);
    expect(rotated.isCurrent(resealed)).toBe(true);
    expect(() => cipher.open(resealed, row)).toThrow('not configured');
  });

  it('wants 32-byte keys', () => {
    expect(() => new FieldCipher({ current: randomBytes(16) })).toThrow();
    expect(() => new FieldCipher({ current: key, previous: [randomBytes(31)] })).toThrow();
  });
});
