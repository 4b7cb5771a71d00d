import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadRoadmap } from '../../electron/services/content/roadmap-loader';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

describe('roadmap content', () => {
  const roadmap = loadRoadmap(CONTENT_DIR);
  const topics = Object.values(roadmap.topics);

  it('loads and validates every section and topic', () => {
    expect(roadmap.sections.length).toBeGreaterThan(0);
    expect(topics.length).toBe(roadmap.sections.reduce((n, s) => n + s.topicIds.length, 0));
  });

  it('gives every topic an explanation, a checklist and https resources', () => {
    for (const topic of topics) {
      expect(topic.body.split(/\s+/).length, `${topic.id} explanation length`).toBeGreaterThanOrEqual(120);
      expect(topic.checklist.length, `${topic.id} checklist`).toBeGreaterThanOrEqual(3);
      expect(topic.resources.length, `${topic.id} resources`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has no topic file that the roadmap does not list', () => {
    const files = fs.readdirSync(path.join(CONTENT_DIR, 'roadmap', 'topics')).map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual(Object.keys(roadmap.topics).sort());
  });
});

describe('the content loader', () => {
  it('lists every problem at once instead of stopping at the first', () => {
    const dir = makeTempDir();
    try {
      fs.mkdirSync(path.join(dir, 'roadmap', 'topics'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'roadmap', 'roadmap.yaml'),
        'title: T\nsections:\n  - { id: one, title: One, summary: S, topics: [a, missing] }\n  - { id: one, title: Again, summary: S, topics: [a] }\n',
      );
      fs.writeFileSync(path.join(dir, 'roadmap', 'topics', 'a.md'), '---\nid: a\ntitle: A\nsummary: S\nchecklist: [x]\nrelated: [ghost]\n---\nBody\n');
      let problems: readonly string[] = [];
      try {
        loadRoadmap(dir);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        problems = (error as ContentError).problems;
      }
      expect(problems).toEqual(
        expect.arrayContaining([
          'section id "one" is used twice',
          'topic "a" is listed in more than one place',
          'topics/missing.md is missing',
          'topic "a" links to unknown topic "ghost"',
        ]),
      );
    } finally {
      removeDir(dir);
    }
  });
});
