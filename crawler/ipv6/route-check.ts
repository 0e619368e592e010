import { createSocket } from 'node:dgram';

/** Says why this machine cannot send to `address` (undefined when it can). */
export type RouteCheck = (address: string) => Promise<string | undefined>;

const GLOBAL_UNICAST = /^[23][0-9a-f]{0,3}:/i;
const LOCAL_ONLY = /^(f[cd][0-9a-f]{0,2}|fe[89ab][0-9a-f]?):/i;

/**
 * Connecting a UDP socket sends nothing: the kernel only picks a route and a source address. A machine
 * without IPv6 fails here at once, instead of blaming the site for a timeout; so does one whose only IPv6
 * addresses are private (fd00::/8, fe80::/10) when the target is public, since it has no way out either.
 */
export const kernelRouteCheck: RouteCheck = (address) =>
  new Promise((resolve) => {
    const socket = createSocket(address.includes(':') ? 'udp6' : 'udp4');
    const done = (reason?: string) => {
      socket.close();
      resolve(reason);
    };
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    socket.connect(9, address, () => {
      const source = socket.address().address;
      done(
        GLOBAL_UNICAST.test(address) && LOCAL_ONLY.test(source)
          ? `no public IPv6 address (source ${source})`
          : undefined,
      );
    });
  });
