import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js`, the service worker that lets the app shell open without network: it is
 * `src/service-worker.js` with the list of the build's files to precache and a version derived
 * from them (a new build installs a new worker, which drops the old cache).
 */
export function serviceWorker(): Plugin {
  return {
    name: 'parcours-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['/', ...Object.keys(bundle).map((name) => `/${name}`), '/icon.svg', '/manifest.webmanifest'].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(join(__dirname, 'src', 'service-worker.js'), 'utf8')
        .replace('self.__PRECACHE__', JSON.stringify(files))
        .replace('self.__VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
