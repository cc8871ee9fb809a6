/**
 * `cchc import`: the plan JSON and nothing else on stdout, progress and the summary on stderr,
 * a refusal in Vietnamese on stderr with a non-zero exit code and nothing on stdout.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planV1Schema } from '../../../src/contracts/plan-file.js';
import { registerImportCommand, runImport } from '../../../src/cli/commands/import.js';
import { quangTriDirectory } from '../../fixtures/directories/quang-tri-2025.js';
import { planPath } from './plans.js';

let stdout: string;
let stderr: string;
const deps = {
  directoryFromDatabase: vi.fn(async () => quangTriDirectory),
  directoryFromFile: vi.fn(async () => quangTriDirectory),
};

beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('cchc import', () => {
  it('prints exactly one cchc.plan/v1 object on stdout', async () => {
    const code = await runImport(planPath('quang-tri-2025').pathname, { format: 'json', asOf: '2025-01-01' }, deps);
    expect(code).toBe(0);
    const plan = planV1Schema.parse(JSON.parse(stdout));
    expect(plan.activities).toHaveLength(73);
    expect(stderr).toContain('73 hoạt động');
    expect(deps.directoryFromDatabase).toHaveBeenCalled();
  });

  it('uses the --units directory when given', async () => {
    await runImport(planPath('tra-vinh-2025').pathname, { format: 'json', units: 'don-vi.csv' }, deps);
    expect(deps.directoryFromFile).toHaveBeenCalledWith('don-vi.csv');
  });

  it.each([
    ['a missing file', '/khong/co/tep.docx', { format: 'json' }, 2, 'FILE_NOT_FOUND'],
    ['an output format it does not write', 'x.txt', { format: 'xml' }, 2, 'UNSUPPORTED_OUTPUT'],
    ['a bad --as-of date', 'x.txt', { format: 'json', asOf: '01/01/2025' }, 2, 'INVALID_DATE'],
  ])('refuses %s', async (_name, file, options, exit, code) => {
    expect(await runImport(file, options, deps)).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toContain(code);
  });

  it('refuses a document without a plan with exit code 3 and nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
    const file = join(dir, 'thu.txt');
    writeFileSync(file, 'Kính gửi: Sở Nội vụ\n\nĐề nghị xem xét.\n');
    expect(await runImport(file, { format: 'json' }, deps)).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toContain('Không tìm thấy kế hoạch');
  });

  it('registers `import FILE --format --units --as-of` on a commander program', async () => {
    const program = new Command();
    registerImportCommand(program, deps);
    const command = program.commands.find((c) => c.name() === 'import');
    expect(command?.options.map((o) => o.long)).toEqual(['--format', '--units', '--as-of']);
    await program.parseAsync(['node', 'cchc', 'import', planPath('tra-vinh-2025').pathname, '--as-of', '2025-01-01']);
    expect(JSON.parse(stdout).format).toBe('cchc.plan/v1');
    expect(process.exitCode).toBe(0);
    process.exitCode = undefined;
  });
});
