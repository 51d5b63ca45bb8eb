import { request, IncomingMessage } from 'node:http';
import { meetingDayComes, type Session, type TestPortal } from './test-app';

// A live-update stream as a browser's EventSource sees it (GET /events with the session cookie),
// for the tests: every event with when it arrived, and waiting for one.
export interface LiveEventSeen {
  readonly event: string;
  readonly data: Record<string, unknown>;
  readonly at: number;
}

export interface LiveClient {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly events: LiveEventSeen[];
  // Comment lines seen (heartbeats).
  readonly comments: string[];
  // Resolves when the server ends the stream.
  readonly ended: Promise<void>;
  // The first such event (matching `match`) at or after index `from` of `events`.
  next(event: string, match?: (data: Record<string, unknown>) => boolean, timeoutMs?: number, from?: number): Promise<LiveEventSeen>;
  close(): void;
}

export function openLive(baseUrl: string, cookie: string | undefined, query = ''): Promise<LiveClient> {
  const url = new URL(`/events${query}`, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } }, (res) => {
      const events: LiveEventSeen[] = [];
      const comments: string[] = [];
      const waiters: (() => void)[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (data) events.push({ event, data: JSON.parse(data) as Record<string, unknown>, at: Date.now() });
        }
        for (const wake of waiters.splice(0)) wake();
      });
      const ended = new Promise<void>((done) => res.on('close', done));
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        comments,
        ended,
        next(event, match = () => true, timeoutMs = 5000, from = 0) {
          return new Promise((found, fail) => {
            const timer = setTimeout(
              () => fail(new Error(`No "${event}" event within ${timeoutMs} ms: ${JSON.stringify(events)}`)),
              timeoutMs,
            );
            const look = () => {
              const seen = events.slice(from).find((e) => e.event === event && match(e.data));
              if (seen) {
                clearTimeout(timer);
                found(seen);
              } else waiters.push(look);
            };
            look();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

// A Forum meeting in session today with one accepted item the chair brought (the Brook family's
// case, held by the school practitioner): what the live Forum tests start from.
// Each is scheduled on a later day of its own (a test may set up several), then brought to today.
let meetingsSetUp = 0;
export async function meetingInSession(portal: TestPortal, chair: Session) {
  meetingsSetUp += 1;
  const firstMeetsOn = new Date(Date.UTC(2027, 0, meetingsSetUp * 30)).toISOString().slice(0, 10);
  const scheduled = await chair.gql<{ scheduleForumMeetings: { id: string }[] }>(
    `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`,
    { input: { firstMeetsOn, startsAt: '10:00', place: 'Northfield Family Hub', count: 2, agendaCutoffWorkingDays: 2 } },
  );
  if (!scheduled.data) throw new Error(`Could not schedule: ${JSON.stringify(scheduled.errors)}`);
  const meetingId = scheduled.data.scheduleForumMeetings[0].id;
  const added = await chair.gql<{ addAgendaItem: { id: string; version: number; status: string } }>(
    `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id version status } }`,
    { input: { meetingId, caseId: portal.ids.cases.brook, reason: 'SEEKING_ADVICE', summary: 'Attendance has dropped this term.' } },
  );
  await meetingDayComes(portal, meetingId);
  const [{ version }] = (await portal.db.query('SELECT version FROM forum_meeting WHERE id = $1', [meetingId])) as { version: number }[];
  const started = await chair.gql<{ startForumMeeting: { version: number; status: string } }>(
    `mutation($id: ID!, $v: Int!) { startForumMeeting(meetingId: $id, version: $v) { version status } }`,
    { id: meetingId, v: version },
  );
  if (started.data?.startForumMeeting.status !== 'IN_SESSION' || added.data?.addAgendaItem.status !== 'ACCEPTED')
    throw new Error(`The meeting could not be set up: ${JSON.stringify([added.errors, started.errors])}`);
  return { meetingId, meetingVersion: started.data.startForumMeeting.version, item: added.data.addAgendaItem };
}
