import { MigrationInterface, QueryRunner } from 'typeorm';

// The fortnightly Early Help Forum: meetings, agenda items with their decisions, attendance,
// actions, step-up handovers (from the Forum or the urgent route), and mentoring requests.
export class EarlyHelpForum1732300000004 implements MigrationInterface {
  name = 'EarlyHelpForum1732300000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forum_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meets_on date NOT NULL,
        starts_at time NOT NULL,
        place text NOT NULL,
        online_link text,
        agenda_cutoff_days smallint NOT NULL DEFAULT 2 CHECK (agenda_cutoff_days BETWEEN 0 AND 10),
        status varchar(20) NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED', 'HELD')),
        published_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX forum_meeting_date_idx ON forum_meeting (meets_on)`);
    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES forum_meeting(id),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        added_by uuid NOT NULL REFERENCES app_user(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        reason varchar(40) NOT NULL,
        summary text NOT NULL,
        status varchar(20) NOT NULL,
        position integer NOT NULL DEFAULT 0,
        slot varchar(20),
        chair_note text,
        discussion text,
        decision varchar(40),
        referred_to text,
        decided_at timestamptz,
        carried_from uuid REFERENCES agenda_item(id),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position)`);
    await q.query(`CREATE INDEX agenda_item_case_idx ON agenda_item (case_id)`);
    await q.query(`
      CREATE TABLE forum_attendance (
        meeting_id uuid NOT NULL REFERENCES forum_meeting(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        attendee_name varchar(200) NOT NULL,
        PRIMARY KEY (meeting_id, agency_id, attendee_name)
      )`);
    await q.query(`
      CREATE TABLE forum_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES agenda_item(id),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        owner_id uuid NOT NULL REFERENCES app_user(id),
        description text NOT NULL,
        due_on date NOT NULL,
        done_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX forum_action_owner_idx ON forum_action (owner_id, done_on)`);
    await q.query(`
      CREATE TABLE handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        item_id uuid REFERENCES agenda_item(id),
        to_team varchar(30) NOT NULL CHECK (to_team IN ('FAMILY_CASEWORK', 'CHILDRENS_SOCIAL_CARE')),
        route varchar(30) NOT NULL CHECK (route IN ('FORUM', 'URGENT_SAFEGUARDING')),
        reason text NOT NULL,
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX handover_one_open_per_case ON handover (case_id) WHERE accepted_at IS NULL`);
    await q.query(`
      CREATE TABLE mentoring_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        topic varchar(40) NOT NULL,
        question text NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ASSIGNED', 'CLOSED')),
        assigned_to uuid REFERENCES app_user(id),
        assigned_at timestamptz,
        closed_at timestamptz,
        closing_summary text,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX mentoring_request_status_idx ON mentoring_request (status, requested_at)`);
    await q.query(`
      CREATE TABLE mentoring_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES mentoring_request(id),
        held_on date NOT NULL,
        advice text NOT NULL,
        next_steps text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'mentoring_session',
      'mentoring_request',
      'handover',
      'forum_action',
      'forum_attendance',
      'agenda_item',
      'forum_meeting',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
