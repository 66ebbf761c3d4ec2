import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFocusInputField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ADMIRALTY_GRADE_PATTERN, INFORMATION_CREDIBILITY, SOURCE_RELIABILITY } from '@security-briefings/entities';
import { Meaning } from './VocabularySelect';
import { getTranslation } from '../utils/translations';
import { termMessages } from './messages';
import type { CustomFieldInputProps } from './types';

const reliabilities = SOURCE_RELIABILITY.terms.map((term) => ({ value: term.value, ...termMessages('source-grade.reliability', term) }));
const credibilities = INFORMATION_CREDIBILITY.terms.map((term) => ({ value: term.value, ...termMessages('source-grade.credibility', term) }));

const splitGrade = (value: unknown) =>
  typeof value === 'string' && ADMIRALTY_GRADE_PATTERN.test(value) ? { reliability: value[0]!, credibility: value[1]! } : { reliability: '', credibility: '' };

/**
 * A two-part Admiralty grade such as "B2": the source's reliability (A-F) and the information's
 * credibility (1-6), stored together; the field says what the grade means. The grade is stored only
 * once both parts are chosen.
 */
export function SourceGradeInput({ name, value, onChange, label, labelAction, hint, required, disabled, error }: CustomFieldInputProps) {
  const { formatMessage } = useIntl();
  const focusRef = useFocusInputField<HTMLDivElement>(name);
  const [parts, setParts] = React.useState(() => splitGrade(value));

  // Follow the form when it changes the value itself (reset, another locale, a draft filled in).
  // A half-chosen grade is kept here while the form holds null; a complete grade always comes from the form.
  React.useEffect(() => {
    const saved = splitGrade(value);
    setParts((current) => {
      if (saved.reliability) return saved;
      const complete = Boolean(current.reliability && current.credibility);
      return complete ? saved : current;
    });
  }, [value]);

  const choose = (part: 'reliability' | 'credibility', chosen: string) => {
    const next = { ...parts, [part]: chosen };
    setParts(next);
    const grade = `${next.reliability}${next.credibility}`;
    onChange(name, ADMIRALTY_GRADE_PATTERN.test(grade) ? grade : null);
  };

  const reliability = reliabilities.find((r) => r.value === parts.reliability);
  const credibility = credibilities.find((c) => c.value === parts.credibility);
  const clearLabel = formatMessage({ id: getTranslation('custom-fields.clear'), defaultMessage: 'Clear the choice' });

  const halves = [
    { part: 'reliability' as const, terms: reliabilities, chosen: reliability, label: formatMessage({ id: getTranslation('custom-fields.source-grade.reliability'), defaultMessage: 'Reliability of the source' }), placeholder: formatMessage({ id: getTranslation('custom-fields.source-grade.reliability.placeholder'), defaultMessage: 'Reliability (A-F)' }) },
    { part: 'credibility' as const, terms: credibilities, chosen: credibility, label: formatMessage({ id: getTranslation('custom-fields.source-grade.credibility'), defaultMessage: 'Credibility of the information' }), placeholder: formatMessage({ id: getTranslation('custom-fields.source-grade.credibility.placeholder'), defaultMessage: 'Credibility (1-6)' }) },
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {label ? (
        <Flex gap={1}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral800">
            {label}
            {required ? <Typography textColor="danger600">*</Typography> : null}
          </Typography>
          {labelAction}
        </Flex>
      ) : null}
      <Flex gap={2} alignItems="flex-start">
        {halves.map((half, index) => (
          <Box flex="1" key={half.part}>
            <Field.Root name={`${name}.${half.part}`} id={index === 0 ? name : `${name}-${half.part}`} error={error ? ' ' : undefined}>
              <Field.Label>{half.label}</Field.Label>
              <SingleSelect
                ref={index === 0 ? focusRef : undefined}
                placeholder={half.placeholder}
                value={half.chosen?.value ?? null}
                disabled={disabled}
                customizeContent={(chosen) => {
                  const term = half.terms.find((t) => t.value === chosen);
                  return term ? formatMessage(term.label) : '';
                }}
                onChange={(chosen) => choose(half.part, String(chosen))}
                onClear={() => choose(half.part, '')}
                clearLabel={clearLabel}
              >
                {half.terms.map((term) => (
                  <SingleSelectOption key={term.value} value={term.value}>
                    {formatMessage(term.label)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
        ))}
      </Flex>
      {reliability || credibility ? (
        <Meaning>
          {reliability && credibility
            ? formatMessage(
                { id: getTranslation('custom-fields.source-grade.meaning'), defaultMessage: 'Grade {grade}. {reliability}: {reliabilityMeaning} {credibility}: {credibilityMeaning}' },
                {
                  grade: `${reliability.value}${credibility.value}`,
                  reliability: formatMessage(reliability.label),
                  reliabilityMeaning: formatMessage(reliability.description),
                  credibility: formatMessage(credibility.label),
                  credibilityMeaning: formatMessage(credibility.description),
                },
              )
            : formatMessage(
                { id: getTranslation('custom-fields.source-grade.incomplete'), defaultMessage: '{part}: {meaning} Choose the other half of the grade too.' },
                { part: formatMessage((reliability ?? credibility)!.label), meaning: formatMessage((reliability ?? credibility)!.description) },
              )}
        </Meaning>
      ) : null}
      {hint && !error ? (
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      ) : null}
      {error ? (
        <Typography variant="pi" textColor="danger600" role="alert">
          {error}
        </Typography>
      ) : null}
    </Flex>
  );
}

export default SourceGradeInput;
