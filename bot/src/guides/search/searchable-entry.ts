import type { Guide } from '../guide';

/** What the search reads of a guide or a referral: the same fields, ranked the same way. */
export type SearchableEntry = Pick<
  Guide,
  'id' | 'title' | 'keywords' | 'shortAnswer' | 'sections' | 'body'
> & {
  /** The owning center's code; null for a referral, which no center filter finds. */
  center: string | null;
};
