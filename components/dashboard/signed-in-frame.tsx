import { AppHeader } from '@/components/dashboard/app-header';
import type { Viewer } from '@/lib/auth/viewer';
import { staffMessages } from '@/lib/i18n/staff';

/** Every signed-in page's frame: the staff header in the viewer's language, then the main content. */
export function SignedInFrame({ viewer, mainClassName = '', children }: { viewer: Viewer; mainClassName?: string; children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader viewer={viewer} m={staffMessages(viewer.locale)} />
      <main id="contenido" className={`mx-auto w-full max-w-7xl flex-1 px-4 py-6 ${mainClassName}`}>
        {children}
      </main>
    </div>
  );
}
