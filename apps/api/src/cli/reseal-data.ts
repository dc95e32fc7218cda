// After a key rotation (DATA_ENCRYPTION_KEY new, DATA_ENCRYPTION_OLD_KEYS the previous ones),
// re-seals the encrypted columns under the new key: `npm run data:reseal`.
import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { FieldCipher } from '@app/core';
import { resealUnderCurrentKey } from '@app/pecule';
import { openCliDataSource } from './cli-data-source';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataSource = await openCliDataSource(config);
  try {
    const cipher = new FieldCipher(config.dataKeys);
    const resealed = await resealUnderCurrentKey(dataSource, cipher);
    process.stdout.write(
      `${resealed} values re-sealed under key ${FieldCipher.keyId(config.dataKeys.current)}; ` +
        'every value now opens with DATA_ENCRYPTION_KEY alone: DATA_ENCRYPTION_OLD_KEYS can be removed.\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
