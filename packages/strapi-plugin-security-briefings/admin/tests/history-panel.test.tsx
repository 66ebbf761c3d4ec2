import { screen } from '@testing-library/react';
import type { Revision } from '../../shared/contracts/revision-log';
import { HistoryEntry } from '../src/edit-view/HistoryPanel';
import { renderInAdmin } from './render';

const saved: Revision = {
  id: 7,
  contentType: 'plugin::security-briefings.briefing',
  documentId: 'abc',
  recordName: 'Market attack, Karkh',
  action: 'update',
  at: '2025-03-14T10:42:00.000Z',
  by: { kind: 'admin', id: 3, name: 'Jane Doe' },
  reason: 'Hospital count revised',
  changes: [
    { field: 'title', label: 'Title', old: 'Market attack', new: 'Market attack, Karkh' },
    { field: 'summary', label: 'Summary', old: null, new: 'Five killed.' },
    {
      field: 'sources',
      label: 'Sources',
      old: [{ kind: 'media', name: 'Example Wire', anonymous: false }],
      new: [
        { kind: 'media', name: 'Example Wire', anonymous: false },
        { kind: 'official', name: 'Interior Ministry', anonymous: false, reliability: 'B' },
      ],
    },
    { field: 'places', label: 'Other places mentioned', old: ['Baghdad [p1]', 'Mosul [p2]'], new: ['Baghdad [p1]'] },
  ],
};

/** The History panel's entries: who, when, why, and each change as the editor reads it. */
describe('History entry', () => {
  it('shows the writer, the reason and each field by its label, old -> new, and rows taken out and put in', () => {
    renderInAdmin(<HistoryEntry revision={saved} />);
    expect(screen.getByText('Saved by Jane Doe')).toBeTruthy();
    expect(screen.getByText('Reason: Hospital count revised')).toBeTruthy();
    expect(screen.getByText('Market attack → Market attack, Karkh')).toBeTruthy();
    expect(screen.getByText('(empty) → Five killed.')).toBeTruthy();
    expect(screen.getByText('+ kind: official, name: Interior Ministry, anonymous: false, reliability: B')).toBeTruthy();
    expect(screen.queryByText(/Example Wire/)).toBeNull();
    expect(screen.getByText('− Mosul [p2]')).toBeTruthy();
    expect(screen.getByText('Other places mentioned')).toBeTruthy();
    expect(screen.getByRole('time').getAttribute('datetime')).toBe('2025-03-14T10:42:00.000Z');
  });

  it('names the server, API tokens and a request without credentials as writers, and an unpublish without changes', () => {
    renderInAdmin(<HistoryEntry revision={{ ...saved, action: 'unpublish', by: { kind: 'system', id: null, name: null }, reason: null, changes: [] }} />);
    expect(screen.getByText('Unpublished by the server')).toBeTruthy();
    expect(screen.queryByText(/^Reason/)).toBeNull();
    renderInAdmin(<HistoryEntry revision={{ ...saved, action: 'publish', by: { kind: 'api-token', id: 2, name: 'Wire importer' } }} />);
    expect(screen.getByText('Published by API token “Wire importer”')).toBeTruthy();
    renderInAdmin(<HistoryEntry revision={{ ...saved, action: 'create', by: { kind: 'user', id: null, name: null } }} />);
    expect(screen.getByText('Created by a request without credentials')).toBeTruthy();
  });

  it('speaks French too', () => {
    renderInAdmin(<HistoryEntry revision={saved} />, { locale: 'fr' });
    expect(screen.getByText('Enregistré par Jane Doe')).toBeTruthy();
    expect(screen.getByText('Motif : Hospital count revised')).toBeTruthy();
    expect(screen.getByText('(vide) → Five killed.')).toBeTruthy();
  });
});
