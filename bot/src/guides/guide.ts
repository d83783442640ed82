/** A guide (vejledning) as written by a center, parsed from one Markdown file. */
export interface Guide {
  id: string;
  title: string;
  /** Code of the owning center, e.g. CSO or CØI; callbacks from this guide go there. */
  center: string;
  keywords: string[];
  selfservice: string | null;
  /** Last review by the owning center (ISO date), if given. */
  updated: string | null;
  /** The "Kort svar" section as plain text: what the agent reads aloud. Empty when missing. */
  shortAnswer: string;
  /** Markdown body without front matter. */
  body: string;
  /** Sections of the body by heading text (e.g. "Sådan hjælper du borgeren"). */
  sections: { heading: string; text: string }[];
  /** Where the guide came from, relative to the knowledge folder, for error messages. */
  file: string;
}

/** A guide file that could not be loaded; the rest of the knowledge base still loads. */
export interface GuideProblem {
  file: string;
  line: number;
  reason: string;
}
