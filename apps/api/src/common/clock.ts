// The time source, injectable so tests can stand on a chosen day (deadlines, overdue marks).
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

// The portal's clock moved by whole days (PORTAL_CLOCK_OFFSET_DAYS, never in production).
export function offsetClock(days: number, base: Clock = systemClock): Clock {
  if (days === 0) return base;
  return { now: () => new Date(base.now().getTime() + days * 86_400_000) };
}
