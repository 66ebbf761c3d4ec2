import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { verificationOptions, type VerificationOptions } from '@security-briefings/entities';
import type { GetVerificationRule } from '../../../shared/contracts/verification';
import { PLUGIN_ID } from '../../../shared/identity';

/** The organisation's verification rule, asked once per edit view; the default rule until it is known. */
export function useVerificationRule(): VerificationOptions {
  const { get } = useFetchClient();
  const [options, setOptions] = React.useState<VerificationOptions>(() => verificationOptions());
  React.useEffect(() => {
    let current = true;
    get<GetVerificationRule.Response>(`/${PLUGIN_ID}/verification`)
      .then(({ data }) => current && setOptions(data.data))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [get]);
  return options;
}
