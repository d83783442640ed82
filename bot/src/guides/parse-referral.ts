import type { FrontMatterFields } from './front-matter-fields';
import { splitSections, toPlainText } from './markdown-sections';
import type { Referral } from './referral';

const headings = { when: 'henvis når', tell: 'sig til borgeren' };

/**
 * A referral file: `kind: referral`, who (`authority`), how to reach them (`phone` and/or `web`),
 * and the sections "Henvis når" and "Sig til borgeren". Problems go to `fields.problems`.
 */
export function parseReferral(fields: FrontMatterFields, body: string, file: string): Referral | null {
  const { problem } = fields;
  const id = fields.id();
  const title = fields.required('title');
  const authority = fields.required('authority');
  const keywords = fields.keywords();
  const phone = fields.scalar('phone') || null;
  if (phone !== null && !/^\+?[\d ]{3,20}$/.test(phone))
    problem('phone', `'phone' skal være et telefonnummer med cifre og mellemrum (fik '${phone}')`);
  const web = fields.webAddress('web');
  if (phone === null && web === null && authority)
    problem('authority', "en henvisning skal have 'phone' eller 'web', så borgeren kan finde vej");
  const example = fields.flag('example');

  const sections = splitSections(body);
  const section = (heading: string) =>
    sections.find((s) => s.heading.toLocaleLowerCase('da') === heading)?.text ?? '';
  const whenToRefer = toPlainText(section(headings.when));
  const tellCitizen = toPlainText(section(headings.tell));
  if (!tellCitizen) problem('title', "en henvisning skal have afsnittet '## Sig til borgeren'");
  if (fields.problems.length > 0) return null;

  return {
    kind: 'referral',
    id: id!,
    title: title!,
    authority: authority!,
    keywords,
    phone,
    web,
    whenToRefer,
    tellCitizen,
    example,
    shortAnswer: tellCitizen,
    body: body.trim(),
    sections,
    center: null,
    file,
  };
}
