import { MigrationInterface, QueryRunner } from 'typeorm';

// Operation Encompass notifications (issue 14, part 2).
//
// - `encompass_notification`: what a police officer records: the incident reference, when it
//   happened, a short factual summary, who recorded it and for which force (agency).
// - `encompass_child`: each child present or affected, as the police gave them (names, date of
//   birth, identifiers), and whom the portal matched them to: a known person (by identifier first,
//   then names and date of birth), their family, their open case at the time, and the setting the
//   notification went to for them (their current one, else the one the police named, else none).
// - `encompass_route`: one row per setting told (or one with no setting: the council's contact).
//   When it is due (the start of the setting's next school day), where it stands (stage), when
//   it escalated, when its DSL or a deputy first opened it, and their acknowledgement with what the
//   school will do. The escalation state lives here, so a worker or Redis restart loses nothing:
//   the worker's sweep (every minute) reads what is due from PostgreSQL.
//
// Content is restricted information: rows are read only through `eh_encompass_readable` (the
// recording force; the settings' DSLs and deputies; the lead practitioner of a child's open case;
// the council's team once it is theirs: a setting outside the council, no setting known, or
// escalated). The API chooses ids (no RETURNING, as the new row is not yet readable to the check).
// Only a police officer records; only a setting's DSL or deputy changes its route (first read,
// acknowledgement). Matching the children goes through `eh_encompass_candidates`, answered to
// police officers only, and never shown to them: it decides where the notification goes.
//
// The worker reads routes, settings' staff and contact addresses, and children's open cases (ids
// only) to deliver and escalate, and records an escalation to the council's contact in the share
// and don't-share ledger in the same transaction.
const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';
const TABLES = ['encompass_notification', 'encompass_child', 'encompass_route'] as const;

export class OperationEncompass1732300000044 implements MigrationInterface {
  name = 'OperationEncompass1732300000044';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE encompass_notification (
        id uuid PRIMARY KEY,
        incident_reference varchar(40) NOT NULL CHECK (btrim(incident_reference) <> ''),
        occurred_at timestamptz NOT NULL,
        summary text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 1000),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_by_agency_id uuid NOT NULL REFERENCES agency(id),
        recorded_at timestamptz NOT NULL,
        -- The council's team that is its Operation Encompass contact, should it escalate (the
        -- worker writes the escalation's ledger row with it, and reads no agency table).
        council_agency_id uuid NOT NULL REFERENCES agency(id)
      )`);
    await q.query(`CREATE INDEX encompass_notification_agency_idx ON encompass_notification (recorded_by_agency_id, recorded_at)`);
    await q.query(`CREATE INDEX encompass_notification_recorded_at_idx ON encompass_notification (recorded_at)`);
    await q.query(`
      CREATE TABLE encompass_child (
        id uuid PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES encompass_notification(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        first_name varchar(100) NOT NULL,
        last_name varchar(100) NOT NULL,
        date_of_birth date NOT NULL,
        nhs_number varchar(10),
        unique_pupil_number varchar(13),
        council_person_number varchar(20),
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        match_reason varchar(30) CHECK (match_reason IN ('NHS_NUMBER', 'UNIQUE_PUPIL_NUMBER', 'COUNCIL_PERSON_NUMBER', 'NAME_AND_DATE_OF_BIRTH')),
        family_id uuid REFERENCES family(id) ON DELETE SET NULL,
        case_id uuid REFERENCES early_help_case(id) ON DELETE SET NULL,
        setting_id uuid REFERENCES education_setting(id),
        UNIQUE (notification_id, position)
      )`);
    await q.query(`CREATE INDEX encompass_child_case_idx ON encompass_child (case_id) WHERE case_id IS NOT NULL`);
    await q.query(`CREATE INDEX encompass_child_person_idx ON encompass_child (person_id) WHERE person_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE encompass_route (
        id uuid PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES encompass_notification(id) ON DELETE CASCADE,
        setting_id uuid REFERENCES education_setting(id),
        with_council_contact boolean NOT NULL,
        due_at timestamptz NOT NULL,
        stage varchar(30) NOT NULL
          CHECK (stage IN ('AWAITING', 'ESCALATED_TO_DEPUTIES', 'ESCALATED_TO_COUNCIL', 'WITH_COUNCIL_CONTACT', 'ACKNOWLEDGED')),
        escalated_to_deputies_at timestamptz,
        escalated_to_council_at timestamptz,
        contact_emailed_at timestamptz,
        first_read_at timestamptz,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user(id),
        response varchar(30) CHECK (response IN ('SILENT_SUPPORT', 'OVERT_SUPPORT', 'CONSIDER_EARLY_HELP')),
        response_note text CHECK (length(response_note) <= 1000),
        version integer NOT NULL DEFAULT 1,
        UNIQUE NULLS NOT DISTINCT (notification_id, setting_id),
        CHECK ((stage = 'ACKNOWLEDGED') = (acknowledged_at IS NOT NULL)),
        CHECK ((acknowledged_at IS NULL) = (response IS NULL) AND (acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
        CHECK (with_council_contact = (stage = 'WITH_COUNCIL_CONTACT') OR stage = 'ACKNOWLEDGED'),
        CHECK (setting_id IS NOT NULL OR with_council_contact)
      )`);
    await q.query(`CREATE INDEX encompass_route_due_idx ON encompass_route (due_at) WHERE stage IN ('AWAITING', 'ESCALATED_TO_DEPUTIES')`);
    await q.query(`CREATE INDEX encompass_route_setting_idx ON encompass_route (setting_id, notification_id)`);

    // The police force that recorded it; a setting's DSL or deputy; the lead of a child's open
    // case; the council's team once it is theirs. A definer, so the check itself reads past the
    // rows' own policies (it is the policy).
    await q.query(`
      CREATE FUNCTION eh_encompass_readable(p_notification uuid) RETURNS boolean LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT EXISTS (SELECT 1 FROM encompass_notification n
                        WHERE n.id = p_notification AND n.recorded_by_agency_id = eh_actor_agency())
            OR EXISTS (SELECT 1 FROM encompass_route r JOIN education_setting_staff s ON s.setting_id = r.setting_id
                        WHERE r.notification_id = p_notification AND s.user_id = eh_actor_user())
            OR EXISTS (SELECT 1 FROM encompass_child c JOIN early_help_case k ON k.id = c.case_id
                        WHERE c.notification_id = p_notification AND k.lead_practitioner_id = eh_actor_user()
                          AND k.status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE'))
            OR (eh_actor_is_council_team() AND EXISTS (SELECT 1 FROM encompass_route r
                        WHERE r.notification_id = p_notification
                          AND (r.with_council_contact OR r.escalated_to_council_at IS NOT NULL))) $$`);
    await q.query(`
      CREATE FUNCTION eh_actor_is_police() RETURNS boolean LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT EXISTS (SELECT 1 FROM agency a WHERE a.id = eh_actor_agency() AND a.agency_type = 'Police') $$`);
    await q.query(`
      CREATE FUNCTION eh_encompass_recorded_by_actor(p_notification uuid) RETURNS boolean LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT EXISTS (SELECT 1 FROM encompass_notification n WHERE n.id = p_notification AND n.recorded_by = eh_actor_user()) $$`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`REVOKE ALL ON ${table} FROM eh_app, eh_worker`);
      await q.query(`GRANT SELECT, INSERT ON ${table} TO eh_app`);
    }
    await q.query(
      `CREATE POLICY encompass_notification_read ON encompass_notification FOR SELECT TO eh_app USING (eh_encompass_readable(id))`,
    );
    await q.query(
      `CREATE POLICY encompass_notification_record ON encompass_notification FOR INSERT TO eh_app
         WITH CHECK (recorded_by = eh_actor_user() AND recorded_by_agency_id = eh_actor_agency() AND eh_actor_is_police())`,
    );
    for (const table of ['encompass_child', 'encompass_route']) {
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT TO eh_app USING (eh_encompass_readable(notification_id))`);
      await q.query(
        `CREATE POLICY ${table}_record ON ${table} FOR INSERT TO eh_app WITH CHECK (eh_encompass_recorded_by_actor(notification_id))`,
      );
    }
    // A setting's DSL or deputy marks it read and acknowledges it, for their own setting only.
    await q.query(
      `CREATE POLICY encompass_route_by_setting_staff ON encompass_route FOR UPDATE TO eh_app
         USING (setting_id IN (SELECT s.setting_id FROM education_setting_staff s WHERE s.user_id = eh_actor_user()))
         WITH CHECK (setting_id IN (SELECT s.setting_id FROM education_setting_staff s WHERE s.user_id = eh_actor_user()))`,
    );
    await q.query(
      `GRANT UPDATE (stage, first_read_at, acknowledged_at, acknowledged_by, response, response_note, version) ON encompass_route TO eh_app`,
    );

    // Known people who may be the children described: one of these surnames (lower case) and
    // dates of birth pairwise, or an identifier; with their current setting and open case. For
    // police officers only; the API uses it to route, never to answer the officer.
    await q.query(`
      CREATE FUNCTION eh_encompass_candidates(p_last_names text[], p_dates date[], p_nhs text[], p_upn text[], p_cpn text[])
        RETURNS TABLE (person_id uuid, family_id uuid, first_name text, last_name text, date_of_birth date,
                       nhs_number text, unique_pupil_number text, council_person_number text,
                       setting_id uuid, case_id uuid, lead_agency_id uuid)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT p.id, p.family_id, p.first_name, p.last_name, p.date_of_birth,
               p.nhs_number, p.unique_pupil_number, p.council_person_number,
               (SELECT ps.setting_id FROM person_education_setting ps WHERE ps.person_id = p.id AND ps.ended_on IS NULL),
               c.id, c.lead_agency_id
          FROM person p
          LEFT JOIN LATERAL (SELECT k.id, k.lead_agency_id FROM early_help_case k WHERE k.family_id = p.family_id
                   AND k.status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE') ORDER BY k.allocated_on DESC LIMIT 1) c ON true
         WHERE eh_actor_is_police()
           AND ((lower(p.last_name), p.date_of_birth) IN (SELECT * FROM unnest(p_last_names, p_dates))
                OR p.nhs_number = ANY (p_nhs) OR p.unique_pupil_number = ANY (p_upn) OR p.council_person_number = ANY (p_cpn)) $$`);

    // The figures (part 5) for the council's team: one row per route, no personal data.
    await q.query(`
      CREATE FUNCTION eh_encompass_route_figures(p_from date, p_to date)
        RETURNS TABLE (notification_id uuid, month text, setting_name text, recorded_at timestamptz, due_at timestamptz,
                       first_read_at timestamptz, acknowledged_at timestamptz, escalated_to_deputies_at timestamptz,
                       escalated_to_council_at timestamptz, with_council_contact boolean)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT n.id, to_char(n.recorded_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), s.name, n.recorded_at, r.due_at,
               r.first_read_at, r.acknowledged_at, r.escalated_to_deputies_at, r.escalated_to_council_at, r.with_council_contact
          FROM encompass_route r
          JOIN encompass_notification n ON n.id = r.notification_id
          LEFT JOIN education_setting s ON s.id = r.setting_id
         WHERE eh_actor_is_council_team()
           AND (n.recorded_at AT TIME ZONE 'Europe/London')::date BETWEEN p_from AND p_to
         ORDER BY n.recorded_at, s.name $$`);
    for (const fn of [
      'eh_encompass_readable(uuid)',
      'eh_actor_is_police()',
      'eh_encompass_recorded_by_actor(uuid)',
      'eh_encompass_candidates(text[], date[], text[], text[], text[])',
      'eh_encompass_route_figures(date, date)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO eh_app`);
    }

    // The worker: delivery, the contact address's email and the escalation sweep.
    await q.query(
      `GRANT SELECT (id, recorded_by, recorded_by_agency_id, recorded_at, council_agency_id) ON encompass_notification TO eh_worker`,
    );
    await q.query(`GRANT SELECT (notification_id, family_id, case_id, person_id, setting_id) ON encompass_child TO eh_worker`);
    await q.query(
      `GRANT SELECT (id, notification_id, setting_id, with_council_contact, due_at, stage, escalated_to_deputies_at,
                     escalated_to_council_at, contact_emailed_at, version) ON encompass_route TO eh_worker`,
    );
    await q.query(
      `GRANT UPDATE (stage, escalated_to_deputies_at, escalated_to_council_at, contact_emailed_at, version) ON encompass_route TO eh_worker`,
    );
    await q.query(`GRANT SELECT (id, name, in_council, contact_email) ON education_setting TO eh_worker`);
    await q.query(`GRANT SELECT (setting_id, user_id, role) ON education_setting_staff TO eh_worker`);
    await q.query(
      `GRANT INSERT (id, family_id, case_id, person_id, source, source_id, decision, lawful_basis, reason, reason_text, what_shared,
                     shared_with_agency_id, shared_with_other, decided_by, decided_by_agency_id, decided_at) ON share_decision TO eh_worker`,
    );
    for (const table of [...TABLES, 'education_setting', 'education_setting_staff']) {
      await q.query(`CREATE POLICY ${table}_worker_read ON ${table} FOR SELECT TO eh_worker USING (true)`);
    }
    // The worker moves a route on (escalation, the contact's email), never to acknowledged.
    await q.query(
      `CREATE POLICY encompass_route_worker_update ON encompass_route FOR UPDATE TO eh_worker USING (true) WITH CHECK (stage <> 'ACKNOWLEDGED')`,
    );
    await q.query(
      `CREATE POLICY share_decision_worker_escalation ON share_decision FOR INSERT TO eh_worker
         WITH CHECK (source = 'OPERATION_ENCOMPASS' AND decision = 'SHARE' AND lawful_basis = 'OPERATION_ENCOMPASS')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY share_decision_worker_escalation ON share_decision`);
    await q.query(`REVOKE INSERT ON share_decision FROM eh_worker`);
    for (const table of ['education_setting', 'education_setting_staff']) {
      await q.query(`DROP POLICY ${table}_worker_read ON ${table}`);
      await q.query(`REVOKE ALL ON ${table} FROM eh_worker`);
    }
    await q.query(`DROP FUNCTION eh_encompass_route_figures(date, date)`);
    await q.query(`DROP FUNCTION eh_encompass_candidates(text[], date[], text[], text[], text[])`);
    await q.query(`DROP TABLE encompass_route`);
    await q.query(`DROP TABLE encompass_child`);
    await q.query(`DROP TABLE encompass_notification`);
    await q.query(`DROP FUNCTION eh_encompass_recorded_by_actor(uuid)`);
    await q.query(`DROP FUNCTION eh_actor_is_police()`);
    await q.query(`DROP FUNCTION eh_encompass_readable(uuid)`);
  }
}
