import { useEffect, useState } from 'react';
import { pageIds, type PageId } from './nav-tabs';

const fromHash = (): PageId => {
  const wanted = window.location.hash.replace(/^#/, '');
  return (pageIds as readonly string[]).includes(wanted) ? (wanted as PageId) : 'overview';
};

/** The page lives in the URL's hash, so a reload or a shared link opens the same page. */
export function useHashPage(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(fromHash);
  useEffect(() => {
    const follow = () => setPage(fromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const select = (next: PageId) => {
    if (next === page) return;
    window.history.replaceState(null, '', `#${next}`);
    setPage(next);
  };
  return [page, select];
}
