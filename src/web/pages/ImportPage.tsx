/**
 * The import wizard: choose a file → match its columns → upload with progress → result, or the
 * errors with a way to pick a fixed file. The file is read and mapped in the browser; the server
 * validates every row and writes all or nothing.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { get } from '../lib/api.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { applyMapping, proposeChoices, type Choice, type MappedFile } from '../lib/import-mapping.ts';
import { keyOf } from '../lib/queryClient.ts';
import { Link } from '../lib/router.tsx';
import type { ImportProgress } from '../lib/types.ts';
import { uploadImport } from '../lib/upload.ts';
import { useApiMutation } from '../lib/useApi.ts';
import { uuid } from '../lib/uuid.ts';
import type { TextEncodingName } from '../../platform/text-decoding.ts';
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
  // Uploading, done or failed, as the import mutation says; `problem` is a fixed file that could not be read.
  | { step: 'sent'; progressId: string; originalOf: Map<string, string>; encoding: TextEncodingName; problem?: LoadProblem };
type Step = Exclude<State['step'], 'sent'> | 'upload' | 'done' | 'failed';

const STEPS: [Step[], MessageKey][] = [
  [['choose'], 'import.stepChoose'],
  [['map'], 'import.stepMap'],
  [['upload'], 'import.stepUpload'],
  [['done', 'failed'], 'import.stepResult'],
];

const POLL_MS = 500;

/** The server's own progress, asked for every POLL_MS while `progressId` is set: 404 until it has the whole body and starts. */
function useServerProgress(progressId: string | null) {
  const path = `/people/imports/${progressId}`;
  return (
    useQuery({
      queryKey: keyOf(path),
      queryFn: ({ signal }) => get<ImportProgress>(path, signal),
      enabled: progressId !== null,
      refetchInterval: POLL_MS,
      refetchIntervalInBackground: true,
    }).data ?? null
  );
}

export function ImportPage() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [bytes, setBytes] = useState({ sent: 0, total: 0 });
  // Choices by header name, so a fixed file with the same columns needs no new mapping.
  const remembered = useRef(new Map<string, Choice>());
  const stepHeading = useRef<HTMLHeadingElement>(null);

  const importing = useApiMutation(
    ({ mapped, progressId }: { mapped: MappedFile; progressId: string }) =>
      uploadImport(mapped.text, { progressId, ignore: mapped.ignore, onProgress: (sent, total) => setBytes({ sent, total }) }).done,
    { invalidates: ['/people'] },
  );
  const step: Step = state.step !== 'sent' ? state.step : importing.isSuccess ? 'done' : importing.isError ? 'failed' : 'upload';
  const server = useServerProgress(state.step === 'sent' && step === 'upload' ? state.progressId : null);

  // Each new step moves focus to its heading, so its content is what gets read next.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else stepHeading.current?.focus();
  }, [step]);

  const choose = async (f: File) => {
    const loaded = await loadFile(f);
    if ('problem' in loaded) {
      setState((s) => (s.step === 'sent' ? { ...s, problem: loaded.problem } : { step: 'choose', problem: loaded.problem }));
      return;
    }
    setState({ step: 'map', file: loaded.file, choices: proposeChoices(loaded.file.split.headers, remembered.current) });
  };

  const start = (file: LoadedFile, choices: Choice[]) => {
    file.split.headers.forEach((h, i) => remembered.current.set(h.trim(), choices[i]));
    const mapped = applyMapping(file.split, choices);
    const progressId = uuid();
    setBytes({ sent: 0, total: 0 });
    setState({ step: 'sent', progressId, originalOf: mapped.originalOf, encoding: file.encoding });
    // Not the previous import's result while this one starts.
    importing.reset();
    importing.mutate({ mapped, progressId });
  };

  const problemText = (p?: LoadProblem) =>
    !p
      ? undefined
      : p.kind === 'empty'
        ? t('import.emptyFile')
        : p.kind === 'unreadable'
          ? t('import.unreadable')
          : t(`error.${p.code}`, p.params);

  const current = STEPS.findIndex(([steps]) => steps.includes(step));
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
        {step === 'upload' && <ProgressView sent={bytes.sent} total={bytes.total} server={server} />}
        {step === 'done' && state.step === 'sent' && importing.data && (
          <>
            <ResultView result={importing.data} encoding={state.encoding} />
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
        {step === 'failed' && state.step === 'sent' && (
          <ErrorsView
            error={importing.error}
            originalOf={state.originalOf}
            next={<FilePicker label={t('import.chooseFixed')} onFile={choose} error={problemText(state.problem)} />}
          />
        )}
      </section>
    </Page>
  );
}
