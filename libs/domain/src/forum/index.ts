export * from './forum-rules';
export * from './ical';
