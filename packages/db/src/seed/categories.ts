/** The eight demo categories. Slugs are stable: URLs, images and tests name them. */
export interface DemoCategory {
  slug: CategorySlug;
  name: string;
  nameEn: string;
  /** Short key of the illustration drawn by images.ts (also stored in Category.icon). */
  icon: string;
}

export type CategorySlug =
  | "rau-gia-vi"
  | "trai-cay"
  | "gao-ngu-coc"
  | "che"
  | "mat-ong"
  | "thit-gia-cam"
  | "dac-san-kho"
  | "thu-cong";

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  { slug: "rau-gia-vi", name: "Rau & gia vị", nameEn: "Vegetables & spices", icon: "chili" },
  { slug: "trai-cay", name: "Trái cây", nameEn: "Fruit", icon: "fruit" },
  { slug: "gao-ngu-coc", name: "Gạo & ngũ cốc", nameEn: "Rice & grains", icon: "rice" },
  { slug: "che", name: "Chè & trà", nameEn: "Tea", icon: "tea" },
  { slug: "mat-ong", name: "Mật ong", nameEn: "Honey", icon: "honey" },
  { slug: "thit-gia-cam", name: "Thịt & gia cầm", nameEn: "Meat & poultry", icon: "chicken" },
  { slug: "dac-san-kho", name: "Đặc sản khô", nameEn: "Dried goods", icon: "package" },
  { slug: "thu-cong", name: "Thủ công", nameEn: "Handicrafts", icon: "basket" },
];
