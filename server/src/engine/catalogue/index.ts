/** Catalogue loading, validation and the helpers detection needs (patterns, constant tables, digests). */
export { loadCatalogueFile, loadCatalogues, formatCatalogueProblem, type LoadCataloguesOptions } from './load';
export { builtinCataloguePaths, builtinCatalogueDirectory, configureCatalogueLocation } from './location';
export { compilePattern, describePatternError, type CompiledPattern, type PatternOptions } from './patterns';
export { parseConstantTable, MIN_CONSTANT_TABLE_LENGTH } from './constant-table';
export { catalogueDigest } from './digest';
