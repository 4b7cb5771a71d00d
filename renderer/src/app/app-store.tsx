/**
 * The renderer's state in one place: the roadmap, the learner's progress and settings, the
 * storage status and app info, plus the actions that change them. Status and settings
 * changes are optimistic: the screen updates at once and rolls back if saving fails.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppInfo, ProgressSnapshot, Roadmap, StorageStatus, TopicStatus } from '../../../electron/shared/types';
import type { Settings } from '../../../electron/shared/schemas';
import { client } from '../lib/api';
import { withCustomTopics } from '../lib/custom-topics';
import { errorMessage } from '../lib/format';
import { useToast } from './toasts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'error'; readonly message: string };

export interface AppStore {
  readonly roadmap: Loadable<Roadmap>;
  /** Undefined until the first snapshot arrives. */
  readonly progress: ProgressSnapshot | undefined;
  readonly storage: StorageStatus | undefined;
  readonly info: AppInfo | undefined;
  /** Loads the roadmap and the progress again (the retry of the error state). */
  reload(): void;
  setTopicStatus(topicId: string, status: TopicStatus): Promise<boolean>;
  updateSettings(patch: Partial<Settings>): Promise<boolean>;
  /**
   * Runs any progress call that answers with a fresh snapshot and shows it. On failure the
   * learner sees a toast starting with `failure` and the screen keeps the last saved state.
   */
  saveProgress(call: () => Promise<ProgressSnapshot>, failure: string): Promise<boolean>;
  dismissNotice(noticeId: string): Promise<void>;
}

const StoreContext = createContext<AppStore | undefined>(undefined);

function withTopic(snapshot: ProgressSnapshot, topicId: string, entry: ProgressSnapshot['topics'][string] | undefined): ProgressSnapshot {
  const topics = { ...snapshot.topics };
  if (entry) topics[topicId] = entry;
  else delete topics[topicId];
  return { ...snapshot, topics };
}

export function AppStoreProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const [roadmap, setRoadmap] = useState<Loadable<Roadmap>>({ state: 'loading' });
  const [progress, setProgress] = useState<ProgressSnapshot | undefined>(undefined);
  const [storage, setStorage] = useState<StorageStatus | undefined>(undefined);
  const [info, setInfo] = useState<AppInfo | undefined>(undefined);
  const [loadCount, setLoadCount] = useState(0);

  const progressRef = useRef(progress);
  progressRef.current = progress;
  // Every write gets a number; only the newest write may replace the whole snapshot,
  // so an older answer never overwrites a newer optimistic change.
  const writeSeq = useRef(0);
  const topicWrites = useRef(new Map<string, number>());

  useEffect(() => {
    let cancelled = false;
    setRoadmap((current) => (current.state === 'ready' ? current : { state: 'loading' }));
    Promise.all([client.content.roadmap({}), client.progress.snapshot({})]).then(
      ([map, snapshot]) => {
        if (cancelled) return;
        setProgress(snapshot);
        setRoadmap({ state: 'ready', value: map });
      },
      (error: unknown) => {
        if (!cancelled) setRoadmap({ state: 'error', message: errorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [loadCount]);

  useEffect(() => {
    let cancelled = false;
    client.storage.status({}).then(
      (status) => !cancelled && setStorage(status),
      () => {},
    );
    client.app.info({}).then(
      (value) => !cancelled && setInfo(value),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const reload = useCallback(() => setLoadCount((n) => n + 1), []);

  const setTopicStatus = useCallback(
    async (topicId: string, status: TopicStatus): Promise<boolean> => {
      const before = progressRef.current;
      if (!before) return false;
      const previous = before.topics[topicId];
      if ((previous?.status ?? 'not-started') === status) return true;
      const seq = ++writeSeq.current;
      topicWrites.current.set(topicId, seq);
      setProgress((s) => s && withTopic(s, topicId, { ...s.topics[topicId], status, updatedAt: new Date().toISOString() }));
      try {
        const next = await client.progress.setTopicStatus({ topicId, status });
        if (writeSeq.current === seq) setProgress(next);
        return true;
      } catch (error) {
        if (topicWrites.current.get(topicId) === seq) setProgress((s) => s && withTopic(s, topicId, previous));
        toast({ tone: 'error', message: `Could not save the status: ${errorMessage(error)}` });
        return false;
      } finally {
        if (topicWrites.current.get(topicId) === seq) topicWrites.current.delete(topicId);
      }
    },
    [toast],
  );

  const updateSettings = useCallback(
    async (patch: Partial<Settings>): Promise<boolean> => {
      const before = progressRef.current;
      if (!before) return false;
      const seq = ++writeSeq.current;
      setProgress((s) => s && { ...s, settings: { ...s.settings, ...patch } });
      try {
        const next = await client.progress.updateSettings(patch);
        if (writeSeq.current === seq) setProgress(next);
        return true;
      } catch (error) {
        const undo = Object.fromEntries(Object.keys(patch).map((key) => [key, before.settings[key as keyof Settings]]));
        setProgress((s) => s && { ...s, settings: { ...s.settings, ...undo } });
        toast({ tone: 'error', message: `Could not save the setting: ${errorMessage(error)}` });
        return false;
      }
    },
    [toast],
  );

  const saveProgress = useCallback(
    async (call: () => Promise<ProgressSnapshot>, failure: string): Promise<boolean> => {
      const seq = ++writeSeq.current;
      try {
        const next = await call();
        if (writeSeq.current === seq) setProgress(next);
        return true;
      } catch (error) {
        toast({ tone: 'error', message: `${failure}: ${errorMessage(error)}` });
        return false;
      }
    },
    [toast],
  );

  const dismissNotice = useCallback(
    async (noticeId: string) => {
      try {
        setStorage(await client.storage.dismissNotice({ noticeId }));
      } catch (error) {
        toast({ tone: 'error', message: `Could not dismiss the notice: ${errorMessage(error)}` });
      }
    },
    [toast],
  );

  // The learner's own topics join the roadmap here, so every view sees one roadmap.
  const customTopics = progress?.customTopics;
  const roadmapWithCustom = useMemo<Loadable<Roadmap>>(
    () => (roadmap.state === 'ready' ? { state: 'ready', value: withCustomTopics(roadmap.value, customTopics) } : roadmap),
    [roadmap, customTopics],
  );

  const value = useMemo<AppStore>(
    () => ({ roadmap: roadmapWithCustom, progress, storage, info, reload, setTopicStatus, updateSettings, saveProgress, dismissNotice }),
    [roadmapWithCustom, progress, storage, info, reload, setTopicStatus, updateSettings, saveProgress, dismissNotice],
  );
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreProvider>.');
  return store;
}

/** The roadmap when it has loaded, else undefined. */
export function useRoadmap(): Roadmap | undefined {
  const { roadmap } = useAppStore();
  return roadmap.state === 'ready' ? roadmap.value : undefined;
}
