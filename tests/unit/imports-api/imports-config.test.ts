import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportsConfig } from '../../../api/imports/imports-config';
import { REPO_ROOT } from '../../support/paths';

describe('readImportsConfig', () => {
  it('defaults: the CLI imports directory, writes on, no token', () => {
    expect(readImportsConfig({})).toEqual({
      importsDir: path.join(REPO_ROOT, 'data', 'local', 'imports'),
      rawDir: path.resolve(REPO_ROOT, '..', 'shared', 'data'),
      writesEnabled: true,
      token: null,
    });
  });

  it('ATLAS_IMPORTS=off turns writes off; ATLAS_IMPORT_TOKEN is trimmed, blank means none', () => {
    expect(readImportsConfig({ ATLAS_IMPORTS: 'OFF' }).writesEnabled).toBe(false);
    expect(readImportsConfig({ ATLAS_IMPORT_TOKEN: ' abc ' }).token).toBe('abc');
    expect(readImportsConfig({ ATLAS_IMPORT_TOKEN: '  ' }).token).toBeNull();
    expect(readImportsConfig({ ATLAS_IMPORTS_DIR: '/tmp/x' }).importsDir).toBe('/tmp/x');
  });
});
