import fs from 'node:fs';
import path from 'node:path';
import { commandWords } from '../../bot/src/chat/parse-command';
import { checkCommands, manifestTitleOf } from '../../manifest/check-commands';

const template = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest', 'manifest.template.json'), 'utf8'),
);

/** A manifest with these command lists, each as [scope, ...titles]. */
const manifestWith = (...lists: string[][]) => ({
  bots: [
    {
      commandLists: lists.map(([scope, ...titles]) => ({
        scopes: [scope],
        commands: titles.map((title) => ({ title, description: '...' })),
      })),
    },
  ],
});

const words = { help: ['hjælp', 'hjaelp'], search: ['søg', 'soeg'], bind: ['tilknyt'] };

describe('the command menu and the bot', () => {
  test("the manifest's menu offers exactly the commands the bot handles", () => {
    expect(checkCommands(template, commandWords)).toEqual([]);
  });

  test('each command appears in the menu under its first, Danish spelling', () => {
    const titles = template.bots[0].commandLists.flatMap((l: { commands: { title: string }[] }) =>
      l.commands.map((c) => c.title),
    );
    for (const spellings of Object.values(commandWords)) expect(titles).toContain(manifestTitleOf(spellings));
  });

  test.each([
    [
      'a menu entry the bot has no handler for',
      manifestWith(['personal', 'hjælp', 'søg', 'eksporter'], ['team', 'tilknyt']),
      'kommandoen »eksporter« i commandLists[0] (personal) har ingen handler i botten',
    ],
    [
      'a handler missing from every menu',
      manifestWith(['personal', 'hjælp'], ['team', 'tilknyt']),
      'Botten har kommandoen »søg« (commandWords.search), men den står ikke i nogen kommandoliste',
    ],
    [
      'a menu entry spelt the ASCII way',
      manifestWith(['personal', 'hjaelp', 'søg'], ['team', 'tilknyt']),
      'har »hjaelp«; brug kommandoens menunavn »hjælp«',
    ],
    [
      'the same entry twice in one menu',
      manifestWith(['personal', 'hjælp', 'søg', 'søg'], ['team', 'tilknyt']),
      '»søg« står to gange i commandLists[0] (personal)',
    ],
  ])('%s is reported', (_what, manifest, problem) => {
    const problems = checkCommands(manifest, words);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  test('a translated menu title the bot would not understand is reported', () => {
    const manifest = manifestWith(['personal', 'hjælp', 'søg'], ['team', 'tilknyt']);
    const localized = [
      { file: 'en.json', key: 'bots[0].commandLists[0].commands[1].title', title: 'search' },
      { file: 'en.json', key: 'bots[0].commandLists[0].commands[0].title', title: 'hjaelp' },
    ];
    expect(checkCommands(manifest, words, localized)).toEqual([
      expect.stringContaining(
        'en.json: »search« (bots[0].commandLists[0].commands[1].title) forstår botten ikke',
      ),
    ]);
  });
});
