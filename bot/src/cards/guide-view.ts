import type { Center } from '../centers/center';
import { centerStatus } from '../centers/wave-plan';
import type { Guide } from '../guides/guide';
import { formatDate } from '../shared/messages/format';
import { guideMessages as m } from '../shared/messages/guides';

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
}

export function guideView(guide: Guide, centers: readonly Center[], now: Date): GuideView {
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
  };
}
