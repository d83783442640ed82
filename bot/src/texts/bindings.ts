/**
 * Danish texts about who may bind channels and what changed: the refusals in the channel where
 * someone wrote `tilknyt`, and the notices to the channel a center left and to the coordinators.
 */
const channel = (name: string | null) => (name ? `»${name}«` : 'en kanal uden navn');

export const bindingMessages = {
  refusedNotAdmin: (code: string) =>
    `Du kan ikke tilknytte ${code}: kun de administratorer, der står i serverens indstilling BINDING_ADMINS, kan tilknytte og flytte centre og koordinatorernes kanal. Intet er ændret.`,
  refusedNoAdminsCenterBound: (code: string) =>
    `${code} er allerede tilknyttet en kanal, og kun en administrator kan flytte den eller ændre tilknytningen. Der er ikke udpeget nogen: sæt BINDING_ADMINS (Entra-objekt-id'er) i serverens indstillinger. Intet er ændret.`,
  refusedNoAdminsChannelTaken: (code: string, other: string) =>
    `Denne kanal er allerede tilknyttet ${other}, og kun en administrator kan give den til ${code}. Der er ikke udpeget nogen: sæt BINDING_ADMINS (Entra-objekt-id'er) i serverens indstillinger. Intet er ændret.`,
  displaced: (other: string) => `${other} er ikke længere tilknyttet denne kanal og har nu ingen kanal.`,
  movedAway: (code: string, who: string, to: string | null) =>
    `${code} er flyttet fra denne kanal til kanalen ${channel(to)} af ${who}. Nye tilbagekald til ${code} kommer dér; denne kanal får dem ikke længere.`,
  toCoordinators: {
    created: (code: string, who: string, to: string | null) =>
      `Tilknytning: ${who} har tilknyttet ${code} til kanalen ${channel(to)}.`,
    moved: (code: string, who: string, from: string | null, to: string | null) =>
      `Tilknytning: ${who} har flyttet ${code} fra kanalen ${channel(from)} til kanalen ${channel(to)}.`,
    changed: (code: string, who: string, to: string | null, mention: string | null) =>
      mention
        ? `Tilknytning: ${who} har ændret ${code}s kanal ${channel(to)}, så nye tilbagekald nævner @${mention}.`
        : `Tilknytning: ${who} har ændret ${code}s kanal ${channel(to)}, så nye tilbagekald ikke nævner nogen.`,
    displaced: (other: string) => `${other} mistede kanalen og har nu ingen kanal.`,
    seeLog: 'Ændringen står i koordinatorfanens ændringslog.',
  },
} as const;
