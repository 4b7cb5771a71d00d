import { describe, expect, it } from 'vitest';
import {
  countStatuses,
  progressRatio,
  suggestNext,
  topicProgress,
  doneRatio,
  orderedTopicIds,
  sectionCounts,
  topicStatus,
} from '../../../renderer/src/lib/progress-math';
import { sampleRoadmap, snapshot } from './fixtures';

describe('progress math', () => {
  it('shows topics the learner never touched as not started, also before progress has loaded', () => {
    expect(topicStatus(undefined, 'http')).toBe('not-started');
    expect(topicStatus(snapshot(), 'http')).toBe('not-started');
    expect(topicStatus(snapshot({ http: 'done' }), 'http')).toBe('done');
    expect(topicStatus(snapshot({ http: 'done' }), 'sql-basics')).toBe('not-started');
  });

  it('counts each status once and the rest as not started', () => {
    const counts = countStatuses(
      ['a', 'b', 'c', 'd', 'e'],
      snapshot({ a: 'done', b: 'learning', c: 'skipped', d: 'not-started', other: 'done' }),
    );
    expect(counts).toEqual({ total: 5, done: 1, learning: 1, skipped: 1, notStarted: 2 });
  });

  it('counts done topics only in a section’s progress, not learning or skipped ones', () => {
    const roadmap = sampleRoadmap();
    const internet = roadmap.sections[0]!;
    const progress = snapshot({ http: 'done', 'dns-and-domain-names': 'learning', 'how-the-internet-works': 'skipped', 'sql-basics': 'done' });
    const counts = sectionCounts(internet, progress);
    expect(counts.done).toBe(1);
    expect(counts.total).toBe(3);
    expect(doneRatio(counts)).toBeCloseTo(1 / 3);
  });

  it('shows a section fully done only when all its topics are done', () => {
    const internet = sampleRoadmap().sections[0]!;
    const almost = snapshot({ 'how-the-internet-works': 'done', 'dns-and-domain-names': 'done', http: 'learning' });
    expect(doneRatio(sectionCounts(internet, almost))).toBeLessThan(1);
    const all = snapshot({ 'how-the-internet-works': 'done', 'dns-and-domain-names': 'done', http: 'done' });
    expect(doneRatio(sectionCounts(internet, all))).toBe(1);
  });

  it('shows 0% rather than NaN for an empty list or before progress loads', () => {
    expect(doneRatio(countStatuses([], snapshot()))).toBe(0);
    expect(doneRatio(countStatuses(['http'], undefined))).toBe(0);
  });

  it('walks the roadmap section by section, in the order the content lists it', () => {
    expect(orderedTopicIds(sampleRoadmap())).toEqual([
      'how-the-internet-works',
      'dns-and-domain-names',
      'http',
      'relational-databases',
      'sql-basics',
      'database-indexes',
    ]);
  });

  it('suggests the first topic for a new learner', () => {
    expect(suggestNext(sampleRoadmap(), undefined, 1)[0]).toBe('how-the-internet-works');
    expect(suggestNext(sampleRoadmap(), snapshot(), 1)[0]).toBe('how-the-internet-works');
  });

  it('suggests carrying on with a topic being learned before starting a new one', () => {
    const progress = snapshot({ 'how-the-internet-works': 'done', 'sql-basics': 'learning' });
    expect(suggestNext(sampleRoadmap(), progress, 1)[0]).toBe('sql-basics');
  });

  it('suggests the first topic not started, passing over done and skipped ones', () => {
    const progress = snapshot({ 'how-the-internet-works': 'done', 'dns-and-domain-names': 'skipped' });
    expect(suggestNext(sampleRoadmap(), progress, 1)[0]).toBe('http');
  });

  it('suggests nothing once every topic is done or skipped', () => {
    const roadmap = sampleRoadmap();
    const statuses = Object.fromEntries(orderedTopicIds(roadmap).map((id, i) => [id, i % 2 ? 'done' : 'skipped'] as const));
    expect(suggestNext(roadmap, snapshot(statuses), 1)[0]).toBeUndefined();
  });

  it('suggests topics under way first, then the next in started sections, then the road ahead', () => {
    const progress = snapshot({ 'how-the-internet-works': 'done', 'sql-basics': 'learning' });
    expect(suggestNext(sampleRoadmap(), progress, 3)).toEqual(['sql-basics', 'dns-and-domain-names', 'relational-databases']);
    expect(suggestNext(sampleRoadmap(), undefined, 2)).toEqual(['how-the-internet-works', 'dns-and-domain-names']);
  });

  it('moves a topic along with each checklist tick, but only done completes it', () => {
    const roadmap = sampleRoadmap();
    const http = roadmap.topics.http!;
    const withList = { ...roadmap, topics: { ...roadmap.topics, http: { ...http, checklist: ['a', 'b', 'c'] } } };
    const base = snapshot({ http: 'learning' });
    const ticked = { ...base, topics: { http: { ...base.topics.http!, checklist: [0, 2] } } };
    expect(topicProgress('http', 3, base)).toBe(0);
    expect(topicProgress('http', 3, ticked)).toBeCloseTo(0.6);
    const all = { ...base, topics: { http: { ...base.topics.http!, checklist: [0, 1, 2] } } };
    expect(topicProgress('http', 3, all)).toBeLessThan(1);
    expect(topicProgress('http', 3, snapshot({ http: 'done' }))).toBe(1);
    const section = withList.sections.find((s) => s.id === http.sectionId)!;
    expect(progressRatio(withList, section.topicIds, ticked)).toBeCloseTo(0.6 / section.topicIds.length);
  });
});
