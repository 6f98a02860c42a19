/** Shortest password Tram accepts (setup, new users, resets, changes). */
export const PASSWORD_MIN = 8;
