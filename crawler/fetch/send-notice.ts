import type { Duplex } from 'node:stream';
import type { Dispatcher } from 'undici';

type Handler = Dispatcher.DispatchHandler;
type Controller = Dispatcher.DispatchController;
type Headers = Parameters<NonNullable<Handler['onResponseStart']>>[2];

/** Passes everything on to the handler undici gave, and says when the request is written. */
class SendNoticeHandler implements Handler {
  constructor(
    private readonly inner: Handler,
    private readonly onSend: () => void,
  ) {}

  // undici calls this on the socket's turn, in the same tick as it writes the request line and headers.
  onRequestStart(controller: Controller, context: unknown): void {
    this.onSend();
    this.inner.onRequestStart?.(controller, context);
  }

  onRequestUpgrade(controller: Controller, statusCode: number, headers: Headers, socket: Duplex): void {
    this.inner.onRequestUpgrade?.(controller, statusCode, headers, socket);
  }

  onResponseStart(controller: Controller, statusCode: number, headers: Headers, statusMessage?: string): void {
    this.inner.onResponseStart?.(controller, statusCode, headers, statusMessage);
  }

  onResponseData(controller: Controller, chunk: Buffer): void {
    this.inner.onResponseData?.(controller, chunk);
  }

  onResponseEnd(controller: Controller, trailers: Headers): void {
    this.inner.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Controller, error: Error): void {
    this.inner.onResponseError?.(controller, error);
  }
}

/** `dispatcher` (connections and all) for one request, calling `onSend` as that request leaves. */
export function noticingSend(dispatcher: Dispatcher, onSend: () => void): Dispatcher {
  return dispatcher.compose(
    (dispatch) => (options, handler) => dispatch(options, new SendNoticeHandler(handler, onSend)),
  );
}
