/**
 * What a decision form's action answers when it does not redirect: the reviewer's input as sent (so a typed
 * comment is never lost), the messages, and whether the item moved under them (offer to reload it).
 */
export interface DecisionFormState {
  message: string | null;
  reload: boolean;
  values: { reasonCode?: string; comment?: string; checkedFields?: string[] };
}

export const EMPTY_DECISION_STATE: DecisionFormState = { message: null, reload: false, values: {} };

/** Conflicts after which the page must be reloaded to show the item as it now is. */
export const RELOAD_REASONS: readonly string[] = [
  "STALE_REVIEW",
  "ALREADY_DECIDED",
  "HELD_BY_OTHER",
  "NOTHING_TO_DECIDE",
];
