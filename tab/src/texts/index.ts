/**
 * Every text the coordinator tab shows, in Danish, in one place: the wording can be reviewed
 * and changed without reading components.
 */
import { gapsTexts } from './gaps';

export const texts = {
  appTitle: 'Kontaktcenter – koordinering',
  loading: 'Indlæser …',
  refresh: 'Opdatér',
  updatedAt: (time: string) => `Opdateret ${time}`,
  localMode: 'Lokal udvikling (ingen Teams-login)',
  signedInAs: (name: string) => `Logget ind som ${name}`,
  noValue: '–',
  yes: 'ja',
  no: 'nej',
  all: 'Alle',

  nav: {
    label: 'Sider',
    overview: 'Overblik',
    waves: 'Bølgeplan',
    gaps: 'Videnshuller',
    callbacks: 'Tilbagekald',
    accessLog: 'Adgangslog',
    citizenData: 'Borgerdata',
    adminLog: 'Ændringslog',
  },

  errors: {
    title: 'Noget gik galt',
    network: 'Serveren kunne ikke nås. Tjek forbindelsen, og prøv igen.',
    unexpected: (status: number) => `Serveren svarede uventet (fejl ${status}). Prøv igen om lidt.`,
    login: 'Teams kunne ikke give et login til fanen. Genindlæs fanen, og prøv igen.',
    retry: 'Prøv igen',
  },

  period: {
    label: 'Periode',
    today: 'I dag',
    week: 'Denne uge',
    last30: 'Seneste 30 dage',
    custom: 'Valgt periode',
    from: 'Fra og med',
    to: 'Til og med',
    bucket: 'Vis udvikling',
    day: 'Pr. dag',
    weekBucket: 'Pr. uge',
    invalid: 'Slutdatoen skal være samme dag som eller efter startdatoen.',
    datePlaceholder: 'dd.mm.åååå',
    dateFormat: 'Skriv datoen som dag.måned.år, fx 16.11.2026.',
  },

  stats: {
    booked: 'Nye',
    open: 'Åbne',
    claimed: 'Taget',
    closed: 'Lukkede',
    overdue: 'Over frist',
    medianClaim: 'Tid til opgaven blev taget (median)',
    p90Claim: 'Tid til opgaven blev taget (90 %)',
    medianClose: 'Tid til lukning (median)',
    p90Close: 'Tid til lukning (90 %)',
    solvedOnCall: 'Løst på opkaldet',
    solvedRate: 'Straksafklaring',
    workingHoursNote:
      'Tider er regnet i åbningstid (arbejdsdage). Nye, lukkede og løste tæller i perioden; åbne, taget og over frist gælder lige nu.',
  },

  undelivered: {
    title: (count: number) =>
      count === 1
        ? '1 besked kunne ikke leveres til Teams'
        : `${count} beskeder kunne ikke leveres til Teams`,
    intro:
      'Tilbagekaldene er gemt. Teams afviste beskederne for godt, så de prøves ikke igen af sig selv. ' +
      'Er appen fjernet fra et centers team, så tilføj den igen, og skriv »tilknyt« med centerkoden i kanalen: så sendes de.',
    table: 'Beskeder, der ikke kunne leveres',
    center: 'Center',
    reference: 'Tilbagekald',
    what: 'Hvad',
    reason: 'Årsag',
    since: 'Siden',
    truncated: 'Kun de nyeste vises.',
  },

  overview: {
    heading: 'Overblik',
    center: 'Center',
    allCenters: 'Alle centre',
    totals: 'Nøgletal i alt',
    perCenter: 'Nøgletal pr. center',
    total: 'I alt',
    trend: 'Udvikling',
    trendTable: 'Udvikling som tabel',
    trendStart: 'Fra',
    solvedRateChart: 'Straksafklaring pr. center',
    perGuide: 'Straksafklaring pr. vejledning',
    guide: 'Vejledning',
    callbacks: 'Tilbagekald',
    noGuides: 'Ingen vejledninger er brugt i perioden.',
    noCenters: 'Ingen centre at vise.',
    noTrend:
      'Ingen nye eller lukkede tilbagekald og ingen opkald løst på stedet i perioden, så der er ingen udvikling at vise.',
    noSolvedRate: 'Ingen opkald i perioden, så der er ingen straksafklaring at vise.',
    referrals: 'Henvist til andre myndigheder',
    referralsIntro: (count: string) =>
      `${count} opkald blev henvist til en anden myndighed i perioden. De tæller hverken som løst på opkaldet eller som huller i vejledningerne.`,
    authority: 'Myndighed',
    referralTopic: 'Emne',
    referred: 'Henvist',
    noReferrals: 'Ingen opkald er henvist til andre myndigheder i perioden.',
  },

  waves: {
    heading: 'Bølgeplan',
    intro: 'Hvornår kontaktcenteret overtager hvert center, og om centeret er klar.',
    center: 'Center',
    handover: 'Overtagelse',
    status: 'Status',
    live: 'I drift',
    comingIn: (days: number) => (days === 1 ? 'Om 1 dag' : `Om ${days} dage`),
    readiness: 'Parathed',
    channel: 'Kanal',
    channelBound: (name: string | null) => (name ? `Tilknyttet: ${name}` : 'Tilknyttet'),
    channelMissing: 'Ingen kanal tilknyttet',
    guides: 'Vejledninger',
    staleGuides: 'Forældede',
    unitPhone: 'Enhedsnummer',
    noGuides: 'Ingen vejledninger',
  },

  gaps: gapsTexts,

  callbacks: {
    heading: 'Tilbagekald',
    filters: 'Filtre',
    center: 'Center',
    status: 'Status',
    overdueOnly: 'Kun over frist',
    bookedFrom: 'Booket fra og med',
    bookedTo: 'Booket til og med',
    search: 'Søg',
    searchPlaceholder: 'Reference eller emne',
    citizenSearch: 'Søg på borger',
    citizenSearchPlaceholder: 'Navn, telefon eller beskrivelse',
    citizenSearchHint: 'Kun koordinatorer. Hvert tilbagekald, søgningen finder, logges under borgeren.',
    clear: 'Nulstil filtre',
    reference: 'Reference',
    topic: 'Emne',
    holder: 'Taget af',
    bookedAt: 'Booket',
    deadline: 'Frist',
    urgency: 'Hastegrad',
    none: 'Ingen tilbagekald passer til filtrene.',
    showing: (first: number, last: number, total: number) =>
      total === 0 ? 'Ingen fundet' : `Viser ${first}–${last} af ${total}`,
    previous: 'Forrige',
    next: 'Næste',
    overdueBadge: 'Over frist',
    open: (reference: string) => `Åbn ${reference}`,
  },

  csv: {
    withPersonalData: 'Med personoplysninger',
    personalHint: 'Kun hvis du har adgang. Eksporten bliver logget.',
    export: 'Eksportér CSV',
    exporting: 'Eksporterer …',
    fileName: (date: string) => `tilbagekald-${date}.csv`,
    openFailed: 'Teams kunne ikke åbne filen. Prøv igen, eller eksportér fra Teams i browseren.',
    openedOutside:
      'Filen hentes i et nyt vindue. Linket virker én gang og kun i 60 sekunder; eksportér igen, hvis det ikke nåede at åbne.',
  },

  detail: {
    close: 'Luk',
    title: (reference: string) => `Tilbagekald ${reference}`,
    facts: 'Oplysninger',
    timeWindow: 'Ønsket tidspunkt',
    outcome: 'Udfald',
    attempts: 'Opkaldsforsøg',
    movedTo: 'Flyttet til',
    movedFrom: 'Flyttet fra',
    bookedBy: 'Booket af',
    citizen: 'Borger',
    citizenName: 'Navn',
    citizenPhone: 'Telefon',
    citizenDescription: 'Beskrivelse',
    personalLogged: 'Din visning af borgerens oplysninger er logget.',
    personalHidden:
      'Borgerens navn, telefonnummer og beskrivelse vises kun for den, der har taget opgaven, og for koordinatorer.',
    personalErased: 'Borgerens oplysninger er slettet efter opbevaringsperioden.',
    history: 'Historik',
    at: 'Tidspunkt',
    actor: 'Hvem',
    action: 'Handling',
    change: 'Status',
    details: 'Detaljer',
  },

  accessLog: {
    heading: 'Adgangslog',
    intro: 'Se hvem der har læst, ændret eller eksporteret en borgers oplysninger.',
    phone: 'Borgerens telefonnummer',
    search: 'Søg i loggen',
    at: 'Tidspunkt',
    user: 'Bruger',
    action: 'Handling',
    reference: 'Reference',
    details: 'Detaljer',
    none: 'Der er ingen registreringer for dette nummer.',
    coordinatorsOnly: 'Kun koordinatorer kan søge i adgangsloggen.',
  },

  citizenData: {
    heading: 'Borgerdata',
    intro:
      'Alt, hvad der er gemt om en borger, fundet på telefonnummeret: tilbagekald med historik og adgangsloggen. Borgeren har ret til at se det og til at få det slettet. Opslaget logges.',
    phone: 'Borgerens telefonnummer',
    search: 'Vis borgerens data',
    none: 'Der er ingen tilbagekald med borgerens oplysninger for dette nummer.',
    callbacks: (count: number) => (count === 1 ? '1 tilbagekald' : `${count} tilbagekald`),
    callback: (reference: string, center: string, status: string) => `${reference} · ${center} · ${status}`,
    accessLog: 'Adgangslog for borgeren',
    accessLogNone: 'Der er ingen registreringer for dette nummer.',
    erase: 'Slet borgerens oplysninger …',
    confirmTitle: 'Slet borgerens oplysninger',
    confirmIntro: (count: number) =>
      count === 1
        ? 'Navn, telefonnummer og beskrivelse slettes i dette tilbagekald:'
        : `Navn, telefonnummer og beskrivelse slettes i disse ${count} tilbagekald:`,
    willClose: 'lukkes som »Slettet efter anmodning«, og kortet i kanalen opdateres',
    staysClosed: 'er lukket; kun oplysningerne slettes',
    keeps:
      'Center, emne, tidspunkter og udfald bevares til statistikken. Adgangsloggen bevares; den rummer ikke nummeret, kun en nøgle til det.',
    noUndo: 'Sletningen kan ikke fortrydes.',
    confirm: 'Slet',
    cancel: 'Annullér',
    erasing: 'Sletter …',
    done: (callbacks: number, closed: number) =>
      `Slettet: borgerens oplysninger i ${callbacks} tilbagekald` +
      (closed > 0 ? `; ${closed} er lukket som »Slettet efter anmodning«.` : '.'),
  },
  adminLog: {
    heading: 'Ændringslog',
    intro:
      'Hvem der har tilknyttet og flyttet centrenes kanaler og koordinatorernes kanal – og hvem der har forsøgt uden at have ret til det. Kun administratorerne i BINDING_ADMINS kan ændre en tilknytning. Koordinatorernes beslutninger om søgeord fra agenterne står her også.',
    at: 'Tidspunkt',
    actor: 'Hvem',
    action: 'Ændring',
    center: 'Center',
    from: 'Fra kanal',
    to: 'Til kanal',
    note: 'Bemærkning',
    none: 'Ingen ændringer er registreret.',
    unnamed: 'kanal uden navn',
    displaced: (code: string) => `${code} mistede kanalen`,
    mention: (name: string) => `nævner @${name}`,
    keyword: (words: string, guideId: string) => `»${words}« → ${guideId}`,
    showing: (shown: number, total: number) => `Viser de ${shown} nyeste af ${total}.`,
  },

  config: {
    heading: 'Koordinatorfane',
    intro:
      'Fanen viser overblik, bølgeplan, videnshuller og tilbagekald for kontaktcenteret. Vælg Gem for at tilføje den.',
  },

  status: { open: 'Åben', claimed: 'Taget', closed: 'Lukket', moved: 'Flyttet' },
  urgency: { normal: 'Normal', urgent: 'Haster' },
  outcome: {
    resolved: 'Løst',
    not_reached: 'Borgeren ikke truffet',
    case_system: 'Sendt videre til fagsystem',
    erased_on_request: 'Slettet efter anmodning',
  },
  historyAction: {
    book: 'Booket',
    claim: 'Taget',
    release: 'Frigivet',
    attempt: 'Opkaldsforsøg',
    close: 'Lukket',
    reopen: 'Genåbnet',
    move: 'Flyttet',
    erase: 'Personoplysninger slettet',
  },
  adminAction: {
    'binding.created': 'Tilknyttet',
    'binding.moved': 'Flyttet',
    'binding.changed': 'Ændret',
    'binding.refused': 'Afvist forsøg',
    'keyword.accepted': 'Søgeord godkendt',
    'keyword.rejected': 'Søgeordsforslag afvist',
    'keyword.removed': 'Søgeord fjernet',
  },
  refusalReason: {
    not_admin: 'ikke administrator',
    no_admins: 'ingen administratorer udpeget',
  },
  accessAction: {
    read: 'Læst',
    search: 'Søgt',
    change: 'Ændret',
    export: 'Eksporteret',
    delete: 'Slettet',
  },
  detailKey: {
    outcome: 'Udfald',
    previousOutcome: 'Tidligere udfald',
    attempts: 'Opkaldsforsøg',
    note: 'Bemærkning',
    fromCenterCode: 'Fra center',
    centerCode: 'Center',
    found: 'Fundet',
    toCenterCode: 'Til center',
    newReference: 'Ny reference',
    movedTo: 'Flyttet til',
    movedFrom: 'Flyttet fra',
    reference: 'Reference',
    what: 'Hvad',
    personal: 'Med personoplysninger',
    count: 'Antal',
    reason: 'Årsag',
    callbacks: 'Tilbagekald',
    closed: 'Lukket',
  },
  reason: { request: 'borgerens anmodning' },
  accessWhat: {
    booked: 'booket',
    claim: 'taget',
    release: 'frigivet',
    attempt: 'opkaldsforsøg',
    close: 'lukket',
    reopen: 'genåbnet',
    move: 'flyttet',
    tab_detail: 'set i koordinatorfanen',
    holder_card: 'set af den, der har taget opgaven',
    csv_export: 'CSV-eksport',
    access_log_search: 'søgning i adgangsloggen',
    citizen_data: 'opslag på borgerens data',
    citizen_erasure: 'sletning efter anmodning',
    citizen_erasure_replayed: 'sletning gentaget efter gendannelse',
    tab_citizen_search: 'søgning på borger i koordinatorfanen',
  },
  attemptNote: { no_answer: 'Intet svar', try_later: 'Prøv igen senere' },
  duration: {
    minutes: (m: number) => `${m} min`,
    hours: (h: number, m: number) => (m === 0 ? `${h} t` : `${h} t ${m} min`),
  },
} as const;

/** A label from one of the lookup tables above, or the raw value when the API sends something new. */
export function labelOf<T extends Record<string, string>>(table: T, key: string | null | undefined): string {
  if (key === null || key === undefined) return texts.noValue;
  return (table as Record<string, string>)[key] ?? key;
}
