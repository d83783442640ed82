import { loadTabAuthConfig, tabAuthSettings, type TabAuthConfig } from '../http/auth';
import { channelReaderSettings } from '../teams/graph/channel-reader-settings';
import { configSettings, loadConfig, type Config } from './config';
import { configInvalid, problemsOf, type ConfigProblem } from './config-problems';
import { unknownSettings } from './unknown-settings';

/**
 * Everything a start reads from the environment, validated together before anything opens: the
 * server's settings, the tab's sign-in and the checks across them. Every problem of every part is
 * reported in one error, so that one failed start names every setting to fix (decision 0048).
 * `unknown`: set variables that look like a setting but are read by nothing (a start logs them).
 */
export function loadSettings(env: Record<string, string | undefined>): {
  config: Config;
  tabAuth: TabAuthConfig;
  unknown: { setting: string; meant: string[] }[];
} {
  const problems: ConfigProblem[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      const found = problemsOf(error);
      if (!found) throw error;
      problems.push(...found);
      return undefined;
    }
  };
  const config = attempt(() => loadConfig(env));
  const tabAuth = attempt(() => loadTabAuthConfig(env));
  if (config && tabAuth) attempt(() => channelReaderSettings(config, tabAuth));
  if (problems.length > 0 || !config || !tabAuth) throw configInvalid(problems);
  return { config, tabAuth, unknown: unknownSettings(env, [...configSettings, ...tabAuthSettings]) };
}
