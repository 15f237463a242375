/** Builds dist/core-bundle.js (createLanguageService, loadBundledKnowledge) and returns its path. */
export function buildCoreBundle(root: string): string;
