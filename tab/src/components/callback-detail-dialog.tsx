import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import type { CallbackDetail } from '../api/contract';
import { useAppContext } from '../app-context';
import { formatDateTime, personName } from '../format';
import { labelOf, texts } from '../texts';
import { CitizenSection } from './citizen-section';
import { ErrorMessage } from './error-message';
import { FactList } from './fact-list';
import { HistoryTable } from './history-table';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

/** One callback with its full history; opening it is a read the server logs when it shows personal data. */
export function CallbackDetailDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const detail = useApiData(
    () => api.get<CallbackDetail>(`/api/tab/callbacks/${encodeURIComponent(id)}`),
    [id],
  );
  const data = detail.data;
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface aria-busy={detail.loading} style={{ maxWidth: 'min(880px, calc(100vw - 24px))' }}>
        <DialogBody>
          <DialogTitle>{data ? texts.detail.title(data.callback.reference) : texts.loading}</DialogTitle>
          <DialogContent className={layout.section}>
            {detail.loading && !data && <Spinner size="small" label={texts.loading} />}
            {detail.error && <ErrorMessage error={detail.error} onRetry={detail.reload} />}
            {data && <DetailBody detail={data} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {texts.detail.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function DetailBody({ detail }: { detail: CallbackDetail }) {
  const layout = useLayoutStyles();
  const c = detail.callback;
  const facts: [string, string][] = [
    [texts.callbacks.center, c.centerCode],
    [texts.callbacks.topic, c.topic],
    [texts.callbacks.status, labelOf(texts.status, c.status)],
    [texts.callbacks.holder, personName(c.holderName)],
    [texts.callbacks.urgency, labelOf(texts.urgency, c.urgency)],
    [texts.detail.timeWindow, c.timeWindow || texts.noValue],
    [texts.callbacks.bookedAt, formatDateTime(c.bookedAt)],
    [texts.detail.bookedBy, personName(c.bookedBy)],
    [
      texts.callbacks.deadline,
      `${formatDateTime(c.deadline)}${c.overdue ? ` (${texts.callbacks.overdueBadge})` : ''}`,
    ],
    [texts.detail.attempts, String(c.attempts)],
    [texts.detail.outcome, labelOf(texts.outcome, c.outcome)],
  ];
  if (c.movedFrom) facts.push([texts.detail.movedFrom, c.movedFrom]);
  if (c.movedTo) facts.push([texts.detail.movedTo, c.movedTo]);
  return (
    <>
      <FactList label={texts.detail.facts} facts={facts} />
      <CitizenSection detail={detail} />
      <div className={layout.section}>
        <h3 className={layout.heading}>{texts.detail.history}</h3>
        <HistoryTable history={detail.history} />
      </div>
    </>
  );
}
