import { AppError } from '../shared/errors';

/**
 * What is wrong with the configuration, one entry per setting, so that a start reports every
 * invalid or missing setting at once instead of one per restart (decision 0048).
 */
export interface ConfigProblem {
  setting: string;
  message: string;
  /** The setting was not given and its value came from this one: say so, or the operator looks for a setting they never set. */
  derivedFrom?: string;
}

/** Secrets are named, never echoed: the message ends up in logs. */
export const isSecretSetting = (setting: string): boolean =>
  /PASSWORD|SECRET|KEY|TOKEN|CONNECTION_STRING/.test(setting);

/** "PORT: must be …", "METRICS_TOKEN is required …", "TAB_TENANT_ID (not set; taken from …) is required …" */
function describeProblem(problem: ConfigProblem): string {
  const origin = problem.derivedFrom ? ` (not set; taken from ${problem.derivedFrom})` : '';
  const joint = problem.message.startsWith('is ') ? ' ' : ': ';
  return `${problem.setting}${origin}${joint}${problem.message}`;
}

/**
 * One problem per setting, in the order found. A derived setting whose source is itself reported
 * is left out: fixing the source fixes both, and two lines for one mistake mislead.
 */
function distinctProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const named = new Set(problems.filter((p) => !p.derivedFrom).map((p) => p.setting));
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.derivedFrom && named.has(p.derivedFrom)) return false;
    if (seen.has(p.setting)) return false;
    seen.add(p.setting);
    return true;
  });
}

/** The error a start stops with; `details.problems` lists them, `details.setting` is the first. */
export function configInvalid(problems: readonly ConfigProblem[]): AppError {
  const list = distinctProblems(problems);
  const message =
    list.length === 1
      ? describeProblem(list[0]!)
      : `${list.length} settings are invalid or missing:\n` +
        list.map((p) => `  - ${describeProblem(p)}`).join('\n');
  return new AppError('CONFIG_INVALID', message, {
    setting: list[0]?.setting,
    settings: list.map((p) => p.setting),
    problems: list,
  });
}

/** The problems a configuration error carries; a single-setting error from elsewhere counts as one. */
export function problemsOf(error: unknown): ConfigProblem[] | null {
  if (!(error instanceof AppError) || error.code !== 'CONFIG_INVALID') return null;
  const problems = error.details.problems;
  if (Array.isArray(problems)) return problems as ConfigProblem[];
  const setting = typeof error.details.setting === 'string' ? error.details.setting : 'configuration';
  const text = error.message.replace(/^CONFIG_INVALID: /, '');
  const own = text.startsWith(`${setting}: `) || text.startsWith(`${setting} is `);
  return [{ setting, message: own ? text.slice(setting.length).replace(/^: /, '').trimStart() : text }];
}
