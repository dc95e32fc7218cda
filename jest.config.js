// Projects: fast unit tests of pure logic beside the code; service tests of the libraries on the
// real PostgreSQL, no HTTP (`*.service-spec.ts` beside the code); end-to-end tests that drive the
// built app over HTTP against real PostgreSQL and Redis. One database per test file (a clone of
// the migrated template).
const moduleNameMapper = { '^@app/(.*)$': '<rootDir>/libs/$1/src' };
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      // What needs the real database but no HTTP: a library's functions over a TypeORM DataSource
      // (test/support/service-database.ts), connected as the application role.
      displayName: 'service',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/**/*.service-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      moduleNameMapper,
      transform,
    },
    {
      // Screens in Debian's Chromium (playwright-core) against the real app; axe on each screen.
      displayName: 'browser',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      moduleNameMapper,
      transform,
    },
    {
      // Faults injected into real processes (a Redis of the test's own, PostgreSQL connections cut, ...).
      displayName: 'resilience',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/resilience/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      moduleNameMapper,
      transform,
    },
  ],
};
