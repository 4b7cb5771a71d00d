/** The topic's checklist: items the learner ticks as they can do them. Saved on every tick. */
import { useState } from 'react';
import type { Topic } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { client } from '../../lib/api';
import { checklistTicks } from '../../lib/progress-math';

export function TopicChecklist({ topic }: { readonly topic: Topic }) {
  const { progress, saveProgress } = useAppStore();
  // Ticks show at once; the saved state takes over when the store answers (or rolls back).
  const [pending, setPending] = useState<Readonly<Record<number, boolean>>>({});
  const ticked = new Set(checklistTicks(progress, topic.id));
  for (const [index, done] of Object.entries(pending)) {
    if (done) ticked.add(Number(index));
    else ticked.delete(Number(index));
  }
  const toggle = async (index: number, done: boolean) => {
    setPending((p) => ({ ...p, [index]: done }));
    await saveProgress(() => client.progress.setChecklistItem({ topicId: topic.id, index, done }), 'Could not save the tick');
    setPending(({ [index]: _settled, ...rest }) => rest);
  };
  const done = topic.checklist.filter((_, i) => ticked.has(i)).length;
  return (
    <div className="checklist-block">
      <div className="checklist-meter" aria-hidden="true">
        <span className="checklist-meter__fill" style={{ width: `${(done / topic.checklist.length) * 100}%` }} />
      </div>
      <p className="checklist-count" data-testid="checklist-count">
        {done} of {topic.checklist.length} ticked
      </p>
      <ul className="checklist" data-testid="topic-checklist">
        {topic.checklist.map((item, index) => (
          <li key={item} className="checklist__item">
            <label className="checklist__label">
              <input
                type="checkbox"
                className="checkbox"
                checked={ticked.has(index)}
                data-testid="checklist-item"
                onChange={(event) => void toggle(index, event.target.checked)}
              />
              <span>{item}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
