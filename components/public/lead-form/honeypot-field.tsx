import { HONEYPOT_FIELD } from '@/lib/leads/lead-schema';

/** A field people never see or reach; bots that fill it are dropped by the server. */
export function HoneypotField({ label }: { label: string }) {
  const id = `lead-${HONEYPOT_FIELD}`;
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
