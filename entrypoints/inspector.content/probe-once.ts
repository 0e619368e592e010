import type { LinkProbe, ProbeResult } from '@/shared/checks/link-probe.ts';
import type { UncheckedLinks } from '@/extension/protocol.ts';

export interface RunProbe extends LinkProbe {
  /** Targets the background could not probe for want of host permission, and the origins to ask for. */
  unchecked(): UncheckedLinks;
}

/**
 * One 检查本页 run's view of the background's probe: several link checks (dead links, 错链, spam targets) ask
 * about the same targets, and each distinct target must cost the site one request (HEAD, GET only where HEAD
 * is refused). A new run asks again, so a fixed link shows as fixed.
 */
export function probeOncePerTarget(probe: LinkProbe): RunProbe {
  const answers = new Map<string, Promise<ProbeResult>>();
  const unchecked = new Set<string>();
  const origins = new Set<string>();
  return {
    bodiless: probe.bodiless,
    probe(url) {
      let answer = answers.get(url);
      if (!answer) {
        answer = probe.probe(url).then((result) => {
          if (result.skipped === 'no-host-permission') {
            unchecked.add(url);
            const { protocol, hostname } = new URL(url);
            // Match patterns carry no port: permission for a host covers all its ports.
            origins.add(`${protocol}//${hostname}/*`);
          }
          return result;
        });
        answers.set(url, answer);
      }
      return answer;
    },
    unchecked: () => ({ count: unchecked.size, origins: [...origins].sort() }),
  };
}
