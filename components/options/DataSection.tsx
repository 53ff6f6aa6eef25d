import { useRef, useState } from 'preact/hooks';
import { type ImportMode, importSizeProblem, readImportFile } from '@/lib/data/transfer';
import type { ExportDocument } from '@/lib/export/format';
import type { OptionsEnvironment } from './environment';
import { describeImportProblem } from './importProblem';
import { ConfirmStep, Section, Status } from './parts';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';
import type { FormStatus } from './useSettingsForm';

type ChosenFile =
  | { state: 'none' }
  | { state: 'reading' }
  | { state: 'bad'; error: string }
  | { state: 'good'; document: ExportDocument };

/** Each part of the section reports next to its own buttons. */
type Part = 'export' | 'import' | 'delete';

type Confirming = { kind: 'replace'; hereDays: number } | { kind: 'delete' } | null;

const FILE_ID = 'import-file';

function fileSummary(document: ExportDocument): string {
  const dates = document.days.map((day) => day.date).sort();
  return strings.data.fileReady(document.days.length, dates[0] ?? null, dates.at(-1) ?? null, document.exportedAt);
}

/** Export (JSON and CSV), import (merge or replace, nothing changed by a bad file) and delete everything. */
export function DataSection({
  environment,
  controls,
}: {
  environment: OptionsEnvironment;
  controls: SettingsControls;
}) {
  const text = strings.data;
  const [status, setStatus] = useState<(FormStatus & { where: Part }) | null>(null);
  const [chosen, setChosen] = useState<ChosenFile>({ state: 'none' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [resetToo, setResetToo] = useState(false);
  const busy = useRef(false);
  /** The latest file chosen: a slower read of an earlier one must not overwrite it. */
  const choice = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const context = () => ({ now: environment.now(), timeZone: environment.timeZone });
  const ok = (where: Part, message: string) => setStatus({ where, kind: 'ok', text: message });
  const fail = (where: Part, message: string) => setStatus({ where, kind: 'error', text: message });
  const statusOf = (where: Part) => (status?.where === where ? status : null);

  /** One data action at a time: a second click while the first runs does nothing. */
  async function exclusive(action: () => Promise<void>) {
    if (busy.current) return;
    busy.current = true;
    try {
      await action();
    } finally {
      busy.current = false;
    }
  }

  const exportAs = (kind: 'json' | 'csv') =>
    exclusive(async () => {
      try {
        const file =
          kind === 'json'
            ? await environment.data.exportJson(controls.settings, context())
            : await environment.data.exportCsv(context());
        environment.download(new Blob([file.text], { type: file.type }), file.name);
        ok('export', text.exported(file.name));
      } catch (reason) {
        fail('export', text.exportFailed(String(reason)));
      }
    });

  async function chooseFile(input: HTMLInputElement) {
    setConfirming(null);
    const file = input.files?.[0];
    const current = ++choice.current;
    if (!file) {
      setChosen({ state: 'none' });
      return;
    }
    // Too large to be an export (a video chosen by mistake, say): refused before it is read into memory.
    const tooLarge = importSizeProblem(file.size);
    if (tooLarge) {
      setChosen({ state: 'bad', error: describeImportProblem(tooLarge) });
      return;
    }
    setChosen({ state: 'reading' });
    let next: ChosenFile;
    try {
      const result = readImportFile(await file.text(), context());
      next = result.ok
        ? { state: 'good', document: result.document }
        : { state: 'bad', error: describeImportProblem(result.problem) };
    } catch (reason) {
      next = { state: 'bad', error: String(reason) };
    }
    if (current === choice.current) setChosen(next);
  }

  function finishImport(message: string) {
    ok('import', message);
    setChosen({ state: 'none' });
    if (fileInput.current) fileInput.current.value = '';
  }

  const runImport = (importMode: ImportMode) =>
    exclusive(async () => {
      if (chosen.state !== 'good') return;
      try {
        const summary = await environment.data.importDocument(chosen.document, importMode);
        finishImport(importMode === 'merge' ? text.merged(summary) : text.replaced(summary));
      } catch (reason) {
        fail('import', text.importFailed(String(reason)));
      }
    });

  async function startImport() {
    if (chosen.state === 'bad') {
      fail('import', text.badFile(chosen.error));
      fileInput.current?.focus();
      return;
    }
    if (chosen.state !== 'good') {
      fail('import', text.noFile);
      fileInput.current?.focus();
      return;
    }
    if (mode === 'merge') return runImport('merge');
    try {
      setConfirming({ kind: 'replace', hereDays: await environment.data.countDays() });
    } catch (reason) {
      fail('import', text.importFailed(String(reason)));
    }
  }

  function closeConfirm(focusAfter: HTMLElement | null) {
    setConfirming(null);
    focusAfter?.focus();
  }

  const deleteEverything = () =>
    exclusive(async () => {
      closeConfirm(deleteButton.current);
      try {
        await environment.data.deleteAll();
        if (resetToo) await controls.reset();
        ok('delete', resetToo ? text.deletedAndReset : text.deleted);
      } catch (reason) {
        fail('delete', text.deleteFailed(String(reason)));
      }
      setResetToo(false);
    });

  const fileMessageId = `${FILE_ID}-message`;
  return (
    <Section id="data" heading={text.heading} intro={text.intro}>
      <h3>{text.exportHeading}</h3>
      <div class="actions">
        <button type="button" class="button" onClick={() => exportAs('json')}>
          {text.exportJson}
        </button>
        <button type="button" class="button" onClick={() => exportAs('csv')}>
          {text.exportCsv}
        </button>
      </div>
      <Status status={statusOf('export')} />

      <h3>{text.importHeading}</h3>
      <p class="hint">{text.importIntro}</p>
      <div class="field">
        <label for={FILE_ID}>{text.fileLabel}</label>
        <input
          ref={fileInput}
          id={FILE_ID}
          type="file"
          accept=".json,application/json"
          onChange={(event) => chooseFile(event.currentTarget)}
          aria-invalid={chosen.state === 'bad' ? 'true' : undefined}
          aria-describedby={chosen.state === 'none' ? undefined : fileMessageId}
        />
        {/* A live region, present from the start: what the file holds, or what is wrong with it, is announced. */}
        <p id={fileMessageId} role="status" class={chosen.state === 'bad' ? 'error' : 'hint'}>
          {chosen.state === 'reading' && text.fileReading}
          {chosen.state === 'bad' && text.badFile(chosen.error)}
          {chosen.state === 'good' && fileSummary(chosen.document)}
        </p>
      </div>
      <fieldset class="group">
        <legend>{text.modeLegend}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <div class="check" key={option}>
            <input
              id={`import-${option}`}
              type="radio"
              name="import-mode"
              value={option}
              checked={mode === option}
              onChange={() => {
                setMode(option);
                setConfirming(null);
              }}
              aria-describedby={`import-${option}-hint`}
            />
            <label for={`import-${option}`}>{option === 'merge' ? text.merge : text.replace}</label>
            <p id={`import-${option}-hint`} class="hint">
              {option === 'merge' ? text.mergeHint : text.replaceHint}
            </p>
          </div>
        ))}
      </fieldset>
      <p>
        <button ref={importButton} type="button" class="button button--primary" onClick={startImport}>
          {text.importButton}
        </button>
      </p>
      {confirming?.kind === 'replace' && chosen.state === 'good' && (
        <ConfirmStep
          id="confirm-replace"
          question={text.replaceQuestion(chosen.document.days.length, confirming.hereDays)}
          confirmLabel={text.replaceConfirm}
          onConfirm={() => {
            closeConfirm(importButton.current);
            void runImport('replace');
          }}
          onCancel={() => {
            closeConfirm(importButton.current);
            ok('import', text.cancelled);
          }}
        />
      )}
      <Status status={statusOf('import')} />

      <h3>{text.deleteHeading}</h3>
      <p class="hint">{text.deleteIntro}</p>
      <p>
        <button
          ref={deleteButton}
          type="button"
          class="button button--danger"
          onClick={() => setConfirming({ kind: 'delete' })}
        >
          {text.deleteButton}
        </button>
      </p>
      {confirming?.kind === 'delete' && (
        <ConfirmStep
          id="confirm-delete"
          question={text.deleteQuestion}
          confirmLabel={text.deleteConfirm}
          onConfirm={deleteEverything}
          onCancel={() => {
            closeConfirm(deleteButton.current);
            setResetToo(false);
            ok('delete', text.cancelled);
          }}
        >
          <div class="check">
            <input
              id="delete-reset-settings"
              type="checkbox"
              checked={resetToo}
              onChange={(event) => setResetToo(event.currentTarget.checked)}
              aria-describedby="delete-reset-settings-hint"
            />
            <label for="delete-reset-settings">{text.resetToo}</label>
            <p id="delete-reset-settings-hint" class="hint">
              {text.resetHint}
            </p>
          </div>
        </ConfirmStep>
      )}
      <Status status={statusOf('delete')} />
    </Section>
  );
}
