import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import { texts } from '../texts';

export const pageIds = [
  'overview',
  'waves',
  'gaps',
  'callbacks',
  'access-log',
  'citizen-data',
  'admin-log',
] as const;

/** Pages only coordinators are shown (the API refuses the others anyway). */
export const coordinatorPages: readonly PageId[] = ['access-log', 'citizen-data', 'admin-log'];
export type PageId = (typeof pageIds)[number];

const useStyles = makeStyles({
  // Wraps onto two lines at narrow widths instead of pushing the page sideways.
  list: { flexWrap: 'wrap', padding: '0 8px' },
});

export function NavTabs({
  current,
  pages,
  onSelect,
}: {
  current: PageId;
  pages: readonly PageId[];
  onSelect: (page: PageId) => void;
}) {
  const styles = useStyles();
  const label: Record<PageId, string> = {
    overview: texts.nav.overview,
    waves: texts.nav.waves,
    gaps: texts.nav.gaps,
    callbacks: texts.nav.callbacks,
    'access-log': texts.nav.accessLog,
    'citizen-data': texts.nav.citizenData,
    'admin-log': texts.nav.adminLog,
  };
  return (
    <nav aria-label={texts.nav.label}>
      <TabList
        className={styles.list}
        selectedValue={current}
        onTabSelect={(_e, d) => onSelect(d.value as PageId)}
      >
        {pages.map((page) => (
          <Tab key={page} value={page}>
            {label[page]}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
