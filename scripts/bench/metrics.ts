/** The benchmark result format: `bench-results.json` maps metric names to these. */
export interface Metric {
  readonly value: number;
  readonly unit: string;
  /** The same quantity for a reference measured in the same run (native git, a baseline page). */
  readonly reference?: number;
  /** value / reference: below 1 is faster or smaller than the reference. */
  readonly ratio?: number;
}

export type Metrics = Record<string, Metric>;

export interface BenchSuite {
  readonly name: string;
  run(): Promise<Metrics>;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function compared(value: number, reference: number, unit: string): Metric {
  return { value: round(value), unit, reference: round(reference), ratio: round(value / reference, 3) };
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
