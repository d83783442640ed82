import { minUsesForShare, unansweredRule } from '../../bot/src/coordinator/knowledge-gaps';
import { gapRules } from '../../tab/src/gap-rules';
import { texts } from '../../tab/src/texts';

/** What the knowledge-gap page tells coordinators about its minimum counts is what the server applies. */
test('the tab explains the minimum counts the server applies', () => {
  expect(gapRules).toEqual({
    minAgents: unansweredRule.minAgents,
    minDays: unansweredRule.minDays,
    minUsesForShare,
  });
  expect(texts.gaps.noUnanswered(gapRules.minAgents, gapRules.minDays)).toContain(
    'mindst 2 medarbejdere på mindst 2 forskellige dage',
  );
  expect(texts.gaps.leadingRule(gapRules.minUsesForShare)).toContain('mindst 5 gange');
});
