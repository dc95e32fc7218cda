import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts a sensitive column value (AES-256-GCM) before it reaches PostgreSQL, so that a database
 * dump, a backup or a read-only SQL account does not hold it in clear. The row's id is bound as
 * associated data: a value copied onto another row does not open there (no swapping of bank details).
 * Sealed text: `v1.` + base64url(iv | tag | ciphertext); the version names the key for a future rotation.
 */
export class FieldCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('FieldCipher needs a 32-byte key');
  }

  seal(plain: string, rowId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(rowId));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The clear value; throws when the value was altered, moved to another row or sealed with another key. */
  open(sealed: string, rowId: string): string {
    if (!FieldCipher.isSealed(sealed)) throw new Error('Not a sealed value');
    const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES)).setAAD(Buffer.from(rowId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // Said for the operator's log: the request itself answers a plain 500.
      throw new Error(`A sealed value of row ${rowId} does not open: altered, copied from another row, or DATA_ENCRYPTION_KEY changed`);
    }
  }

  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}.`);
  }
}
