import type { Center } from '../centers/center';
import { centerStatus } from '../centers/wave-plan';
import type { Guide } from '../guides/guide';
import { formatDate } from '../texts/format';
import { guideMessages as m } from '../texts/guides';

/** What a card shows about one guide, with its center's rollout state already decided. */
export interface GuideView {
  id: string;
  title: string;
  owner: string;
  /** Empty when the contact center handles the center; else the transfer notice. */
  notLive: string;
  shortAnswer: string;
  selfservice: string;
  sections: { heading: string; text: string }[];
  updated: string;
  /** The section the agent's words point to, in a long guide (see `focusFor`); else null. */
  focus: { heading: string; text: string } | null;
}

/**
 * A guide whose sections run longer than this is long: mid-call an agent does not scroll through it
 * for the one paragraph the caller asks about, so a search that points to one section shows it on
 * the results card. A shorter guide is read whole with one press.
 */
const longGuideChars = 3000;

export const isLongGuide = (guide: Guide): boolean =>
  guide.sections.reduce((n, s) => n + s.heading.length + s.text.length, 0) > longGuideChars;

export function guideView(
  guide: Guide,
  centers: readonly Center[],
  now: Date,
  focus: { heading: string; text: string } | null = null,
): GuideView {
  const center = centers.find((c) => c.code === guide.center);
  const status = center ? centerStatus(center, now) : { live: true as const };
  return {
    id: guide.id,
    title: guide.title,
    owner: center ? m.ownedBy(center.name, center.code) : guide.center,
    notLive:
      center && !status.live
        ? m.notLiveNotice(center.code, formatDate(center.handoverDate), center.unitPhone)
        : '',
    shortAnswer: guide.shortAnswer || m.shortAnswerMissing,
    selfservice: guide.selfservice ?? '',
    sections: guide.sections.filter((s) => s.text.trim() !== ''),
    updated: guide.updated ? m.updated(formatDate(guide.updated)) : '',
    focus: focus && isLongGuide(guide) ? focus : null,
  };
}
