import type { Metadata, Viewport } from "next";
import { type ReactNode, Suspense } from "react";
import { getI18n } from "~/i18n/get-i18n";
import { SiteFooter } from "~/modules/layout/site-footer";
import { SiteHeader } from "~/modules/layout/site-header";
import { getCurrentUser } from "~/server/caller";
import { SITE_URL } from "~/server/site-url";
import "./globals.css";

// Every page reads the session cookie and the database: render per request, so `next build` needs no database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: "Chợ Phiên – Nông sản vùng cao, mua tận gốc", template: "%s | Chợ Phiên" },
  description:
    "Chợ trực tuyến của nông dân vùng cao: ớt chào mào Đại Dực, chè hoa vàng, mật ong rừng, sản phẩm OCOP đã xác minh. Giao toàn quốc, thanh toán khi nhận hàng.",
  applicationName: "Chợ Phiên",
  openGraph: { siteName: "Chợ Phiên", locale: "vi_VN", type: "website" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { themeColor: "#166534", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:p-3"
        >
          {t.skipToContent}
        </a>
        {/*
          Nothing here suspends on the server (the HTML arrives complete). A <Suspense> around complete markup
          lets React hydrate that section in its own task, but React also streams ("outlines") a finished
          boundary of more than 500 bytes after the rest of the page once the HTML before it passes ~12.8 KB,
          and reveals it a few hundred ms after first paint: on a listing page whose grid is in the shell the
          header would appear late and push the page down (layout shift). So the header is plain markup; the
          footer, small and last, can stay a hydration unit of its own. ProductGrid is plain for the same reason.
        */}
        <SiteHeader t={t} locale={locale} user={user} />
        <main id="main" className="mx-auto max-w-6xl px-3 py-4">
          {children}
        </main>
        <Suspense>
          <SiteFooter t={t} />
        </Suspense>
      </body>
    </html>
  );
}
