/**
 * The learner's own notes on a topic, in markdown. Saved automatically a moment after typing
 * stops, when the panel closes, and before the window goes away; "Preview" renders them.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../app/app-store';
import { client } from '../../lib/api';
import { relativeTime } from '../../lib/format';

const TopicMarkdown = lazy(() => import('./topic-markdown').then((module) => ({ default: module.TopicMarkdown })));

const SAVE_DELAY_MS = 600;

type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export function TopicNotes({ topicId }: { readonly topicId: string }) {
  const { progress, saveProgress } = useAppStore();
  const stored = progress?.topics[topicId]?.notes ?? '';
  const updatedAt = progress?.topics[topicId]?.notesUpdatedAt;
  const [text, setText] = useState(stored);
  const [mode, setMode] = useState<'write' | 'preview'>(stored ? 'preview' : 'write');
  const [state, setState] = useState<SaveState>('saved');
  const latest = useRef({ text, stored, topicId });
  latest.current = { text, stored, topicId };
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const { text: value, stored: saved, topicId: id } = latest.current;
    if (value === saved) {
      setState('saved');
      return;
    }
    setState('saving');
    const ok = await saveProgress(() => client.progress.setTopicNotes({ topicId: id, notes: value }), 'Could not save your note');
    setState(ok ? 'saved' : 'failed');
  }, [saveProgress]);

  // Save whatever is pending when the topic changes or the panel closes, and before unload.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const onChange = (value: string) => {
    setText(value);
    setState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  return (
    <div className="notes">
      <div className="notes__bar">
        <div className="segmented" role="tablist" aria-label="Notes mode">
          <button type="button" role="tab" aria-selected={mode === 'write'} className="segmented__option" onClick={() => setMode('write')} data-testid="notes-write">
            Write
          </button>
          <button type="button" role="tab" aria-selected={mode === 'preview'} className="segmented__option" onClick={() => setMode('preview')} data-testid="notes-preview" disabled={!text.trim()}>
            Preview
          </button>
        </div>
        <span className={`notes__state notes__state--${state}`} data-testid="notes-state" aria-live="polite">
          {state === 'pending' || state === 'saving' ? 'Saving…' : state === 'failed' ? 'Not saved' : updatedAt ? `Saved ${relativeTime(updatedAt)}` : ''}
        </span>
      </div>
      {mode === 'write' || !text.trim() ? (
        <textarea
          className="textarea notes__input"
          value={text}
          rows={Math.min(16, Math.max(5, text.split('\n').length + 1))}
          placeholder="Your notes, in markdown: what clicked, commands worth remembering, questions to look up…"
          aria-label="Your notes"
          data-testid="topic-notes"
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => void flush()}
        />
      ) : (
        <div className="notes__preview" onDoubleClick={() => setMode('write')} data-testid="notes-rendered">
          <Suspense fallback={<div className="topic-markdown-loading" aria-busy="true" />}>
            <TopicMarkdown source={text} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
