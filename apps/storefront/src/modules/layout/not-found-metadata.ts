import type { Metadata } from "next";

/** Metadata for a page that is about to render the 404 (its page component calls notFound()). */
export function notFoundMetadata(): Metadata {
  return { title: "Không tìm thấy trang", robots: { index: false } };
}
