/** Puente's logo mark: a bridge arch. Decorative; the site name is always written next to it. */
export function PuenteMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" className={className} focusable="false">
      <rect width="40" height="40" rx="8" fill="#f5c542" />
      <path d="M5 26h30" stroke="#0c2a52" strokeWidth="3" strokeLinecap="round" />
      <path d="M7 26c3-9 8-13 13-13s10 4 13 13" fill="none" stroke="#0c2a52" strokeWidth="3" strokeLinecap="round" />
      <path d="M13 18v8M20 13v13M27 18v8" stroke="#0c2a52" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
