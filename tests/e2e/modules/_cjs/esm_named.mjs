export const only = 'named';
