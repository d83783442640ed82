// Import boundaries keep the Bot Framework SDK, the search library and the database drivers each
// behind one folder, so that replacing one (botbuilder is out of support) touches only that folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});
const sdk = (name, where) => ({ name, message: `${name} may only be imported in ${where}.` });
const storageDrivers = ['kysely', 'better-sqlite3', 'pg'].map((n) => sdk(n, 'bot/src/storage'));
const teamsSdk = ['botbuilder', 'botframework-connector', 'botbuilder-core'].map((n) =>
  sdk(n, 'bot/src/teams'),
);
const searchLib = [sdk('flexsearch', 'bot/src/guides/search')];
const outerLayers = {
  group: ['**/teams/**', '**/http/**', '**/storage/**', '../teams/*', '../http/*', '../storage/*'],
  message: 'The domain and use cases must not depend on adapters (teams, http, storage).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'coverage/**',
      'test-artifacts/**',
      'tab/dist/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bot/src/**/*.ts'],
    ignores: ['bot/src/teams/**', 'bot/src/storage/**', 'bot/src/guides/search/**', 'bot/src/main.ts'],
    rules: restrict([...teamsSdk, ...storageDrivers, ...searchLib]),
  },
  {
    files: [
      'bot/src/access-log/**/*.ts',
      'bot/src/admin-log/**/*.ts',
      'bot/src/callbacks/**/*.ts',
      'bot/src/centers/**/*.ts',
      'bot/src/coordinator/**/*.ts',
      'bot/src/guides/**/*.ts',
      'bot/src/inquiries/**/*.ts',
      'bot/src/privacy/**/*.ts',
      'bot/src/shared/**/*.ts',
      'bot/src/texts/**/*.ts',
    ],
    rules: restrict([...teamsSdk, ...storageDrivers, ...searchLib], [outerLayers]),
  },
  {
    files: ['bot/src/guides/search/**/*.ts'],
    rules: restrict([...teamsSdk, ...storageDrivers], [outerLayers]),
  },
  {
    files: ['bot/src/storage/**/*.ts'],
    rules: restrict(
      [...teamsSdk, ...searchLib],
      [
        {
          // The ports of what the bot records about Teams (teams, card posts, 1:1 conversations)
          // live beside the Teams adapter that uses them; storage implements them.
          group: ['**/teams/**', '!**/teams/*-store', '**/http/**'],
          message: 'Storage does not depend on Teams or HTTP (only on the ports teams/*-store.ts).',
        },
      ],
    ),
  },
  { files: ['bot/src/teams/**/*.ts'], rules: restrict([...storageDrivers, ...searchLib]) },
  { files: ['tab/**/*.ts', 'tab/**/*.tsx'], rules: restrict([...teamsSdk, ...storageDrivers, ...searchLib]) },
);
