import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale } from "~/i18n/get-locale";
import { DashboardHeader } from "~/modules/layout/dashboard-header";
import { layoutMessages } from "~/modules/layout/messages";
import { getCurrentUser } from "~/server/caller";
import "./globals.css";

// Every page reads the session cookie and the database: render per request, so `next build` needs no database.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = layoutMessages(await getLocale());
  return {
    title: { default: t.siteTitle, template: t.siteTitleTemplate },
    description: t.siteDescription,
    robots: { index: false, follow: false },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = { themeColor: "#166534", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  const t = layoutMessages(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:p-3"
        >
          {t.skipToContent}
        </a>
        <DashboardHeader user={user} locale={locale} />
        <main id="main" className="mx-auto max-w-5xl px-3 py-4 sm:px-4">
          {children}
        </main>
      </body>
    </html>
  );
}
