import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';

/**
 * Reads the KPI ids of `kolada/selected-kpis.csv` (columns `kpi,theme`, CRLF) at run time, so the live ingest
 * asks Kolada for exactly the KPIs the offline snapshot holds.
 */
export async function readSelectedKpis(file: string): Promise<string[]> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (!parsed.meta.fields?.includes('kpi')) throw new Error(`${file}: no "kpi" column`);
  const kpis = parsed.data.map((row, index) => {
    const kpi = (row.kpi ?? '').trim().toUpperCase();
    if (!/^[A-Z]\d{5}$/.test(kpi)) throw new Error(`${file}:${index + 2}: not a Kolada KPI id: "${row.kpi}"`);
    return kpi;
  });
  return [...new Set(kpis)];
}
