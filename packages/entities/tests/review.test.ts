import { reviewMoveProblem, reviewPublishProblems, type ReviewActor } from '../src';

const alice: ReviewActor = { kind: 'admin', id: 1, name: 'Alice' };
const bob: ReviewActor = { kind: 'admin', id: 2, name: 'Bob' };
const token: ReviewActor = { kind: 'api-token', id: 1, name: 'Wire' };
const system: ReviewActor = { kind: 'system', id: null, name: null };

describe('review moves', () => {
  it('sends a draft to review, whoever holds the permission', () => {
    expect(reviewMoveProblem('send-to-review', { stage: 'drafting', by: alice, mayApprove: false, lastEditor: alice, fourEyes: true })).toBeNull();
    expect(reviewMoveProblem('send-to-review', { stage: null, by: alice, mayApprove: false, lastEditor: null, fourEyes: true })).toBeNull();
  });

  it('approves from review only, and only with the permission', () => {
    expect(reviewMoveProblem('approve', { stage: 'in-review', by: bob, mayApprove: true, lastEditor: alice, fourEyes: true })).toBeNull();
    expect(reviewMoveProblem('approve', { stage: 'drafting', by: bob, mayApprove: true, lastEditor: alice, fourEyes: true })?.message).toMatch(/made from in review/);
    expect(reviewMoveProblem('approve', { stage: 'in-review', by: bob, mayApprove: false, lastEditor: alice, fourEyes: true })?.field).toBe('reviewStage');
  });

  it('refuses a self-approval under four-eyes only', () => {
    const self = { stage: 'in-review', by: alice, mayApprove: true, lastEditor: alice };
    expect(reviewMoveProblem('approve', { ...self, fourEyes: true })?.message).toBe('You made the last change to this briefing: another editor must approve it.');
    expect(reviewMoveProblem('approve', { ...self, fourEyes: false })).toBeNull();
  });

  it('tells an admin user from an API token with the same id, and the server is nobody', () => {
    expect(reviewMoveProblem('approve', { stage: 'in-review', by: alice, mayApprove: true, lastEditor: token, fourEyes: true })).toBeNull();
    expect(reviewMoveProblem('approve', { stage: 'in-review', by: alice, mayApprove: true, lastEditor: system, fourEyes: true })).toBeNull();
  });

  it('sends back from review or approval, with the permission', () => {
    expect(reviewMoveProblem('send-back', { stage: 'approved', by: bob, mayApprove: true, lastEditor: alice, fourEyes: true })).toBeNull();
    expect(reviewMoveProblem('send-back', { stage: 'drafting', by: bob, mayApprove: true, lastEditor: alice, fourEyes: true })).not.toBeNull();
  });
});

describe('publishing under four-eyes', () => {
  it('needs an approved draft, naming reviewStage', () => {
    expect(reviewPublishProblems('approved', true)).toEqual([]);
    const [problem] = reviewPublishProblems('in-review', true);
    expect(problem).toMatchObject({ field: 'reviewStage', path: ['reviewStage'] });
    expect(problem!.message).toMatch(/this one is in review/);
  });

  it('asks nothing when the option is off', () => {
    expect(reviewPublishProblems('drafting', false)).toEqual([]);
  });
});
