import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(randomBytes(32));
  const row = '0b6f3c1e-5d2a-4f7e-9c1b-2a3d4e5f6a7b';

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
    expect(cipher.seal('FR7630006000011234567890189', row)).not.toBe(cipher.seal('FR7630006000011234567890189', row));
  });

  it('refuses a value moved to another row, altered, or sealed with another key', () => {
    const sealed = cipher.seal('FR7630006000011234567890189', row);
    expect(() => cipher.open(sealed, 'another-row')).toThrow('does not open');
    const body = Buffer.from(sealed.slice(3), 'base64url');
    body[body.length - 1] ^= 1;
    expect(() => cipher.open(`v1.${body.toString('base64url')}`, row)).toThrow();
    expect(() => new FieldCipher(randomBytes(32)).open(sealed, row)).toThrow();
    expect(() => cipher.open('FR7630006000011234567890189', row)).toThrow('Not a sealed value');
  });

  it('wants a 32-byte key', () => {
    expect(() => new FieldCipher(randomBytes(16))).toThrow();
  });
});
