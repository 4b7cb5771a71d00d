/** Adds a learner's own topic to a section: a title and an optional line about it. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../electron/shared/constants';
import type { Section } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Modal } from '../../app/components/modal';
import { openTopic } from '../../app/router';
import { client } from '../../lib/api';

export function AddTopicDialog({ section, onClose }: { readonly section: Section; readonly onClose: () => void }) {
  const { saveProgress } = useAppStore();
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblem('Give the topic a title.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    let added: string | undefined;
    const ok = await saveProgress(async () => {
      const before = await client.progress.snapshot({});
      const next = await client.progress.addCustomTopic({ sectionId: section.id, title: title.trim(), ...(summary.trim() ? { summary: summary.trim() } : {}) });
      added = Object.keys(next.customTopics).find((id) => !(id in before.customTopics));
      return next;
    }, 'Could not add the topic');
    setBusy(false);
    if (!ok) return;
    onClose();
    if (added) openTopic(added);
  };

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="add-topic-dialog" testId="add-topic-dialog" initialFocus={inputRef}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId} className="confirm-dialog__title">
          Add your own topic to “{section.title}”
        </h2>
        <p className="add-topic-dialog__lead">Something you want to learn that the roadmap does not cover? Track it here with a status, notes and links.</p>
        <label className="field">
          <span className="field__label">Title</span>
          <input ref={inputRef} className="input" value={title} maxLength={LIMITS.customTitle} onChange={(e) => setTitle(e.target.value)} data-testid="custom-topic-title" />
        </label>
        <label className="field">
          <span className="field__label">What is it about? (optional)</span>
          <textarea className="textarea" rows={3} value={summary} maxLength={LIMITS.customSummary} onChange={(e) => setSummary(e.target.value)} data-testid="custom-topic-summary" />
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="confirm-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="custom-topic-save">
            Add topic
          </button>
        </div>
      </form>
    </Modal>
  );
}
