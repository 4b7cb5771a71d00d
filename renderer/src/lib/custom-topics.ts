/** The learner's own topics, folded into the roadmap so every view treats them like content. */
import { CUSTOM_TOPIC_PREFIX } from '../../../electron/shared/constants';
import type { ProgressSnapshot, Roadmap, Topic } from '../../../electron/shared/types';

export function isCustomTopic(topicId: string): boolean {
  return topicId.startsWith(CUSTOM_TOPIC_PREFIX);
}

/**
 * The roadmap with each section's own topics appended after its content topics, oldest first.
 * Topics whose section no longer exists are left out here (the store still keeps them).
 */
export function withCustomTopics(roadmap: Roadmap, customTopics: ProgressSnapshot['customTopics'] | undefined): Roadmap {
  const custom = Object.entries(customTopics ?? {});
  if (custom.length === 0) return roadmap;
  const sectionIds = new Set(roadmap.sections.map((s) => s.id));
  const topics: Record<string, Topic> = { ...roadmap.topics };
  const extra = new Map<string, string[]>();
  for (const [id, entry] of custom.sort((a, b) => a[1].createdAt.localeCompare(b[1].createdAt))) {
    if (!sectionIds.has(entry.sectionId) || topics[id]) continue;
    topics[id] = {
      id,
      sectionId: entry.sectionId,
      title: entry.title,
      summary: entry.summary?.trim() || 'A topic you added to this section.',
      body: '',
      checklist: [],
      resources: [],
      related: [],
      cards: [],
    };
    extra.set(entry.sectionId, [...(extra.get(entry.sectionId) ?? []), id]);
  }
  return {
    ...roadmap,
    topics,
    sections: roadmap.sections.map((s) => (extra.has(s.id) ? { ...s, topicIds: [...s.topicIds, ...extra.get(s.id)!] } : s)),
  };
}
