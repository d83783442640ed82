import { useState } from 'react';
import { Button, Checkbox, Field, Text } from '@fluentui/react-components';
import { ApiError, queryString, type Query } from '../api/api-client';
import type { DownloadLink } from '../api/contract';
import { useAppContext } from '../app-context';
import { localDate } from '../period';
import { texts } from '../texts';
import { ErrorMessage } from './error-message';
import { useLayoutStyles } from './styles';

/**
 * Downloads the filtered list as CSV. Personal data only on an explicit choice; the server
 * still decides whether the user may have it, and logs the export. In Teams the tab cannot
 * save a file reliably (new Teams desktop allows it once per session, mobile never), so it asks
 * for a single-use link and has Teams open it outside the tab (decision 0051).
 */
export function CsvExport({ query }: { query: Query }) {
  const { api, now, openLink } = useAppContext();
  const layout = useLayoutStyles();
  const [personal, setPersonal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [openedOutside, setOpenedOutside] = useState(false);

  const exportCsv = async () => {
    setBusy(true);
    setError(null);
    setOpenedOutside(false);
    const asked = { ...query, personal: personal ? 'true' : undefined };
    try {
      if (openLink) {
        const link = await api.post<DownloadLink>(`/api/tab/callbacks.csv/link${queryString(asked)}`, {});
        await openLink(new URL(link.url, window.location.origin).href).catch(() => {
          throw new ApiError(0, 'OPEN_LINK_FAILED', texts.csv.openFailed);
        });
        setOpenedOutside(true);
      } else {
        const blob = await api.download('/api/tab/callbacks.csv', asked);
        saveFile(blob, texts.csv.fileName(localDate(now())));
      }
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={layout.section}>
      <div className={layout.toolbar}>
        <Field hint={texts.csv.personalHint}>
          <Checkbox
            label={texts.csv.withPersonalData}
            checked={personal}
            onChange={(_e, d) => setPersonal(d.checked === true)}
          />
        </Field>
        <Button onClick={() => void exportCsv()} disabled={busy}>
          {busy ? texts.csv.exporting : texts.csv.export}
        </Button>
      </div>
      {openedOutside && <Text role="status">{texts.csv.openedOutside}</Text>}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

/** Outside Teams the file goes through a blob because the request needs the Authorization header. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
