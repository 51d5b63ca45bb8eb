export * from './case-status';
export * from './case-lifecycle';
export * from './schedules';
export * from './reminders';
export * from './lead-change';
export * from './levels';
export * from './team-around-the-family';
