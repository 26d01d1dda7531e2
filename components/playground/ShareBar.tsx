'use client';
import { useId, useRef, useState } from 'react';
import type { Scenario, ScenarioError } from '@/lib/sim';
import type { CliScript } from '@/lib/playground/aws-cli';
import type { Draft } from '@/lib/playground/types';
import { Button } from '@/components/ui/Button';
import { downloadFile } from '@/components/ui/download-file';
import { Modal } from '@/components/ui/Modal';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function CliDialog({ script, onClose }: { script: CliScript | null; onClose: () => void }) {
  const [copied, setCopied] = useState('');
  return (
    <Modal open={script !== null} onClose={onClose} title="AWS CLI for this scenario" width="w-[min(48rem,94vw)]">
      {script?.unavailable && (
        <div>
          <p role="note" className="mt-1 text-sm">
            {script.unavailable}
          </p>
          <div className="mt-4 flex justify-end">
            <Button size="toolbar" variant="primary" onClick={onClose}>
              Close
            </Button>
          </div>
        </div>
      )}
      {script && !script.unavailable && (
        <div>
          <p className="mt-1 text-sm text-muted">
            Application Auto Scaling commands that would create this scaling configuration in a real account.
          </p>
          <pre
            tabIndex={0}
            aria-label="AWS CLI commands"
            className="mt-3 max-h-[50vh] overflow-auto rounded-lg border border-line bg-bg-subtle p-3 font-mono text-xs leading-relaxed"
          >
            {script.text}
          </pre>
          {script.notes.length > 0 && (
            <div className="mt-3">
              <h3 className="text-sm font-semibold">What a real account needs as well</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {script.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="mt-4 flex items-center justify-end gap-2">
            <span role="status" className="text-sm text-muted">
              {copied}
            </span>
            <Button
              size="toolbar"
              onClick={async () => setCopied((await copy(script.text)) ? 'Copied.' : 'Copy failed: select the text and copy it.')}
            >
              Copy commands
            </Button>
            <Button size="toolbar" variant="primary" onClick={onClose}>
              Close
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}

interface Props {
  draft: Draft;
  scenario: Scenario | null;
  valid: boolean;
  /** Why the draft cannot travel as a link (too large), or null. */
  shareProblem: string | null;
  shareUrl: () => Promise<string>;
  onImport: (draft: Draft, file: string) => void;
  onHelp: () => void;
}

/** Share link, YAML export and import, and "Copy as AWS CLI". */
export function ShareBar({ draft, scenario, valid, shareProblem, shareUrl, onImport, onHelp }: Props) {
  const [status, setStatus] = useState('');
  const [importErrors, setImportErrors] = useState<{ file: string; errors: ScenarioError[] } | null>(null);
  const [cli, setCli] = useState<CliScript | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const shareProblemId = `${useId()}-share`;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="toolbar"
          disabled={!valid || shareProblem !== null}
          aria-describedby={shareProblem ? shareProblemId : undefined}
          onClick={async () => {
            const url = await shareUrl();
            setStatus((await copy(url)) ? 'Link copied: it opens this exact scenario.' : `Copy this link: ${url}`);
          }}
        >
          Copy share link
        </Button>
        <Button
          size="toolbar"
          onClick={async () => {
            const { toYaml, yamlFileName } = await import('@/lib/playground/yaml-io');
            const name = yamlFileName(draft);
            downloadFile(name, toYaml(draft), 'application/yaml');
            setStatus(`Downloaded ${name}.`);
          }}
        >
          Export YAML
        </Button>
        <Button size="toolbar" onClick={() => file.current?.click()}>
          Import YAML
        </Button>
        <input
          ref={file}
          type="file"
          accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
          className="sr-only"
          tabIndex={-1}
          aria-label="Scenario file to import"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            setStatus(`Reading ${f.name}…`);
            const { importScenarioFile } = await import('./import-file');
            const result = await importScenarioFile(f);
            if (result.ok) {
              setImportErrors(null);
              onImport(result.draft, f.name);
              setStatus(`Imported ${f.name}.`);
            } else {
              setImportErrors({ file: f.name, errors: result.errors });
              setStatus('');
            }
          }}
        />
        <Button
          size="toolbar"
          disabled={!scenario}
          onClick={async () => {
            if (!scenario) return;
            const { awsCliScript } = await import('@/lib/playground/aws-cli');
            setCli(awsCliScript(scenario));
          }}
        >
          Copy as AWS CLI
        </Button>
        <Button size="toolbar" onClick={onHelp} aria-keyshortcuts="?">
          Keyboard shortcuts <kbd className="ml-1 font-mono text-xs">?</kbd>
        </Button>
      </div>
      {shareProblem && (
        <p id={shareProblemId} className="text-sm text-warning">
          {shareProblem} Export it as YAML to keep it; the address bar keeps the last link that fit.
        </p>
      )}
      <p role="status" className="text-sm text-muted">
        {status}
      </p>
      {importErrors && (
        <div
          role="alert"
          className="rounded-lg border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">
            {importErrors.file} was not imported: it is not a valid scenario. Your current scenario is unchanged.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {importErrors.errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code className="font-mono text-xs">{e.path || '(file)'}</code>: {e.message}
              </li>
            ))}
          </ul>
          <Button variant="link" size="inline" className="mt-2 text-sm" onClick={() => setImportErrors(null)}>
            Dismiss
          </Button>
        </div>
      )}
      <CliDialog script={cli} onClose={() => setCli(null)} />
    </div>
  );
}
