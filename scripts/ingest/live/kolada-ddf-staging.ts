import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NATIONAL_AREA, type AreaCode } from '../source-types';
import { BY_SEX_DIR, bySexFile, TOTALS_DIR } from '../kolada-all/scan-files';
import { datapointsFile } from '../sources/kolada-ddf';
import type { KoladaPoint } from './kolada-normalise';

/** The dump writes Sweden as `0` and women/men as `k`/`m`; the build's form is `SE` and v3's is `K`/`M`. */
const ddfGeo = (area: AreaCode) => (area === NATIONAL_AREA ? '0' : area);
const GENDER = { K: 'k', M: 'm' } as const;

interface Row {
  geo: string;
  year: number;
  gender: 'T' | 'K' | 'M';
  value: number;
}

/**
 * Writes live Kolada points as the dump's DDF files (`geo,year,<kpi>` and `geo,gender,year,<kpi>`, rows by year
 * and geo as in the dump), one KPI chunk at a time, so the whole-Kolada step reads live and dump files alike.
 * Areas outside the atlas are counted and left out; a (kpi, area, year, gender) given twice is an error naming
 * both pages, never silently one of them.
 */
export class KoladaDdfStaging {
  private pending = new Map<string, Row[]>();
  private seen = new Map<string, string>();
  readonly staged = new Set<string>();
  readonly outsideAtlas = new Set<string>();
  values = 0;

  constructor(
    readonly dir: string,
    private readonly areas: ReadonlySet<AreaCode>,
  ) {
    mkdirSync(path.join(dir, TOTALS_DIR), { recursive: true });
    mkdirSync(path.join(dir, BY_SEX_DIR), { recursive: true });
  }

  add(points: readonly KoladaPoint[], url: string): void {
    for (const point of points) {
      if (!this.areas.has(point.area)) {
        this.outsideAtlas.add(point.area);
        continue;
      }
      const key = `${point.kpi} ${point.area} ${point.year} ${point.gender}`;
      const first = this.seen.get(key);
      if (first !== undefined)
        throw new Error(`Kolada v3 gave ${key} twice: on ${first} and on ${url}; paging is not trustworthy`);
      this.seen.set(key, url);
      const rows = this.pending.get(point.kpi) ?? [];
      rows.push({ geo: ddfGeo(point.area), year: point.year, gender: point.gender, value: point.value });
      this.pending.set(point.kpi, rows);
    }
  }

  /** Writes the KPIs added since the last flush (call it after each chunk of KPIs) and lets their rows go. */
  flush(): void {
    for (const [kpi, rows] of this.pending) {
      rows.sort((a, b) => a.year - b.year || (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : 0));
      const lower = kpi.toLowerCase();
      const totals = rows.filter((row) => row.gender === 'T');
      const bySex = rows.filter((row) => row.gender !== 'T');
      if (totals.length > 0)
        writeFileSync(
          path.join(this.dir, datapointsFile(kpi)),
          [`geo,year,${lower}`, ...totals.map((r) => `${r.geo},${r.year},${r.value}`), ''].join('\n'),
        );
      if (bySex.length > 0)
        writeFileSync(
          path.join(this.dir, bySexFile(kpi)),
          [
            `geo,gender,year,${lower}`,
            ...bySex.map((r) => `${r.geo},${GENDER[r.gender as 'K' | 'M']},${r.year},${r.value}`),
            '',
          ].join('\n'),
        );
      if (totals.length > 0 || bySex.length > 0) this.staged.add(kpi);
      this.values += rows.length;
    }
    this.pending = new Map();
    this.seen = new Map();
  }
}
