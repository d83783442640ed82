import { createRegistry } from '../../bot/src/metrics/registry';
import { parseExposition, valueOf } from './parse-exposition';

describe('the metrics registry renders what Prometheus reads', () => {
  test('a counter with labels: HELP, TYPE, one line per label set, summed increments', () => {
    const registry = createRegistry();
    const requests = registry.counter({ name: 'x_requests_total', help: 'Requests.', labelNames: ['route'] });
    requests.inc({ route: '/a' });
    requests.inc({ route: '/a' }, 2);
    requests.inc({ route: '/b' });
    const text = registry.render();
    expect(text).toContain('# HELP x_requests_total Requests.\n# TYPE x_requests_total counter\n');
    const { samples } = parseExposition(text);
    expect(valueOf(samples, 'x_requests_total', { route: '/a' })).toBe(3);
    expect(valueOf(samples, 'x_requests_total', { route: '/b' })).toBe(1);
  });

  test('label order does not split a series, and values are escaped', () => {
    const registry = createRegistry();
    const c = registry.counter({ name: 'x_total', help: 'a\\b\nc', labelNames: ['a', 'b'] });
    c.inc({ a: '1', b: 'say "hi"\\\n' });
    c.inc({ b: 'say "hi"\\\n', a: '1' });
    const text = registry.render();
    expect(text).toContain('# HELP x_total a\\\\b\\nc\n');
    expect(text).toContain('x_total{a="1",b="say \\"hi\\"\\\\\\n"} 2\n');
    expect(valueOf(parseExposition(text).samples, 'x_total', { b: 'say "hi"\\\n' })).toBe(2);
  });

  test('a histogram renders cumulative buckets up to +Inf, the sum and the count', () => {
    const registry = createRegistry();
    const h = registry.histogram({ name: 'x_seconds', help: 'Time.', buckets: [0.5, 0.1, 1] });
    for (const v of [0.05, 0.1, 0.3, 2]) h.observe({}, v);
    const { samples, types } = parseExposition(registry.render());
    expect(types.get('x_seconds')).toBe('histogram');
    const buckets = samples.filter((s) => s.name === 'x_seconds_bucket').map((s) => [s.labels.le, s.value]);
    expect(buckets).toEqual([
      ['0.1', 2],
      ['0.5', 3],
      ['1', 3],
      ['+Inf', 4],
    ]);
    expect(valueOf(samples, 'x_seconds_sum')).toBeCloseTo(2.45);
    expect(valueOf(samples, 'x_seconds_count')).toBe(4);
  });

  test('a gauge is set, and a cleared gauge has no series until set again', () => {
    const registry = createRegistry();
    const g = registry.gauge({ name: 'x_entries', help: 'Entries.', labelNames: ['state'] });
    g.set({ state: 'due' }, 4);
    expect(valueOf(parseExposition(registry.render()).samples, 'x_entries', { state: 'due' })).toBe(4);
    g.clear();
    expect(
      valueOf(parseExposition(registry.render()).samples, 'x_entries', { state: 'due' }),
    ).toBeUndefined();
  });

  test.each([
    [
      'a missing label',
      () =>
        createRegistry()
          .counter({ name: 'x', help: '', labelNames: ['a'] })
          .inc({}),
    ],
    ['an unknown label', () => createRegistry().counter({ name: 'x', help: '' }).inc({ a: '1' })],
    ['a counter going down', () => createRegistry().counter({ name: 'x', help: '' }).inc({}, -1)],
    ['a bad metric name', () => createRegistry().gauge({ name: 'x-y', help: '' })],
    [
      'the reserved label le',
      () => createRegistry().histogram({ name: 'x', help: '', labelNames: ['le'], buckets: [1] }),
    ],
    [
      'the same name twice',
      () => {
        const r = createRegistry();
        r.gauge({ name: 'x', help: '' });
        r.counter({ name: 'x', help: '' });
      },
    ],
  ])('%s is a programming error and throws', (_what, misuse) => {
    expect(misuse).toThrow();
  });
});
