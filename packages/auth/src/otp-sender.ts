/**
 * Where one-time codes go. Development logs them; production plugs in an SMS or Zalo ZNS sender here
 * (ZNS templates allow one-time codes, ≤ 400 characters).
 */
export interface OtpSender {
  send(phoneE164: string, code: string): Promise<void>;
}

export const logOtpSender: OtpSender = {
  async send(phone, code) {
    console.log(`[otp] mã đăng nhập cho ${phone}: ${code}`);
  },
};

let current: OtpSender = logOtpSender;

export function setOtpSender(sender: OtpSender): void {
  current = sender;
}

export function getOtpSender(): OtpSender {
  return current;
}
