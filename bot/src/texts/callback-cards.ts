import { maskPersonalDigits as typed } from '../privacy/mask-personal-digits';

/**
 * Danish texts of the callback cards and notices. Status, outcome, urgency, action and field
 * labels live in callbacks.ts and are reused from there, so each text is written once. What a
 * user typed is quoted through `typed`: no phone or CPR number goes back into Teams.
 */
export const callbackCardMessages = {
  form: {
    heading: 'Book tilbagekald',
    intro: (center: string) => `${center} ringer borgeren op inden for fristen.`,
    center: 'Center',
    guide: 'Vejledning',
    cprHeading: 'Skriv aldrig CPR-nummer',
    // Agents stop doing it when they know why; the refusal on the field repeats the reason.
    cprWhy:
      'Det, du skriver her, gemmes og kan læses af flere i Teams. Centeret finder borgeren i fagsystemet ud fra navn og telefonnummer.',
    timeWindowChoices: ['I dag formiddag', 'I dag eftermiddag', 'I morgen formiddag', 'I morgen eftermiddag'],
    placeholder: {
      citizenName: 'Fornavn og efternavn',
      phone: 'Fx 22 33 44 55',
      topic: 'Hvad drejer det sig om?',
      description: 'Hvad har borgeren brug for? Ingen CPR-numre.',
    },
  },
  /**
   * The database could not save (down, disk full). Truthful about what is known: not saved, or
   * unknown when the connection broke during the commit. A second press is safe either way: the
   * form's idempotency key books once, and a card action acts on the stored version.
   */
  unsaved: {
    booking:
      'Tilbagekaldet er ikke gemt, fordi systemet ikke kan gemme lige nu. Dine oplysninger står stadig i formularen: tryk på »Book tilbagekald« igen om lidt.',
    bookingUncertain:
      'Forbindelsen til databasen blev afbrudt, mens tilbagekaldet blev gemt, så det er uvist, om det nåede at blive gemt. Tryk på »Book tilbagekald« igen: er det allerede gemt, bliver det ikke booket to gange, og du får referencen.',
    action:
      'Ændringen er ikke gemt, fordi systemet ikke kan gemme lige nu. Kortet er uændret – prøv igen om lidt.',
    actionUncertain:
      'Forbindelsen til databasen blev afbrudt undervejs, så det er uvist, om ændringen blev gemt. Blev den det, opdateres kortet af sig selv; ellers prøv igen om lidt.',
  },
  action: {
    notMember: (code: string) =>
      `Kun medlemmer af ${code}s kanal kan behandle tilbagekaldet. Skal du være det, så bed en ejer af teamet om at tilføje dig.`,
    notFound: 'Tilbagekaldet findes ikke længere. Opdatér kortet.',
    detailsOnlyHolder: 'Borgerens oplysninger vises kun for den, der har taget opgaven.',
    noLongerMember: (code: string) =>
      `Du er ikke længere medlem af ${code}s team, så borgerens oplysninger vises ikke for dig. Er det en fejl, så bed en ejer af teamet om at tilføje dig igen.`,
    solvedUnknownGuide: 'Vejledningen findes ikke længere, så opkaldet kunne ikke registreres.',
    /** Teams did not answer the membership question in time, or asked to wait (decision 0043). */
    teamsUnavailable: 'Teams svarede ikke hurtigt nok, så intet er ændret. Prøv igen om lidt.',
    /** On the shared card Teams refreshes for the holder, when Teams could not confirm them in time. */
    holderViewUnavailable:
      'Teams svarede ikke hurtigt nok, så borgerens oplysninger vises ikke lige nu. Opdatér kortet om lidt.',
    holderViewBotRemoved: (code: string, botName: string) =>
      `Appen er fjernet fra ${code}s team, så borgerens oplysninger vises ikke. En ejer af teamet skal tilføje appen til teamet igen, og en administrator skal skrive »@${botName} tilknyt ${code}« i kanalen.`,
    /** Teams: 403 BotNotInConversationRoster for the center's team. Same steps as deliveryMessages. */
    botNotInTeam: (code: string, botName: string) =>
      `Appen er fjernet fra ${code}s team, så ingen kan behandle centerets tilbagekald her, og intet er ændret. En ejer af teamet skal tilføje appen til teamet igen, og en administrator skal skrive »@${botName} tilknyt ${code}« i kanalen.`,
  },
  chooseCenter: (codes: readonly string[]) =>
    `Skriv hvilket center der skal ringe tilbage, fx »tilbagekald CSO«. Centre: ${codes.join(', ')}.`,
  unknownCenter: (code: string, codes: readonly string[]) =>
    `Jeg kender ikke centerkoden »${typed(code)}«. Brug en af: ${codes.join(', ')}.`,
  confirmation: {
    heading: 'Tilbagekald booket',
    readAloud: (reference: string) => `Giv borgeren referencen ${reference}.`,
    reference: 'Reference',
    deadline: 'Centeret ringer senest',
    noChannel: 'Centeret har endnu ingen kanal; tilbagekaldet venter, og koordinatorerne kan se det.',
    followUp: 'Du får besked her, når tilbagekaldet er lukket. Skriv »mine« for at se dine tilbagekald.',
  },
  notLive: {
    heading: (code: string) => `${code} håndteres endnu ikke af kontaktcenteret`,
    noBooking: 'Der kan ikke bookes tilbagekald til centeret før overtagelsen.',
    unitPhone: 'Enhedsnummer',
    handover: 'Overtagelse',
  },
  card: {
    heading: (reference: string) => `Tilbagekald ${reference}`,
    deadline: 'Frist',
    status: 'Status',
    heldBy: 'Taget af',
    closedBy: 'Lukket af',
    attempts: 'Opkaldsforsøg',
    outcome: 'Udfald',
    movedTo: (center: string, reference: string) => `Flyttet til ${center} (${reference})`,
    movedToUnknown: (reference: string) => `Flyttet (${reference})`,
    movedFrom: (reference: string) => `Flyttet hertil fra ${reference}`,
    privacy: 'Borgerens navn, telefonnummer og beskrivelse ser kun den, der har taget opgaven.',
    attemptNote: 'Hvordan gik opkaldet?',
    attemptSubmit: 'Registrér forsøget',
    closeOutcome: 'Hvordan endte det?',
    closeSubmit: 'Luk tilbagekaldet',
    moveTo: 'Flyt til',
    movePlaceholder: 'Vælg center',
    moveRequired: 'Vælg det center, der skal have tilbagekaldet.',
    attemptNoteRequired: 'Vælg hvordan opkaldet gik.',
    closeOutcomeRequired: 'Vælg hvordan tilbagekaldet endte.',
    moveSubmit: 'Flyt tilbagekaldet',
  },
  holder: {
    onlyYou: 'Kun synlig for dig',
    name: 'Navn',
    phone: 'Telefon',
    description: 'Beskrivelse',
    // No call button: tel: does nothing in Teams on desktop and the web, and a Teams call to a
    // phone number needs a Teams Phone licence (decision 0052).
    callHint: 'Ring fra din telefon: markér og kopiér nummeret.',
    erased: 'Borgerens oplysninger er slettet.',
  },
  list: {
    heading: 'Dine tilbagekald',
    empty:
      'Du har ikke booket nogen tilbagekald endnu. Book et fra en vejledning eller med »tilbagekald <center>«.',
    line: (center: string, status: string, deadline: string) => `${center} · ${status} · frist ${deadline}`,
    more: (shown: number, total: number) => `Viser de ${shown} nyeste af ${total}.`,
  },
  notice: {
    closed: (reference: string, topic: string, outcome: string) =>
      `Dit tilbagekald ${reference} (${topic}) er lukket: ${outcome}.`,
    moved: (reference: string, topic: string, center: string, newReference: string) =>
      `Dit tilbagekald ${reference} (${topic}) er flyttet til ${center} og hedder nu ${newReference}.`,
    reminder: (reference: string, deadline: string) =>
      `Påmindelse: ${reference} er ikke taget, og fristen er ${deadline}. Tag opgaven på kortet ovenfor.`,
    claimedBy: (name: string) => `Taget af ${name}`,
    escalation: (reference: string, topic: string, center: string, deadline: string, status: string) =>
      `Overskredet frist: ${reference} (${topic}) hos ${center} skulle være klaret senest ${deadline}. Status: ${status}.`,
  },
  channel: {
    bound: (code: string, name: string) =>
      `Denne kanal er nu tilknyttet ${code} – ${name}. Nye tilbagekald til ${code} kommer her som nye tråde.`,
    pending: (count: number) =>
      count === 1
        ? '1 ventende tilbagekald sendes nu hertil.'
        : `${count} ventende tilbagekald sendes nu hertil.`,
    alreadyBound: (code: string) => `Denne kanal er allerede tilknyttet ${code}.`,
    alerting: (mentioned: string | null) =>
      mentioned
        ? `Hvert nyt tilbagekald nævner @${mentioned}, så de får besked.`
        : 'Tip: nævn et Teams-tag i tilknytningen (fx »tilknyt CSO @CSO-tilbagekald«), så får alle i tagget besked om hvert nyt tilbagekald.',
    currentBinding: (code: string) =>
      `Denne kanal er tilknyttet ${code}. Nye tilbagekald til ${code} kommer her.`,
    onlyInChannel:
      'Tilknytning sker i den teamkanal, der skal modtage tilbagekaldene: skriv @Kontaktcenter tilknyt <CENTERKODE> dér.',
    rebound: (code: string, previousChannel: string) =>
      `${code} var før tilknyttet kanalen ${previousChannel}; nu er det denne.`,
    previousUnknown: 'en anden kanal',
    notBound: (botName: string) =>
      `Kanalen er ikke tilknyttet et center. Skriv @${botName} tilknyt <CENTERKODE> for at tilknytte den.`,
    unknownCenter: (code: string, known: readonly string[]) =>
      `Jeg kender ikke centerkoden »${typed(code)}«. Brug en af: ${known.join(', ')} (eller KOORDINATOR for koordinatorernes kanal).`,
  },
};
