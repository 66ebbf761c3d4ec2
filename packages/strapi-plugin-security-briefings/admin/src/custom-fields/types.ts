import type * as React from 'react';

/**
 * What the Content Manager passes to a custom field's input: the field's props and, from its form,
 * `value`, `onChange(name, value)` and `error`.
 */
export interface CustomFieldInputProps {
  name: string;
  label?: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value?: unknown;
  onChange: (name: string, value: string | null) => void;
}
