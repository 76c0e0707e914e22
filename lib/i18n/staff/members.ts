/**
 * The department's Members page (department admins): members and their roles, the invitation
 * form and its one-time link, pending invitations, and what the member actions answer.
 * Role names are in ./department.ts.
 */

const es = {
  title: 'Miembros',
  intro:
    'El personal ve las entregas y las solicitudes del departamento; los administradores del departamento también gestionan sus webhooks, programas y miembros. Un departamento siempre conserva al menos un administrador. Quitar a alguien tiene efecto en su próximo clic.',
  empty: 'Aún no hay miembros: invite a alguien abajo.',
  inviteTitle: 'Invitar a alguien',
  inviteIntro: (department: string) =>
    `Puente crea un enlace de un solo uso para el correo electrónico que escriba. Cópielo y envíeselo usted (Puente no envía correos). Quien lo abra crea su cuenta con ese correo y se une a ${department}.`,
  pendingTitle: 'Invitaciones pendientes',
  table: {
    name: 'Nombre',
    role: 'Rol',
    lastSignIn: 'Último inicio de sesión',
    actions: 'Acciones',
    caption: (department: string) => `Miembros de ${department}, con su rol y su último inicio de sesión`,
    region: 'Tabla de miembros',
    never: 'Nunca',
    you: 'usted',
    disabled: 'cuenta desactivada',
  },
  roleForm: {
    label: (name: string) => `Rol de ${name}`,
    save: 'Guardar',
    saving: 'Guardando…',
    saveLabel: (name: string) => `Guardar el rol de ${name}`,
  },
  remove: {
    open: 'Quitar…',
    openLabel: (name: string) => `Quitar a ${name}…`,
    confirmSelf: (department: string) => `Está a punto de quitarse a sí mismo de ${department}. Perderá el acceso de inmediato.`,
    /** "¿Quitar a <nombre> (<correo>) de …?": the name and e-mail go between the two parts. */
    confirmBefore: '¿Quitar a',
    confirmAfter: (department: string) => `de ${department}? Pierde el acceso de inmediato; su cuenta se conserva.`,
    submit: 'Quitar miembro',
    submitting: 'Quitando…',
  },
  invitations: {
    email: 'Correo electrónico',
    role: 'Rol',
    invited: 'Creada',
    expires: 'Vence',
    actions: 'Acciones',
    by: (email: string) => `por ${email}`,
    caption: 'Invitaciones pendientes, de la más reciente a la más antigua',
    region: 'Tabla de invitaciones pendientes',
    empty: 'No hay invitaciones pendientes.',
    revoke: 'Revocar',
    revoking: 'Revocando…',
    revokeLabel: (email: string) => `Revocar la invitación para ${email}`,
  },
  inviteForm: {
    email: 'Correo electrónico',
    emailHint: 'La persona inicia sesión con esta dirección.',
    role: 'Rol',
    staffHint: 'Ve las entregas y las solicitudes; puede reenviar entregas y enviar pings.',
    adminHint: 'También gestiona webhooks, programas y miembros.',
    submit: 'Crear enlace de invitación',
    submitting: 'Creando enlace…',
  },
  /** The link, shown once after the invitation is made. */
  created: {
    title: 'Enlace de invitación para',
    sentTo: 'Se envió a',
    notSent: (reason: string) => `No pudimos enviar el correo (${reason}); copie el enlace de abajo.`,
    keepCopy: 'Guarde una copia por si el correo no llega. No se volverá a mostrar.',
    copyNow: 'Copie este enlace ahora y envíeselo usted. No se volverá a mostrar.',
    details: (email: string, department: string, role: string, expires: string) =>
      `Permite que ${email} se una a ${department} como ${role}. Funciona una sola vez, solo para ese correo, hasta el ${expires} (hora de Puerto Rico). Si se pierde, revóquelo abajo e invite de nuevo.`,
    linkLabel: 'Enlace de invitación',
    copy: 'Copiar enlace',
    another: 'Invitar a otra persona',
  },
  /** What the member actions answer. */
  results: {
    notMember: 'Esta persona ya no es miembro del departamento.',
    lastAdmin: 'El departamento necesita al menos un administrador: haga administrador a otra persona primero.',
    chooseRole: 'Elija un rol.',
    roleChanged: (role: string) => `Rol cambiado a ${role}.`,
    noChange: 'Sin cambios.',
    invitedAndSent: (email: string) => `Invitación creada y enviada a ${email}.`,
    invitedNotSent: (email: string) => `Invitación creada para ${email}, pero no se envió el correo.`,
    invited: (email: string) => `Invitación creada para ${email}.`,
    unexpectedMailError: 'un error inesperado',
    removed: 'Miembro quitado. Ya no tiene acceso a este departamento.',
    invitationGone: 'Esta invitación ya no está pendiente: se usó, se revocó o venció.',
    revoked: 'Invitación revocada: su enlace ya no funciona.',
  },
};

export type MembersMessages = typeof es;

const en: MembersMessages = {
  title: 'Members',
  intro:
    "Staff see the department's deliveries and leads; department admins also manage its webhooks, programs and members. A department always keeps at least one admin. Removing someone takes effect on their next click.",
  empty: 'No members yet: invite someone below.',
  inviteTitle: 'Invite someone',
  inviteIntro: (department) =>
    `Puente makes a single-use link for the email you enter. Copy it and send it yourself (Puente does not send email). Whoever opens it creates their account with that email and joins ${department}.`,
  pendingTitle: 'Pending invitations',
  table: {
    name: 'Name',
    role: 'Role',
    lastSignIn: 'Last sign-in',
    actions: 'Actions',
    caption: (department) => `Members of ${department}, with their role and last sign-in`,
    region: 'Members table',
    never: 'Never',
    you: 'you',
    disabled: 'disabled',
  },
  roleForm: {
    label: (name) => `Role of ${name}`,
    save: 'Save',
    saving: 'Saving…',
    saveLabel: (name) => `Save role of ${name}`,
  },
  remove: {
    open: 'Remove…',
    openLabel: (name) => `Remove ${name}…`,
    confirmSelf: (department) => `You are about to remove yourself from ${department}. You will lose access at once.`,
    confirmBefore: 'Remove',
    confirmAfter: (department) => `from ${department}? They lose access at once; their account stays.`,
    submit: 'Remove member',
    submitting: 'Removing…',
  },
  invitations: {
    email: 'Email',
    role: 'Role',
    invited: 'Invited',
    expires: 'Expires',
    actions: 'Actions',
    by: (email) => `by ${email}`,
    caption: 'Pending invitations, newest first',
    region: 'Pending invitations table',
    empty: 'No pending invitations.',
    revoke: 'Revoke',
    revoking: 'Revoking…',
    revokeLabel: (email) => `Revoke the invitation for ${email}`,
  },
  inviteForm: {
    email: 'Email',
    emailHint: 'The person signs in with this address.',
    role: 'Role',
    staffHint: 'Sees deliveries and leads, can redeliver and ping.',
    adminHint: 'Also manages webhooks, programs and members.',
    submit: 'Create invitation link',
    submitting: 'Creating link…',
  },
  created: {
    title: 'Invitation link for',
    sentTo: 'Sent to',
    notSent: (reason) => `We could not send the e-mail (${reason}); copy the link below instead.`,
    keepCopy: "Keep a copy in case the e-mail does not arrive. It won't be shown again.",
    copyNow: "Copy this link now and send it to them yourself. It won't be shown again.",
    details: (email, department, role, expires) =>
      `It lets ${email} join ${department} as ${role}. It works once, only for that email, until ${expires} (Puerto Rico time). If it gets lost, revoke it below and invite again.`,
    linkLabel: 'Invitation link',
    copy: 'Copy link',
    another: 'Invite someone else',
  },
  results: {
    notMember: 'This person is no longer a member of the department.',
    lastAdmin: 'The department needs at least one admin: make someone else admin first.',
    chooseRole: 'Choose a role.',
    roleChanged: (role) => `Role changed to ${role}.`,
    noChange: 'No change.',
    invitedAndSent: (email) => `Invitation created and sent to ${email}.`,
    invitedNotSent: (email) => `Invitation created for ${email}, but the e-mail was not sent.`,
    invited: (email) => `Invitation created for ${email}.`,
    unexpectedMailError: 'an unexpected error',
    removed: 'Member removed. They no longer have access to this department.',
    invitationGone: 'This invitation is no longer pending: it was used, revoked or has expired.',
    revoked: 'Invitation revoked: its link no longer works.',
  },
};

export const members = { es, en };
