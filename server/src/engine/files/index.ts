/** File discovery, reading and path safety: the engine's only contact with the workspace's files. */
export { discoverFiles, IGNORE_FILE_NAMES, VCS_METADATA, type DiscoveryEvent, type DiscoveryOptions } from './discover';
export type { DirEntry, DiscoveryFs, FileStat } from './fs-access';
export { readSourceFile, type ReadableFile, type ReadOptions, type ReadResult } from './read';
export { generatedReason, isGenerated } from './generated';
export { isMinified, minifiedReason } from './minified';
export { isInside, resolveInside, toPosixRelative } from './paths';
export { formatBytes } from './size';
export type { TextEncoding } from './content-sniff';
