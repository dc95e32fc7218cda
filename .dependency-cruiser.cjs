// The import rules between contexts (npm run lint:architecture). Tables are checked apart, by
// scripts/check-table-ownership.js: an SQL string naming another context's table is a dependency
// the import graph does not show.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-through-its-index',
      comment: 'A lib imports another lib only through its index.ts (@app/<lib>): what a context does not export is its own.',
      severity: 'error',
      from: { path: '^(apps|libs)/([^/]+)/' },
      to: { path: '^libs/([^/]+)/', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'no-app-imports-another-app',
      comment: "An app does not import another app's files: what both compose belongs in a lib.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: {
        path: '^apps/',
        pathNot: ['^apps/$1/'],
      },
    },
    {
      name: 'no-lib-imports-an-app',
      comment: 'Libs are below the apps.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, inside a context or between contexts.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^apps/web/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
