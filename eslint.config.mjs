// Import boundaries keep the Bot Framework SDK, the search library and the database drivers each
// behind one folder, so that replacing one (botbuilder is out of support) touches only that folder.
import fs from 'node:fs';
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

// The rooms of bot/src and which other rooms each may import (decision 0057). `uses`: values and
// types; `types`: `import type` only (a port's entity types, not its code). `shared/` (the kernel:
// errors, logger) is open to every room and imports nothing. The table is the import graph as it
// is (`npx madge --json --extensions ts bot/src`), bottom up: the domain rooms import no adapter
// (teams, http, storage); only the composition roots (main.ts, app.ts, cli/) and the adapters
// reach outwards. One value loop between rooms is left: config reads the settings parsers of
// http/auth and teams/graph, which read config (no file circle: `npm run lint:circles`).
const rooms = {
  shared: { uses: [], types: [] },
  privacy: { uses: [], types: [] },
  chat: { uses: [], types: [] },
  texts: { uses: ['privacy'], types: ['outbox'] },
  outbox: { uses: [], types: [] },
  'access-log': { uses: [], types: ['callbacks'] },
  'admin-log': { uses: [], types: ['callbacks'] },
  centers: { uses: ['admin-log', 'outbox'], types: ['callbacks'] },
  callbacks: { uses: ['centers', 'outbox', 'privacy', 'texts'], types: ['access-log', 'inquiries'] },
  inquiries: { uses: ['privacy'], types: ['callbacks', 'guides'] },
  coordinator: {
    uses: ['callbacks', 'centers', 'texts'],
    types: ['access-log', 'admin-log', 'guides', 'inquiries', 'outbox'],
  },
  downloads: { uses: [], types: ['callbacks', 'coordinator'] },
  learning: { uses: ['coordinator', 'inquiries'], types: ['admin-log', 'callbacks', 'centers', 'guides'] },
  guides: { uses: ['centers', 'config', 'learning'], types: [] },
  cards: { uses: ['callbacks', 'centers', 'texts'], types: ['admin-log', 'guides'] },
  metrics: { uses: ['callbacks', 'outbox'], types: ['guides'] },
  jobs: { uses: [], types: [] },
  config: { uses: ['http', 'teams'], types: [] },
  storage: {
    uses: ['access-log', 'admin-log', 'callbacks', 'config', 'downloads', 'learning', 'outbox', 'privacy'],
    types: ['centers', 'coordinator', 'inquiries', 'teams'],
  },
  http: {
    uses: ['callbacks', 'centers', 'config', 'coordinator', 'downloads', 'learning', 'texts'],
    types: ['metrics', 'storage'],
  },
  teams: {
    uses: ['callbacks', 'cards', 'centers', 'chat', 'http', 'inquiries', 'learning', 'outbox', 'texts'],
    types: ['config', 'guides', 'storage'],
  },
  telemetry: { uses: ['http'], types: ['metrics'] },
  cli: { uses: ['callbacks', 'config', 'storage'], types: [] },
};
const kernel = ['shared'];
// A new folder in bot/src must take its place in the table, or lint stops here.
const unplaced = fs
  .readdirSync(new URL('bot/src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !(entry.name in rooms))
  .map((entry) => entry.name);
if (unplaced.length)
  throw new Error(`eslint.config.mjs: place bot/src/${unplaced.join(', ')} in the rooms table.`);
// Imports are relative, so a file d folders below bot/src reaches another room as '../' d times.
const roomRules = Object.entries(rooms).flatMap(([room, { uses, types }]) =>
  [1, 2, 3].map((depth) => {
    const other = (names) => `^(\\.\\./){${depth}}(${names.join('|')})(/|$)`;
    const open = new Set([room, ...kernel, ...uses, ...types]);
    const closed = Object.keys(rooms).filter((r) => !open.has(r));
    const patterns = [
      ...(closed.length
        ? [{ regex: other(closed), message: `${room}/ may not import this room (eslint.config.mjs, rooms).` }]
        : []),
      ...(types.length
        ? [
            {
              regex: other(types),
              allowTypeImports: true,
              message: `${room}/ may import only types from this room.`,
            },
          ]
        : []),
    ];
    return {
      files: [`bot/src/${room}/${'*/'.repeat(depth - 1)}*.ts`],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
    };
  }),
);

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
    rules: restrict([...teamsSdk, ...storageDrivers, ...searchLib]),
  },
  {
    files: ['bot/src/guides/search/**/*.ts'],
    rules: restrict([...teamsSdk, ...storageDrivers]),
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
  ...roomRules,
);
