import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../../electron/shared/types';
import { roadmapDocs, search } from '../../../renderer/src/lib/search';
import { roadmapWithTitles, sampleRoadmap, snapshot } from './fixtures';

function titles(roadmap: Roadmap, query: string): string[] {
  return search(roadmapDocs(roadmap, undefined), query).map((result) => result.doc.title);
}

describe('search everywhere', () => {
  it('lists every topic in reading order before anything is typed', () => {
    const roadmap = sampleRoadmap();
    const all = roadmap.sections.flatMap((section) => section.topicIds.map((id) => roadmap.topics[id]!.title));
    expect(titles(roadmap, '')).toEqual(all);
    expect(titles(roadmap, '   ')).toEqual(all);
  });

  it('ignores case', () => {
    expect(titles(sampleRoadmap(), 'http')).toEqual(['HTTP']);
    expect(titles(sampleRoadmap(), 'SQL BASICS')).toEqual(['SQL Basics']);
  });

  it('finds a topic from words of its title typed in any order', () => {
    expect(titles(sampleRoadmap(), 'names domain')).toEqual(['DNS and Domain Names']);
    expect(titles(sampleRoadmap(), 'base')).toEqual(['Relational Databases', 'Database Indexes']);
  });

  it('needs every typed word to match', () => {
    expect(titles(sampleRoadmap(), 'sql indexes')).toEqual([]);
    expect(titles(sampleRoadmap(), 'kubernetes')).toEqual([]);
  });

  it('ranks a title-prefix match above a word-start match above a mid-word match', () => {
    const roadmap = roadmapWithTitles(['Shopping Carts', 'Hash Maps', 'Shells']);
    // "sh": mid-word in "Hash", a later word's start in none, the title's start in the other two.
    expect(titles(roadmap, 'sh')).toEqual(['Shopping Carts', 'Shells', 'Hash Maps']);
    const words = roadmapWithTitles(['Crash Course', 'Intro to Caching', 'Cache Basics']);
    expect(titles(words, 'cach')).toEqual(['Cache Basics', 'Intro to Caching']);
    expect(titles(words, 'ash')).toEqual(['Crash Course']);
    const mixed = roadmapWithTitles(['Flash Storage', 'Learning Shell', 'Shell Scripting']);
    expect(titles(mixed, 'sh')).toEqual(['Shell Scripting', 'Learning Shell', 'Flash Storage']);
    // On the real roadmap: "Database Indexes" comes before "Relational Databases", though later in reading order.
    expect(titles(sampleRoadmap(), 'data')).toEqual(['Database Indexes', 'Relational Databases']);
  });

  it('keeps reading order between equally good matches', () => {
    const roadmap = roadmapWithTitles(['Git Basics', 'Git Branching', 'Intro to Git', 'More Git']);
    expect(titles(roadmap, 'git')).toEqual(['Git Basics', 'Git Branching', 'Intro to Git', 'More Git']);
  });

  it('treats a phrase typed with extra spaces like the phrase itself', () => {
    const roadmap = roadmapWithTitles(['Learn SQL Basics', 'SQL Basics']);
    expect(titles(roadmap, 'sql basics')).toEqual(['SQL Basics', 'Learn SQL Basics']);
    expect(titles(roadmap, '  sql   basics ')).toEqual(['SQL Basics', 'Learn SQL Basics']);
  });

  it('takes punctuation literally instead of as a pattern', () => {
    const roadmap = roadmapWithTitles(['Node.js and the Event Loop', 'Nodes', 'C++ (Advanced)', 'Files, Permissions and I/O']);
    expect(titles(roadmap, 'node.js')).toEqual(['Node.js and the Event Loop']);
    expect(titles(roadmap, 'c++ (')).toEqual(['C++ (Advanced)']);
    expect(titles(roadmap, 'i/o')).toEqual(['Files, Permissions and I/O']);
    expect(titles(roadmap, '.*')).toEqual([]);
  });

  it('skips a section entry whose topic is missing rather than breaking the list', () => {
    const roadmap = sampleRoadmap();
    const broken: Roadmap = {
      ...roadmap,
      sections: [{ ...roadmap.sections[0]!, topicIds: ['ghost', ...roadmap.sections[0]!.topicIds] }, ...roadmap.sections.slice(1)],
    };
    expect(titles(broken, '')).toEqual(titles(roadmap, ''));
  });

  it('finds a topic by a word that only appears in its explanation, with a snippet around it', () => {
    const roadmap = sampleRoadmap();
    const http = roadmap.topics.http!;
    const withBody: Roadmap = { ...roadmap, topics: { ...roadmap.topics, http: { ...http, body: 'A request has a **method** and headers; servers answer with a status code.' } } };
    const results = search(roadmapDocs(withBody, undefined), 'status code');
    expect(results.map((r) => r.doc.target)).toEqual(['http']);
    expect(results[0]!.snippet).toContain('status code');
    expect(results[0]!.snippet).not.toContain('**');
  });

  it('ranks a title match above a match deep in another topic\'s explanation', () => {
    const roadmap = sampleRoadmap();
    const rel = roadmap.topics['relational-databases']!;
    const withBody: Roadmap = { ...roadmap, topics: { ...roadmap.topics, 'relational-databases': { ...rel, body: 'Every query over HTTP ends up here.' } } };
    expect(search(roadmapDocs(withBody, undefined), 'http').map((r) => r.doc.target)).toEqual(['http', 'relational-databases']);
  });

  it("searches the learner's notes and says whose notes they are", () => {
    const roadmap = sampleRoadmap();
    const progress = snapshot({ http: 'learning' });
    const withNotes = { ...progress, topics: { ...progress.topics, http: { ...progress.topics.http!, notes: 'Remember: **idempotent** retries are safe.' } } };
    const results = search(roadmapDocs(roadmap, withNotes), 'idempotent');
    expect(results.map((r) => [r.doc.kind, r.doc.target, r.doc.title])).toEqual([['note', 'http', 'Your notes on HTTP']]);
  });
});
