/**
 * Every string of the public site, once per language. `es` is the reference dictionary;
 * `en` is typed as `Messages`, so a missing or extra key in English is a type error.
 * Kept free of server-only imports: the lead form (a client component) reads it too.
 */
import type { programKind } from '../../db/schema';
import { APPLICATION_LIMITS, type ApplicationField, type ApplicationFormError } from '../departments/application-schema';
import { LEAD_LIMITS, type BUSINESS_STAGES, type SECTORS } from '../leads/lead-schema';
import type { Locale } from './locale';

export type ProgramKind = (typeof programKind.enumValues)[number];
type BusinessStage = (typeof BUSINESS_STAGES)[number];
type Sector = (typeof SECTORS)[number];

/** The message keys the lead schema and the lead action produce. */
export type LeadErrorKey =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'chooseOne'
  | 'chooseProgram'
  | 'tooMany'
  | 'consentRequired'
  | 'programUnavailable'
  | 'invalidCharacters';
export type LeadFormErrorKey = 'rateLimited' | 'tooLarge' | 'unavailable' | 'server';

const es = {
  meta: {
    siteName: 'Puente',
    description:
      'Un solo formulario para pedir información sobre los programas de financiamiento, educación e incentivos de las agencias de Puerto Rico.',
    homeTitle: 'Programas de apoyo para negocios',
    formTitle: 'Solicitar información',
    confirmationTitle: 'Solicitud recibida',
    notFoundTitle: 'Página no encontrada',
    registerTitle: 'Registre su departamento',
  },
  common: {
    skipLink: 'Saltar al contenido principal',
    optional: '(opcional)',
    backToCatalog: 'Volver a los programas',
  },
  header: {
    homeLink: 'Puente, página principal',
    tagline: 'Programas de apoyo para negocios en Puerto Rico',
    govBanner: 'Servicio público de información para negocios',
    nav: 'Navegación principal',
    navPrograms: 'Programas',
    navRequest: 'Solicitar información',
    switchLanguage: 'English',
    switchLanguageLang: 'en' as Locale,
  },
  footer: {
    nav: 'Enlaces para departamentos',
    departmentQuestion: '¿Es un departamento o agencia?',
    registerLink: 'Registre su departamento',
    staffQuestion: 'Personal de departamentos:',
    loginLink: 'Iniciar sesión',
    privacy: 'Sus datos solo se comparten con los departamentos que usted autoriza en el formulario.',
  },
  home: {
    heroEyebrow: 'Un formulario, muchas agencias',
    heroTitle: 'Encuentre apoyo para su negocio y solicítelo en un solo paso',
    heroBody:
      'Financiamiento, educación, asesoría, incentivos y certificaciones de varias agencias del gobierno. Elija los programas que le interesan, complete un solo formulario y cada departamento se comunicará con usted.',
    heroPoints: [
      'Un solo formulario para todos los programas que elija.',
      'Sus datos van solo a los departamentos que usted escoge.',
      'Gratis y sin compromiso: es una solicitud de información.',
    ],
    heroCta: 'Comenzar solicitud',
    heroSecondary: 'Ver programas',
    catalogTitle: 'Programas disponibles',
    filtersTitle: 'Filtrar programas',
    filterKind: 'Tipo de programa',
    filterDepartment: 'Departamento',
    allKinds: 'Todos los tipos',
    allDepartments: 'Todos los departamentos',
    applyFilters: 'Filtrar',
    clearFilters: 'Quitar filtros',
    resultCount: (n: number) => (n === 1 ? '1 programa' : `${n} programas`),
    emptyTitle: 'No hay programas que coincidan con su búsqueda',
    emptyBody: 'Pruebe con otro tipo de programa u otro departamento.',
    emptyAction: 'Ver todos los programas',
    viewProgram: 'Ver programa',
    requestInfo: 'Solicitar información',
    departmentLabel: 'Departamento',
    kindLabel: 'Tipo',
  },
  program: {
    departmentLabel: 'Departamento',
    kindLabel: 'Tipo de programa',
    aboutTitle: 'Sobre el programa',
    ctaTitle: '¿Le interesa este programa?',
    ctaBody:
      'Complete el formulario y el departamento se comunicará con usted. Puede añadir otros programas en la misma solicitud.',
    cta: 'Solicitar información',
  },
  form: {
    title: 'Solicitar información',
    intro:
      'Complete este formulario una sola vez para todos los programas que le interesan. Cada departamento que elija recibirá su solicitud y se comunicará con usted.',
    requiredNote: 'Todos los campos son obligatorios, excepto los marcados como opcionales.',
    noPrograms: 'En este momento no hay programas abiertos. Vuelva a intentarlo más tarde.',
    sectionContact: 'Sus datos de contacto',
    sectionBusiness: 'Su negocio',
    sectionPrograms: 'Programas de interés',
    sectionMessage: 'Mensaje',
    sectionConsent: 'Autorización',
    fields: {
      name: { label: 'Nombre completo', hint: '' },
      email: { label: 'Correo electrónico', hint: 'Por ejemplo: nombre@ejemplo.com' },
      phone: { label: 'Teléfono', hint: 'Por ejemplo: 787-555-0123' },
      businessName: { label: 'Nombre del negocio', hint: 'Si aún no tiene nombre, escriba el nombre que piensa usar.' },
      municipality: { label: 'Municipio del negocio', hint: '' },
      businessStage: { label: 'Etapa del negocio', hint: '' },
      sector: { label: 'Sector', hint: '' },
      message: {
        label: 'Mensaje para los departamentos',
        hint: `Cuéntenos brevemente qué necesita. Hasta ${LEAD_LIMITS.message} caracteres.`,
      },
      programIds: { label: 'Programas', hint: 'Elija uno o más programas. Puede elegir programas de varios departamentos.' },
      consent: { label: 'Autorización', hint: '' },
    },
    selectPlaceholder: 'Seleccione una opción',
    consentWith: (departments: string) => `Autorizo que mis datos se compartan con: ${departments}`,
    consentNone: 'Autorizo que mis datos se compartan con los departamentos de los programas que elija. Primero elija al menos un programa.',
    consentHint:
      'Solo los departamentos mencionados recibirán sus datos, para comunicarse con usted sobre estos programas.',
    honeypotLabel: 'Leave this empty',
    submit: 'Enviar solicitud',
    submitting: 'Enviando…',
    errorSummaryTitle: 'Hay problemas con su solicitud',
    errorSummaryIntro: 'Corrija lo siguiente:',
    errorPrefix: 'Error:',
  },
  errors: {
    required: 'Este campo es obligatorio.',
    tooShort: (min: number) => `Escriba al menos ${min} caracteres.`,
    tooLong: (max: number) => `Use como máximo ${max} caracteres.`,
    invalidEmail: 'Escriba un correo electrónico válido, como nombre@ejemplo.com.',
    invalidPhone: 'Escriba un teléfono válido con al menos 7 dígitos, como 787-555-0123.',
    chooseOne: 'Seleccione una opción de la lista.',
    chooseProgram: 'Elija al menos un programa.',
    tooMany: (max: number) => `Elija como máximo ${max} programas.`,
    consentRequired: 'Debe autorizar que se compartan sus datos para enviar la solicitud.',
    programUnavailable: 'Uno de los programas elegidos ya no está disponible. Revise su selección.',
    invalidCharacters: 'Este campo contiene caracteres de control que no se pueden guardar. Escríbalo de nuevo.',
    invalid: 'Revise este campo.',
  },
  formErrors: {
    rateLimited: 'Ha enviado demasiadas solicitudes en poco tiempo. Espere una hora e inténtelo de nuevo.',
    tooLarge: 'La solicitud es demasiado grande. Acorte su mensaje e inténtelo de nuevo.',
    unavailable: 'El servicio no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
    server: 'Ocurrió un error y no pudimos recibir su solicitud. Inténtelo de nuevo.',
  } satisfies Record<LeadFormErrorKey, string>,
  businessStages: {
    idea: 'Idea (aún no opera)',
    new: 'Nuevo (menos de 2 años)',
    established: 'Establecido (2 años o más)',
    expanding: 'En expansión',
  } satisfies Record<BusinessStage, string>,
  sectors: {
    retail: 'Comercio al detal',
    food: 'Alimentos y restaurantes',
    tourism: 'Turismo y hospedería',
    agriculture: 'Agricultura',
    manufacturing: 'Manufactura',
    technology: 'Tecnología',
    creative: 'Industrias creativas y cine',
    services: 'Servicios profesionales',
    other: 'Otro',
  } satisfies Record<Sector, string>,
  kinds: {
    financing: 'Financiamiento',
    education: 'Educación',
    technical_assistance: 'Asistencia técnica',
    incentive: 'Incentivo',
    certification: 'Certificación',
  } satisfies Record<ProgramKind, string>,
  confirmation: {
    title: 'Hemos recibido su solicitud',
    referenceLabel: 'Número de referencia',
    referenceHint: 'Guarde este número. Lo necesitará si se comunica con un departamento sobre su solicitud.',
    programsTitle: 'Programas solicitados',
    sentTo: 'Enviada a',
    nextTitle: '¿Qué sigue?',
    nextSteps: [
      'Cada departamento que eligió recibe su solicitud. Ningún otro departamento la recibe.',
      'Personal del departamento revisará su solicitud y se comunicará con usted por correo electrónico o teléfono.',
      'Le explicarán los requisitos y los próximos pasos de cada programa.',
    ],
    backHome: 'Volver a los programas',
  },
  register: {
    title: 'Registre su departamento',
    intro:
      'Los departamentos y agencias del gobierno pueden recibir en su propio sistema, al instante, las solicitudes de información sobre sus programas. Complete esta solicitud y un administrador de Puente la revisará.',
    stepsTitle: 'Cómo funciona',
    steps: [
      'Envíe esta solicitud. Su cuenta se crea de inmediato.',
      'Un administrador de Puente revisa la solicitud. Mientras tanto, al iniciar sesión verá su estado.',
      'Cuando se apruebe, usted será administrador del departamento: podrá publicar programas y configurar los webhooks que reciben las solicitudes.',
    ],
    requiredNote: 'Todos los campos son obligatorios, excepto los marcados como opcionales.',
    sectionDepartment: 'El departamento',
    sectionContact: 'Contacto del departamento',
    sectionAccount: 'Su cuenta',
    sectionAccountIntro: 'Con esta cuenta iniciará sesión para seguir su solicitud y, una vez aprobada, administrar el departamento.',
    sectionReason: 'Motivo de la solicitud',
    fields: {
      departmentName: { label: 'Nombre del departamento o agencia', hint: 'Por ejemplo: Departamento de Agricultura' },
      acronym: { label: 'Siglas', hint: 'Por ejemplo: DA. Así se nombrará al departamento en el formulario público.' },
      contactName: { label: 'Nombre de la persona de contacto', hint: 'Quien atiende las preguntas sobre el departamento en Puente.' },
      contactEmail: { label: 'Correo electrónico de contacto', hint: 'Por ejemplo: contacto@agencia.pr.gov' },
      requesterName: { label: 'Su nombre completo', hint: '' },
      requesterEmail: { label: 'Su correo electrónico', hint: 'Lo usará para iniciar sesión.' },
      password: { label: 'Contraseña', hint: `Al menos ${APPLICATION_LIMITS.password.min} caracteres.` },
      passwordConfirm: { label: 'Confirme la contraseña', hint: '' },
      reason: {
        label: '¿Por qué desea recibir solicitudes a través de Puente?',
        hint: `Cuéntenos qué programas ofrece y cómo atenderá las solicitudes. Hasta ${APPLICATION_LIMITS.reason.max} caracteres.`,
      },
    } satisfies Record<ApplicationField, { label: string; hint: string }>,
    submit: 'Enviar solicitud de registro',
    submitting: 'Enviando…',
    errorSummaryTitle: 'Hay problemas con su solicitud',
    errors: {
      required: 'Este campo es obligatorio.',
      tooShort: (min: number) => `Escriba al menos ${min} caracteres.`,
      tooLong: (max: number) => `Use como máximo ${max} caracteres.`,
      invalidEmail: 'Escriba un correo electrónico válido, como nombre@ejemplo.com.',
      invalidAcronym: 'Use solo letras, números, espacios, puntos, guiones y &.',
      invalidCharacters: 'Este campo contiene caracteres de control que no se pueden guardar. Escríbalo de nuevo.',
      passwordTooShort: (min: number) => `La contraseña debe tener al menos ${min} caracteres.`,
      passwordMismatch: 'Las contraseñas no coinciden. Escríbala igual en ambos campos.',
      emailUnavailable:
        'No podemos usar este correo para una solicitud nueva. Si ya tiene una cuenta en Puente, inicie sesión; si no, use otro correo.',
      invalid: 'Revise este campo.',
    },
    formErrors: {
      rateLimited: 'Se han enviado demasiadas solicitudes desde su conexión. Espere una hora e inténtelo de nuevo.',
      tooLarge: 'La solicitud es demasiado grande. Acorte el motivo e inténtelo de nuevo.',
      server: 'Ocurrió un error y no pudimos recibir su solicitud. Inténtelo de nuevo.',
    } satisfies Record<ApplicationFormError, string>,
    sent: {
      title: 'Hemos recibido su solicitud de registro',
      body: (department: string) => `La solicitud de «${department}» está pendiente de aprobación por un administrador de Puente.`,
      account: (email: string) =>
        `Su cuenta ya existe con el correo ${email}. Inicie sesión para seguir el estado de la solicitud: verá si fue aprobada y, si no lo fue, el motivo.`,
      nothingYet: 'Hasta que se apruebe, sus programas no aparecen en el sitio público y el departamento no recibe solicitudes.',
      signIn: 'Iniciar sesión',
      backHome: 'Volver a la página principal',
    },
  },
  notFound: {
    title: 'No encontramos esta página',
    body: 'Es posible que la dirección esté mal escrita o que el programa ya no esté disponible.',
    backHome: 'Ir a la página principal',
  },
};

export type Messages = typeof es;

const en: Messages = {
  meta: {
    siteName: 'Puente',
    description:
      'One form to request information about financing, education and incentive programs from Puerto Rico government agencies.',
    homeTitle: 'Support programs for businesses',
    formTitle: 'Request information',
    confirmationTitle: 'Request received',
    notFoundTitle: 'Page not found',
    registerTitle: 'Register your department',
  },
  common: {
    skipLink: 'Skip to main content',
    optional: '(optional)',
    backToCatalog: 'Back to programs',
  },
  header: {
    homeLink: 'Puente, home page',
    tagline: 'Support programs for businesses in Puerto Rico',
    govBanner: 'Public information service for businesses',
    nav: 'Main navigation',
    navPrograms: 'Programs',
    navRequest: 'Request information',
    switchLanguage: 'Español',
    switchLanguageLang: 'es',
  },
  footer: {
    nav: 'Links for departments',
    departmentQuestion: 'Are you a department or agency?',
    registerLink: 'Register your department',
    staffQuestion: 'Department staff:',
    loginLink: 'Sign in',
    privacy: 'Your details are shared only with the departments you authorize on the form.',
  },
  home: {
    heroEyebrow: 'One form, many agencies',
    heroTitle: 'Find support for your business and apply in one step',
    heroBody:
      'Financing, education, advisory services, incentives and certifications from several government agencies. Choose the programs you are interested in, fill in one form, and each department will contact you.',
    heroPoints: [
      'One form for every program you choose.',
      'Your details go only to the departments you pick.',
      'Free and with no obligation: it is a request for information.',
    ],
    heroCta: 'Start a request',
    heroSecondary: 'See programs',
    catalogTitle: 'Available programs',
    filtersTitle: 'Filter programs',
    filterKind: 'Program type',
    filterDepartment: 'Department',
    allKinds: 'All types',
    allDepartments: 'All departments',
    applyFilters: 'Filter',
    clearFilters: 'Clear filters',
    resultCount: (n: number) => (n === 1 ? '1 program' : `${n} programs`),
    emptyTitle: 'No programs match your search',
    emptyBody: 'Try another program type or another department.',
    emptyAction: 'See all programs',
    viewProgram: 'View program',
    requestInfo: 'Request information',
    departmentLabel: 'Department',
    kindLabel: 'Type',
  },
  program: {
    departmentLabel: 'Department',
    kindLabel: 'Program type',
    aboutTitle: 'About the program',
    ctaTitle: 'Interested in this program?',
    ctaBody: 'Fill in the form and the department will contact you. You can add other programs to the same request.',
    cta: 'Request information',
  },
  form: {
    title: 'Request information',
    intro:
      'Fill in this form once for every program you are interested in. Each department you choose will receive your request and contact you.',
    requiredNote: 'All fields are required unless marked as optional.',
    noPrograms: 'There are no open programs right now. Please try again later.',
    sectionContact: 'Your contact details',
    sectionBusiness: 'Your business',
    sectionPrograms: 'Programs you are interested in',
    sectionMessage: 'Message',
    sectionConsent: 'Authorization',
    fields: {
      name: { label: 'Full name', hint: '' },
      email: { label: 'Email address', hint: 'For example: name@example.com' },
      phone: { label: 'Phone number', hint: 'For example: 787-555-0123' },
      businessName: { label: 'Business name', hint: 'If it has no name yet, write the name you plan to use.' },
      municipality: { label: 'Municipality of the business', hint: '' },
      businessStage: { label: 'Business stage', hint: '' },
      sector: { label: 'Sector', hint: '' },
      message: {
        label: 'Message for the departments',
        hint: `Briefly tell us what you need. Up to ${LEAD_LIMITS.message} characters.`,
      },
      programIds: { label: 'Programs', hint: 'Choose one or more programs. You can choose programs from several departments.' },
      consent: { label: 'Authorization', hint: '' },
    },
    selectPlaceholder: 'Select an option',
    consentWith: (departments: string) => `I authorize sharing my details with: ${departments}`,
    consentNone: 'I authorize sharing my details with the departments of the programs I choose. Choose at least one program first.',
    consentHint: 'Only the departments named above will receive your details, to contact you about these programs.',
    honeypotLabel: 'Leave this empty',
    submit: 'Send request',
    submitting: 'Sending…',
    errorSummaryTitle: 'There is a problem with your request',
    errorSummaryIntro: 'Please fix the following:',
    errorPrefix: 'Error:',
  },
  errors: {
    required: 'This field is required.',
    tooShort: (min: number) => `Enter at least ${min} characters.`,
    tooLong: (max: number) => `Use at most ${max} characters.`,
    invalidEmail: 'Enter a valid email address, like name@example.com.',
    invalidPhone: 'Enter a valid phone number with at least 7 digits, like 787-555-0123.',
    chooseOne: 'Select an option from the list.',
    chooseProgram: 'Choose at least one program.',
    tooMany: (max: number) => `Choose at most ${max} programs.`,
    consentRequired: 'You must authorize sharing your details to send the request.',
    programUnavailable: 'One of the programs you chose is no longer available. Please review your selection.',
    invalidCharacters: 'This field contains control characters that cannot be saved. Please type it again.',
    invalid: 'Please check this field.',
  },
  formErrors: {
    rateLimited: 'You have sent too many requests in a short time. Wait an hour and try again.',
    tooLarge: 'The request is too large. Shorten your message and try again.',
    unavailable: 'The service is not available right now. Please try again in a few minutes.',
    server: 'Something went wrong and we could not receive your request. Please try again.',
  },
  businessStages: {
    idea: 'Idea (not operating yet)',
    new: 'New (under 2 years)',
    established: 'Established (2 years or more)',
    expanding: 'Expanding',
  },
  sectors: {
    retail: 'Retail',
    food: 'Food and restaurants',
    tourism: 'Tourism and lodging',
    agriculture: 'Agriculture',
    manufacturing: 'Manufacturing',
    technology: 'Technology',
    creative: 'Creative industries and film',
    services: 'Professional services',
    other: 'Other',
  },
  kinds: {
    financing: 'Financing',
    education: 'Education',
    technical_assistance: 'Technical assistance',
    incentive: 'Incentive',
    certification: 'Certification',
  },
  confirmation: {
    title: 'We have received your request',
    referenceLabel: 'Reference number',
    referenceHint: 'Keep this number. You will need it if you contact a department about your request.',
    programsTitle: 'Programs requested',
    sentTo: 'Sent to',
    nextTitle: 'What happens next?',
    nextSteps: [
      'Each department you chose receives your request. No other department receives it.',
      'Department staff will review your request and contact you by email or phone.',
      'They will explain the requirements and next steps for each program.',
    ],
    backHome: 'Back to programs',
  },
  register: {
    title: 'Register your department',
    intro:
      'Government departments and agencies can receive requests for information about their programs in their own systems, instantly. Fill in this application and a Puente administrator will review it.',
    stepsTitle: 'How it works',
    steps: [
      'Send this application. Your account is created right away.',
      'A Puente administrator reviews the application. Meanwhile, when you sign in you will see its status.',
      'Once approved, you are the department’s administrator: you can publish programs and set up the webhooks that receive the requests.',
    ],
    requiredNote: 'All fields are required unless marked as optional.',
    sectionDepartment: 'The department',
    sectionContact: 'Department contact',
    sectionAccount: 'Your account',
    sectionAccountIntro: 'You will sign in with this account to follow your application and, once approved, manage the department.',
    sectionReason: 'Reason for applying',
    fields: {
      departmentName: { label: 'Name of the department or agency', hint: 'For example: Department of Agriculture' },
      acronym: { label: 'Acronym', hint: 'For example: DA. This is how the public form will name the department.' },
      contactName: { label: 'Contact person’s name', hint: 'Who answers questions about the department on Puente.' },
      contactEmail: { label: 'Contact email address', hint: 'For example: contact@agency.pr.gov' },
      requesterName: { label: 'Your full name', hint: '' },
      requesterEmail: { label: 'Your email address', hint: 'You will use it to sign in.' },
      password: { label: 'Password', hint: `At least ${APPLICATION_LIMITS.password.min} characters.` },
      passwordConfirm: { label: 'Confirm the password', hint: '' },
      reason: {
        label: 'Why do you want to receive requests through Puente?',
        hint: `Tell us which programs you offer and how you will handle the requests. Up to ${APPLICATION_LIMITS.reason.max} characters.`,
      },
    },
    submit: 'Send application',
    submitting: 'Sending…',
    errorSummaryTitle: 'There is a problem with your application',
    errors: {
      required: 'This field is required.',
      tooShort: (min: number) => `Enter at least ${min} characters.`,
      tooLong: (max: number) => `Use at most ${max} characters.`,
      invalidEmail: 'Enter a valid email address, like name@example.com.',
      invalidAcronym: 'Use only letters, digits, spaces, dots, dashes and &.',
      invalidCharacters: 'This field contains control characters that cannot be saved. Please type it again.',
      passwordTooShort: (min: number) => `The password must have at least ${min} characters.`,
      passwordMismatch: 'The passwords do not match. Type the same password in both fields.',
      emailUnavailable: 'We cannot use this email address for a new application. If you already have a Puente account, sign in; otherwise use another address.',
      invalid: 'Please check this field.',
    },
    formErrors: {
      rateLimited: 'Too many applications have been sent from your connection. Wait an hour and try again.',
      tooLarge: 'The application is too large. Shorten the reason and try again.',
      server: 'Something went wrong and we could not receive your application. Please try again.',
    },
    sent: {
      title: 'We have received your application',
      body: (department: string) => `The application for “${department}” is waiting for approval by a Puente administrator.`,
      account: (email: string) =>
        `Your account already exists with the email ${email}. Sign in to follow the application’s status: you will see whether it was approved and, if not, why.`,
      nothingYet: 'Until it is approved, your programs do not appear on the public site and the department receives no requests.',
      signIn: 'Sign in',
      backHome: 'Back to the home page',
    },
  },
  notFound: {
    title: 'We could not find this page',
    body: 'The address may be mistyped, or the program may no longer be available.',
    backHome: 'Go to the home page',
  },
};

const dictionaries: Record<Locale, Messages> = { es, en };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}
