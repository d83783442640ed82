import { useEffect, useState, type ReactNode } from 'react';
import {
  FluentProvider,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Host, ThemeName } from '../teams/teams-host';

const themes: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({ root: { minHeight: '100vh', boxSizing: 'border-box' } });

/** Teams' own theme (light, dark, high contrast), following the user when they switch. */
export function ThemedRoot({ host, children }: { host: Host; children: (theme: Theme) => ReactNode }) {
  const styles = useStyles();
  const [name, setName] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setName), [host]);
  const theme = themes[name];
  return (
    <FluentProvider theme={theme} className={styles.root} data-theme={name}>
      {children(theme)}
    </FluentProvider>
  );
}
