/** In place of an explanation, a learner's own topic says so and can be removed. */
import { useState } from 'react';
import { useAppStore } from '../../app/app-store';
import { ConfirmDialog } from '../../app/components/confirm-dialog';
import { Icon } from '../../app/components/icons';
import { navigate } from '../../app/router';
import { client } from '../../lib/api';

export function CustomTopicNote({ topicId }: { readonly topicId: string }) {
  const { saveProgress } = useAppStore();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    setConfirming(false);
    const ok = await saveProgress(() => client.progress.removeCustomTopic({ id: topicId }), 'Could not remove the topic');
    if (ok) navigate({ view: 'roadmap' });
  };
  return (
    <div className="custom-topic-note" data-testid="custom-topic-note">
      <p>
        You added this topic yourself. Keep what you learn about it in your notes and links below; its status counts
        toward its section like any other topic.
      </p>
      <button
        type="button"
        className="button button--ghost button--danger"
        data-testid="custom-topic-remove"
        onClick={() => setConfirming(true)}
      >
        <Icon name="trash" />
        Remove this topic
      </button>
      {confirming && (
        <ConfirmDialog title="Remove this topic?" confirmLabel="Remove" danger onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
          <p>Its status, notes and links go with it. Roadbook keeps a backup of your progress each time it starts.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
