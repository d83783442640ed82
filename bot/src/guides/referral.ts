import type { Guide } from './guide';
import type { Section } from './markdown-sections';

/**
 * A referral (henvisning): an inquiry that belongs to another authority — Udbetaling Danmark,
 * Skattestyrelsen, the region, the police… The agent tells the citizen where to turn; nothing is
 * booked, and it is neither solved here nor a gap in the guides (decision 0054).
 */
export interface Referral {
  kind: 'referral';
  id: string;
  /** What the agent sees first, e.g. "Boligstøtte". */
  title: string;
  /** Who to refer to, e.g. "Udbetaling Danmark"; the card says "Henvis til …". */
  authority: string;
  keywords: string[];
  phone: string | null;
  web: string | null;
  /** "Henvis når": when this authority is the right door. */
  whenToRefer: string;
  /** "Sig til borgeren": what to tell the citizen, as plain text to read aloud. */
  tellCitizen: string;
  /** Written as a realistic example: the municipality must check it before relying on it. */
  example: boolean;
  /** The searchable text, as for a guide. */
  shortAnswer: string;
  body: string;
  sections: Section[];
  /** A referral belongs to no center: a center filter never finds it. */
  center: null;
  file: string;
}

/** A guide or a referral: what a knowledge folder holds and the search ranks together. */
export type KnowledgeEntry = Guide | Referral;

export const isReferral = (entry: KnowledgeEntry): entry is Referral =>
  (entry as Referral).kind === 'referral';
