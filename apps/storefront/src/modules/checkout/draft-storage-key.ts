export const DRAFT_STORAGE_KEY = "cp_checkout_draft";
