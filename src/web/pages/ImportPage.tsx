/**
 * The import wizard: choose a file → match its columns → upload with progress → result, or the
 * errors with a way to pick a fixed file. The file is read and mapped in the browser; the server
 * validates every row and writes all or nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { get } from '../lib/api.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { applyMapping, proposeChoices, type Choice } from '../lib/import-mapping.ts';
import { Link } from '../lib/router.tsx';
import type { ImportProgress, ImportResult } from '../lib/types.ts';
import { uploadImport } from '../lib/upload.ts';
import { uuid } from '../lib/uuid.ts';
import { Page } from '../components/Page.tsx';
import { ErrorsView } from '../components/import/ErrorsView.tsx';
import { FilePicker } from '../components/import/FilePicker.tsx';
import { loadFile, type LoadedFile, type LoadProblem } from '../components/import/loaded-file.ts';
import { MappingStep } from '../components/import/MappingStep.tsx';
import { ProgressView } from '../components/import/ProgressView.tsx';
import { ResultView } from '../components/import/ResultView.tsx';

type State =
  | { step: 'choose'; problem?: LoadProblem }
  | { step: 'map'; file: LoadedFile; choices: Choice[] }
  | { step: 'upload'; sent: number; total: number; server: ImportProgress | null }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; error: unknown; originalOf: Map<string, string>; problem?: LoadProblem };

const STEPS: [State['step'][], MessageKey][] = [
  [['choose'], 'import.stepChoose'],
  [['map'], 'import.stepMap'],
  [['upload'], 'import.stepUpload'],
  [['done', 'failed'], 'import.stepResult'],
];

const POLL_MS = 500;

export function ImportPage() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'choose' });
  // Choices by header name, so a fixed file with the same columns needs no new mapping.
  const remembered = useRef(new Map<string, Choice>());
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  // Each new step moves focus to its heading, so its content is what gets read next.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else stepHeading.current?.focus();
  }, [state.step]);

  const choose = async (f: File) => {
    const loaded = await loadFile(f);
    if ('problem' in loaded) {
      setState((s) => (s.step === 'failed' ? { ...s, problem: loaded.problem } : { step: 'choose', problem: loaded.problem }));
      return;
    }
    setState({ step: 'map', file: loaded.file, choices: proposeChoices(loaded.file.split.headers, remembered.current) });
  };

  const start = async (file: LoadedFile, choices: Choice[]) => {
    file.split.headers.forEach((h, i) => remembered.current.set(h.trim(), choices[i]));
    const mapped = applyMapping(file.split, choices);
    const progressId = uuid();
    setState({ step: 'upload', sent: 0, total: 0, server: null });
    const update = (patch: Partial<Extract<State, { step: 'upload' }>>) => setState((s) => (s.step === 'upload' ? { ...s, ...patch } : s));

    const upload = uploadImport(mapped.text, { progressId, ignore: mapped.ignore, onProgress: (sent, total) => update({ sent, total }) });
    let polling = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      // 404 until the server has the whole body and starts; keep asking.
      const p = await get<ImportProgress>(`/people/imports/${progressId}`).catch(() => null);
      if (!polling || !alive.current) return;
      if (p) update({ server: p });
      timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    try {
      const result = await upload.done;
      setState({ step: 'done', result });
    } catch (error) {
      setState({ step: 'failed', error, originalOf: mapped.originalOf });
    } finally {
      polling = false;
      clearTimeout(timer);
    }
  };

  const problemText = (p?: LoadProblem) =>
    !p
      ? undefined
      : p.kind === 'empty'
        ? t('import.emptyFile')
        : p.kind === 'unreadable'
          ? t('import.unreadable')
          : t('import.syntax', { line: p.line, message: p.message });

  const current = STEPS.findIndex(([steps]) => steps.includes(state.step));
  return (
    <Page title={t('import.title')}>
      <ol className="steps" aria-label={t('import.steps')}>
        {STEPS.map(([, label], i) => (
          <li key={label} aria-current={i === current ? 'step' : undefined} className={i < current ? 'step-done' : undefined}>
            {t(label)}
          </li>
        ))}
      </ol>
      <section className="card" aria-labelledby="import-step">
        <h2 id="import-step" ref={stepHeading} tabIndex={-1}>
          {t(STEPS[current][1])}
        </h2>
        {state.step === 'choose' && (
          <>
            <p>{t('import.intro')}</p>
            <FilePicker label={t('import.chooseFile')} onFile={choose} error={problemText(state.problem)} />
          </>
        )}
        {state.step === 'map' && (
          <MappingStep
            file={state.file}
            choices={state.choices}
            onChange={(choices) => setState({ ...state, choices })}
            onSubmit={() => start(state.file, state.choices)}
            onCancel={() => setState({ step: 'choose' })}
          />
        )}
        {state.step === 'upload' && <ProgressView sent={state.sent} total={state.total} server={state.server} />}
        {state.step === 'done' && (
          <>
            <ResultView result={state.result} />
            <div className="button-row">
              <Link to="/people" className="button button-primary">
                {t('import.toPeople')}
              </Link>
              <button type="button" className="button" onClick={() => setState({ step: 'choose' })}>
                {t('import.another')}
              </button>
            </div>
          </>
        )}
        {state.step === 'failed' && (
          <ErrorsView
            error={state.error}
            originalOf={state.originalOf}
            next={<FilePicker label={t('import.chooseFixed')} onFile={choose} error={problemText(state.problem)} />}
          />
        )}
      </section>
    </Page>
  );
}
