import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { labelOf, vocabularyOf, type AttributeLike, type LabelledVocabulary } from './vocabularies';

/** A column of the Content Manager's list, as the list view hook passes it. */
interface ListHeader {
  name: string;
  attribute?: AttributeLike;
  cellFormatter?: unknown;
  [key: string]: unknown;
}

/** A stored value shown by its label, as the Content Manager shows any other text cell ("-" when empty). */
function VocabularyCell({ vocabulary, value }: { vocabulary: LabelledVocabulary; value: unknown }) {
  const { formatMessage } = useIntl();
  const message = labelOf(vocabulary, value);
  const text = message ? formatMessage(message) : value == null || value === '' ? '-' : String(value);
  return (
    <Typography textColor="neutral800" maxWidth="30rem" ellipsis>
      {text}
    </Typography>
  );
}

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: every column of a vocabulary field (the plugin's
 * custom fields on any model, the enumerations built from its vocabularies) shows labels, not slugs.
 */
export function labelVocabularyColumns<T extends { displayedHeaders: ListHeader[] }>(args: T): T {
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) => {
      const vocabulary = header.cellFormatter ? undefined : vocabularyOf(header.attribute);
      if (!vocabulary) return header;
      return {
        ...header,
        cellFormatter: (row: Record<string, unknown>) => <VocabularyCell vocabulary={vocabulary} value={row[header.name]} />,
      };
    }),
  };
}

/** A filter of the Content Manager's list, as the filters hook passes it. */
interface ListFilter {
  name: string;
  type: string;
  options?: { label: string; value: string }[];
  [key: string]: unknown;
}

/**
 * `Admin/CM/pages/ListView/inject-in-filters`: a vocabulary field is filtered by choosing one of its
 * terms by its label ("TLP:AMBER"), where the Content Manager lists the slugs of an enumeration and
 * asks for a custom field's value to be typed. The hook runs outside React, so the labels are the
 * vocabularies' own (English) ones.
 */
export function chooseVocabularyFilters<T extends { displayedFilters: ListFilter[]; layout?: { layout?: ListHeader[] } }>(args: T): T {
  const columns = args.layout?.layout ?? [];
  return {
    ...args,
    displayedFilters: args.displayedFilters.map((filter) => {
      const attribute =
        filter.type === 'enumeration' && filter.options
          ? { type: 'enumeration', enum: filter.options.map((option) => option.value) }
          : columns.find((column) => column.name === filter.name)?.attribute;
      const vocabulary = vocabularyOf(attribute);
      if (!vocabulary) return filter;
      return { ...filter, type: 'enumeration', options: vocabulary.terms.map((term) => ({ label: term.label, value: term.value })) };
    }),
  };
}
