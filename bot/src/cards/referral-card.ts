import type { Referral } from '../guides/referral';
import { guideMessages as m } from '../texts/guides';
import { verbStrings } from './card-verbs';
import { renderCard, type AdaptiveCard } from './render-card';
import template from './templates/referral.json';

/**
 * "Henvis til …": a door to another authority, on a card of its own so it is never mistaken for
 * one of the municipality's guides. The phone is text to read out, not a call button (decision 0052).
 */
export function referralCard(referral: Referral): AdaptiveCard {
  const facts = [
    ...(referral.phone ? [{ title: m.referralPhone, value: referral.phone }] : []),
    ...(referral.web ? [{ title: m.referralWeb, value: referral.web }] : []),
  ];
  return renderCard(template, {
    id: referral.id,
    heading: m.referralHeading(referral.authority),
    title: referral.title,
    example: referral.example ? m.referralExample : '',
    whenToRefer: referral.whenToRefer,
    tellCitizen: referral.tellCitizen,
    web: referral.web ?? '',
    facts,
    verbs: verbStrings,
    labels: {
      when: m.referralWhen,
      tell: m.referralTell,
      web: m.actionOpenWeb,
      referred: m.actionReferred,
    },
  });
}
