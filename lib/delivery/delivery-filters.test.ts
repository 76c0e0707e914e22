import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, filtersToSearchParams, parseDeliveryFilters } from './delivery-filters';

describe('parsing the filters', () => {
  it('keeps valid values, drops empty ones, names invalid ones', () => {
    const id = '3f0c9a2e-1b4d-4c6e-8f7a-9b0c1d2e3f4a';
    const { filters, invalid } = parseDeliveryFilters(
      new URLSearchParams({ webhook: id.toUpperCase(), status: 'failed', event: 'ping', program: '', from: '2026-02-01', to: '2026-02-28' }),
    );
    expect(filters).toEqual({ webhookId: id, status: 'failed', event: 'ping', from: '2026-02-01', to: '2026-02-28' });
    expect(invalid).toEqual([]);

    const bad = parseDeliveryFilters({
      webhook: 'x',
      status: 'DELIVERED',
      event: 'lead.deleted',
      program: "1' or 1=1",
      from: '2026-02-30',
      to: ['x', '2025-01-01'],
      cursor: '!!',
    });
    expect(bad.filters).toEqual({});
    expect(bad.invalid).toEqual(['webhook', 'status', 'event', 'program', 'from', 'to', 'cursor']);
    // to before from
    expect(parseDeliveryFilters({ from: '2026-03-02', to: '2026-03-01' }).invalid).toEqual(['to']);
  });

  it('round-trips a cursor with microseconds and refuses forged ones', () => {
    const c = { createdAt: '2026-05-01T12:00:00.123456Z', id: '3f0c9a2e-1b4d-4c6e-8f7a-9b0c1d2e3f4a' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor(Buffer.from("2026-05-01'; drop table x|abc").toString('base64url'))).toBeNull();
    expect(decodeCursor('')).toBeNull();
    const p = filtersToSearchParams({ status: 'held', cursor: c });
    expect(parseDeliveryFilters(p).filters).toEqual({ status: 'held', cursor: c });
  });
});
