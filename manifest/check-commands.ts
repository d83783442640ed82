import { z } from 'zod';
import { commandWords } from '../bot/src/chat/parse-command';

/**
 * The command menu Teams shows must offer exactly what the bot answers: a menu entry with no
 * handler answers with the help card, and a handler missing from the menu is never found.
 *
 * The bot's handlers are `commandWords` (bot/src/chat/parse-command.ts): each command with its
 * spellings. The manifest names a command by its first spelling, the Danish one with æøå; the
 * others (hjaelp, soeg, ...) are for agents who type without æøå, not for the menu.
 */
export type CommandWords = Readonly<Record<string, readonly string[]>>;

export const manifestTitleOf = (words: readonly string[]): string | undefined => words[0];

const commandLists = z.object({
  bots: z
    .array(
      z.object({
        commandLists: z
          .array(
            z.object({
              scopes: z.array(z.string()),
              commands: z.array(z.object({ title: z.string() })),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

/** Localized titles, by their key: "bots[0].commandLists[1].commands[2].title" -> "search". */
export type LocalizedTitles = Array<{ file: string; key: string; title: string }>;

export function checkCommands(
  manifest: unknown,
  words: CommandWords = commandWords,
  localized: LocalizedTitles = [],
): string[] {
  const parsed = commandLists.safeParse(manifest);
  if (!parsed.success) return []; // the schema check reports a malformed bots section
  const lists = parsed.data.bots?.[0]?.commandLists ?? [];
  const byTitle = new Map<string, string>();
  const byWord = new Map<string, string>();
  for (const [name, spellings] of Object.entries(words)) {
    const title = manifestTitleOf(spellings);
    if (title) byTitle.set(title, name);
    for (const w of spellings) byWord.set(w, name);
  }

  const problems: string[] = [];
  const listed = new Set<string>();
  lists.forEach((list, i) => {
    const where = `commandLists[${i}] (${list.scopes.join(', ')})`;
    const seen = new Set<string>();
    for (const { title } of list.commands) {
      if (seen.has(title)) problems.push(`manifest.json: »${title}« står to gange i ${where}`);
      seen.add(title);
      const name = byTitle.get(title);
      if (name) {
        listed.add(name);
        continue;
      }
      const spelledOtherwise = byWord.get(title);
      if (spelledOtherwise) listed.add(spelledOtherwise); // handled, only spelt otherwise
      problems.push(
        spelledOtherwise
          ? `manifest.json: ${where} har »${title}«; brug kommandoens menunavn »${manifestTitleOf(words[spelledOtherwise]!)}« ` +
              `(den første stavemåde i commandWords.${spelledOtherwise})`
          : `manifest.json: kommandoen »${title}« i ${where} har ingen handler i botten ` +
              '(bot/src/chat/parse-command.ts, commandWords)',
      );
    }
  });
  for (const [name, spellings] of Object.entries(words)) {
    if (!listed.has(name)) {
      problems.push(
        `Botten har kommandoen »${manifestTitleOf(spellings)}« (commandWords.${name}), ` +
          'men den står ikke i nogen kommandoliste i manifestet',
      );
    }
  }
  for (const { file, key, title } of localized) {
    const indices = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.title$/.exec(key);
    const original = indices ? lists[Number(indices[1])]?.commands[Number(indices[2])]?.title : undefined;
    const name = original === undefined ? undefined : byTitle.get(original);
    if (name !== undefined && !words[name]!.includes(title)) {
      problems.push(
        `${file}: »${title}« (${key}) forstår botten ikke som »${original}«; ` +
          `tilføj stavemåden til commandWords.${name} eller fjern oversættelsen`,
      );
    }
  }
  return problems;
}
