export * from './forum-rules';
export * from './ical';
export * from './forum-minutes';
