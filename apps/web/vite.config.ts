import { join } from 'node:path';
import { defineConfig } from 'vite';
import { serviceWorker } from './sw-plugin';

const API = process.env.PARCOURS_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: __dirname,
  build: {
    outDir: join(__dirname, '..', '..', 'dist', 'web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Vendor code changes less often than ours: a separate file stays cached across releases.
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components, which a SPA ignores.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
      output: {
        advancedChunks: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [serviceWorker()],
  server: { port: 5173, proxy: { '/api': API } },
});
