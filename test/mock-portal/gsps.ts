/**
 * The "Select your GSP" list. The names the portal notes quote are here exactly as quoted; the
 * rest are plausible fillers so the list has the portal's length (several dozen) and its mix of
 * case and of "Pvt. Ltd." / "Private Limited" spellings. A few near misses ("Vayana ..." next to
 * "Vay ...") make sure a name is matched, not guessed.
 */
export const DEFAULT_GSPS: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Pvt. Ltd.',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Easy Office Pvt. Ltd.',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'GSTN Suvidha Kendra Services Pvt. Ltd.',
  'Hyperbridge Technologies Pvt. Ltd.',
  'Infosys Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'Karvy Data Management Services Limited',
  'Kochar Infotech Private Limited',
  'MARG COMPUSOFT PRIVATE LIMITED',
  'Mastek Limited',
  'Masters India Private Limited',
  'National Securities Depository Limited',
  'Omni GST Solutions Pvt. Ltd.',
  'Pinnacle Taxnet Services Pvt. Ltd.',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Pvt. Ltd.',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TaxPro Softech Private Limited',
  'Tera Software Limited',
  'TERA SOFTWARE SOLUTIONS PRIVATE LIMITED',
  'Udyog Software (India) Ltd.',
  'Vay Network Services Pvt. Ltd.',
  'Vayana Network Services Private Limited',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Xinfo Tax Solutions Pvt. Ltd.',
  'Yodhaa GST Services Private Limited',
  'Zoho Corporation Private Limited',
];

export interface GspOption {
  /** The option's value, as posted: "G001", "G002", ... in list order. */
  id: string;
  name: string;
}

export function gspOptions(names: readonly string[]): GspOption[] {
  return names.map((name, index) => ({ id: `G${String(index + 1).padStart(3, '0')}`, name }));
}

export function gspById(names: readonly string[], id: string): string | undefined {
  return /^G\d{3}$/.test(id) ? names[Number(id.slice(1)) - 1] : undefined;
}
