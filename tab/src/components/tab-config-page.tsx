import { useEffect } from 'react';
import type { Host } from '../teams/teams-host';
import { texts } from '../texts';
import { useLayoutStyles } from './styles';

/** The channel tab's configuration page: nothing to choose, so saving is allowed at once. */
export function TabConfigPage({ host }: { host: Host }) {
  const layout = useLayoutStyles();
  useEffect(() => {
    host.enableTabConfig(`${window.location.origin}/tab`);
    host.notifyReady();
  }, [host]);
  return (
    <section className={layout.page}>
      <h1 className={layout.heading}>{texts.config.heading}</h1>
      <p>{texts.config.intro}</p>
    </section>
  );
}
