import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReviewState } from '../../shared/contracts/review';
import { ReviewContent } from '../src/edit-view/ReviewPanel';
import type { Review } from '../src/services/review';
import { renderInAdmin } from './render';

const jane = { kind: 'admin' as const, id: 2, name: 'Jane Doe' };
const omar = { kind: 'admin' as const, id: 3, name: 'Omar Haddad' };
const allowed = { allowed: true, reason: null };

function state(overrides: Partial<ReviewState>): ReviewState {
  return {
    stage: 'in-review',
    movedBy: jane,
    movedAt: '2026-12-02T14:05:00.000Z',
    approvedBy: null,
    approvedAt: null,
    note: null,
    lastEditor: jane,
    lastEditedAt: '2026-12-02T14:00:00.000Z',
    fourEyes: true,
    moves: { 'send-to-review': { allowed: false, reason: 'The briefing is in review; this move is made from drafting.' }, approve: allowed, 'send-back': allowed },
    ...overrides,
  };
}

const review = (s: ReviewState, move = jest.fn(async () => {})): Review & { state: ReviewState } => ({ state: s, moving: null, error: null, move });

/** The edit view's Review panel: the stage, who moved it, and the moves an editor may make, by name. */
describe('Review panel', () => {
  it('shows the stage, who moved it and the last change, and offers the moves from that stage', () => {
    renderInAdmin(<ReviewContent review={review(state({}))} />);
    expect(screen.getByText('Stage: In review')).toBeTruthy();
    expect(screen.getByText(/^Moved by Jane Doe, /)).toBeTruthy();
    expect(screen.getByText(/^Last change by Jane Doe, /)).toBeTruthy();
    expect(screen.getByText(/^Publishing needs the approval of an editor other than/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send back' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send to review' })).toBeNull();
  });

  it('sends back with the note typed', async () => {
    const move = jest.fn(async () => {});
    renderInAdmin(<ReviewContent review={review(state({}), move)} />);
    fireEvent.change(screen.getByLabelText('Note for the desk'), { target: { value: ' Name the second source. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send back' }));
    await waitFor(() => expect(move).toHaveBeenCalledWith('send-back', 'Name the second source.'));
  });

  it('disables a move the editor may not make and says why, tied to the button', () => {
    const reason = 'You made the last change to this briefing: another editor must approve it.';
    renderInAdmin(<ReviewContent review={review(state({ moves: { ...state({}).moves, approve: { allowed: false, reason } } }))} />);
    const approve = screen.getByRole('button', { name: 'Approve' });
    expect(approve.getAttribute('aria-disabled') === 'true' || (approve as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(approve.getAttribute('aria-describedby')!)?.textContent).toBe(reason);
  });

  it('names an API token, the server and a request without credentials as the History panel does', () => {
    const wire = { kind: 'api-token' as const, id: 4, name: 'Wire importer' };
    const server = { kind: 'system' as const, id: null, name: null };
    const anonymous = { kind: 'user' as const, id: null, name: null };
    renderInAdmin(<ReviewContent review={review(state({ movedBy: wire, lastEditor: server, approvedBy: anonymous, approvedAt: '2026-12-02T14:10:00.000Z' }))} />);
    expect(screen.getByText(/^Moved by API token “Wire importer”, /)).toBeTruthy();
    expect(screen.getByText(/^Last change by the server, /)).toBeTruthy();
    expect(screen.getByText(/^Approved by a request without credentials, /)).toBeTruthy();
  });

  it('shows who approved, and speaks French', () => {
    renderInAdmin(<ReviewContent review={review(state({ stage: 'approved', approvedBy: omar, approvedAt: '2026-12-02T14:10:00.000Z', movedBy: omar }))} />, { locale: 'fr' });
    expect(screen.getByText('Étape : Approuvé')).toBeTruthy();
    expect(screen.getByText(/^Approuvée par Omar Haddad, /)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Renvoyer' })).toBeTruthy();
  });
});
