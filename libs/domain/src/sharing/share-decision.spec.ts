import { LawfulBasis } from '../cases/team-around-the-family';
import { SharingBasis } from './alert-routing';
import {
  alertLedgerBasis,
  NotSharingReason,
  ShareDecision,
  shareDecisionProblems,
  ShareLawfulBasis,
  teamInvitationLedgerBasis,
} from './share-decision';

const SHARED = {
  decision: ShareDecision.SHARE,
  lawfulBasis: ShareLawfulBasis.DUTY_TO_SHARE,
  whatShared: 'School attendance for the autumn term',
  sharedWithAgencyId: 'health',
};

describe('shareDecisionProblems', () => {
  it('accepts a share with a basis, what and with whom', () => {
    expect(shareDecisionProblems(SHARED)).toEqual([]);
  });

  it('accepts a share with someone outside the portal named in words', () => {
    expect(shareDecisionProblems({ ...SHARED, sharedWithAgencyId: null, sharedWithOther: 'GP surgery, by phone' })).toEqual([]);
  });

  it('names each missing field', () => {
    expect(
      shareDecisionProblems({ decision: 'MAYBE', lawfulBasis: 'LEGITIMATE_INTERESTS', whatShared: '  ', sharedWithAgencyId: null }),
    ).toEqual([
      { field: 'decision', message: 'Choose whether the information was shared or not' },
      { field: 'lawfulBasis', message: 'Choose the lawful basis' },
      { field: 'whatShared', message: 'Say what information the decision was about' },
      { field: 'sharedWithAgencyId', message: 'Choose the agency, or say who it was shared with' },
    ]);
  });

  it('requires a reason for not sharing, and words for another reason', () => {
    const notShared = { ...SHARED, decision: ShareDecision.NOT_SHARE };
    expect(shareDecisionProblems(notShared)).toEqual([{ field: 'reason', message: 'Choose why the information was not shared' }]);
    expect(shareDecisionProblems({ ...notShared, reason: NotSharingReason.OTHER, reasonText: ' ' })).toEqual([
      { field: 'reasonText', message: 'Enter the reason for not sharing' },
    ]);
    expect(shareDecisionProblems({ ...notShared, reason: NotSharingReason.MORE_DETRIMENTAL })).toEqual([]);
    expect(shareDecisionProblems({ ...notShared, reason: NotSharingReason.OTHER, reasonText: 'Already known to them' })).toEqual([]);
  });

  it('refuses a reason for not sharing on a share, and text that is too long', () => {
    expect(shareDecisionProblems({ ...SHARED, reason: NotSharingReason.MORE_DETRIMENTAL })).toEqual([
      { field: 'reason', message: 'A reason for not sharing is only for a decision not to share' },
    ]);
    expect(shareDecisionProblems({ ...SHARED, whatShared: 'x'.repeat(1001) })).toEqual([
      { field: 'whatShared', message: 'What was shared must be 1000 characters or fewer' },
    ]);
  });
});

describe('the ledger basis of the portal’s own shares', () => {
  it('maps an alert’s routing to a lawful basis', () => {
    expect(alertLedgerBasis(SharingBasis.CONSENT)).toBe(ShareLawfulBasis.CONSENT);
    expect(alertLedgerBasis(SharingBasis.SAFEGUARDING)).toBe(ShareLawfulBasis.SAFEGUARDING);
    expect(alertLedgerBasis(SharingBasis.LEAD_AGENCY)).toBe(ShareLawfulBasis.PUBLIC_TASK);
    expect(alertLedgerBasis(SharingBasis.FRONT_DOOR)).toBe(ShareLawfulBasis.PUBLIC_TASK);
  });

  it('maps a team invitation’s footing to a lawful basis', () => {
    expect(teamInvitationLedgerBasis(null)).toBe(ShareLawfulBasis.CONSENT);
    expect(teamInvitationLedgerBasis(LawfulBasis.SAFEGUARDING)).toBe(ShareLawfulBasis.SAFEGUARDING);
    expect(teamInvitationLedgerBasis(LawfulBasis.VITAL_INTERESTS)).toBe(ShareLawfulBasis.SAFEGUARDING);
    expect(teamInvitationLedgerBasis(LawfulBasis.PUBLIC_TASK)).toBe(ShareLawfulBasis.PUBLIC_TASK);
    expect(teamInvitationLedgerBasis(LawfulBasis.LEGAL_OBLIGATION)).toBe(ShareLawfulBasis.DUTY_TO_SHARE);
  });
});
