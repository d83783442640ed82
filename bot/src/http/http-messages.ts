/**
 * Danish texts of the server's own refusals at the HTTP edge (the bot endpoint, bodies, metrics).
 * The precise reason goes to the JSON log, never into the answer.
 */
export const httpMessages = {
  bodyNotJson: 'Forespørgslen kunne ikke læses: indholdet skal være JSON.',
  activityInvalid: 'Aktiviteten kunne ikke læses.',
  internal: 'Intern fejl.',
  notAuthenticated: 'Forespørgslen er ikke godkendt.',
  authUnavailable: 'Forespørgslen kan ikke godkendes lige nu. Prøv igen om lidt.',
  metricsToken: 'Kræver et gyldigt Bearer-token.',
} as const;
