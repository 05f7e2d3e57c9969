/**
 * Per-job counters and latency histograms, kept by the kit for every handled job.
 * The histogram is log-linear over microseconds: 8 sub-buckets per power of two, so any
 * percentile is within ~9 % of the true value, in constant memory and O(1) per record.
 */
const SUB = 8;
const SUB_BITS = 3;
const MAX_POW = 40; // 2^40 µs ≈ 12.7 days

export class LatencyHistogram {
  private readonly counts = new Float64Array(MAX_POW * SUB + SUB);
  count = 0;
  max = 0;

  record(us: number): void {
    const v = Math.max(0, Math.floor(us));
    this.counts[bucketOf(v)]++;
    this.count++;
    if (us > this.max) this.max = us;
  }

  /** The value (µs) below which the fraction q of recorded values fall. */
  percentile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(bucketUpper(i), this.max);
    }
    return this.max;
  }
}

function bucketOf(v: number): number {
  if (v < SUB) return v;
  const p = Math.min(v < 2 ** 31 ? 31 - Math.clz32(v) : Math.floor(Math.log2(v)), MAX_POW);
  const sub = Math.min(Math.floor(v / 2 ** (p - SUB_BITS)) - SUB, SUB - 1);
  return SUB + (p - SUB_BITS) * SUB + sub;
}

function bucketUpper(i: number): number {
  if (i < SUB) return i;
  const k = i - SUB;
  const p = Math.floor(k / SUB) + SUB_BITS;
  const sub = k % SUB;
  return (SUB + sub + 1) * 2 ** (p - SUB_BITS) - 1;
}

export interface JobStats {
  job: string;
  count: number;
  errors: number;
  inFlight: number;
  latency: LatencyHistogram;
}

export class JobMetrics {
  private readonly byJob = new Map<string, JobStats>();

  entry(job: string): JobStats {
    let s = this.byJob.get(job);
    if (!s) {
      s = { job, count: 0, errors: 0, inFlight: 0, latency: new LatencyHistogram() };
      this.byJob.set(job, s);
    }
    return s;
  }

  snapshot(): { job: string; count: number; errors: number; inFlight: number; p50Ms: number; p99Ms: number; maxMs: number }[] {
    return [...this.byJob.values()]
      .sort((a, b) => a.job.localeCompare(b.job))
      .map((s) => ({
        job: s.job, count: s.count, errors: s.errors, inFlight: s.inFlight,
        p50Ms: s.latency.percentile(0.5) / 1000, p99Ms: s.latency.percentile(0.99) / 1000, maxMs: s.latency.max / 1000,
      }));
  }
}
