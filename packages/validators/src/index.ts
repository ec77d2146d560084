export * from "./money";
export * from "./phone";
export * from "./provinces";
export * from "./search";
