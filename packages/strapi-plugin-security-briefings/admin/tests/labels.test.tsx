import * as React from 'react';
import { screen } from '@testing-library/react';
import { EVENT_TYPE_VALUES, REVIEW_STAGES, TLP_MARKINGS, VERIFICATION_LEVELS } from '@security-briefings/entities';
import { CUSTOM_FIELD_NAMES, customFieldUid } from '../../shared/identity';
import { chooseVocabularyFilters, labelVocabularyColumns } from '../src/labels/list-view';
import { vocabularyOf } from '../src/labels/vocabularies';
import { renderInAdmin } from './render';

const marking = { name: 'marking', attribute: { type: 'string', customField: customFieldUid('tlp-marking') } };
const eventType = { name: 'eventType', attribute: { type: 'enumeration', enum: [...EVENT_TYPE_VALUES] } };
const title = { name: 'title', attribute: { type: 'string' } };

/** Renders a list cell as the Content Manager does: the header's cellFormatter called with the row. */
const renderCell = (header: any, row: Record<string, unknown>, locale = 'en') => renderInAdmin(<>{header.cellFormatter(row, header, { model: 'x' })}</>, { locale });

describe('vocabulary of a field', () => {
  it('is known for every custom field of the plugin but the source grade (its "B2" is the label)', () => {
    const without = CUSTOM_FIELD_NAMES.filter((name) => !vocabularyOf({ type: 'string', customField: customFieldUid(name) }));
    expect(without).toEqual(['source-grade']);
  });

  it('is found for an enumeration from the values it was built from, and for no other', () => {
    expect(vocabularyOf({ type: 'enumeration', enum: [...REVIEW_STAGES.values] })?.terms).toBe(REVIEW_STAGES.terms);
    expect(vocabularyOf({ type: 'enumeration', enum: [...VERIFICATION_LEVELS.values] })?.terms).toBe(VERIFICATION_LEVELS.terms);
    expect(vocabularyOf({ type: 'enumeration', enum: ['small', 'large'] })).toBeUndefined();
    expect(vocabularyOf({ type: 'enumeration', enum: [...REVIEW_STAGES.values].reverse() })).toBeUndefined();
    expect(vocabularyOf({ type: 'string' })).toBeUndefined();
    expect(vocabularyOf({ type: 'string', customField: 'plugin::color-picker.color' })).toBeUndefined();
  });
});

describe('list columns', () => {
  it('show a custom field and an enumeration by their labels; other columns are left alone', () => {
    const { displayedHeaders } = labelVocabularyColumns({ displayedHeaders: [title, marking, eventType] as any[] });
    expect(displayedHeaders[0]).toBe(title);
    renderCell(displayedHeaders[1], { marking: 'amber' });
    expect(screen.getByText('TLP:AMBER')).toBeTruthy();
    renderCell(displayedHeaders[2], { eventType: 'explosions-remote-violence' });
    expect(screen.getByText('Explosions/Remote violence')).toBeTruthy();
  });

  it('say "-" for no value and show a value outside the vocabulary as stored', () => {
    const [header] = labelVocabularyColumns({ displayedHeaders: [marking] as any[] }).displayedHeaders;
    renderCell(header, { marking: null });
    expect(screen.getByText('-')).toBeTruthy();
    renderCell(header, { marking: 'purple' });
    expect(screen.getByText('purple')).toBeTruthy();
  });

  it('use the translations of the pickers', () => {
    const [header] = labelVocabularyColumns({ displayedHeaders: [{ name: 'verification', attribute: { type: 'enumeration', enum: [...VERIFICATION_LEVELS.values] } }] as any[] }).displayedHeaders;
    renderCell(header, { verification: 'corroborated' }, 'fr');
    expect(screen.getByText('Corroboré')).toBeTruthy();
  });

  it('keep a formatter another plugin gave the column', () => {
    const cellFormatter = () => null;
    const [header] = labelVocabularyColumns({ displayedHeaders: [{ ...marking, cellFormatter }] as any[] }).displayedHeaders;
    expect(header.cellFormatter).toBe(cellFormatter);
  });
});

describe('list filters', () => {
  it('offer the terms of a vocabulary field by label, for custom fields (from the list layout) and enumerations', () => {
    const { displayedFilters } = chooseVocabularyFilters({
      displayedFilters: [
        { name: 'title', type: 'string' },
        { name: 'marking', type: 'string' },
        { name: 'eventType', type: 'enumeration', options: EVENT_TYPE_VALUES.map((value) => ({ label: value, value })) },
      ],
      layout: { layout: [title, marking, eventType] as any[] },
    });
    expect(displayedFilters[0]).toEqual({ name: 'title', type: 'string' });
    expect(displayedFilters[1]).toMatchObject({ type: 'enumeration', options: TLP_MARKINGS.terms.map((term) => ({ label: term.label, value: term.value })) });
    expect(displayedFilters[2]!.options![1]).toEqual({ label: 'Explosions/Remote violence', value: 'explosions-remote-violence' });
  });
});
