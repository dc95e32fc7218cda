import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^k([0-9a-f]{8})\.(.+)$/;

/**
 * Encrypts a sensitive column value (AES-256-GCM) before it reaches PostgreSQL, so that a database
 * dump, a backup or a read-only SQL account does not hold it in clear. The row's id is bound as
 * associated data: a value copied onto another row does not open there (no swapping of bank details).
 * Sealed text: `k<key id>.` + base64url(iv | tag | ciphertext). The key id (a hash prefix of the
 * key, not the key) lets values sealed under a previous key still open while they are re-sealed.
 */
export class FieldCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentId: string;

  /** `current` seals; `previous` keys only open what they sealed (during a key rotation). */
  constructor({ current, previous = [] }: { current: Buffer; previous?: Buffer[] }) {
    for (const key of [current, ...previous]) {
      if (key.length !== 32) throw new Error('FieldCipher needs 32-byte keys');
      this.keys.set(FieldCipher.keyId(key), key);
    }
    this.currentId = FieldCipher.keyId(current);
  }

  static keyId(key: Buffer): string {
    return createHash('sha256').update(key).digest('hex').slice(0, 8);
  }

  static isSealed(value: string): boolean {
    return SEALED.test(value);
  }

  /** How every value sealed under the current key begins. */
  get currentPrefix(): string {
    return `k${this.currentId}.`;
  }

  /** Sealed under the current key (nothing to re-seal). */
  isCurrent(value: string): boolean {
    return value.startsWith(this.currentPrefix);
  }

  seal(plain: string, rowId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv).setAAD(Buffer.from(rowId));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${this.currentPrefix}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The clear value; throws when the value was altered, moved to another row or sealed under a key not configured. */
  open(sealed: string, rowId: string): string {
    const match = SEALED.exec(sealed);
    if (!match) throw new Error('Not a sealed value');
    const key = this.keys.get(match[1]);
    if (!key)
      throw new Error(`A value of row ${rowId} was sealed under key ${match[1]}, which is not configured (DATA_ENCRYPTION_OLD_KEYS)`);
    const raw = Buffer.from(match[2], 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES)).setAAD(Buffer.from(rowId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // Said for the operator's log: the request itself answers a plain 500.
      throw new Error(`A sealed value of row ${rowId} does not open: altered or copied from another row`);
    }
  }
}
