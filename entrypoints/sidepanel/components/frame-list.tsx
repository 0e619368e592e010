import type { FrameStatus } from '@/extension/protocol.ts';
import { pick, t } from '../i18n.ts';

/** The page's frames: checked with it (same origin), or 未检查 with the reason (other origins). */
export function FrameList({ frames }: { frames: FrameStatus[] }) {
  if (!frames.length) return null;
  return (
    <details class="frames" open={frames.some((f) => !f.checked)}>
      <summary>
        {t('frames')}
        <span class="count">{frames.length}</span>
      </summary>
      <ul>
        {frames.map((f) => (
          <li key={f.url} class={f.checked ? 'checked' : 'not-checked'}>
            {f.checked ? t('frameChecked') : t('frameNotChecked')}：{f.url}
            {f.reason ? <div class="reason">{pick(f.reason)}</div> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
