import { maskPersonalDigits as typed } from '../privacy/mask-personal-digits';
import { formatUnitPhone } from './format';

/**
 * Danish texts for guide search, the help and the centers overview. What the agent typed is
 * quoted through `typed`: no phone or CPR number goes back into Teams (decision 0020).
 */
export const guideMessages = {
  welcome: (botName: string) =>
    `Hej, jeg er ${botName}. Skriv et par ord om borgerens spørgsmål – også med stavefejl eller uden æøå – så finder jeg de bedste vejledninger med det samme.`,
  helpTitle: 'Sådan bruger du Kontaktcenter',
  helpIntro:
    'Skriv et par ord om borgerens spørgsmål, fx »gult kort«, »hjemme hjælp rengøring« eller »storskrald«. Jeg viser de vejledninger, der passer bedst.',
  helpCommands: [
    { command: 'søg <tekst>', text: 'Søg i vejledningerne (du kan også bare skrive teksten).' },
    { command: 'vis <id>', text: 'Vis en hel vejledning, fx »vis sundhedskort«.' },
    { command: 'centre', text: 'Se centrene, hvornår kontaktcenteret overtager dem, og deres enhedsnumre.' },
    { command: 'tilbagekald [center]', text: 'Book et tilbagekald fra et fagcenter.' },
    { command: 'mine', text: 'Se de tilbagekald, du har booket, og deres status.' },
    { command: 'hjælp', text: 'Vis denne hjælp.' },
  ],
  helpChannelCommands: [
    {
      command: 'tilknyt <CENTERKODE>',
      text: 'Tilknyt denne kanal til et center (i en teamkanal; kun administratorer).',
    },
  ],
  unknownCommand: (word: string) => `Jeg kender ikke kommandoen »${typed(word)}«. Her er hvad jeg kan:`,
  resultsTitle: (query: string) => `Vejledninger til »${typed(query)}«`,
  noResultsTitle: (query: string) => `Ingen vejledning passer til »${typed(query)}«`,
  noResultsTips: [
    'Prøv med færre eller andre ord, fx det officielle navn (»sundhedskort« i stedet for »det gule kort«).',
    'Skriv hvad borgeren vil have hjulpet med, ikke hele sætningen.',
    'Kan spørgsmålet ikke afklares på opkaldet, så book et tilbagekald fra det rette center med »tilbagekald <center>«.',
  ],
  emptySearch: 'Skriv hvad du vil søge efter, fx »søg pas til barn«.',
  guideNotFound: (id: string) =>
    `Jeg kan ikke finde vejledningen »${typed(id)}«. Søg efter den med et par ord i stedet.`,
  ownedBy: (centerName: string, code: string) => `${centerName} (${code})`,
  shortAnswerMissing: 'Vejledningen har intet kort svar – åbn hele vejledningen.',
  notLiveNotice: (code: string, date: string, phone: string) =>
    `Kontaktcenteret overtager ${code} den ${date}. Indtil da: stil borgeren om til enhedsnummeret ${formatUnitPhone(phone)}.`,
  actionShowGuide: 'Vis hele vejledningen',
  actionNextPart: 'Næste del',
  /** A long guide is shown in parts that each fit one Teams message (decision 0045). */
  partOf: (part: number, parts: number) => `Del ${part} af ${parts}`,
  continued: (heading: string) => `${heading} (fortsat)`,
  shortAnswerHeading: 'Kort svar',
  tooLarge:
    'Svaret blev for stort til én besked i Teams, så jeg har ikke sendt det. Prøv med flere ord, eller åbn vejledningen med »vis <id>«.',
  actionSelfService: 'Åbn selvbetjening',
  actionSolved: 'Løst på opkaldet',
  actionBookCallback: 'Book tilbagekald',
  solvedRegistered: (title: string) => `Registreret som løst på opkaldet: ${title}. Tak!`,
  referralHeading: (authority: string) => `Henvis til ${authority}`,
  referralExample:
    'Eksempel: kommunen har endnu ikke kontrolleret oplysningerne. Tjek dem på myndighedens hjemmeside.',
  referralWhen: 'Henvis når',
  referralTell: 'Sig til borgeren',
  referralPhone: 'Telefon',
  referralWeb: 'Hjemmeside',
  actionOpenWeb: 'Åbn hjemmesiden',
  actionReferred: 'Henvist',
  referredRegistered: (authority: string) => `Registreret som henvist til ${authority}. Tak!`,
  referralUnknown: 'Henvisningen findes ikke længere (vidensbasen er opdateret). Søg igen.',
  centersTitle: 'Centre, og hvornår kontaktcenteret overtager dem',
  centerLive: 'Håndteres af kontaktcenteret',
  centerComing: (date: string, days: number) =>
    `Overtages ${date} (om ${days} ${days === 1 ? 'dag' : 'dage'}) – indtil da enhedsnummer`,
  unitPhone: (phone: string) => `Enhedsnummer ${formatUnitPhone(phone)}`,
  updated: (date: string) => `Senest gennemgået ${date}`,
  genericError: 'Beklager, noget gik galt hos mig. Prøv igen om lidt. Fortsætter det, så kontakt IT-support.',
  badInput: 'Jeg kunne ikke læse beskeden. Prøv at skrive den igen.',
};
