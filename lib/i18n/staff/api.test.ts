import { describe, expect, it } from 'vitest';
import { API_DOC_PATHS } from '../../docs/api-reference';
import { staffMessages } from '.';

describe('the dashboard’s links to the developer documents', () => {
  // The catalogue carries them so client components need not import the reference page's module (it builds the OpenAPI document).
  it.each(['es', 'en'] as const)('lead to the pages the docs serve, in %s', (locale) => {
    expect(staffMessages(locale).api.docs).toEqual({ ...API_DOC_PATHS[locale], openapi: '/api/v1/openapi.json' });
  });
});
