import { describe, expect, it } from 'vitest';
import { shownHealth } from './health-badge';

describe('the health the admin overview shows', () => {
  it('never says healthy next to a success rate well below 95 %', () => {
    expect(shownHealth({ health: 'healthy', attempts24h: 3, succeeded24h: 2 })).toBe('low-success');
    expect(shownHealth({ health: 'healthy', attempts24h: 20, succeeded24h: 18 })).toBe('low-success');
  });

  it('says healthy at 95 % and above, and with no attempts to judge by', () => {
    expect(shownHealth({ health: 'healthy', attempts24h: 20, succeeded24h: 19 })).toBe('healthy');
    expect(shownHealth({ health: 'healthy', attempts24h: 0, succeeded24h: 0 })).toBe('healthy');
  });

  it('keeps the worse states the query found', () => {
    expect(shownHealth({ health: 'disabled', attempts24h: 10, succeeded24h: 10 })).toBe('disabled');
    expect(shownHealth({ health: 'failing', attempts24h: 3, succeeded24h: 0 })).toBe('failing');
    expect(shownHealth({ health: 'none', attempts24h: 0, succeeded24h: 0 })).toBe('none');
  });
});
