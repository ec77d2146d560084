import type { Locale } from "@cho-phien/ui/locale";
import { MAX_LISTING_PHOTOS } from "@cho-phien/validators/uploads";

/**
 * Strings of a listing's photos (/seller/listings/[id]/photos) and of the photo upload, which the shop photo on
 * /mo-gian-hang shares (`outcomes`, one per word of ./outcome; `upload*`). The upload's own refusals (too large,
 * not a photo) arrive from the API in Vietnamese.
 */
const vi = {
  pageTitle: "Ảnh sản phẩm",
  photosOf: (title: string) => `Ảnh: ${title}`,
  backToListing: "← Về sản phẩm",
  heading: (count: number) => `Ảnh sản phẩm (${count}/${MAX_LISTING_PHOTOS})`,
  onSaleNote: "Sản phẩm đang bán: ảnh mới sẽ hiện sau khi được duyệt.",
  noPhotos: "Chưa có ảnh. Ảnh đầu tiên là ảnh bìa.",
  cover: "Ảnh bìa",
  photoNumber: (n: number) => `Ảnh ${n}`,
  moveUp: (n: number) => `Đưa ảnh ${n} lên`,
  moveDown: (n: number) => `Đưa ảnh ${n} xuống`,
  removeNumber: (n: number) => `Bỏ ảnh ${n}`,
  remove: "Bỏ ảnh",
  full: `Đã đủ ${MAX_LISTING_PHOTOS} ảnh. Bỏ bớt một ảnh để thêm ảnh mới.`,
  takeOrChoose: "Chụp hoặc chọn ảnh",
  uploading: "Đang tải ảnh lên",
  uploadProgress: (pct: number) => `Đang tải lên… ${pct}%`,
  upload: "Tải ảnh lên",
  offline: "Mất kết nối, vui lòng thử lại.",
  outcomes: {
    saved: "Đã lưu thứ tự ảnh.",
    uploaded: "Đã thêm ảnh.",
    full: `Mỗi sản phẩm tối đa ${MAX_LISTING_PHOTOS} ảnh. Hãy bỏ bớt một ảnh trước.`,
    too_large: "Ảnh quá lớn (tối đa 10 MB).",
    unsupported: "Chỉ nhận ảnh JPEG, PNG hoặc WebP.",
    broken: "Ảnh bị hỏng hoặc chưa tải lên hết, vui lòng chụp hoặc chọn lại.",
    no_photo: "Vui lòng chọn một ảnh.",
    not_found: "Ảnh hoặc sản phẩm không tồn tại.",
    conflict: "Sản phẩm vừa được sửa ở nơi khác. Trang đã tải lại, vui lòng làm lại.",
    invalid: "Dữ liệu không hợp lệ.",
    error: "Hệ thống đang bận, vui lòng thử lại.",
  },
};

export type PhotosMessages = typeof vi;

const en: PhotosMessages = {
  pageTitle: "Product photos",
  photosOf: (title) => `Photos: ${title}`,
  backToListing: "← Back to the product",
  heading: (count) => `Product photos (${count}/${MAX_LISTING_PHOTOS})`,
  onSaleNote: "This product is on sale: new photos show once they are approved.",
  noPhotos: "No photos yet. The first photo is the cover.",
  cover: "Cover photo",
  photoNumber: (n) => `Photo ${n}`,
  moveUp: (n) => `Move photo ${n} up`,
  moveDown: (n) => `Move photo ${n} down`,
  removeNumber: (n) => `Remove photo ${n}`,
  remove: "Remove",
  full: `You have ${MAX_LISTING_PHOTOS} photos already. Remove one to add a new one.`,
  takeOrChoose: "Take or choose a photo",
  uploading: "Uploading the photo",
  uploadProgress: (pct) => `Uploading… ${pct}%`,
  upload: "Upload photo",
  offline: "The connection was lost, please try again.",
  outcomes: {
    saved: "Photo order saved.",
    uploaded: "Photo added.",
    full: `Each product has at most ${MAX_LISTING_PHOTOS} photos. Remove one first.`,
    too_large: "The photo is too large (10 MB at most).",
    unsupported: "Only JPEG, PNG or WebP photos are accepted.",
    broken: "The photo is damaged or did not finish uploading; please take or choose it again.",
    no_photo: "Please choose a photo.",
    not_found: "The photo or the product does not exist.",
    conflict: "The product was just changed elsewhere. The page has reloaded; please do it again.",
    invalid: "The data was not valid.",
    error: "The system is busy, please try again.",
  },
};

export function photosMessages(locale: Locale): PhotosMessages {
  return locale === "en" ? en : vi;
}
