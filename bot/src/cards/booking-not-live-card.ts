import type { Center } from '../centers/center';
import { callbackCardMessages } from '../texts/callback-cards';
import { callbackMessages } from '../texts/callbacks';
import { formatDate, formatUnitPhone } from '../texts/format';
import { guideMessages } from '../texts/guides';
import { renderCard, type AdaptiveCard } from './render-card';
import template from './templates/booking-not-live.json';

const m = callbackCardMessages.notLive;

/** Shown instead of the booking form while the contact center does not yet handle the center. */
export function centerNotLiveCard(center: Center): AdaptiveCard {
  const date = formatDate(center.handoverDate);
  return renderCard(template, {
    heading: m.heading(center.code),
    notice: guideMessages.notLiveNotice(center.code, date, center.unitPhone),
    facts: [
      { title: callbackMessages.field.centerCode, value: guideMessages.ownedBy(center.name, center.code) },
      { title: m.handover, value: date },
      { title: m.unitPhone, value: formatUnitPhone(center.unitPhone) },
    ],
    noBooking: m.noBooking,
  });
}
