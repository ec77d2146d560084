/**
 * Banks a farm can be paid into: the well-known members of the VietQR (NAPAS) network, by their BIN — the
 * six-digit id a VietQR transfer names the bank by. Short names are the ones printed on the banks' apps.
 * `vietnam-qr-pay` (used by the API for payment QR codes) carries the full list; the API's tests check these
 * BINs against it.
 */
export interface Bank {
  bin: string;
  shortName: string;
  name: string;
}

export const BANKS: readonly Bank[] = [
  { bin: "970405", shortName: "Agribank", name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" },
  { bin: "970436", shortName: "Vietcombank", name: "Ngân hàng TMCP Ngoại thương Việt Nam" },
  { bin: "970415", shortName: "VietinBank", name: "Ngân hàng TMCP Công thương Việt Nam" },
  { bin: "970418", shortName: "BIDV", name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" },
  { bin: "970407", shortName: "Techcombank", name: "Ngân hàng TMCP Kỹ thương Việt Nam" },
  { bin: "970422", shortName: "MB Bank", name: "Ngân hàng TMCP Quân đội" },
  { bin: "970416", shortName: "ACB", name: "Ngân hàng TMCP Á Châu" },
  { bin: "970432", shortName: "VPBank", name: "Ngân hàng TMCP Việt Nam Thịnh Vượng" },
  { bin: "970403", shortName: "Sacombank", name: "Ngân hàng TMCP Sài Gòn Thương Tín" },
  { bin: "970423", shortName: "TPBank", name: "Ngân hàng TMCP Tiên Phong" },
  { bin: "970443", shortName: "SHB", name: "Ngân hàng TMCP Sài Gòn - Hà Nội" },
  { bin: "970441", shortName: "VIB", name: "Ngân hàng TMCP Quốc tế Việt Nam" },
  { bin: "970426", shortName: "MSB", name: "Ngân hàng TMCP Hàng Hải Việt Nam" },
  { bin: "970437", shortName: "HDBank", name: "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh" },
  { bin: "970448", shortName: "OCB", name: "Ngân hàng TMCP Phương Đông" },
  { bin: "970431", shortName: "Eximbank", name: "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam" },
  { bin: "970440", shortName: "SeABank", name: "Ngân hàng TMCP Đông Nam Á" },
  { bin: "970409", shortName: "Bac A Bank", name: "Ngân hàng TMCP Bắc Á" },
];

const byBin = new Map(BANKS.map((b) => [b.bin, b]));

export function bankByBin(bin: string): Bank | undefined {
  return byBin.get(bin);
}

export const BANK_BINS = BANKS.map((b) => b.bin) as [string, ...string[]];

/**
 * An account number as anyone but the bank sees it: the last four digits only ("•••• 6789"). The full number
 * is stored for payouts and never shown again, so a borrowed phone or a shoulder-surfer cannot copy it.
 */
export function maskAccountNo(accountNo: string): string {
  const digits = accountNo.replace(/\D/g, "");
  return `•••• ${digits.slice(-4)}`;
}
