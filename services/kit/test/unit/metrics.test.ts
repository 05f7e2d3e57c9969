import { JobMetrics, LatencyHistogram } from '../../src/metrics';

describe('LatencyHistogram', () => {
  it('gives percentiles within 13 % of the exact value', () => {
    const h = new LatencyHistogram();
    const values: number[] = [];
    let x = 12345;
    for (let i = 0; i < 10_000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const v = 50 + (x % 100_000); // 50 µs .. 100 ms
      values.push(v);
      h.record(v);
    }
    values.sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.99]) {
      const exact = values[Math.ceil(q * values.length) - 1];
      const got = h.percentile(q);
      expect(Math.abs(got - exact) / exact).toBeLessThan(0.13);
    }
    expect(h.count).toBe(10_000);
    expect(h.percentile(1)).toBeLessThanOrEqual(h.max);
  });

  it('handles small, zero and huge values', () => {
    const h = new LatencyHistogram();
    expect(h.percentile(0.5)).toBe(0);
    h.record(0);
    h.record(3);
    h.record(5e12);
    expect(h.percentile(0.3)).toBe(0); // rank 1 of 3
    expect(h.percentile(0.5)).toBe(3);
    expect(h.percentile(1)).toBeGreaterThan(1e12);
  });
});

describe('JobMetrics', () => {
  it('counts per job and reports milliseconds, sorted by job name', () => {
    const m = new JobMetrics();
    const a = m.entry('system.info');
    a.count += 2;
    a.errors += 1;
    a.latency.record(1500);
    a.latency.record(2500);
    m.entry('service.ping').count++;
    const snap = m.snapshot();
    expect(snap.map((s) => s.job)).toEqual(['service.ping', 'system.info']);
    expect(snap[1]).toMatchObject({ count: 2, errors: 1 });
    expect(snap[1].p50Ms).toBeGreaterThan(1.3);
    expect(snap[1].p50Ms).toBeLessThan(1.7);
    expect(snap[1].maxMs).toBe(2.5);
  });
});
