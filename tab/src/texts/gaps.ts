/**
 * The knowledge-gap page: what the guides do not answer, and the keywords the agents' searches
 * suggest (decision 0055). Part of the tab's one catalogue (index.ts).
 */
export const gapsTexts = {
  heading: 'Videnshuller',
  unanswered: 'Søgninger uden svar',
  query: 'Søgning',
  count: 'Antal',
  noUnanswered: (agents: number, days: number) =>
    `Ingen søgning uden svar er i perioden lavet af mindst ${agents} medarbejdere på mindst ${days} forskellige dage. Søgninger, der ikke når det, vises ikke: de handler ofte om én borger.`,
  // The report's privacy rule (decision 0021), so that a coordinator knows why a search is missing.
  unansweredRule: (agents: number, days: number) =>
    `En søgning vises først, når mindst ${agents} medarbejdere har lavet den på mindst ${days} forskellige dage. Telefon- og CPR-numre fjernes, før søgningen gemmes, og søgeteksten slettes efter opbevaringsperioden.`,
  mostUsed: 'Mest brugte vejledninger',
  uses: 'Brugt',
  noMostUsed: 'Ingen vejledninger er brugt i perioden.',
  leadingToCallback: 'Vejledninger der ender med tilbagekald',
  callbacks: 'Tilbagekald',
  share: 'Andel',
  leadingRule: (minUses: number) =>
    `En vejledning vises, når den er brugt mindst ${minUses} gange i perioden (løst på opkaldet eller booket tilbagekald fra den) og mindst én gang endte med tilbagekald: med færre siger en andel ikke noget.`,
  noLeading: (minUses: number) =>
    `Ingen vejledning er brugt mindst ${minUses} gange i perioden og endt med tilbagekald.`,
  stale: 'Forældede vejledninger (ikke gennemgået i 12 måneder)',
  staleIntro: 'Vejledninger, som centeret ikke har gennemgået i 12 måneder, ældste først.',
  updated: 'Senest gennemgået',
  missingDate: 'Ingen dato',
  noStale: 'Alle vejledninger er gennemgået inden for 12 måneder.',
  guide: 'Vejledning',
  center: 'Center',
  suggestions: 'Forslag til søgeord fra agenterne',
  suggestionsIntro:
    'Når en søgning ikke fandt noget brugbart, og agenten lige efter fandt og brugte en vejledning på anden vis, gemmes ordene med vejledningen (telefon- og CPR-numre fjernet). Ord, som mindst to forskellige agenter har brugt om samme vejledning, foreslås her. Godkendte ord bliver søgeord for vejledningen med det samme.',
  words: 'Ord',
  agents: 'Agenter',
  times: 'Gange',
  evidence: 'Hvornår og hvordan',
  useKinds: { opened: 'åbnet', solved: 'løst på opkaldet', booked: 'tilbagekald booket' } as Record<
    string,
    string
  >,
  accept: 'Godkend',
  reject: 'Afvis',
  noSuggestions:
    'Ingen forslag lige nu. Ord, som kun én agent har brugt, foreslås aldrig: de kan være en borgers navn.',
  learned: 'Lærte søgeord',
  learnedIntro:
    'Søgeord, som en koordinator har godkendt. De gælder med det samme. Centeret kan skrive dem ind i vejledningens fil med linjen nedenfor.',
  acceptedBy: 'Godkendt af',
  keywordsLine: 'Linje til vejledningens fil',
  remove: 'Fjern',
  noLearned: 'Ingen lærte søgeord endnu.',
} as const;
