import { useIntl } from 'react-intl';
import type { ReviewActor } from '@security-briefings/entities';
import { getTranslation } from '../utils/translations';

/** Who wrote or moved a record in the editor's words, the same in the Review and History panels. */
export function useWriterName() {
  const { formatMessage } = useIntl();
  return (writer: ReviewActor | null | undefined): string => {
    if (!writer || writer.kind === 'system') return formatMessage({ id: getTranslation('writer.system'), defaultMessage: 'the server' });
    if (writer.kind === 'api-token') {
      const name = writer.name ?? writer.id;
      return name === null
        ? formatMessage({ id: getTranslation('writer.api-token.unnamed'), defaultMessage: 'an API token' })
        : formatMessage({ id: getTranslation('writer.api-token'), defaultMessage: 'API token “{name}”' }, { name });
    }
    if (writer.id === null) return formatMessage({ id: getTranslation('writer.anonymous'), defaultMessage: 'a request without credentials' });
    return writer.name ?? String(writer.id);
  };
}
