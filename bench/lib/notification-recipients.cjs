// What the notification benchmarks share: recipients in the agency that leads the seeded Brook
// family's case (so every one may see it), each wanting Forum decisions by email at once as well
// as in-app. Returns their ids.
async function emailNowRecipients(db, ids, count) {
  const users = await db.query(
    `INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash)
     SELECT 'bench' || g || '@oakwood.example.org', 'Bench ' || g, 'Teacher', 'PRACTITIONER', $1, 'x' FROM generate_series(1, $2) g RETURNING id`,
    [ids.agencies.oakwood, count],
  );
  const recipientIds = users.map((u) => u.id);
  await db.query(`INSERT INTO notification_preference (user_id, kind, channel) SELECT unnest($1::uuid[]), 'FORUM_DECISION', 'EMAIL_NOW'`, [
    recipientIds,
  ]);
  return recipientIds;
}

module.exports = { emailNowRecipients };
