export * from "./reference";
export * from "./users";
export * from "./requests";
export * from "./events";
export * from "./deadlines";
export * from "./documents";
