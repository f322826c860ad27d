// Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with = + - @ (or their full-width
// forms, which Chinese input methods type), a tab or a line break can become a formula when the file is opened,
// edited or saved as CSV. Every file the platform writes passes its text cells through here; the import undoes it,
// so an exported list can be imported again unchanged. Pure: used by the server and the web app.

/** Characters that make a spreadsheet read a cell as a formula (or hide one behind whitespace). */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n]/;

/** The quote prefix Excel, LibreOffice and WPS show as "this is text". */
export const TEXT_PREFIX = "'";

/** A text that can never be read as a formula: dangerous starts get a leading `'`; anything else is unchanged. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? TEXT_PREFIX + text : text;
}

/** A cell for a sheet or a CSV: text is neutralised, numbers (negative ones too), booleans and dates stay as they are. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}

/** What the import reads back: the `'` the export added before a dangerous character is removed again. */
export function restoreNeutralized(text: string): string {
  return text.startsWith(TEXT_PREFIX) && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
