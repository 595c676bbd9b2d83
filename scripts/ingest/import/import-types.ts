export {
  FirmImportPreview,
  FirmImportRow,
  ImportKind,
  ImportPreview,
  IndicatorImportPreview,
  IndicatorImportRow,
  RejectedRow,
} from '../../../data/contract/imports';

export interface PreviewOptions {
  /** The 290 municipality codes; when given, other codes are rejected. */
  municipalityCodes?: ReadonlySet<string>;
}
