// Test days are fixed so deadlines and overdue marks are predictable.
export const TEST_NOW = new Date('2026-11-18T10:00:00Z');
export const TEST_TODAY = '2026-11-18';
