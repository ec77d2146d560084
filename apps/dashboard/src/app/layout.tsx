import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DashboardHeader } from "~/modules/layout/dashboard-header";
import { getCurrentUser } from "~/server/caller";
import "./globals.css";

// Every page reads the session cookie and the database: render per request, so `next build` needs no database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Chợ Phiên – Quản lý", template: "%s | Chợ Phiên – Quản lý" },
  description: "Khu vực dành cho nhà vườn, cán bộ duyệt OCOP và quản trị viên Chợ Phiên.",
  robots: { index: false, follow: false },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { themeColor: "#166534", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:p-3"
        >
          Bỏ qua, đến nội dung chính
        </a>
        <DashboardHeader user={user} />
        <main id="main" className="mx-auto max-w-5xl px-3 py-4 sm:px-4">
          {children}
        </main>
      </body>
    </html>
  );
}
