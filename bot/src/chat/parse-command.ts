/**
 * The chat grammar: a known command word first, or else free text, which is a search. Agents
 * type fast and often without æøå, so each command also has its ASCII spellings.
 */
export type ChatCommand =
  | { name: 'help' }
  | { name: 'search'; text: string }
  | { name: 'show'; guideId: string }
  | { name: 'centers' }
  | { name: 'callback'; centerCode: string | null }
  | { name: 'mine' }
  | { name: 'bind'; centerCode: string | null }
  | { name: 'unknown'; word: string };

/** Every command word the bot understands, by command; the manifest's command list must match. */
export const commandWords: Record<Exclude<ChatCommand['name'], 'unknown'>, string[]> = {
  help: ['hjælp', 'hjaelp', 'hjalp', 'help', '?'],
  search: ['søg', 'soeg', 'sog'],
  show: ['vis'],
  centers: ['centre', 'centrer', 'centers'],
  callback: ['tilbagekald'],
  mine: ['mine'],
  bind: ['tilknyt'],
};

const byWord = new Map<string, keyof typeof commandWords>(
  Object.entries(commandWords).flatMap(([name, words]) =>
    words.map((w) => [w, name as keyof typeof commandWords] as const),
  ),
);

export function parseCommand(input: string): ChatCommand {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { name: 'help' };
  const [first = '', ...restWords] = text.split(' ');
  const rest = restWords.join(' ');
  // A leading slash marks a command attempt (as in other chat tools); otherwise text is a search.
  const slashed = first.startsWith('/');
  const word = first.replace(/^\//, '').toLocaleLowerCase('da-DK');
  const name = byWord.get(word);
  switch (name) {
    case 'help':
      return { name: 'help' };
    case 'search':
      return { name: 'search', text: rest };
    case 'show':
      return rest ? { name: 'show', guideId: rest.toLocaleLowerCase('da-DK') } : { name: 'help' };
    case 'centers':
      return rest === '' ? { name: 'centers' } : { name: 'search', text };
    case 'callback':
      return { name: 'callback', centerCode: rest ? rest.split(' ')[0]!.toLocaleUpperCase('da-DK') : null };
    case 'mine':
      return rest === '' ? { name: 'mine' } : { name: 'search', text };
    case 'bind':
      return { name: 'bind', centerCode: rest ? rest.split(' ')[0]!.toLocaleUpperCase('da-DK') : null };
    default:
      return slashed ? { name: 'unknown', word: first } : { name: 'search', text };
  }
}
