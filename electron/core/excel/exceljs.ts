// exceljs is loaded at the first workbook read or written, not at start (issue 13: loading it was the largest part of
// loading the core's modules, before the register could be opened). Types come from the package as usual.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

// Not named `require`: the Electron build's bundler declares its own `require` shim in the same chunk scope.
const loadPackage = createRequire(import.meta.url);
let loaded: typeof ExcelJS | undefined;

export const excel = (): typeof ExcelJS => (loaded ??= loadPackage('exceljs') as typeof ExcelJS);
