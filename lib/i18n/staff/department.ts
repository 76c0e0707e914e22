/**
 * A department's frame: the home page that lists the viewer's departments (and those still
 * waiting for approval), the department header with its tabs, and the failure alerts banner
 * under it. Role names live here too, as every department screen shows them.
 */
import type { DepartmentRole } from '../../auth/viewer';

const es = {
  roles: {
    staff: 'Personal',
    admin: 'Administrador del departamento',
  } satisfies Record<DepartmentRole, string>,
  /** The role inside a sentence: "se une … como personal". */
  rolesInSentence: {
    staff: 'personal',
    admin: 'administrador del departamento',
  } satisfies Record<DepartmentRole, string>,
  home: {
    title: 'Sus departamentos',
    noDepartment: 'Todavía no es miembro de ningún departamento.',
    platformAdminBefore: 'Como administrador de la plataforma puede abrir cualquier departamento, y decidir sobre los registros de departamentos, desde el ',
    platformAdminLink: 'área de administración',
    platformAdminAfter: '.',
  },
  tabs: {
    nav: 'Departamento',
    webhooks: 'Webhooks',
    deliveries: 'Entregas',
    programs: 'Programas',
    leads: 'Solicitudes',
    members: 'Miembros',
    audit: 'Registro de auditoría',
    'api-tokens': 'Tokens de API',
  },
  /** A department that is not approved, as its members see it on their home page. */
  application: {
    pendingTitle: (name: string) => `En espera de aprobación: ${name}`,
    pendingBody: (appliedAt: string, asAdmin: boolean) =>
      `El registro enviado el ${appliedAt} espera la decisión de un administrador de la plataforma Puente. En cuanto se apruebe, podrá abrir el panel del departamento desde aquí${asAdmin ? ' como su administrador' : ''}, publicar programas y configurar webhooks.`,
    pendingUntil: 'Hasta entonces, sus programas no aparecen en el sitio público y no recibe solicitudes.',
    rejectedTitle: (name: string) => `Registro no aprobado: ${name}`,
    rejectedBody: (decidedAt: string | null) => `Un administrador de la plataforma rechazó el registro${decidedAt ? ` el ${decidedAt}` : ''}.`,
    rejectedMistake: 'Si cree que se trata de un error, responda al equipo de Puente con más detalles; un administrador todavía puede aprobarlo.',
    suspendedTitle: (name: string) => `Suspendido: ${name}`,
    suspendedBody: (decidedAt: string | null) =>
      `Un administrador de la plataforma suspendió este departamento${decidedAt ? ` el ${decidedAt}` : ''}. Sus entregas están retenidas (no se pierde nada) y sus programas no aparecen en el sitio público hasta que se reactive.`,
    reason: 'Motivo indicado:',
  },
  /** The banner above every department page while a webhook is disabled or failing. */
  alerts: {
    oneDisabled: 'Se desactivó un webhook: este departamento no está recibiendo sus solicitudes por él',
    oneFailing: 'Un webhook tiene fallas: sus entregas no están llegando',
    several: (n: string) => `${n} webhooks necesitan atención: este departamento no está recibiendo solicitudes por ellos`,
    disabledSince: (when: string) => `desactivado desde ${when}`,
    failingSince: (when: string) => `con fallas desde ${when}`,
  },
};

export type DepartmentMessages = typeof es;

const en: DepartmentMessages = {
  roles: {
    staff: 'Staff',
    admin: 'Department admin',
  },
  rolesInSentence: {
    staff: 'staff',
    admin: 'department admin',
  },
  home: {
    title: 'Your departments',
    noDepartment: 'You are not a member of any department yet.',
    platformAdminBefore: 'As a platform admin you can open any department, and decide on applications, from the ',
    platformAdminLink: 'admin area',
    platformAdminAfter: '.',
  },
  tabs: {
    nav: 'Department',
    webhooks: 'Webhooks',
    deliveries: 'Deliveries',
    programs: 'Programs',
    leads: 'Leads',
    members: 'Members',
    audit: 'Audit log',
    'api-tokens': 'API tokens',
  },
  application: {
    pendingTitle: (name) => `Waiting for approval: ${name}`,
    pendingBody: (appliedAt, asAdmin) =>
      `The application sent on ${appliedAt} is waiting for a Puente platform admin. As soon as it is approved you can open the department's dashboard from here${asAdmin ? ' as its department admin' : ''}, publish programs and set up webhooks.`,
    pendingUntil: 'Until then its programs are not on the public site and it receives no leads.',
    rejectedTitle: (name) => `Application not approved: ${name}`,
    rejectedBody: (decidedAt) => `A platform admin rejected the application${decidedAt ? ` on ${decidedAt}` : ''}.`,
    rejectedMistake: 'If you think this is a mistake, reply to the Puente team with more details; an admin can still approve it.',
    suspendedTitle: (name) => `Suspended: ${name}`,
    suspendedBody: (decidedAt) =>
      `A platform admin suspended this department${decidedAt ? ` on ${decidedAt}` : ''}. Its deliveries are on hold (nothing is lost) and its programs are hidden from the public site until it is reinstated.`,
    reason: 'Reason given:',
  },
  alerts: {
    oneDisabled: 'A webhook was disabled: this department is not receiving its leads there',
    oneFailing: 'A webhook is failing: its deliveries are not getting through',
    several: (n) => `${n} webhooks need attention: this department is not receiving leads through them`,
    disabledSince: (when) => `disabled since ${when}`,
    failingSince: (when) => `failing since ${when}`,
  },
};

export const department = { es, en };
