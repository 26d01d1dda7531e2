/** Light, serialisable course types: safe to pass from server components to client islands. */
export interface LessonSummary {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  moduleSlug: string;
}

export interface ModuleSummary {
  slug: string;
  order: number;
  title: string;
  summary: string;
  lessons: LessonSummary[];
}

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}
