import { describe, expect, it } from 'vitest';
import { staffMessages } from '@/lib/i18n/staff';
import { breakerHeadline, breakerPhase, phaseOf, waitsForProbe } from './breaker';
import { webhookState } from './webhook-state-badge';

// 2026-05-01 14:05 in Puerto Rico (UTC−4).
const now = Date.parse('2026-05-01T18:05:00Z');
const since = '2026-05-01T18:02:10Z';
const later = '2026-05-01T18:07:30Z';
const earlier = '2026-05-01T18:04:00Z';
const es = staffMessages('es');
const en = staffMessages('en');

describe('the circuit breaker in words', () => {
  it('is paused before the next probe, probing once it has passed, nothing when closed', () => {
    expect(phaseOf(later, now)).toBe('paused');
    expect(phaseOf(earlier, now)).toBe('probing');
    expect(phaseOf(null, now)).toBeNull();
  });

  it('says nothing for a disabled or inactive webhook: it is held whatever its breaker says', () => {
    expect(breakerPhase({ active: true, disabledAt: new Date(), nextProbeAt: later }, now)).toBeNull();
    expect(breakerPhase({ active: false, disabledAt: null, nextProbeAt: later }, now)).toBeNull();
    expect(webhookState({ active: true, disabledAt: new Date(), nextProbeAt: later }, now)).toBe('failing');
    expect(webhookState({ active: false, disabledAt: null, nextProbeAt: later }, now)).toBe('inactive');
    expect(webhookState({ active: true, disabledAt: null, nextProbeAt: later }, now)).toBe('paused');
    expect(webhookState({ active: true, disabledAt: null, nextProbeAt: earlier }, now)).toBe('probing');
    expect(webhookState({ active: true, disabledAt: null, nextProbeAt: null }, now)).toBe('active');
    expect(webhookState({ active: true, disabledAt: null }, now)).toBe('active');
  });

  it('gives the times on Puerto Rico’s clock, with the date when it is not today', () => {
    expect(breakerHeadline('paused', { coolingSince: since, nextProbeAt: later }, now, es)).toBe('En pausa: el destino no responde desde 14:02 AST; próxima prueba: 14:07 AST');
    expect(breakerHeadline('paused', { coolingSince: '2026-04-30T23:00:00Z', nextProbeAt: later }, now, es)).toBe(
      'En pausa: el destino no responde desde 2026-04-30 19:00 AST; próxima prueba: 14:07 AST',
    );
    expect(breakerHeadline('probing', { coolingSince: since, nextProbeAt: earlier }, now, es)).toBe(
      'En prueba: se comprueba si el destino vuelve a responder (no responde desde 14:02 AST)',
    );
    expect(breakerHeadline('paused', { coolingSince: null, nextProbeAt: later }, now, es)).toBe('En pausa: el destino no responde; próxima prueba: 14:07 AST');
  });

  it('says the same in English', () => {
    expect(breakerHeadline('paused', { coolingSince: since, nextProbeAt: later }, now, en)).toBe('Paused: endpoint not answering since 14:02 AST, next probe 14:07 AST');
    expect(breakerHeadline('probing', { coolingSince: since, nextProbeAt: earlier }, now, en)).toBe(
      'Probing: checking whether the endpoint answers again (not answering since 14:02 AST)',
    );
    expect(breakerHeadline('paused', { coolingSince: null, nextProbeAt: later }, now, en)).toBe('Paused: endpoint not answering, next probe 14:07 AST');
  });

  it('tells a waiting delivery what it waits for', () => {
    expect(waitsForProbe('paused', later, now, es)).toBe('El próximo intento espera la prueba prevista para 14:07 AST');
    expect(waitsForProbe('probing', earlier, now, es)).toBe('El próximo intento espera la prueba en curso');
    expect(waitsForProbe('paused', later, now, en)).toBe('Next attempt waits for the probe at 14:07 AST');
    expect(waitsForProbe('probing', earlier, now, en)).toBe('Next attempt waits for the probe now under way');
  });
});
