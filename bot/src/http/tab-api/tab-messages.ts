/** Danish texts of the tab API's refusals; the precise reason stays in the server log. */
export const tabMessages = {
  invalidParameter: (name: string, hint: string) => `Ugyldig værdi for »${name}«: ${hint}`,
  hints: {
    instant: 'brug en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt (ISO 8601).',
    period: '»from« skal ligge før »to«, og perioden må højst være tre år.',
    bucket: 'brug »day« eller »week«.',
    center: 'brug en eller flere centerkoder adskilt af komma.',
    status: 'brug open, claimed, closed eller moved (flere adskilt af komma).',
    flag: 'brug »true« eller »false«.',
    number: 'brug et helt tal inden for grænserne.',
    text: 'teksten er for lang.',
    phone: 'angiv et telefonnummer.',
  },
  centerUnknown: (code: string) => `Centeret »${code}« findes ikke.`,
  otherCenter: 'Du har kun adgang til dine egne centre.',
  personalExport:
    'Kun koordinatorer kan eksportere personoplysninger. Eksportér listen uden personoplysninger.',
  coordinatorsOnly: 'Kun koordinatorer kan søge i adgangsloggen.',
  citizenSearchCoordinatorsOnly:
    'Kun koordinatorer kan søge på borgerens navn, telefonnummer og beskrivelse.',
  citizenDataCoordinatorsOnly: 'Kun koordinatorer kan se og slette alt, hvad der er gemt om en borger.',
  adminLogCoordinatorsOnly: 'Kun koordinatorer kan se ændringsloggen.',
  callbackNotFound: 'Tilbagekaldet findes ikke, eller du har ikke adgang til det.',
  suggestionNotFound:
    'Forslaget findes ikke (længere): en anden koordinator har måske allerede taget stilling til det. Genindlæs siden.',
  keywordsCoordinatorsOnly: 'Kun koordinatorer kan godkende, afvise og fjerne søgeord.',
  phoneInvalid: 'Telefonnummeret skal være et dansk nummer med 8 cifre, fx 22 33 44 55.',
  jsonRequired: 'Forespørgslen skal sendes som JSON (Content-Type: application/json).',
  failed: 'Der skete en fejl på serveren. Prøv igen om lidt.',
  downloadLink: {
    title: 'Eksport af tilbagekald',
    unknown: 'Linket til eksporten findes ikke. Eksportér igen fra fanen Tilbagekald.',
    other_user: 'Linket til eksporten er lavet til en anden bruger. Eksportér selv fra fanen Tilbagekald.',
    used: 'Linket til eksporten er allerede brugt: det virker kun én gang. Eksportér igen fra fanen Tilbagekald.',
    expired:
      'Linket til eksporten er udløbet: det virker kun i 60 sekunder. Eksportér igen fra fanen Tilbagekald.',
  },
} as const;
