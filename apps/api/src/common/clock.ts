// The time source, injectable so tests can stand on a chosen day (deadlines, overdue marks).
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
