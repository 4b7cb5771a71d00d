/** Hands-on practice linked to a topic: exercises and git levels, with the learner's status on each. */
import { useAppStore } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { practiceStatus, usePractice, type PracticeItem } from '../../lib/practice-index';

const STATUS_TEXT = { done: 'Done', 'done-at-par': 'Done at par', attempted: 'Attempted', new: '' } as const;

function hrefOf(item: PracticeItem): string {
  return item.kind === 'exercise' ? `#/exercises/${item.id}` : `#/git/level/${item.id}`;
}

export function TopicPractice({ topicId }: { readonly topicId: string }) {
  const { progress } = useAppStore();
  const linked = usePractice().filter((item) => item.topics.includes(topicId));
  if (linked.length === 0) {
    return (
      <p className="practice-empty" data-testid="topic-practice-empty">
        No exercise or git level practises this topic yet. Its checklist is the way to check yourself.
      </p>
    );
  }
  return (
    <ul className="practice-list" data-testid="topic-practice">
      {linked.map((item) => {
        const status = practiceStatus(item, progress);
        return (
          <li key={`${item.kind}:${item.id}`}>
            <a className={`practice-item practice-item--${status}`} href={hrefOf(item)} data-testid="practice-item" data-kind={item.kind} data-id={item.id}>
              <span className={`practice-item__icon practice-item__icon--${item.kind}`}>
                <Icon name={item.kind === 'exercise' ? 'code' : 'git'} />
              </span>
              <span className="practice-item__text">
                <span className="practice-item__title">{item.title}</span>
                <span className="practice-item__detail">
                  {item.kind === 'exercise' ? 'Exercise' : 'Git level'} · {item.detail}
                </span>
              </span>
              {status !== 'new' && (
                <span className={`practice-item__status practice-item__status--${status}`}>
                  {status !== 'attempted' && <Icon name="check" />}
                  {STATUS_TEXT[status]}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
