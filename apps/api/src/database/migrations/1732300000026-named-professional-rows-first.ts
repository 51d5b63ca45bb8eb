import { MigrationInterface, QueryRunner } from 'typeorm';

// A partner's own named-professional rows are visible to them by the one rule (a named
// professional outside the council's team sees the case, so its rows), so the policy says so
// first. (The council's team sees partner-led cases only, named or not: the property test in
// visibility-rule.int-spec.ts found that the shortcut must not apply to them.) Without it the rule's
// own look-up of "cases I am named on" checked each row against the visible cases, which made
// PostgreSQL hash every case the actor may see (a scan of all cases) on every caseload of a
// practitioner. Reads the same rows as before.
export class NamedProfessionalRowsFirst1732300000026 implements MigrationInterface {
  name = 'NamedProfessionalRowsFirst1732300000026';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER POLICY case_professional_by_actor ON case_professional
         USING ((NOT eh_actor_is_council_team() AND user_id = eh_actor_user()) OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.id = case_professional.case_id))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER POLICY case_professional_by_actor ON case_professional USING (EXISTS (SELECT 1 FROM early_help_case c WHERE c.id = case_professional.case_id))`,
    );
  }
}
