export type { ExampleDirectory } from './example-directory.js';
export { exampleDirectory } from './example-directory.js';
export { goalKeywords, SUPPORT_NEED_SYSTEM, supportNeeds } from './needs.js';
