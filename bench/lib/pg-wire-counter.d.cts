// Types for pg-wire-counter.cjs, which the integration tests use too.
export interface WireCounts {
  roundTrips: number;
  statements: number;
}
export interface WireCounter {
  readonly port: number;
  reset(): void;
  counts(): WireCounts;
  close(): Promise<void>;
}
export function startWireCounter(options?: { host?: string; port?: number }): Promise<WireCounter>;
