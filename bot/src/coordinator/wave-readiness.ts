import { copenhagenDate } from '../centers/copenhagen-time';
import { centerStatus } from '../centers/wave-plan';
import type { StatsDeps, Viewer } from './stats-deps';
import { isStale } from './stale-guides';
import { visibleCenters } from './viewer-scope';

export interface WaveEntry {
  code: string;
  name: string;
  handoverDate: string;
  status: 'live' | 'coming';
  /** Days until the handover; 0 once live. */
  daysUntil: number;
  unitPhone: string;
  channelBound: boolean;
  channelName: string | null;
  guides: number;
  staleGuides: number;
}

/**
 * The wave plan with each center's readiness for its handover: is its channel bound (else its
 * callbacks have nowhere to go), how many guides has it written, and how many are stale.
 */
export async function waveReadiness(deps: StatsDeps, viewer: Viewer): Promise<WaveEntry[]> {
  const now = deps.now();
  const today = copenhagenDate(now);
  const bindings = new Map((await deps.channels.listBindings()).map((b) => [b.centerCode, b]));
  const guides = deps.catalog().all();
  return visibleCenters(viewer, deps.centers()).map((center) => {
    const status = centerStatus(center, now);
    const own = guides.filter((g) => g.center === center.code);
    const binding = bindings.get(center.code);
    return {
      code: center.code,
      name: center.name,
      handoverDate: center.handoverDate,
      status: status.live ? 'live' : 'coming',
      daysUntil: status.live ? 0 : status.daysUntilHandover,
      unitPhone: center.unitPhone,
      channelBound: binding !== undefined,
      channelName: binding?.channelName ?? null,
      guides: own.length,
      staleGuides: own.filter((g) => isStale(g, today)).length,
    };
  });
}
