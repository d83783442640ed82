import type { Guide } from '../../bot/src/guides/guide';

/** A guide written in one line for a search test: its body is also its short answer. */
export const guideOf = (id: string, title: string, body: string, center = 'CSO'): Guide => ({
  id,
  title,
  center,
  keywords: [],
  selfservice: null,
  updated: null,
  shortAnswer: body,
  body,
  sections: [],
  file: `${id}.md`,
});
