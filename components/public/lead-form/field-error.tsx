import { errorText } from '@/components/ui/styles';

/** The error text next to a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={id} className={errorText}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-4 w-4 flex-none" fill="currentColor">
        <path
          fillRule="evenodd"
          d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      </svg>
      <span>
        <span className="sr-only">{prefix} </span>
        {message}
      </span>
    </p>
  );
}
