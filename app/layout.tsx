import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'Puente', description: 'Programas de apoyo a negocios' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  );
}
