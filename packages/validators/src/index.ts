export * from "./address";
export * from "./cart";
export * from "./checkout";
export * from "./money";
export * from "./phone";
export * from "./provinces";
export * from "./search";
