/** Which named dependency groups count as development-only. Shared by the Python and Ruby readers. */
/**
 * Names of optional-dependency groups (extras, Poetry/Bundler groups) that by convention hold
 * development tooling. Extras are published metadata and often runtime features (`gpu`, `s3`),
 * so only these conventional names count as development-only.
 */
export function isDevelopmentGroupName(group: string): boolean {
  return /^(?:dev|devel|develop|development|test|tests|testing|lint|linting|docs?|typing|types|mypy|style|qa|ci|check|coverage)$/i.test(
    group.trim(),
  );
}
