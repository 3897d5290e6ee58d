// validate-sarif.js - validate SARIF files against the SARIF 2.1.0 JSON
// schema with ajv (draft 2020-12) and ajv-formats.
//
//   node validate-sarif.js NPM_DIR FILE...
//
// NPM_DIR is where scripts/ensure-report-tools installed ajv, ajv-formats
// and @microsoft/sarif-multitool-linux (whose sarif-2.1.0.json is used).
// Prints "valid: FILE" or each schema error; exits 1 if any file is invalid.
'use strict';
const fs = require('fs');
const path = require('path');

const [npmDir, ...files] = process.argv.slice(2);
const mods = path.resolve(npmDir, 'node_modules');
const Ajv2020 = require(path.join(mods, 'ajv/dist/2020')).default;
const addFormats = require(path.join(mods, 'ajv-formats')).default;
const schema = JSON.parse(fs.readFileSync(path.join(
    mods, '@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let status = 0;
for (const file of files) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(data)) {
    console.log(`valid: ${file}`);
  } else {
    status = 1;
    for (const e of validate.errors) {
      console.log(`${file}: ${e.instancePath || '/'} ${e.message}`);
    }
  }
}
process.exit(status);
