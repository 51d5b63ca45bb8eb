// The case list with nothing around it: node `http` and one `pg` statement, returning the rows the
// portal's caseload reads for the same person (CaseRepository.caseload: the same columns, the
// same visibility rule eh_visible_case_ids on the London date, the family's members as JSON, the
// same order and limit). No session, no GraphQL, no audit, no row-level security: the owner's
// connection, and the person named in the path (`/caseload/<user id>`).
const http = require('node:http');
const path = require('node:path');
const { Pool } = require('pg');

const { londonToday } = require(path.join(__dirname, '..', '..', 'dist', 'api', 'libs', 'domain', 'src', 'index.js'));

const CASELOAD_SQL = `
  SELECT c.id, c.reference, c.family_id, c.status, c.allocated_on::text AS allocated_on,
         c.first_contact_due::text AS first_contact_due, c.my_family_plan_due::text AS my_family_plan_due,
         a.id AS agency_id, a.name AS agency_name, a.agency_type,
         u.id AS lead_id, u.display_name AS lead_name, u.job_title AS lead_job_title,
         (SELECT coalesce(json_agg(m), '[]') FROM (SELECT p.last_name, p.role FROM person p WHERE p.family_id = c.family_id) m) AS members
    FROM early_help_case c
    JOIN agency a ON a.id = c.lead_agency_id
    JOIN app_user u ON u.id = c.lead_practitioner_id
   WHERE c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN')
     AND c.id IN (SELECT v.case_id FROM eh_visible_case_ids($1::uuid, $2::uuid, $3, $4::date) v)
   ORDER BY c.first_contact_due, c.id
   LIMIT 1000`;

// A bare JSON endpoint on a free local port: `answer(req)` resolves to the body to send, or to
// undefined for a 404; a failure is a 500.
async function serveJson(answer) {
  const server = http.createServer((req, res) => {
    answer(req).then(
      (body) => {
        if (body === undefined) res.statusCode = 404;
        else res.setHeader('content-type', 'application/json');
        res.end(body === undefined ? undefined : JSON.stringify(body));
      },
      () => {
        res.statusCode = 500;
        res.end();
      },
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// `users` are { id, agencyId, role }; connections as many as the benchmark's.
async function startBareCaseload(ownerUrl, users, connections) {
  const pool = new Pool({ connectionString: ownerUrl, max: connections });
  const byId = new Map(users.map((u) => [u.id, u]));
  const server = await serveJson(async (req) => {
    // The same answer as the portal's `{ __typename }`, with nothing read: the floor of any endpoint.
    if (req.url === '/typename') return { data: { __typename: 'Query' } };
    const user = byId.get(req.url.replace(/^\/caseload\//, ''));
    if (!user) return undefined;
    const result = await pool.query(CASELOAD_SQL, [user.id, user.agencyId, user.role, londonToday(new Date())]);
    return { data: { caseload: result.rows } };
  });
  return {
    urlFor: (user) => `${server.url}/caseload/${user.id}`,
    typenameUrl: `${server.url}/typename`,
    async close() {
      await server.close();
      await pool.end();
    },
  };
}

module.exports = { serveJson, startBareCaseload };
