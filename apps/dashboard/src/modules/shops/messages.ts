import type { Locale } from "@cho-phien/ui/locale";

/**
 * Strings of /mo-gian-hang (opening a shop, its photo) and of the notice on /seller right after. Why a field
 * was refused comes from the schema and the API, in Vietnamese.
 */
const vi = {
  pageTitle: "Mở gian hàng",
  pageSubtitle: "Bán nông sản của nhà vườn, hợp tác xã trên Chợ Phiên.",
  badProvince: "Tỉnh/thành phố không hợp lệ, vui lòng chọn lại.",
  step1: "Bước 1: Tỉnh/thành phố",
  provinceLabel: "Gian hàng ở tỉnh/thành phố",
  chooseProvince: "— Chọn tỉnh/thành phố —",
  changeProvince: "Đổi tỉnh/thành phố",
  continue: "Tiếp tục",
  step2: "Bước 2: Thông tin gian hàng",
  afterOpening:
    "Người mua thấy gian hàng khi có sản phẩm đã được duyệt. Sau khi mở, hãy thêm sản phẩm đầu tiên.",

  fixCount: (n: number) => `Vui lòng sửa ${n} mục được đánh dấu bên dưới.`,
  shopLegend: "Gian hàng",
  name: "Tên gian hàng",
  nameHint: "2–80 ký tự, ví dụ: Ớt chào mào Đông Ngũ",
  story: "Câu chuyện gian hàng (không bắt buộc)",
  storyHint: "Tối đa 2000 ký tự: nhà vườn, cách trồng, mùa vụ.",
  addressLegend: "Địa chỉ lấy hàng",
  provinceIs: "Tỉnh/thành phố:",
  changeProvinceShort: "Đổi tỉnh",
  ward: "Phường/xã",
  chooseWard: "— Chọn phường/xã —",
  addressLine: "Số nhà, thôn/bản",
  addressLineHint: "Nơi đơn vị vận chuyển đến lấy hàng.",
  phone: "Số điện thoại liên hệ",
  payoutLegend: "Tài khoản nhận tiền",
  payoutNote:
    "Chợ Phiên chuyển tiền bán hàng vào tài khoản này. Sau khi lưu, số tài khoản chỉ hiện 4 số cuối.",
  bank: "Ngân hàng",
  chooseBank: "— Chọn ngân hàng —",
  accountNo: "Số tài khoản",
  accountNoHint: "6–19 chữ số.",
  accountName: "Tên chủ tài khoản",
  accountNameHint: "Như in trên thẻ; có thể gõ có dấu, hệ thống tự đổi thành chữ in hoa không dấu.",
  shippingLegend: "Vận chuyển",
  freeShipping: "Miễn phí vận chuyển cho đơn từ (đồng, không bắt buộc)",
  freeShippingHint: "Ví dụ: 300000. Để trống nếu không miễn phí vận chuyển.",
  submitting: "Đang mở gian hàng…",
  submit: "Mở gian hàng",
  busy: "Hệ thống đang bận, vui lòng thử lại sau ít phút.",

  photoLegend: "Ảnh gian hàng (không bắt buộc)",
  photoHint: "Chụp vườn, nương hoặc sản phẩm của bạn. Người mua thấy ảnh này trên trang gian hàng.",
  photoTake: "Chụp hoặc chọn ảnh",
  photoUpload: "Tải ảnh lên",
  photoUploadFirst: "Tải ảnh lên trước khi điền các mục bên dưới (trang sẽ tải lại).",
  photoAlt: "Ảnh gian hàng",
  photoReady: "✓ Đã có ảnh gian hàng. Chọn ảnh khác để thay.",
  photoRemove: "Bỏ ảnh này",

  opened: "Đã mở gian hàng. Hãy thêm sản phẩm đầu tiên: người mua thấy gian hàng khi có sản phẩm được duyệt.",
};

export type ShopsMessages = typeof vi;

const en: ShopsMessages = {
  pageTitle: "Open a shop",
  pageSubtitle: "Sell the produce of your farm or cooperative on Chợ Phiên.",
  badProvince: "That province or city is not valid, please choose again.",
  step1: "Step 1: Province or city",
  provinceLabel: "The shop is in the province or city",
  chooseProvince: "— Choose a province or city —",
  changeProvince: "Change province or city",
  continue: "Continue",
  step2: "Step 2: Shop details",
  afterOpening:
    "Buyers see the shop once it has an approved product. After opening it, add your first product.",

  fixCount: (n) => `Please correct the ${n === 1 ? "field" : `${n} fields`} marked below.`,
  shopLegend: "Shop",
  name: "Shop name",
  nameHint: "2–80 characters, for example: Ớt chào mào Đông Ngũ",
  story: "The shop's story (optional)",
  storyHint: "Up to 2000 characters: the farm, how you grow, the seasons.",
  addressLegend: "Pick-up address",
  provinceIs: "Province or city:",
  changeProvinceShort: "Change",
  ward: "Ward or commune",
  chooseWard: "— Choose a ward or commune —",
  addressLine: "House number, village or hamlet",
  addressLineHint: "Where the carrier comes to pick up parcels.",
  phone: "Contact phone number",
  payoutLegend: "Account for payments",
  payoutNote: "Chợ Phiên pays your sales into this account. Once saved, only the last 4 digits are shown.",
  bank: "Bank",
  chooseBank: "— Choose a bank —",
  accountNo: "Account number",
  accountNoHint: "6–19 digits.",
  accountName: "Account holder's name",
  accountNameHint:
    "As printed on the card; you may type it with tone marks, it is turned into capitals without them.",
  shippingLegend: "Shipping",
  freeShipping: "Free shipping for orders from (đồng, optional)",
  freeShippingHint: "For example: 300000. Leave empty for no free shipping.",
  submitting: "Opening the shop…",
  submit: "Open the shop",
  busy: "The system is busy, please try again in a few minutes.",

  photoLegend: "Shop photo (optional)",
  photoHint: "A photo of your garden, field or produce. Buyers see it on your shop page.",
  photoTake: "Take or choose a photo",
  photoUpload: "Upload photo",
  photoUploadFirst: "Upload the photo before filling in the fields below (the page reloads).",
  photoAlt: "Shop photo",
  photoReady: "✓ The shop has a photo. Choose another one to replace it.",
  photoRemove: "Remove this photo",

  opened: "Your shop is open. Add your first product: buyers see the shop once it has an approved product.",
};

export function shopsMessages(locale: Locale): ShopsMessages {
  return locale === "en" ? en : vi;
}
