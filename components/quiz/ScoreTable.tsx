import type { ReactNode } from 'react';

export interface ScoreRow {
  key: string;
  label: ReactNode;
  /** An official domain weight, shown when the table has a weight column. */
  weight?: number;
  correct: number;
  total: number;
}

const percent = (correct: number, total: number) => `${Math.round((correct / total) * 100)}%`;

/**
 * Correct answers out of those asked, per module or per exam domain. A row with nothing asked says so
 * instead of a score (a domain the session did not reach).
 */
export function ScoreTable({ heading, rows, caption }: { heading: string; rows: readonly ScoreRow[]; caption?: ReactNode }) {
  const weights = rows.some((r) => r.weight !== undefined);
  return (
    <table className="mt-2 w-full text-sm">
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-2 pr-3">
            {heading}
          </th>
          {weights ? (
            <th scope="col" className="py-2 pr-3 text-right">
              Weight
            </th>
          ) : null}
          <th scope="col" className="py-2 pr-3 text-right">
            Correct
          </th>
          <th scope="col" className="py-2 text-right">
            Score
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {row.label}
            </th>
            {weights ? <td className="py-2 pr-3 text-right tabular-nums text-muted">{row.weight}%</td> : null}
            {row.total === 0 ? (
              <td colSpan={2} className="py-2 text-right text-muted">
                none asked
              </td>
            ) : (
              <>
                <td className="py-2 pr-3 text-right tabular-nums">
                  {row.correct} / {row.total}
                </td>
                <td className="py-2 text-right tabular-nums">{percent(row.correct, row.total)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
