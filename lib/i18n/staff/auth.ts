/**
 * Before and at the door: the sign-in page, an invitation link and its form.
 */
import { PASSWORD_MIN } from '../../users/user-schemas';

const es = {
  login: {
    title: 'Iniciar sesión',
    heading: 'Puente · Personal de los departamentos',
    intro: 'Inicie sesión para administrar los webhooks de su departamento y ver sus entregas.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    submitting: 'Iniciando sesión…',
    withProvider: (name: string) => `Iniciar sesión con ${name}`,
    /** "¿No es personal de un departamento? [Vaya al sitio público] para … o [registre su departamento]." */
    notStaff: '¿No es personal de un departamento?',
    publicSite: 'Vaya al sitio público',
    publicSiteAfter: 'para buscar programas y enviar una solicitud, o',
    register: 'registre su departamento',
    errors: {
      credentials: 'El correo electrónico o la contraseña no son correctos.',
      accessDenied: 'Esa cuenta no tiene acceso a Puente. Pida una invitación al administrador de su departamento.',
      /** `seconds`: how long the sign-in throttle asks to wait (0: unknown). */
      rateLimited: (seconds: number) =>
        `Demasiados intentos fallidos. Espere ${seconds <= 0 ? 'un momento' : seconds < 90 ? `${seconds} segundos` : `${Math.ceil(seconds / 60)} minutos`} e inténtelo de nuevo.`,
      failed: 'No se pudo iniciar sesión.',
    },
  },
  invite: {
    title: 'Invitación',
    heading: 'Puente · Invitación',
    unavailableHeading: 'Esta invitación no se puede usar',
    unavailable: {
      accepted: 'Este enlace de invitación ya se usó. Cada enlace funciona una sola vez: inicie sesión, o pida una invitación nueva al administrador de su departamento.',
      revoked: 'Un administrador del departamento revocó esta invitación. Pídale una nueva si todavía necesita acceso.',
      expired: 'Esta invitación venció. Pida una nueva al administrador de su departamento.',
      unknown: 'Este enlace de invitación no es válido. Verifique que lo copió completo, o pida una invitación nueva al administrador de su departamento.',
    },
    goToDashboard: 'Ir a su panel',
    signIn: 'Iniciar sesión',
    /** "Le invitan a unirse a <b>dept</b> como <b>rol</b>. La invitación es para <b>email</b> y vence el …" */
    summary: {
      join: 'Le invitan a unirse a ',
      as: ' como ',
      forEmail: '. La invitación es para ',
      expires: (when: string) => ` y vence el ${when} (hora de Puerto Rico).`,
    },
    /** "Inició sesión como <b>a</b>, pero esta invitación es para <b>b</b>. …" */
    wrongAccount: {
      signedInAs: 'Inició sesión como ',
      butFor: ', pero esta invitación es para ',
      then: '. Cierre la sesión y vuelva a abrir este enlace.',
    },
    accountExists: 'Ya tiene una cuenta de Puente con este correo electrónico. Inicie sesión con ella para aceptar la invitación.',
    signInToAccept: 'Iniciar sesión para aceptar',
    createToAccept: 'Cree su cuenta para aceptar. ¿Ya tiene una con otro correo electrónico? Pida al administrador de su departamento que invite ese correo.',
    form: {
      email: 'Correo electrónico',
      emailHint: 'La invitación es para esta dirección; con ella iniciará sesión.',
      name: 'Su nombre',
      password: 'Contraseña',
      confirm: 'Repita la contraseña',
      passwordHint: `Al menos ${PASSWORD_MIN} caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña fuerte.`,
      submitting: 'Aceptando…',
      createAndJoin: 'Crear la cuenta y unirse',
      accept: 'Aceptar la invitación',
      /** "Su cuenta está lista. [Inicie sesión] con x@y para continuar." */
      ready: 'Su cuenta está lista.',
      readySignIn: 'Inicie sesión',
      readyWith: (email: string) => ` con ${email} para continuar.`,
      opening: 'Abriendo su departamento…',
    },
    answers: {
      tooManyAttempts: 'Demasiados intentos. Espere 15 minutos e inténtelo de nuevo.',
      sessionEnded: 'Su sesión terminó. Vuelva a iniciar sesión para aceptar la invitación.',
      accountExists: 'Ya existe una cuenta con este correo electrónico. Inicie sesión con ella para aceptar la invitación.',
      wrongAccount: (email: string) => `Esta invitación es para ${email}. Cierre la sesión e inicie sesión con esa cuenta para aceptarla.`,
      alreadyMember: (department: string) => `Ya es miembro de ${department}.`,
      welcome: (department: string) => `Le damos la bienvenida a ${department}.`,
    },
  },
};

export type AuthMessages = typeof es;

const en: AuthMessages = {
  login: {
    title: 'Sign in',
    heading: 'Puente · Department staff',
    intro: 'Sign in to manage your department’s webhooks and see its deliveries.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    withProvider: (name) => `Sign in with ${name}`,
    notStaff: 'Not department staff?',
    publicSite: 'Go to the public site',
    publicSiteAfter: 'to find programs and send a request, or',
    register: 'register your department',
    errors: {
      credentials: 'The email or password is not right.',
      accessDenied: 'That account has no access to Puente. Ask your department admin for an invitation.',
      rateLimited: (seconds) =>
        `Too many failed attempts. Wait ${seconds <= 0 ? 'a moment' : seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`} and try again.`,
      failed: 'Sign-in failed.',
    },
  },
  invite: {
    title: 'Invitation',
    heading: 'Puente · Invitation',
    unavailableHeading: 'This invitation cannot be used',
    unavailable: {
      accepted: 'This invitation link was already used. Each link works once: sign in instead, or ask your department admin for a new invitation.',
      revoked: 'This invitation was revoked by a department admin. Ask them for a new one if you still need access.',
      expired: 'This invitation has expired. Ask your department admin for a new one.',
      unknown: 'This invitation link is not valid. Check that you copied all of it, or ask your department admin for a new one.',
    },
    goToDashboard: 'Go to your dashboard',
    signIn: 'Sign in',
    summary: {
      join: 'You are invited to join ',
      as: ' as ',
      forEmail: '. The invitation is for ',
      expires: (when) => ` and expires on ${when} (Puerto Rico time).`,
    },
    wrongAccount: {
      signedInAs: 'You are signed in as ',
      butFor: ', but this invitation is for ',
      then: '. Sign out, then open this link again.',
    },
    accountExists: 'You already have a Puente account with this email. Sign in with it to accept the invitation.',
    signInToAccept: 'Sign in to accept',
    createToAccept: 'Create your account to accept. Already have one with another email? Ask your department admin to invite that email instead.',
    form: {
      email: 'Email',
      emailHint: 'The invitation is for this address; it is how you sign in.',
      name: 'Your name',
      password: 'Password',
      confirm: 'Password again',
      passwordHint: `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`,
      submitting: 'Accepting…',
      createAndJoin: 'Create account and join',
      accept: 'Accept invitation',
      ready: 'Your account is ready.',
      readySignIn: 'Sign in',
      readyWith: (email) => ` with ${email} to continue.`,
      opening: 'Opening your department…',
    },
    answers: {
      tooManyAttempts: 'Too many attempts. Wait 15 minutes and try again.',
      sessionEnded: 'Your session has ended. Sign in again to accept the invitation.',
      accountExists: 'An account with this email already exists. Sign in with it to accept the invitation.',
      wrongAccount: (email) => `This invitation is for ${email}. Sign out, then sign in with that account to accept it.`,
      alreadyMember: (department) => `You are already a member of ${department}.`,
      welcome: (department) => `Welcome to ${department}.`,
    },
  },
};

export const auth = { es, en };
