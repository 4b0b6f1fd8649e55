// A word list written as one whitespace-separated string.

export const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));
