import * as React from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import { translations } from '../src/translations';
import { getTranslation } from '../src/utils/translations';

const prefixed = (locale: string) => Object.fromEntries(Object.entries(translations[locale] ?? {}).map(([key, value]) => [getTranslation(key), value]));

/** Renders inside what the admin gives every plugin component: theme, translations and a router. */
export function renderInAdmin(ui: React.ReactElement, { locale = 'en', route = '/', ...options }: RenderOptions & { locale?: string; route?: string } = {}) {
  const Wrapper = ({ children }: { children: React.ReactNode }) => (
    <MemoryRouter initialEntries={[route]}>
      <IntlProvider locale={locale} messages={prefixed(locale)} defaultLocale="en">
        <DesignSystemProvider locale={locale}>{children}</DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>
  );
  return render(ui, { wrapper: Wrapper, ...options });
}
