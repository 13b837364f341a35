#!/usr/bin/env node
'use strict';
// The CLI is written in TypeScript and compiled to out/ by `npm run build`.
const { main } = require('../out/server/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
