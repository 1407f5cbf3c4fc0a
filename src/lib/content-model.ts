import type { KbData } from './schemas/kb.ts';
import type { ModuleData } from './schemas/module.ts';
import type { Role } from './schemas/roles.ts';
import type { Skill, SkillsFile } from './schemas/skills.ts';
import type { Team } from './schemas/teams.ts';

/** One MDX file after its frontmatter passed the schema. */
export interface ContentEntry<T> {
  /** Slug: the file name without `.mdx`. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** The MDX body (without frontmatter). */
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
}

/** Everything an editor writes, validated and in memory. */
export interface ContentModel {
  levels: SkillsFile['levels'];
  skills: Skill[];
  roles: Role[];
  teams: Team[];
  modules: ContentEntry<ModuleData>[];
  kb: ContentEntry<KbData>[];
}
