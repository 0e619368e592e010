import { recheckOf } from '../../../../shared/report/diff.ts';
import { summarize } from '../../../../shared/report/summary.ts';
import type { Translate } from '../i18n.ts';
import type { StoredRun } from '../run-store.ts';

const time = (iso: string | null) => (iso ? iso.slice(0, 19).replace('T', ' ') : '');

/** A site's runs, newest first, with their 复核 counts. */
export function RunsTable({ t, runs }: { t: Translate; runs: StoredRun[] }) {
  return (
    <>
      <table class="runs">
        <thead>
          <tr>
            <th>{t('run')}</th>
            <th>{t('started')}</th>
            <th>{t('finished')}</th>
            <th>{t('pages')}</th>
            <th>{t('findings')}</th>
            <th>{t('recheck')}</th>
          </tr>
        </thead>
        <tbody>
          {[...runs].reverse().map((run) => {
            const counts = run.report && recheckOf(run.report)?.counts;
            return (
              <tr key={run.id} data-run={run.id}>
                <td>
                  <a href={`/run/${run.id}`}>#{run.id}</a>
                </td>
                <td>{time(run.startedAt)}</td>
                <td>{run.finishedAt ? time(run.finishedAt) : <span class="muted">{t('unfinished')}</span>}</td>
                <td class="num">{run.report?.stats.pagesFetched ?? ''}</td>
                <td class="num">{run.report ? summarize(run.report).failures : ''}</td>
                <td>{counts ? `+${counts.new} / ${counts.open} / −${counts.fixed}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="muted legend">{t('recheckLegend')}</p>
    </>
  );
}
