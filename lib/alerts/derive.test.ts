/** The state rules of failure alerts, without a database. */
import { describe, expect, it } from 'vitest';
import { decideTransition, liveState, type WebhookHealth } from './derive';
import { resetEnvCache } from '../env';
import { alertSettings, digestSlot } from './settings';

const healthy: WebhookHealth = {
  active: true,
  departmentApproved: true,
  disabledAt: null,
  failingSince: null,
  consecutiveFailures: 0,
  failedAttempts: 0,
  gaveUp: false,
};
const since = new Date('2026-12-01T10:00:00Z');

describe('liveState', () => {
  it('is failing only past the threshold, or when a delivery ran out of retries', () => {
    expect(liveState(healthy, 3)).toBe('ok');
    expect(liveState({ ...healthy, failingSince: since, failedAttempts: 2, consecutiveFailures: 2 }, 3)).toBe('ok');
    expect(liveState({ ...healthy, failingSince: since, failedAttempts: 3 }, 3)).toBe('failing');
    expect(liveState({ ...healthy, failingSince: since, consecutiveFailures: 3 }, 3)).toBe('failing');
    expect(liveState({ ...healthy, failingSince: since, gaveUp: true, failedAttempts: 1 }, 3)).toBe('failing');
    // Without failing_since (a success cleared it) stale counts mean nothing.
    expect(liveState({ ...healthy, failedAttempts: 9, consecutiveFailures: 9 }, 3)).toBe('ok');
  });

  it('is disabled whenever disabled_at is set, and inactive when a person switched it off or the department is not approved', () => {
    expect(liveState({ ...healthy, disabledAt: since, failingSince: since, failedAttempts: 5 }, 3)).toBe('disabled');
    expect(liveState({ ...healthy, disabledAt: since, active: false }, 3)).toBe('disabled');
    expect(liveState({ ...healthy, active: false, failingSince: since, failedAttempts: 5 }, 3)).toBe('inactive');
    expect(liveState({ ...healthy, departmentApproved: false, failingSince: since, failedAttempts: 5 }, 3)).toBe('inactive');
  });
});

describe('decideTransition', () => {
  it('owes the new state’s e-mail on every change into a broken state', () => {
    expect(decideTransition(null, 'failing', false)).toEqual({ from: 'ok', to: 'failing', notice: 'failing' });
    expect(decideTransition('ok', 'disabled', false)).toEqual({ from: 'ok', to: 'disabled', notice: 'disabled' });
    expect(decideTransition('failing', 'disabled', false)).toEqual({ from: 'failing', to: 'disabled', notice: 'disabled' });
    // Re-enabled by a person and failing again.
    expect(decideTransition('disabled', 'failing', false)).toEqual({ from: 'disabled', to: 'failing', notice: 'failing' });
  });

  it('changes nothing while the state holds', () => {
    expect(decideTransition(null, 'ok', false)).toBeNull();
    expect(decideTransition('failing', 'failing', true)).toBeNull();
    expect(decideTransition('disabled', 'disabled', false)).toBeNull();
    expect(decideTransition(null, 'inactive', false)).toBeNull();
  });

  it('recovers only on a success; a re-enabled webhook not tried yet stays where it was', () => {
    expect(decideTransition('disabled', 'ok', true)).toEqual({ from: 'disabled', to: 'ok', notice: 'recovered' });
    expect(decideTransition('failing', 'ok', true)).toEqual({ from: 'failing', to: 'ok', notice: 'recovered' });
    expect(decideTransition('disabled', 'ok', false)).toBeNull();
    expect(decideTransition('failing', 'ok', false)).toBeNull();
  });

  it('resets quietly when a person switches the webhook off', () => {
    expect(decideTransition('failing', 'inactive', false)).toEqual({ from: 'failing', to: 'ok', notice: null });
  });
});

describe('settings', () => {
  it('reads the threshold and digest hour from the checked environment, with defaults; nonsense stops the start', () => {
    const saved = { ...process.env };
    try {
      delete process.env.PUENTE_ALERT_AFTER_FAILURES;
      delete process.env.PUENTE_ALERT_DIGEST_HOUR_UTC;
      resetEnvCache();
      expect(alertSettings()).toEqual({ afterFailures: 3, digestHourUtc: 13 });
      Object.assign(process.env, { PUENTE_ALERT_AFTER_FAILURES: '5', PUENTE_ALERT_DIGEST_HOUR_UTC: '0' });
      resetEnvCache();
      expect(alertSettings()).toEqual({ afterFailures: 5, digestHourUtc: 0 });
      for (const [name, bad] of [['PUENTE_ALERT_AFTER_FAILURES', '0'], ['PUENTE_ALERT_DIGEST_HOUR_UTC', '24'], ['PUENTE_ALERT_AFTER_FAILURES', 'x']] as const) {
        Object.assign(process.env, { PUENTE_ALERT_AFTER_FAILURES: '3', PUENTE_ALERT_DIGEST_HOUR_UTC: '13', [name]: bad });
        resetEnvCache();
        expect(() => alertSettings(), `${name}=${bad}`).toThrow(new RegExp(name));
      }
    } finally {
      process.env = saved;
      resetEnvCache();
    }
  });

  it('digestSlot is the latest digest hour at or before now', () => {
    expect(digestSlot(new Date('2026-12-02T13:00:00Z'), 13).toISOString()).toBe('2026-12-02T13:00:00.000Z');
    expect(digestSlot(new Date('2026-12-02T12:59:59Z'), 13).toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(digestSlot(new Date('2026-12-02T23:00:00Z'), 13).toISOString()).toBe('2026-12-02T13:00:00.000Z');
    expect(digestSlot(new Date('2026-01-01T00:30:00Z'), 13).toISOString()).toBe('2025-12-31T13:00:00.000Z');
  });
});
