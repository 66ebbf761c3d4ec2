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
