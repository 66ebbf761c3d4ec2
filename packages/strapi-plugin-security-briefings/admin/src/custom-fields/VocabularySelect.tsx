import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFocusInputField } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { getTranslation } from '../utils/translations';
import type { CustomFieldInputProps } from './types';

export interface Choice {
  value: string;
  label: MessageDescriptor;
  /** What the choice means; some terms need none ("Person", "Country"). */
  description?: MessageDescriptor;
  /** A colour sample shown beside the label (TLP colours, threat levels). */
  swatch?: React.ReactElement;
  /** The heading the option is listed under (ACLED sub-event types under their event type). */
  group?: ChoiceGroup;
}

export interface ChoiceGroup {
  key: string;
  label: MessageDescriptor;
}

/** Consecutive choices of the same group, so that each heading is shown once. */
function runsOfGroups(choices: Choice[]) {
  const runs: Array<{ group?: ChoiceGroup; choices: Choice[] }> = [];
  for (const choice of choices) {
    const last = runs[runs.length - 1];
    if (last && last.group?.key === choice.group?.key) last.choices.push(choice);
    else runs.push({ group: choice.group, choices: [choice] });
  }
  return runs;
}

export interface VocabularySelectProps extends Omit<CustomFieldInputProps, 'value' | 'onChange'> {
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
  const groupId = React.useId();
  const optionText = (choice: Choice) =>
    choice.description ? `${formatMessage(choice.label)}: ${formatMessage(choice.description)}` : formatMessage(choice.label);
  const option = (choice: Choice) => (
    <SingleSelectOption key={choice.value} value={choice.value} startIcon={choice.swatch}>
      {optionText(choice)}
    </SingleSelectOption>
  );

  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        {label ? <Field.Label action={labelAction}>{label}</Field.Label> : null}
        <SingleSelect
          ref={focusRef}
          name={name}
          value={selected ? selected.value : null}
          disabled={disabled}
          placeholder={formatMessage({ id: getTranslation('custom-fields.choose'), defaultMessage: 'Choose…' })}
          startIcon={selected?.swatch}
          customizeContent={(chosen) => {
            const choice = choices.find((c) => c.value === chosen);
            return choice ? formatMessage(choice.label) : '';
          }}
          onChange={(chosen) => onChange(String(chosen))}
          onClear={required ? undefined : () => onChange(null)}
          clearLabel={formatMessage({ id: getTranslation('custom-fields.clear'), defaultMessage: 'Clear the choice' })}
        >
          {runsOfGroups(choices).map((run) =>
            run.group ? (
              <Box key={run.group.key} role="group" aria-labelledby={`${groupId}-${run.group.key}`}>
                <Box id={`${groupId}-${run.group.key}`} paddingTop={2} paddingBottom={1} paddingLeft={4} paddingRight={4}>
                  <Typography variant="sigma" textColor="neutral600">
                    {formatMessage(run.group.label)}
                  </Typography>
                </Box>
                {run.choices.map(option)}
              </Box>
            ) : (
              run.choices.map(option)
            ),
          )}
        </SingleSelect>
        {meaning ?? (selected?.description ? <Meaning>{formatMessage(selected.description)}</Meaning> : null)}
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
