import { Ajv } from 'ajv';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_ROOT } from '../../electron/backend/paths';

const require = createRequire(import.meta.url);

interface BuilderConfig {
  npmRebuild?: boolean;
  nodeGypRebuild?: boolean;
  extraResources?: { from: string; to: string }[];
  win?: { target?: { target: string; arch: string[] }[] };
  nsis?: Record<string, unknown>;
  electronFuses?: Record<string, boolean>;
}

const config = parse(
  fs.readFileSync(path.join(SOURCE_ROOT, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own JSON schema", () => {
    const schema = JSON.parse(
      fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('builds a Vietnamese NSIS x64 installer with the install-mode choice and shortcuts', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      installerLanguages: ['vi_VN'],
    });
  });

  it('ships migrations and resources, and never rebuilds native modules behind our back', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'db/migrations', to: 'migrations' },
        { from: 'resources', to: 'resources' },
      ]),
    );
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('flips the fuses: no run-as-node, encrypted cookies, ASAR integrity, asar only', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
