/** The app shell: providers, sidebar, main area, the current view and the app-wide dialogs. */
import { useCallback, useEffect, useState } from 'react';
import { ExercisesView } from '../features/exercises/exercises-view';
import { GitSandboxView } from '../features/git-sandbox/git-sandbox-view';
import { ProgressView } from '../features/progress/progress-view';
import { useStudyHeartbeat } from '../features/progress/use-study-heartbeat';
import { ReviewView } from '../features/review/review-view';
import { RoadmapView } from '../features/roadmap/roadmap-view';
import { SettingsView } from '../features/settings/settings-view';
import { printToPdf } from '../lib/api';
import { errorMessage } from '../lib/format';
import { AppStoreProvider, useAppStore } from './app-store';
import { useAppCommands, type AppCommand } from './commands';
import { NAV_ITEMS, navItemFor } from './nav-items';
import { QuickOpen } from './quick-open';
import { navigate, useRoute, type Route } from './router';
import { Sidebar } from './sidebar';
import { StorageNotices } from './storage-notices';
import { ThemeProvider, useTheme } from './theme';
import { ToastProvider, useToast } from './toasts';
import { WelcomeDialog } from './welcome-dialog';

export function App() {
  return (
    <ToastProvider>
      <AppStoreProvider>
        <ThemeProvider>
          <Shell />
        </ThemeProvider>
      </AppStoreProvider>
    </ToastProvider>
  );
}

function Shell() {
  const route = useRoute();
  const { progress, updateSettings } = useAppStore();
  const { toggleTheme } = useTheme();
  const [quickOpen, setQuickOpen] = useState(false);
  const [welcomeRequested, setWelcomeRequested] = useState(false);
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  const firstRun = progress !== undefined && !progress.settings.welcomeSeen && !welcomeClosed;
  const welcomeOpen = welcomeRequested || firstRun;

  useEffect(() => {
    document.title = route.view === 'roadmap' ? 'Roadbook' : `${navItemFor(route.view).label} · Roadbook`;
  }, [route.view]);

  const toast = useToast();

  const showWelcome = useCallback(() => {
    setQuickOpen(false);
    setWelcomeRequested(true);
  }, []);

  const closeWelcome = useCallback(() => {
    setWelcomeRequested(false);
    setWelcomeClosed(true);
    if (progress && !progress.settings.welcomeSeen) void updateSettings({ welcomeSeen: true });
  }, [progress, updateSettings]);

  const run = useCallback(
    (command: AppCommand) => {
      const item = NAV_ITEMS.find((nav) => nav.command === command);
      if (item) return navigate({ view: item.view });
      switch (command) {
        case 'theme:toggle':
          return toggleTheme();
        case 'search:open':
          if (!welcomeOpen) setQuickOpen(true);
          return;
        case 'welcome:show':
          return showWelcome();
        case 'roadmap:print':
          navigate({ view: 'roadmap' });
          // Let the roadmap render its print layout before printing.
          window.setTimeout(() => {
            printToPdf().then(
              (path) => path && toast({ tone: 'success', message: `Roadmap saved as ${path}` }),
              (error: unknown) => toast({ tone: 'error', message: errorMessage(error) }),
            );
          }, 150);
          return;
        case 'topic:close':
          if (route.view === 'roadmap' && route.topicId) navigate({ view: 'roadmap' });
          return;
      }
    },
    [toggleTheme, welcomeOpen, showWelcome, route, toast],
  );
  useAppCommands(run, { modalOpen: welcomeOpen || quickOpen });
  useStudyHeartbeat();

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <Sidebar route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <StorageNotices />
        <CurrentView route={route} onShowWelcome={showWelcome} onOpenSearch={() => setQuickOpen(true)} />
      </main>
      {welcomeOpen && (
        <WelcomeDialog
          onClose={closeWelcome}
          onStart={() => {
            closeWelcome();
            navigate({ view: 'roadmap' });
          }}
        />
      )}
      {quickOpen && !welcomeOpen && <QuickOpen onClose={() => setQuickOpen(false)} />}
    </div>
  );
}

interface CurrentViewProps {
  readonly route: Route;
  readonly onShowWelcome: () => void;
  readonly onOpenSearch: () => void;
}

function CurrentView({ route, onShowWelcome, onOpenSearch }: CurrentViewProps) {
  switch (route.view) {
    case 'roadmap':
      return <RoadmapView topicId={route.topicId} onOpenSearch={onOpenSearch} />;
    case 'git':
      return <GitSandboxView levelId={route.levelId} sandbox={route.sandbox} />;
    case 'exercises':
      return <ExercisesView exerciseId={route.exerciseId} />;
    case 'review':
      return <ReviewView />;
    case 'progress':
      return <ProgressView />;
    case 'settings':
      return <SettingsView onShowWelcome={onShowWelcome} />;
  }
}
