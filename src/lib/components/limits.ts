// Limits the forms show and the server enforces.
export const NICKNAME_MAX = 30;
