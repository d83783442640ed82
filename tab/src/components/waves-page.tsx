import { Badge } from '@fluentui/react-components';
import type { Wave } from '../api/contract';
import { useAppContext, useReadyWhen } from '../app-context';
import { formatCount, formatLocalDate } from '../format';
import { texts } from '../texts';
import { DataTable } from './data-table';
import { ErrorMessage } from './error-message';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

/** The rollout: when each center is handed over, and whether it is ready (channel, guides). */
export function WavesPage() {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const waves = useApiData(() => api.get<Wave[]>('/api/tab/waves'), []);
  useReadyWhen(waves.data !== null || waves.error !== null);
  const rows = [...(waves.data ?? [])].sort(
    (a, b) => a.handoverDate.localeCompare(b.handoverDate) || a.code.localeCompare(b.code),
  );
  return (
    <section className={layout.page} aria-label={texts.waves.heading} aria-busy={waves.loading}>
      <p className={layout.muted}>{texts.waves.intro}</p>
      {waves.error && <ErrorMessage error={waves.error} onRetry={waves.reload} />}
      {waves.data && (
        <DataTable
          label={texts.waves.heading}
          rows={rows}
          rowKey={(w) => w.code}
          columns={[
            { header: texts.waves.center, cell: (w) => <span title={w.name}>{w.code}</span> },
            {
              header: texts.waves.handover,
              cell: (w) => <span className={layout.nowrap}>{formatLocalDate(w.handoverDate)}</span>,
            },
            { header: texts.waves.status, cell: (w) => <WaveStatus wave={w} /> },
            { header: texts.waves.channel, cell: (w) => <ChannelState wave={w} /> },
            { header: texts.waves.guides, numeric: true, cell: (w) => formatCount(w.guides) },
            { header: texts.waves.staleGuides, numeric: true, cell: (w) => formatCount(w.staleGuides) },
            {
              header: texts.waves.unitPhone,
              cell: (w) => <span className={layout.nowrap}>{w.unitPhone}</span>,
            },
          ]}
        />
      )}
    </section>
  );
}

function WaveStatus({ wave }: { wave: Wave }) {
  return wave.status === 'live' ? (
    <Badge appearance="filled" color="success">
      {texts.waves.live}
    </Badge>
  ) : (
    <Badge appearance="tint" color="informative">
      {texts.waves.comingIn(wave.daysUntil)}
    </Badge>
  );
}

/** A center that is (nearly) live without a channel is the readiness problem to act on. */
function ChannelState({ wave }: { wave: Wave }) {
  if (wave.channelBound) return <>{texts.waves.channelBound(wave.channelName)}</>;
  return (
    <Badge appearance="tint" color={wave.status === 'live' ? 'danger' : 'warning'}>
      {texts.waves.channelMissing}
    </Badge>
  );
}
