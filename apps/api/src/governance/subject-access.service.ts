import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import {
  DomainError,
  londonToday,
  markThirdParties,
  forumShortName,
  inRunningText,
  NOT_SHARING_REASON_LABELS,
  NotSharingReason,
  Segment,
  sentenceCase,
  SHARE_LAWFUL_BASIS_LABELS,
  ShareDecision,
  ShareDecisionSource,
  ShareLawfulBasis,
  ThirdParty,
  withArticle,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { SubjectAccessExportModel } from './governance.models';
import { SubjectAccessRepository } from './subject-access.repository';
import { ShareDecisionService } from '../sharing/share-decision.service';
import { countMarks, renderReportHtml, ReportField, ReportItem, ReportSection, SubjectAccessReport } from './subject-access-report';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const FAMILY_MEMBER = 'Another family member';
const ANOTHER_CHILD = 'About another child';
const PRACTITIONER = 'A practitioner';
const REFERRER = 'The referrer';

const ENCOMPASS_STAGE_TEXT: Readonly<Record<string, string>> = {
  AWAITING: 'Awaiting the DSL',
  ESCALATED_TO_DEPUTIES: 'Escalated to the deputies',
  ESCALATED_TO_COUNCIL: 'Escalated to the council',
  WITH_COUNCIL_CONTACT: 'With the council’s contact',
  ACKNOWLEDGED: 'Acknowledged',
};

const str = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v));

// Everything held about one person, gathered from every table that refers to them or their
// family, with other people's details marked. Built for the FPT manager acting as the council's
// information governance officer.
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly db: Db,
    private readonly records: SubjectAccessRepository,
    private readonly audit: AuditService,
    private readonly ledger: ShareDecisionService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async export(ctx: SignedInContext, personId: string): Promise<SubjectAccessExportModel> {
    const terms = this.config.terms;
    const forum = forumShortName(terms);
    const subject = await this.records.subject(personId);
    if (!subject) {
      await this.audit.record(ctx, [
        { action: AuditAction.SubjectAccessExport, entityType: AuditEntity.Person, entityId: personId, familyId: null, allowed: false },
      ]);
      throw DomainError.notFound();
    }
    const familyId = subject.family_id;
    // One snapshot for the whole export (the request reads at REPEATABLE READ: see
    // SNAPSHOT_MUTATIONS), and the audit row in the same transaction.
    const report = await this.db.transaction(async (em, tx) => {
      const members = await this.records.members(tx, familyId);
      const users = await this.records.users(tx);
      const agencies = await this.records.agencies(tx);
      const referrals = await this.records.referrals(tx, familyId);
      const cases = await this.records.cases(tx, familyId);
      const caseIds = cases.map((c) => c.id);
      // Read only when the family has cases.
      const byCase = <T>(read: (tx: Database, ids: readonly string[]) => Promise<T[]>): Promise<T[]> =>
        caseIds.length ? read(tx, caseIds) : Promise.resolve([]);
      const attendees = await byCase((t, ids) => this.records.forumAttendees(t, ids));

      const userName = new Map(users.map((u) => [str(u.id), str(u.display_name)]));
      const userAgency = new Map(users.map((u) => [str(u.id), str(u.agency)]));
      const agencyName = new Map(agencies.map((a) => [str(a.id), str(a.name)]));
      const others = members.filter((m) => m.id !== subject.id);
      const subjectNames = [`${str(subject.first_name)} ${str(subject.last_name)}`, str(subject.first_name), str(subject.last_name)];
      const thirdParties: ThirdParty[] = [
        ...others.flatMap((m) => [
          { name: `${str(m.first_name)} ${str(m.last_name)}`, reason: FAMILY_MEMBER },
          { name: str(m.first_name), reason: FAMILY_MEMBER },
        ]),
        ...users.map((u) => ({ name: str(u.display_name), reason: PRACTITIONER })),
        ...referrals.filter((r) => !r.self_referral).map((r) => ({ name: str(r.referrer_name), reason: REFERRER })),
        ...attendees.map((a) => ({ name: str(a.attendee_name), reason: sentenceCase(`${withArticle(forum)} attendee`) })),
      ];

      // Free text is scanned for names; a value known to be someone else's is marked whole.
      const text = (v: unknown): Segment[] => markThirdParties(str(v), thirdParties, subjectNames);
      const plain = (v: unknown): Segment[] => (str(v) ? [{ text: str(v) }] : []);
      const marked = (v: unknown, reason: string): Segment[] => (str(v) ? [{ text: str(v), redact: reason }] : []);
      const user = (id: unknown): Segment[] => (id ? marked(userName.get(str(id)) ?? 'Unknown', PRACTITIONER) : []);
      const userWithAgency = (id: unknown): Segment[] =>
        id ? [...user(id), { text: ` (${userAgency.get(str(id)) ?? 'unknown agency'})` }] : [];
      const agency = (id: unknown): Segment[] => plain(id ? agencyName.get(str(id)) : '');
      const date = (v: unknown): Segment[] => plain(v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : v);
      const person = (id: unknown): Segment[] => {
        const m = members.find((x) => x.id === id);
        if (!m) return plain(id ? 'A person no longer recorded' : '');
        const name = `${str(m.first_name)} ${str(m.last_name)}`;
        return m.id === subject.id ? plain(name) : marked(name, FAMILY_MEMBER);
      };
      const f = (label: string, value: Segment[]): ReportField => ({ label, value });
      // Plan content, review child views and the like are JSON: every leaf becomes a line.
      const flatten = (value: unknown, label: string, whole?: string): ReportField[] => {
        if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${label} ${i + 1}`, whole));
        if (value && typeof value === 'object') {
          return Object.entries(value as Record<string, unknown>)
            .filter(([k]) => k !== 'kind')
            .flatMap(([k, v]) => flatten(v, label ? `${label} – ${k}` : k, whole));
        }
        return [f(label || 'Value', whole ? marked(value, whole) : text(value))];
      };
      const aboutOther = (personId: unknown): string | undefined => (personId && personId !== subject.id ? ANOTHER_CHILD : undefined);
      const caseRef = new Map(cases.map((c) => [str(c.id), str(c.reference)]));

      const sections: ReportSection[] = [];
      sections.push({
        title: 'Other members of the family',
        note: 'The record is kept about the whole family. These are the other people in it.',
        items: others.map((m) => ({
          heading: str(m.relationship),
          fields: [
            f('Name', marked(`${str(m.first_name)} ${str(m.last_name)}`, FAMILY_MEMBER)),
            f('Date of birth', marked(m.date_of_birth, FAMILY_MEMBER)),
            f('Relationship', plain(m.relationship)),
          ],
        })),
      });
      sections.push({
        title: 'Referrals',
        items: referrals.map((r) => ({
          heading: `Referral ${str(r.reference)}`,
          fields: [
            f('Received', date(r.received_at)),
            f(
              'Referred by',
              r.self_referral
                ? plain('The family (self-referral)')
                : [...agency(r.referrer_agency_id), { text: ': ' }, ...marked(r.referrer_name, REFERRER)],
            ),
            f('Concerns', text(r.concerns)),
            f('Consent to the referral', plain(r.consent_given ? 'Given' : 'Not given')),
            f('Consent note', text(r.consent_note)),
            f('Recorded by', user(r.recorded_by)),
            f('Decision', plain(r.decision ?? 'Awaiting triage')),
            f('Reason for the decision', text(r.decision_reason)),
            f('Decided by', userWithAgency(r.decided_by)),
            f('Decided', date(r.decided_at)),
            f('Lead agency', agency(r.lead_agency_id)),
          ],
        })),
      });
      const named = await byCase((t, ids) => this.records.namedProfessionals(t, ids));
      sections.push({
        title: `${sentenceCase(inRunningText(terms.earlyHelp))} cases`,
        items: cases.map((c) => ({
          heading: `Case ${str(c.reference)}`,
          fields: [
            f('Level of need', plain(c.level)),
            f('Status', plain(c.status)),
            f('Lead agency', agency(c.lead_agency_id)),
            f(sentenceCase(terms.leadPractitioner), userWithAgency(c.lead_practitioner_id)),
            ...named
              .filter((n) => n.case_id === c.id && n.user_id !== c.lead_practitioner_id)
              .map((n) => f(str(n.role), userWithAgency(n.user_id))),
            f('Allocated', plain(c.allocated_on)),
            f('First contact', plain(c.first_contact_on)),
            f('Why the family declined help', text(c.declined_reason)),
            f('Closed', plain(c.closed_on)),
            f('Closure outcome', plain(c.closure_outcome)),
            f('Closure reason', text(c.closure_reason)),
            ...(c.crisis_card ? flatten(c.crisis_card, 'Crisis Card') : []),
            f('Maintenance started', plain(c.maintenance_started_on)),
          ],
        })),
      });
      const plans = await byCase((t, ids) => this.records.plans(t, ids));
      const planIds = plans.map((p) => p.id);
      const sectionVersions = planIds.length ? await this.records.planSectionVersions(tx, planIds) : [];
      const sectionOwners = planIds.length ? await this.records.planSections(tx, planIds) : [];
      const qa = planIds.length ? await this.records.planQaComments(tx, planIds) : [];
      const planCase = new Map(plans.map((p) => [str(p.id), caseRef.get(str(p.case_id)) ?? '']));
      sections.push({
        title: terms.familyPlan,
        note: 'Every saved version of every section is kept and shown here. A section about another child is marked whole.',
        items: [
          ...plans.map((p) => ({
            heading: `Plan for case ${planCase.get(str(p.id))}`,
            fields: [
              f('Status', plain(p.status)),
              f('Started', date(p.started_at)),
              f('Started by', user(p.started_by)),
              f('Approved', date(p.approved_at)),
              f('Approved by', user(p.approved_by)),
            ],
          })),
          ...sectionVersions.map((v): ReportItem => {
            const owner = sectionOwners.find((s) => s.plan_id === v.plan_id && s.section_key === v.section_key);
            const whole = aboutOther(owner?.person_id);
            return {
              heading: `Case ${planCase.get(str(v.plan_id))}: ${str(owner?.kind ?? v.section_key)} (version ${str(v.version)})`,
              fields: [
                ...(owner?.person_id ? [f('About', person(owner.person_id))] : []),
                f('Saved', date(v.saved_at)),
                f('Saved by', user(v.saved_by)),
                ...flatten(v.content, '', whole),
              ],
            };
          }),
          ...qa.map((c) => ({
            heading: `Quality assurance comment on case ${planCase.get(str(c.plan_id))}`,
            fields: [
              f('Section', plain(c.section_key ?? 'Whole plan')),
              f('Comment', text(c.comment)),
              f('By', user(c.made_by)),
              f('When', date(c.made_at)),
            ],
          })),
        ],
      });
      const reviews = await byCase((t, ids) => this.records.reviews(t, ids));
      sections.push({
        title: 'Reviews',
        items: reviews.map((r) => ({
          heading: `Case ${caseRef.get(str(r.case_id))}: ${str(r.kind)} review on ${str(r.held_on)}`,
          fields: [
            f('Attendees', text(r.attendees)),
            f('Progress towards goals', text(r.goal_progress)),
            f('The family’s view', text(r.family_view)),
            ...((r.child_views as { personId: string; view: string }[]) ?? []).map((cv) =>
              f('Child’s view', [
                ...person(cv.personId),
                { text: ': ' },
                ...(aboutOther(cv.personId) ? marked(cv.view, ANOTHER_CHILD) : text(cv.view)),
              ]),
            ),
            f('Next review', plain(r.next_review_on)),
            f('Recorded by', user(r.recorded_by)),
          ],
        })),
      });
      const consents = await byCase((t, ids) => this.records.consents(t, ids));
      sections.push({
        title: 'Consent to share information',
        items: consents.map((c) => ({
          heading: `Case ${caseRef.get(str(c.case_id))}: consent given ${str(c.given_on)}`,
          fields: [
            f('Given by', person(c.given_by_person_id)),
            f('Competence confirmed', plain(c.competence_confirmed ? 'Yes' : 'No')),
            f('Agencies', plain(((c.agency_ids as string[]) ?? []).map((id) => agencyName.get(id) ?? 'Unknown agency').join(', '))),
            f('Withdrawn', plain(c.withdrawn_on)),
            f('Recorded by', user(c.recorded_by)),
          ],
        })),
      });
      const drawings = await byCase((t, ids) => this.records.drawings(t, ids));
      sections.push({
        title: 'Children’s drawings',
        note: 'Descriptions only. The drawings themselves can be supplied from the portal as files.',
        items: drawings.map((d) => ({
          heading: `Case ${caseRef.get(str(d.case_id))}: drawing ${str(d.id)}`,
          fields: [
            f('Whose', person(d.person_id)),
            f('Type', plain(d.content_type)),
            f('Size (bytes)', plain(d.size_bytes)),
            f('Uploaded', date(d.uploaded_at)),
            f('Uploaded by', user(d.uploaded_by)),
          ],
        })),
      });
      const events = await byCase((t, ids) => this.records.chronology(t, ids));
      sections.push({
        title: 'Chronology',
        items: events.map((e) => ({
          heading: `Case ${caseRef.get(str(e.case_id))}: ${str(e.event_type)}`,
          fields: [f('When', date(e.occurred_at)), f('What happened', text(e.summary)), f('Recorded by', user(e.actor_id))],
        })),
      });
      const items = await byCase((t, ids) => this.records.agendaItems(t, ids));
      const actions = await byCase((t, ids) => this.records.forumActions(t, ids));
      const handovers = await byCase((t, ids) => this.records.handovers(t, ids));
      sections.push({
        title: terms.forum,
        items: [
          ...items.map((i) => ({
            heading: `Case ${caseRef.get(str(i.case_id))} at the ${forum} on ${str(i.meets_on)}`,
            fields: [
              f('Why it was brought', plain(i.reason)),
              f('Summary', text(i.summary)),
              f('Brought by', user(i.added_by)),
              f('Status', plain(i.status)),
              f('Chair’s note', text(i.chair_note)),
              f('Discussion', text(i.discussion)),
              f('Decision', plain(i.decision)),
              f('Referred to', text(i.referred_to)),
            ],
          })),
          ...actions.map((a) => ({
            heading: `Case ${caseRef.get(str(a.case_id))}: ${forum} action`,
            fields: [
              f('Action', text(a.description)),
              f('Owner', userWithAgency(a.owner_id)),
              f('Due', plain(a.due_on)),
              f('Done', plain(a.done_on)),
            ],
          })),
          ...handovers.map((h) => ({
            heading: `Case ${caseRef.get(str(h.case_id))}: step up to ${str(h.to_team)}`,
            fields: [
              f('Route', plain(h.route)),
              f('Reason', text(h.reason)),
              f('Requested by', user(h.requested_by)),
              f('Requested', date(h.requested_at)),
              f('Accepted', date(h.accepted_at)),
            ],
          })),
        ],
      });
      const invitations = await byCase((t, ids) => this.records.teamInvitations(t, ids));
      sections.push({
        title: 'Team around the family',
        items: invitations.map((i) => ({
          heading: `Case ${caseRef.get(str(i.case_id))}: ${str(i.role)}`,
          fields: [
            f('Invited', userWithAgency(i.invitee_id)),
            f('Invited by', user(i.invited_by)),
            f('When', date(i.invited_at)),
            f('Basis', plain(i.basis)),
            f('Lawful basis', plain(i.lawful_basis)),
            f('Why without consent', text(i.lawful_basis_reason)),
            f('Outcome', plain(i.status)),
            f('Decided', date(i.decided_at)),
            f('Reason for declining', text(i.decline_reason)),
            f('Left or removed', date(i.ended_at)),
            f('Why it ended', text(i.end_reason)),
          ],
        })),
      });
      const transfers = await byCase((t, ids) => this.records.transfers(t, ids));
      const levelChanges = await byCase((t, ids) => this.records.levelChanges(t, ids));
      sections.push({
        title: 'Who leads the case, and its level of need',
        items: [
          ...transfers.map((t) => ({
            heading: `Case ${caseRef.get(str(t.case_id))}: offered to ${agencyName.get(str(t.to_agency_id)) ?? 'another agency'}`,
            fields: [
              f('Offered by', user(t.offered_by)),
              f('When', date(t.offered_at)),
              f('Why', text(t.note)),
              f('Level it would move to', plain(t.to_level)),
              f('Outcome', plain(t.status)),
              f('Decided', date(t.decided_at)),
              f('Reason for declining', text(t.decline_reason)),
              f('New lead', user(t.new_lead_id)),
            ],
          })),
          ...levelChanges.map((c) => ({
            heading: `Case ${caseRef.get(str(c.case_id))}: level ${str(c.from_level)} to ${str(c.to_level)}`,
            fields: [
              f('Movement', plain(c.movement)),
              f('Route', plain(c.route)),
              f('On', plain(c.changed_on)),
              f('Recorded by', user(c.recorded_by)),
            ],
          })),
        ],
      });
      const maintenance = await byCase((t, ids) => this.records.maintenanceReviews(t, ids));
      sections.push({
        title: 'Maintenance reviews',
        items: maintenance.map((m) => ({
          heading: `Case ${caseRef.get(str(m.case_id))}: ${str(m.months)}-month review due ${str(m.due_on)}`,
          fields: [
            f('Outcome', plain(m.outcome)),
            f('On', plain(m.recorded_on)),
            f('Note', text(m.note)),
            f('Recorded by', user(m.recorded_by)),
          ],
        })),
      });
      const needs = await byCase((t, ids) => this.records.needs(t, ids));
      sections.push({
        title: 'Needs and outcomes',
        items: needs.map((n) => ({
          heading: `Case ${caseRef.get(str(n.case_id))}: ${str(n.heading)}`,
          fields: [
            f('The need', text(n.description)),
            f('Evidence', text(n.evidence)),
            f('Evidence from', plain(agencyName.get(str(n.evidence_agency_id)))),
            f('Identified on', plain(n.identified_on)),
            f('Recorded by', user(n.recorded_by)),
            f('Outcome at closure', plain(n.outcome)),
            f('Evidence of the outcome', text(n.outcome_evidence)),
            f('Progress held', plain(n.held === null ? null : n.held ? 'yes' : 'no')),
            f('Where that was found', plain(n.source)),
            f('What was found', text(n.sustainment_evidence)),
          ],
        })),
      });
      const concerns = await byCase((t, ids) => this.records.escalationConcerns(t, ids));
      const contributions = await byCase((t, ids) => this.records.forumContributions(t, ids));
      sections.push({
        title: `Escalation concerns and written contributions to the ${forum}`,
        items: [
          ...concerns.map((c) => ({
            heading: `Case ${caseRef.get(str(c.case_id))}: escalation concern`,
            fields: [
              f('Raised by', userWithAgency(c.raised_by)),
              f('When', date(c.raised_at)),
              f('How urgent', plain(c.urgency)),
              f('What worried them', text(c.worry)),
              f('What had been tried', text(c.tried)),
              f('What the chair did', plain(c.status)),
              f('Chair’s answer', text(c.response)),
              f('Decided', date(c.decided_at)),
            ],
          })),
          ...contributions.map((c) => ({
            heading: `Case ${caseRef.get(str(c.case_id))}: written contribution to the ${forum}`,
            fields: [f('From', userWithAgency(c.author_id)), f('Sent', date(c.sent_at)), f('Contribution', text(c.body))],
          })),
        ],
      });
      const mentoring = await byCase((t, ids) => this.records.mentoringRequests(t, ids));
      const sessions = mentoring.length
        ? await this.records.mentoringSessions(
            tx,
            mentoring.map((m) => m.id),
          )
        : [];
      sections.push({
        title: 'Mentoring and case consultations',
        items: [
          ...mentoring.map((m) => ({
            heading: `Case ${caseRef.get(str(m.case_id))}: mentoring on ${str(m.topic)}`,
            fields: [
              f('Question', text(m.question)),
              f('Asked by', userWithAgency(m.requested_by)),
              f('Assigned to', user(m.assigned_to)),
              f('Closing summary', text(m.closing_summary)),
            ],
          })),
          ...sessions.map((s) => ({
            heading: `Mentoring session on ${str(s.held_on)}`,
            fields: [f('Advice', text(s.advice)), f('Next steps', text(s.next_steps)), f('Recorded by', user(s.recorded_by))],
          })),
        ],
      });
      const alerts = await this.records.alerts(tx, familyId, caseIds);
      const shares = alerts.length
        ? await this.records.shares(
            tx,
            alerts.map((a) => a.id),
          )
        : [];
      sections.push({
        title: 'Information-sharing alerts',
        items: alerts.map((a) => ({
          heading: `Alert raised ${str(a.raised_at instanceof Date ? a.raised_at.toISOString().slice(0, 10) : a.raised_at)}`,
          fields: [
            f('Kind', plain(a.kind)),
            f('Summary', text(a.summary)),
            f('Urgent', plain(a.urgent ? 'Yes' : 'No')),
            f('Safeguarding reason for sharing', text(a.safeguarding_reason)),
            f('Raised by', userWithAgency(a.raised_by)),
            f(
              'Shared with',
              plain(
                shares
                  .filter((s) => s.alert_id === a.id)
                  .map((s) => `${agencyName.get(str(s.agency_id)) ?? 'Unknown agency'} (${str(s.basis)})`)
                  .join(', '),
              ),
            ),
          ],
        })),
      });
      const decisions = await this.records.shareDecisions(tx, familyId);
      sections.push({
        title: 'Decisions to share information, or not to share it',
        note: 'Every decision recorded in the portal to share information about the family with another agency or person, or not to.',
        items: decisions.map((d) => ({
          heading: `${d.decision === ShareDecision.NOT_SHARE ? 'Not shared' : 'Shared'} ${date(d.decided_at)[0]?.text ?? ''}`,
          fields: [
            f('What', text(d.what_shared)),
            f('With', d.shared_with_agency_id ? agency(d.shared_with_agency_id) : text(d.shared_with_other)),
            f('About', person(d.person_id)),
            f('Lawful basis', plain(SHARE_LAWFUL_BASIS_LABELS[d.lawful_basis as ShareLawfulBasis] ?? d.lawful_basis)),
            f('Reason for not sharing', plain(d.reason ? (NOT_SHARING_REASON_LABELS[d.reason as NotSharingReason] ?? d.reason) : '')),
            f('Reason given', text(d.reason_text)),
            f('Decided by', userWithAgency(d.decided_by)),
          ],
        })),
      });
      const encompass = await this.records.encompassNotifications(tx, subject.id);
      const encompassResponses: Record<string, string> = {
        SILENT_SUPPORT: 'Silent support',
        OVERT_SUPPORT: 'Overt support',
        CONSIDER_EARLY_HELP: `Consider ${inRunningText(terms.earlyHelp)}`,
      };
      sections.push({
        title: 'Operation Encompass notifications',
        note: 'Notifications from the police that a child may have been affected by a domestic abuse incident, and what each school did. The police hold their own record of the incident.',
        items: encompass.map((n) => ({
          heading: `Incident ${str(n.incident_reference)}`,
          fields: [
            f('Incident reference', plain(n.incident_reference)),
            f('When it happened', date(n.occurred_at)),
            f('Recorded by', [...agency(n.recorded_by_agency_id), { text: ': ' }, ...user(n.recorded_by)]),
            f('Recorded', date(n.recorded_at)),
            f('Summary', text(n.summary)),
            ...(n.children ?? []).map((c) => {
              const name = `${c.firstName} ${c.lastName} (born ${c.dateOfBirth})`;
              return f('Child', c.personId === subject.id ? plain(name) : marked(name, ANOTHER_CHILD));
            }),
            ...(n.routes ?? []).flatMap((r) => {
              const where = r.settingName ?? 'No setting known';
              return [
                f(`${where}: status`, plain(ENCOMPASS_STAGE_TEXT[r.stage] ?? r.stage)),
                f(`${where}: due`, date(r.dueAt ? new Date(r.dueAt) : null)),
                f(`${where}: first read`, date(r.firstReadAt ? new Date(r.firstReadAt) : null)),
                f(`${where}: acknowledged`, date(r.acknowledgedAt ? new Date(r.acknowledgedAt) : null)),
                f(`${where}: acknowledged by`, user(r.acknowledgedBy)),
                f(`${where}: the school’s response`, plain(r.response ? (encompassResponses[r.response] ?? r.response) : '')),
                f(`${where}: note`, text(r.responseNote)),
                f(`${where}: passed on by the council`, date(r.passedOnAt ? new Date(r.passedOnAt) : null)),
                f(`${where}: passed on by`, user(r.passedOnBy)),
                f(`${where}: how it was passed on`, text(r.passedOnNote)),
              ];
            }),
          ],
        })),
      });
      const entityIds = [...caseIds, ...referrals.map((r) => r.id), ...alerts.map((a) => a.id), ...encompass.map((n) => n.id)];
      const notifications = entityIds.length ? await this.records.notifications(tx, entityIds) : [];
      sections.push({
        title: 'Notifications about these records',
        note: 'Notifications hold no details of the family, only a link to the record.',
        items: notifications.map((n) => ({
          heading: `${str(n.kind)} (${str(n.entity_type)})`,
          fields: [f('Sent to', userWithAgency(n.user_id)), f('When', date(n.created_at)), f('Read', date(n.read_at))],
        })),
      });
      const holds = await this.records.legalHolds(tx, familyId, caseIds);
      sections.push({
        title: 'Legal holds',
        items: holds.map((h) => ({
          heading: `Legal hold placed ${date(h.placed_at)[0]?.text ?? ''}`,
          fields: [f('Reason', text(h.reason)), f('Placed by', user(h.placed_by)), f('Lifted', date(h.lifted_at))],
        })),
      });
      const trail = await this.records.auditTrail(tx, familyId, subject.id, entityIds);
      sections.push({
        title: 'Who has viewed or changed these records',
        note: 'From the portal’s audit trail: every read and change of the family’s records, including refused attempts.',
        items: trail.map((a) => ({
          heading: `${date(a.occurred_at)[0]?.text ?? ''}: ${str(a.action)}`,
          fields: [
            f('Who', a.actor_id ? userWithAgency(a.actor_id) : plain('The portal (automatic)')),
            f('Record', plain(a.entity_type)),
            f('Outcome', plain(a.outcome)),
          ],
        })),
      });

      const built: SubjectAccessReport = {
        title: `Subject access export: ${str(subject.first_name)} ${str(subject.last_name)}`,
        produced: `${londonToday(this.clock.now())} by ${userName.get(ctx.actor.userId) ?? 'the information governance officer'}`,
        council: terms.serviceName,
        subject: [
          f('Name', plain(`${str(subject.first_name)} ${str(subject.last_name)}`)),
          f('Date of birth', plain(subject.date_of_birth)),
          f('Recorded as', plain(`${str(subject.role) === 'CHILD' ? 'Child' : 'Adult'} (${str(subject.relationship)})`)),
          f('Family reference', plain(subject.family_reference)),
          f('Address', plain([subject.address_line1, subject.address_line2, subject.town, subject.postcode].filter(Boolean).join(', '))),
        ],
        sections,
      };
      // The export is itself a disclosure, recorded in the ledger (on the statutory right of
      // access: public task is the nearest of the ledger's bases, see docs/decisions.md).
      await this.ledger.record(tx, ctx.actor, [
        {
          familyId,
          caseId: null,
          personId: str(subject.role) === 'CHILD' ? subject.id : null,
          source: ShareDecisionSource.SUBJECT_ACCESS,
          sourceId: subject.id,
          decision: ShareDecision.SHARE,
          lawfulBasis: ShareLawfulBasis.PUBLIC_TASK,
          whatShared: 'Subject access export: the records the portal holds about the person',
          sharedWithOther: 'The person the records are about (subject access request)',
        },
      ]);
      await this.audit.record(
        ctx,
        [{ action: AuditAction.SubjectAccessExport, entityType: AuditEntity.Person, entityId: personId, familyId, allowed: true }],
        em,
      );
      return built;
    });
    return {
      fileName: `subject-access-${str(subject.family_reference)}-${londonToday(this.clock.now())}.html`,
      html: renderReportHtml(report),
      json: JSON.stringify(report, null, 2),
      redactionMarks: countMarks(report),
    };
  }
}
