/**
 * Demo farm shops: cooperatives and households, four of them in Quảng Ninh around Tiên Yên (the people the
 * project started from), the rest across the country. Province codes are the 34 post-2025 units.
 */
export interface DemoShop {
  slug: string;
  name: string;
  story: string;
  provinceCode: string;
  communeName: string;
  addressLine: string;
  /** Owner's phone as typed; the owner is a seller user created by the seed. */
  ownerPhone: string;
  ownerName: string;
  freeShippingThresholdVnd: number | null;
}

export const DAI_DUC_SHOP_SLUG = "ot-dai-duc-nha-trieu-van-sinh";

export const DEMO_SHOPS: readonly DemoShop[] = [
  {
    slug: DAI_DUC_SHOP_SLUG,
    name: "Ớt Đại Dực – nhà Triệu Văn Sinh",
    story:
      "Nhà tôi là người Dao ở thôn Khe Vằn, xã Đại Dực. Ớt chào mào trồng trên nương đất dốc, hái bằng tay khi quả chín đỏ. Tổ công nghệ số của thôn giúp tôi đưa ớt lên mạng để bà con ở xa cũng mua được.",
    provinceCode: "22",
    communeName: "Đại Dực",
    addressLine: "Thôn Khe Vằn",
    ownerPhone: "0901000002",
    ownerName: "Triệu Văn Sinh",
    freeShippingThresholdVnd: 300_000,
  },
  {
    slug: "htx-mien-dong-binh-lieu",
    name: "HTX Miến dong Bình Liêu",
    story:
      "Hợp tác xã của 36 hộ người Tày, Sán Chỉ. Củ dong riềng thu hoạch cuối năm, mài lấy tinh bột, tráng và phơi miến dưới nắng gió biên giới — không chất tẩy trắng.",
    provinceCode: "22",
    communeName: "Bình Liêu",
    addressLine: "Thôn Nà Pá",
    ownerPhone: "0902000001",
    ownerName: "Vi Thị Hằng",
    freeShippingThresholdVnd: 500_000,
  },
  {
    slug: "htx-che-hoa-vang-ba-che",
    name: "HTX Chè hoa vàng Ba Chẽ",
    story:
      "Chè hoa vàng mọc dưới tán rừng Ba Chẽ, bông hái lúc sớm mai rồi sấy lạnh để giữ màu vàng óng. Hợp tác xã còn làm ba kích tím và mật ong rừng cùng bà con người Dao Thanh Y.",
    provinceCode: "22",
    communeName: "Ba Chẽ",
    addressLine: "Thôn Làng Mới",
    ownerPhone: "0902000002",
    ownerName: "Bàn Văn Lâm",
    freeShippingThresholdVnd: 600_000,
  },
  {
    slug: "trai-ga-doi-ha-lau",
    name: "Trại gà đồi Hà Lâu",
    story:
      "Gà Tiên Yên chân vàng thả đồi, ăn thóc, ngô và sâu bọ trong rừng keo. Mỗi con nuôi đủ 5–6 tháng mới xuất bán, thịt chắc và ngọt.",
    provinceCode: "22",
    communeName: "Hà Lâu",
    addressLine: "Thôn Khe Lục",
    ownerPhone: "0902000003",
    ownerName: "Chíu Thị Lan",
    freeShippingThresholdVnd: null,
  },
  {
    slug: "htx-nong-san-bat-xat",
    name: "HTX Nông sản Bát Xát",
    story:
      "Ruộng bậc thang của người Hà Nhì, Dao đỏ trồng lúa Séng Cù một vụ mỗi năm. Ngoài gạo, chúng tôi sấy thảo quả và dệt thổ cẩm trong những ngày nông nhàn.",
    provinceCode: "15",
    communeName: "Bát Xát",
    addressLine: "Bản Phìn Ngan",
    ownerPhone: "0902000004",
    ownerName: "Lý Seo Chứ",
    freeShippingThresholdVnd: 400_000,
  },
  {
    slug: "nong-trai-moc-chau",
    name: "Nông trại Mộc Châu",
    story:
      "Trên cao nguyên Mộc Châu, gia đình tôi trồng mận hậu, chè Shan tuyết và nuôi trâu thả đồi. Mùa mận tháng 5 cả bản cùng đi hái.",
    provinceCode: "14",
    communeName: "Mộc Châu",
    addressLine: "Tiểu khu Bó Bun",
    ownerPhone: "0902000005",
    ownerName: "Lò Văn Thắng",
    freeShippingThresholdVnd: 500_000,
  },
  {
    slug: "htx-dong-van-ha-giang",
    name: "HTX Cao nguyên đá Đồng Văn",
    story:
      "Hoa bạc hà nở trắng sườn núi đá mỗi độ thu đông; ong lấy mật ở đó cho mật ong bạc hà thơm dịu. Chúng tôi còn giữ những gốc chè Shan tuyết cổ thụ trên 200 năm tuổi.",
    provinceCode: "08",
    communeName: "Đồng Văn",
    addressLine: "Thôn Phố Cáo",
    ownerPhone: "0902000006",
    ownerName: "Vừ Mí Sính",
    freeShippingThresholdVnd: 700_000,
  },
  {
    slug: "vuon-buon-ma-thuot",
    name: "Vườn nhà Y Blih – Buôn Ma Thuột",
    story:
      "Vườn cà phê xen bơ, sầu riêng và mắc ca của gia đình người Ê Đê. Chúng tôi thu hoạch đúng độ chín, không ép chín bằng hoá chất.",
    provinceCode: "66",
    communeName: "Hòa Phú",
    addressLine: "Buôn Kô Tam",
    ownerPhone: "0902000007",
    ownerName: "Y Blih Niê",
    freeShippingThresholdVnd: 800_000,
  },
  {
    slug: "htx-lac-duong-da-lat",
    name: "HTX Rau hoa Lạc Dương",
    story:
      "Dưới chân núi Lang Biang, chúng tôi trồng rau và dâu tây theo hướng hữu cơ, làm trà atiso và hồng treo gió từ vườn nhà.",
    provinceCode: "68",
    communeName: "Lạc Dương",
    addressLine: "Thôn Đạ Nghịt",
    ownerPhone: "0902000008",
    ownerName: "Cil Ha Rin",
    freeShippingThresholdVnd: 400_000,
  },
  {
    slug: "htx-sen-thap-muoi",
    name: "HTX Sen Tháp Mười",
    story:
      "Đồng sen Tháp Mười cho hạt sen, trà tim sen và gạo lúa mùa. Mỗi mùa nước nổi, hợp tác xã cùng bà con giữ ruộng sen sạch không thuốc.",
    provinceCode: "82",
    communeName: "Tháp Mười",
    addressLine: "Ấp 3",
    ownerPhone: "0902000009",
    ownerName: "Nguyễn Văn Út",
    freeShippingThresholdVnd: 500_000,
  },
  {
    slug: "ong-rung-u-minh",
    name: "Ong rừng U Minh Hạ",
    story:
      "Ba đời nhà tôi gác kèo ong trong rừng tràm U Minh. Mật ong tràm lấy đúng mùa, lọc thủ công; tôm khô, khô cá do bà con trong ấp làm.",
    provinceCode: "96",
    communeName: "U Minh",
    addressLine: "Ấp Vồ Dơi",
    ownerPhone: "0902000010",
    ownerName: "Trần Thị Bé Sáu",
    freeShippingThresholdVnd: null,
  },
  {
    slug: "htx-huong-phja-thap",
    name: "HTX Hương Phja Thắp",
    story:
      "Làng làm hương của người Nùng An ở Cao Bằng, hương se tay từ vỏ cây và lá rừng. Hạt dẻ Trùng Khánh rang củi vào mùa thu.",
    provinceCode: "04",
    communeName: "Quảng Hòa",
    addressLine: "Xóm Phja Thắp",
    ownerPhone: "0902000011",
    ownerName: "Nông Văn Pò",
    freeShippingThresholdVnd: 350_000,
  },
];
