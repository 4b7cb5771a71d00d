/** The results of the last run: the overall verdict, then each test with its message and output. */
import type { RunResult, TestResult, TestStatus } from '../../../../electron/shared/exercises';
import { Kbd } from '../../app/components/kbd';
import { plural } from '../../lib/format';
import { Icon, type IconName } from '../../app/components/icons';

interface ResultsPanelProps {
  readonly result: RunResult | undefined;
  readonly running: boolean;
  readonly runShortcut: string;
}

const TEST_ICONS: Readonly<Record<TestStatus, IconName>> = { pass: 'dot', fail: 'cross', error: 'warning', skipped: 'skip' };
const TEST_LABELS: Readonly<Record<TestStatus, string>> = { pass: 'passed', fail: 'failed', error: 'error', skipped: 'not run' };

function summary(result: RunResult): string {
  const passed = result.tests.filter((t) => t.status === 'pass').length;
  if (result.status === 'pass') return passed === 1 ? 'The test passed' : `All ${passed} tests passed`;
  if (result.status === 'error') return 'The tests could not finish';
  return `${passed} of ${plural(result.tests.length, 'test')} passed`;
}

export function ResultsPanel({ result, running, runShortcut }: ResultsPanelProps) {
  return (
    <section className="exercise-results" aria-labelledby="exercise-results-title" data-testid="exercise-results">
      <header className="exercise-results__header">
        <h2 id="exercise-results-title" className="exercise-results__title">
          Results
        </h2>
        <span className="exercise-results__summary" aria-live="polite" data-testid="exercise-results-summary">
          {running ? 'Running the tests…' : result ? summary(result) : ''}
        </span>
        {result && !running && <span className="exercise-results__time">{result.durationMs} ms</span>}
      </header>
      <div className={`exercise-results__body${running ? ' is-running' : ''}`} role="region" aria-label="Test results" tabIndex={0}>
        {!result && (
          <p className="exercise-results__empty">
            Run the tests with <strong>Run</strong> or <Kbd shortcut={runShortcut} /> to see which ones pass.
          </p>
        )}
        {result && (
          <>
            {result.status !== 'fail' && (
              <div className={`exercise-verdict exercise-verdict--${result.status}`} data-testid="exercise-verdict" data-status={result.status}>
                <Icon name={result.status === 'pass' ? 'dot' : 'warning'} />
                <div>
                  <p className="exercise-verdict__title">{result.status === 'pass' ? 'Every test passed. Well done!' : 'Something stopped the run'}</p>
                  {result.message && <p className="exercise-verdict__message">{result.message}</p>}
                </div>
              </div>
            )}
            {result.status === 'fail' && result.message && <p className="exercise-verdict__message">{result.message}</p>}
            <ol className="exercise-tests" aria-label="Tests">
              {result.tests.map((test) => (
                <TestRow key={test.name} test={test} />
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}

function TestRow({ test }: { readonly test: TestResult }) {
  const detail = test.message !== undefined || test.output.length > 0;
  return (
    <li className={`exercise-test exercise-test--${test.status}`} data-testid="exercise-test" data-status={test.status}>
      <div className="exercise-test__head">
        <span className="exercise-test__icon" title={TEST_LABELS[test.status]}>
          <Icon name={TEST_ICONS[test.status]} />
        </span>
        <span className="exercise-test__name">{test.name}</span>
        <span className="exercise-test__status">{TEST_LABELS[test.status]}</span>
      </div>
      {detail && (
        <div className="exercise-test__detail">
          {test.message !== undefined && <pre className="exercise-test__message">{test.message}</pre>}
          {test.output.length > 0 && (
            <div className="exercise-test__output">
              <span className="exercise-test__output-label">Output</span>
              <pre>{test.output.join('\n')}</pre>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
