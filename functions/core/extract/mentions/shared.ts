// Script-level patterns both languages' mention rules use: quotation marks, web names, Roman numerals.

export const OPEN_QUOTES = new Set(['«', '“', '„', '"']);
export const CLOSE_QUOTES = new Set(['»', '”', '“', '"']);
/** Web names ("Лента.ру", "baltinfo.ru"): the outlet, an organisation. */
export const WEB_NAME = /[\p{L}\d]\.(?:com|org|net|ru|kz|ua|by|uk|info|рф|ру)$/iu;
export const ROMAN_NUMERAL = /^[IVXLC]+$/;
