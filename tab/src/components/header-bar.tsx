import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Me } from '../api/contract';
import { texts } from '../texts';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  who: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
  },
});

/** The tab's name, who is signed in, and a plain warning when running without Teams login. */
export function HeaderBar({ me }: { me: Me | null }) {
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <h1 className={styles.title}>{texts.appTitle}</h1>
      {me && (
        <div className={styles.who}>
          <span>{texts.signedInAs(me.user.name)}</span>
          {me.mode === 'local' && (
            <Badge appearance="tint" color="warning">
              {texts.localMode}
            </Badge>
          )}
        </div>
      )}
    </header>
  );
}
