/** What the server page hands the lead form: open programs grouped by department. */
export interface ProgramOption {
  id: string;
  slug: string;
  title: string;
  kindLabel: string;
}

export interface DepartmentGroup {
  slug: string;
  name: string;
  /** How the consent text names the department (its acronym, else its name). */
  consentName: string;
  programs: ProgramOption[];
}

/** What the applicant typed, as the lead action returns it in `values`. */
export type FormValues = Record<string, string | string[] | boolean>;
