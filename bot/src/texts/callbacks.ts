/** Danish texts for callbacks (tilbagekald): the booking form, statuses, outcomes and refusals. */
export const callbackMessages = {
  status: {
    open: 'Åben',
    claimed: 'Taget',
    closed: 'Lukket',
    moved: 'Flyttet',
  },
  outcome: {
    resolved: 'Løst',
    not_reached: 'Borgeren ikke truffet',
    case_system: 'Sendt videre til fagsystem',
    erased_on_request: 'Slettet efter anmodning',
  },
  urgency: {
    normal: 'Normal',
    urgent: 'Haster',
  },
  attemptNote: {
    no_answer: 'Intet svar',
    try_later: 'Prøv igen senere',
  },
  action: {
    claim: 'Tag opgaven',
    release: 'Slip opgaven',
    attempt: 'Registrér opkaldsforsøg',
    close: 'Luk',
    reopen: 'Genåbn',
    move: 'Flyt til andet center',
  },
  /** Used when the agent leaves the preferred time window empty. */
  defaultTimeWindow: 'Hele dagen',

  field: {
    citizenName: 'Borgerens navn',
    phone: 'Telefonnummer',
    centerCode: 'Center',
    topic: 'Emne',
    description: 'Kort beskrivelse',
    timeWindow: 'Ønsket tidspunkt',
    urgency: 'Hastegrad',
    guideId: 'Vejledning',
    idempotencyKey: 'Formularen',
  },
  errors: {
    citizenNameRequired: 'Skriv borgerens navn.',
    citizenNameLength: (min: number, max: number) => `Borgerens navn skal være mellem ${min} og ${max} tegn.`,
    phoneRequired: 'Skriv borgerens telefonnummer.',
    phoneInvalid: 'Skriv et dansk telefonnummer med 8 cifre, fx 22 33 44 55 eller +45 22 33 44 55.',
    centerRequired: 'Vælg det center, der skal ringe borgeren op.',
    centerInvalid: 'Centerkoden kan ikke genkendes. Vælg centeret på listen.',
    topicRequired: 'Skriv emnet for henvendelsen.',
    descriptionRequired: 'Skriv en kort beskrivelse af, hvad borgeren har brug for.',
    tooLong: (max: number) => `Teksten må højst være ${max} tegn.`,
    urgencyInvalid: 'Vælg hastegrad: Normal eller Haster.',
    guideInvalid: 'Vejledningen kan ikke genkendes. Søg den frem igen, og book derfra.',
    formExpired: 'Formularen kan ikke bruges længere. Åbn en ny bookingformular, og prøv igen.',
    /**
     * On the field holding a CPR number, naming it: the reason matters, so agents stop doing it,
     * and a date with a time that the rule mistakes for one gets a way to write it instead.
     */
    containsCpr: (field: string) =>
      `»${field}« ser ud til at indeholde et CPR-nummer, så feltet er tømt. Af hensyn til borgerens personoplysninger må CPR-numre aldrig skrives i Teams, hvor mange kan læse med. Centeret finder borgeren i fagsystemet ud fra navn og telefonnummer. Er det en dato og et klokkeslæt, så skriv »kl.« foran klokkeslættet, fx »12.03.26 kl. 14.00«.`,
    /** On topic and time window, which everybody in the center's channel reads. */
    containsPhone: (field: string) =>
      `»${field}« ser ud til at indeholde et telefonnummer, så feltet er tømt. Feltet kan læses af alle i centerets kanal; borgerens nummer skrives kun i feltet »Telefonnummer«. Er det datoer, årstal eller klokkeslæt, så skriv ord imellem, fx »22. marts kl. 20 til 22« eller »2026 til 2027«.`,
  },

  refusal: {
    alreadyClaimed: (holderName: string) => `Tilbagekaldet er allerede taget af ${holderName}.`,
    notHolder: (holderName: string) =>
      `Kun den, der har taget opgaven, kan gøre det. Lige nu har ${holderName} det.`,
    notClaimed: 'Tilbagekaldet er ikke taget af nogen. Tag opgaven først.',
    alreadyOpen: 'Tilbagekaldet er allerede åbent.',
    closed: 'Tilbagekaldet er lukket. Genåbn det, hvis der skal gøres mere.',
    moved: (reference: string | null) =>
      reference
        ? `Tilbagekaldet er flyttet til et andet center som ${reference}. Brug det nye tilbagekald.`
        : 'Tilbagekaldet er flyttet til et andet center.',
    notClosed: 'Kun et lukket tilbagekald kan genåbnes.',
    tooFewAttempts: (attempts: number, required: number) =>
      `Registrér mindst ${required} opkaldsforsøg, før du lukker som »Borgeren ikke truffet« (${attempts} indtil nu).`,
    erased:
      'Borgerens oplysninger er slettet efter anmodning, så tilbagekaldet kan ikke genåbnes. Book et nyt, hvis borgeren henvender sig igen.',
    sameCenter: (centerCode: string) =>
      `Tilbagekaldet hører allerede til ${centerCode}. Vælg et andet center.`,
  },
};
