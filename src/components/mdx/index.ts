// The page passes these to <Content components={mdxComponents} />, so MDX files use them without imports.
import Callout from './Callout.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import Rubric from './Rubric.astro';
import SayThis from './SayThis.astro';
import Scenario from './Scenario.astro';

/** Components available in every module and KB article. */
export const mdxComponents = { Callout, SayThis, Rubric, KnowledgeCheck, Scenario };
