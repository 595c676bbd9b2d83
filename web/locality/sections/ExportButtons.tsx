import type { Indicator } from '../../../data/contract';
import type { JoinedProfile } from '../../data/profile-join';
import type { Lang } from '../../lib/format';
import {
  exportFileName,
  figureCells,
  figureColumns,
  figuresToCsv,
  figuresToJson,
  type FigureRow,
} from '../export/figure-rows';
import { profileToFigureRows } from '../export/profile-figures';
import type { LocalityText } from '../texts';

interface ExportButtonsProps {
  profile: JoinedProfile;
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
  t: LocalityText;
}

function download(content: string | Uint8Array<ArrayBuffer>, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The workbook writer is loaded on the first XLSX download only: it stays out of the page's first bytes. */
async function downloadXlsx(rows: readonly FigureRow[], fileName: string): Promise<void> {
  const { xlsxDocument, XLSX_MEDIA_TYPE } = await import('../../../data/xlsx/xlsx-document');
  download(await xlsxDocument('figures', figureColumns(rows), figureCells(rows)), XLSX_MEDIA_TYPE, fileName);
}

/** CSV (both dialects), XLSX and JSON of the profile's figures, made in the browser from what the page shows. */
export function ExportButtons({ profile, catalogue, lang, t }: ExportButtonsProps) {
  const { code, name } = profile.municipality;
  const rows = () => profileToFigureRows(profile, catalogue, lang);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          download(figuresToCsv(rows()), 'text/csv;charset=utf-8', exportFileName(code, name, 'csv'))
        }
      >
        {t('exportCsv')}
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            figuresToCsv(rows(), 'csv-sv'),
            'text/csv;charset=utf-8',
            exportFileName(code, name, 'csv').replace(/\.csv$/, '-sv.csv'),
          )
        }
      >
        {t('exportCsvSv')}
      </button>
      <button type="button" onClick={() => void downloadXlsx(rows(), exportFileName(code, name, 'xlsx'))}>
        {t('exportXlsx')}
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            figuresToJson({
              municipality: { code, name },
              build: { id: profile.buildId, exportedAt: new Date().toISOString(), url: window.location.href },
              figures: rows(),
            }),
            'application/json',
            exportFileName(code, name, 'json'),
          )
        }
      >
        {t('exportJson')}
      </button>
    </>
  );
}
