import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ApiError } from '../api/api-client';
import type { LearnedKeywords, Suggestions } from '../api/contract';
import { useAppContext } from '../app-context';
import { formatCount, formatDateTime } from '../format';
import { texts } from '../texts';
import { DataTable } from './data-table';
import { ErrorMessage } from './error-message';
import { useApiData } from './use-api-data';
import { useLayoutStyles } from './styles';

const t = texts.gaps;

/**
 * The search learning from the agents (decision 0055): suggestions a coordinator accepts or
 * rejects, each with the pairs behind it, and the keywords in force, removable. Center staff see
 * those of their own guides, without the buttons.
 */
export function KeywordSuggestions() {
  const { api, me } = useAppContext();
  const layout = useLayoutStyles();
  const decides = me?.role === 'coordinator';
  const suggestions = useApiData(() => api.get<Suggestions>('/api/tab/suggestions'), []);
  const learned = useApiData(() => api.get<LearnedKeywords>('/api/tab/learned-keywords'), []);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const decide = async (path: string) => {
    setBusy(true);
    setFailed(null);
    try {
      await api.post(path, {});
    } catch (error) {
      setFailed(error as ApiError);
    } finally {
      setBusy(false);
      suggestions.reload();
      learned.reload();
    }
  };
  const actions = (buttons: { label: string; path: string }[]) =>
    buttons.map((b) => (
      <Button key={b.label} size="small" disabled={busy} onClick={() => void decide(b.path)}>
        {b.label}
      </Button>
    ));

  return (
    <>
      <div className={`${layout.section} ${layout.wide}`}>
        <h2 className={layout.heading}>{t.suggestions}</h2>
        <p className={layout.muted}>{t.suggestionsIntro}</p>
        {failed && <ErrorMessage error={failed} />}
        {suggestions.error && <ErrorMessage error={suggestions.error} onRetry={suggestions.reload} />}
        {suggestions.data && (
          <DataTable
            label={t.suggestions}
            rows={suggestions.data.suggestions}
            rowKey={(s) => s.id}
            empty={t.noSuggestions}
            columns={[
              { header: t.words, cell: (s) => s.query },
              { header: t.guide, cell: (s) => s.guideId },
              { header: t.agents, numeric: true, cell: (s) => formatCount(s.agents) },
              { header: t.times, numeric: true, cell: (s) => formatCount(s.times) },
              {
                header: t.evidence,
                cell: (s) => (
                  <details>
                    <summary>{formatCount(s.pairs.length)}</summary>
                    <ul>
                      {s.pairs.map((p, i) => (
                        <li key={i}>
                          {formatDateTime(p.at)}: {t.useKinds[p.use] ?? p.use}
                        </li>
                      ))}
                    </ul>
                  </details>
                ),
              },
              ...(decides
                ? [
                    {
                      header: '',
                      cell: (s: Suggestions['suggestions'][number]) =>
                        actions([
                          { label: t.accept, path: `/api/tab/suggestions/${s.id}/accept` },
                          { label: t.reject, path: `/api/tab/suggestions/${s.id}/reject` },
                        ]),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </div>
      <div className={`${layout.section} ${layout.wide}`}>
        <h2 className={layout.heading}>{t.learned}</h2>
        <p className={layout.muted}>{t.learnedIntro}</p>
        {learned.error && <ErrorMessage error={learned.error} onRetry={learned.reload} />}
        {learned.data && (
          <DataTable
            label={t.learned}
            rows={learned.data.keywords}
            rowKey={(k) => k.id}
            empty={t.noLearned}
            columns={[
              { header: t.words, cell: (k) => k.words },
              { header: t.guide, cell: (k) => k.title },
              { header: t.center, cell: (k) => k.centerCode },
              { header: t.acceptedBy, cell: (k) => `${k.acceptedBy.name}, ${formatDateTime(k.acceptedAt)}` },
              { header: t.keywordsLine, cell: (k) => <code>{k.keywordsLine}</code> },
              ...(decides
                ? [
                    {
                      header: '',
                      cell: (k: LearnedKeywords['keywords'][number]) =>
                        actions([{ label: t.remove, path: `/api/tab/learned-keywords/${k.id}/remove` }]),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </div>
    </>
  );
}
