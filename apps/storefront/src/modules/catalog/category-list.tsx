import Link from "next/link";
import type { Messages } from "~/i18n/dictionary";
import type { Locale } from "~/i18n/locale";
import type { CategorySummary } from "~/server/api-types";
import { categoryImage } from "./product-image";

export function categoryName(c: { name: string; nameEn: string }, locale: Locale): string {
  return locale === "en" && c.nameEn ? c.nameEn : c.name;
}

/** The aisles, as big tappable tiles (4 across on a 360 px phone). */
export function CategoryList({
  categories,
  t,
  locale,
}: {
  categories: CategorySummary[];
  t: Messages;
  locale: Locale;
}) {
  return (
    <ul className="grid grid-cols-4 gap-2 sm:grid-cols-8">
      {categories.map((c) => (
        <li key={c.slug}>
          <Link
            prefetch={false}
            href={`/c/${c.slug}`}
            className="flex h-full flex-col items-center gap-1 rounded-xl border border-stone-200 bg-white p-1.5 text-center hover:border-brand-600"
          >
            <img
              src={categoryImage(c.slug)}
              width={64}
              height={64}
              alt=""
              className="size-14 rounded-lg bg-stone-100 object-cover"
            />
            <span className="text-xs leading-tight font-medium">{categoryName(c, locale)}</span>
            <span className="sr-only">{t.productCount(c.productCount)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
