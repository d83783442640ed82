import { loadConfig } from '../../bot/src/config/config';

describe('turn settings: Teams calls while a user waits (decision 0043)', () => {
  test('by default 3 s per call and 5 s for all of a button’s calls, well inside Teams’ 10-15 s', () => {
    expect(loadConfig({}).turn).toEqual({ teamsTimeoutMs: 3_000, budgetMs: 5_000 });
  });

  test('both can be set', () => {
    expect(loadConfig({ TURN_TEAMS_TIMEOUT_MS: '2000', TURN_BUDGET_MS: '8000' }).turn).toEqual({
      teamsTimeoutMs: 2_000,
      budgetMs: 8_000,
    });
  });

  test.each([
    [{ TURN_TEAMS_TIMEOUT_MS: '30000' }, 'TURN_TEAMS_TIMEOUT_MS'],
    [{ TURN_TEAMS_TIMEOUT_MS: '100' }, 'TURN_TEAMS_TIMEOUT_MS'],
    [{ TURN_BUDGET_MS: '15000' }, 'TURN_BUDGET_MS'],
    [{ TURN_BUDGET_MS: 'fem' }, 'TURN_BUDGET_MS'],
  ])('%j is refused, naming the setting', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(setting));
  });
});
