/**
 * Danish texts of the server's front page (GET /): where a person who opened the server's address
 * in a browser goes next. The page holds no data, so it is the same for everyone.
 */
export const startPageMessages = {
  title: 'Kontaktcenter i Teams',
  running: 'Serveren kører. Den bruges gennem Teams; her er, hvad den tilbyder:',
  tab: {
    link: 'Koordinatorfanen',
    what: 'overblik over tilbagekald, frister og videnshuller. I Teams åbnes den som fane.',
  },
  botEndpoint: {
    name: 'Bot-endpointet',
    what: 'Teams (og Agents Playground) sender beskeder hertil med POST. Det er ikke en side, der kan åbnes i en browser.',
  },
  playground: {
    name: 'Prøv botten lokalt',
    what: 'stop denne server (Ctrl+C), og kør kommandoen i projektets mappe: den starter botten sammen med Microsoft 365 Agents Playground, der ligner Teams i browseren.',
  },
  health: {
    name: 'Drift',
    ready: 'klar til at tage imod (database og vejledninger)',
    alive: 'processen kører',
  },
  docs: 'Vejledning til installation og drift står i projektets docs/deploy.md og docs/runbook.md.',
} as const;
