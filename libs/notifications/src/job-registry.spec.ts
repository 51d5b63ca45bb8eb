import { JobRegistry, JobRegistryError } from './job-registry';
import { JobName, JobOutcome } from './jobs';

const done = async () => JobOutcome.Done;
const skipped = async () => JobOutcome.Skipped;

describe('JobRegistry', () => {
  it('hands each job to its one handler', async () => {
    const registry = new JobRegistry([
      { job: JobName.ReferralDecided, handler: done },
      { job: JobName.CaseAllocated, handler: skipped },
      { job: JobName.AlertRaised, handler: done },
      { job: JobName.CaseUpdate, handler: done },
      { job: JobName.DailyDigest, handler: done },
      { job: JobName.DailyReminders, handler: done },
      { job: JobName.SendEmails, handler: done },
      { job: JobName.RetentionPurge, handler: done },
      { job: JobName.RefreshImpactFigures, handler: done },
      { job: JobName.TransferUpdate, handler: done },
      { job: JobName.TeamUpdate, handler: done },
      { job: JobName.EncompassRecorded, handler: done },
      { job: JobName.EncompassEscalations, handler: done },
      { job: JobName.EncompassEscalated, handler: done },
      { job: JobName.SustainmentChecks, handler: done },
    ]);
    await expect(registry.handlerFor(JobName.CaseAllocated)({ caseId: 'c', leadPractitionerId: 'u' })).resolves.toBe(JobOutcome.Skipped);
  });

  it('refuses to start when a job has no handler', () => {
    expect(() => new JobRegistry([{ job: JobName.ReferralDecided, handler: done }])).toThrow(
      new JobRegistryError(
        'No handler for job case.allocated, alert.raised, case.update, digest.daily, reminders.daily, email.send, retention.purge, impact.refresh, transfer.update, team.update, encompass.recorded, encompass.escalations, encompass.escalated, outcomes.sustainment',
      ),
    );
  });

  it('refuses to start when a job has two handlers', () => {
    expect(
      () =>
        new JobRegistry([
          { job: JobName.ReferralDecided, handler: done },
          { job: JobName.ReferralDecided, handler: skipped },
          { job: JobName.CaseAllocated, handler: done },
          { job: JobName.AlertRaised, handler: done },
          { job: JobName.CaseUpdate, handler: done },
          { job: JobName.DailyDigest, handler: done },
          { job: JobName.DailyReminders, handler: done },
          { job: JobName.SendEmails, handler: done },
          { job: JobName.RefreshImpactFigures, handler: done },
          { job: JobName.TransferUpdate, handler: done },
        ]),
    ).toThrow(new JobRegistryError('Job referral.decided has more than one handler'));
  });

  it('refuses a job name it does not know', () => {
    const registry = new JobRegistry([
      { job: JobName.ReferralDecided, handler: done },
      { job: JobName.CaseAllocated, handler: done },
      { job: JobName.AlertRaised, handler: done },
      { job: JobName.CaseUpdate, handler: done },
      { job: JobName.DailyDigest, handler: done },
      { job: JobName.DailyReminders, handler: done },
      { job: JobName.SendEmails, handler: done },
      { job: JobName.RetentionPurge, handler: done },
      { job: JobName.RefreshImpactFigures, handler: done },
      { job: JobName.TransferUpdate, handler: done },
      { job: JobName.TeamUpdate, handler: done },
      { job: JobName.EncompassRecorded, handler: done },
      { job: JobName.EncompassEscalations, handler: done },
      { job: JobName.EncompassEscalated, handler: done },
      { job: JobName.SustainmentChecks, handler: done },
    ]);
    expect(() => registry.handlerFor('family.export')).toThrow('Unknown job family.export');
  });
});
