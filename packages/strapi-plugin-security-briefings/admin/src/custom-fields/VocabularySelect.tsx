import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFocusInputField } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { fieldMessageId } from './messages';

export interface Choice {
  value: string;
  label: MessageDescriptor;
  description: MessageDescriptor;
  /** A colour sample shown beside the label (TLP colours, threat levels). */
  swatch?: React.ReactElement;
}

export interface VocabularySelectProps {
  name: string;
  label?: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value: string | null;
  choices: Choice[];
  onChange: (value: string | null) => void;
  /** Shown under the select: what the chosen value means. */
  meaning?: React.ReactNode;
}

/** A select over a controlled vocabulary: each option says what it means, and so does the chosen one. */
export function VocabularySelect({ name, label, labelAction, hint, required, disabled, error, value, choices, onChange, meaning }: VocabularySelectProps) {
  const { formatMessage } = useIntl();
  const focusRef = useFocusInputField<HTMLDivElement>(name);
  const selected = choices.find((choice) => choice.value === value);

  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        {label ? <Field.Label action={labelAction}>{label}</Field.Label> : null}
        <SingleSelect
          ref={focusRef}
          name={name}
          value={selected ? selected.value : null}
          disabled={disabled}
          placeholder={formatMessage({ id: fieldMessageId('choose'), defaultMessage: 'Choose…' })}
          startIcon={selected?.swatch}
          customizeContent={(chosen) => {
            const choice = choices.find((c) => c.value === chosen);
            return choice ? formatMessage(choice.label) : '';
          }}
          onChange={(chosen) => onChange(String(chosen))}
          onClear={required ? undefined : () => onChange(null)}
          clearLabel={formatMessage({ id: fieldMessageId('clear'), defaultMessage: 'Clear the choice' })}
        >
          {choices.map((choice) => (
            <SingleSelectOption key={choice.value} value={choice.value} startIcon={choice.swatch}>
              {`${formatMessage(choice.label)}: ${formatMessage(choice.description)}`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        {meaning ?? (selected ? <Meaning>{formatMessage(selected.description)}</Meaning> : null)}
        <Field.Hint />
        <Field.Error />
      </Flex>
    </Field.Root>
  );
}

export function Meaning({ children }: { children: React.ReactNode }) {
  return (
    <Box paddingTop={1}>
      <Typography variant="pi" textColor="neutral800" data-testid="field-meaning">
        {children}
      </Typography>
    </Box>
  );
}

/** A small colour sample beside a label. */
export function Swatch({ colour }: { colour: string }) {
  return (
    <Box
      tag="span"
      aria-hidden
      style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: colour, border: '1px solid #32324d' }}
    />
  );
}
