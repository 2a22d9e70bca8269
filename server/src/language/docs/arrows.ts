// Documentation for the three connection arrows: shown on hover over an arrow and on the arrows completion offers.
import type { ArrowKind } from '../ast';

export const ARROW_DOCS: Record<ArrowKind, string> = {
  sync: '**`->` synchronous call** — the caller waits for the answer (HTTP, gRPC, SQL). Every hop adds latency and couples availability: if the callee is down, so is the caller\'s request. Keep chains short and give calls a timeout.',
  async: '**`~>` asynchronous message** — the sender publishes and moves on; a queue or topic carries the message to its consumers. Decouples load spikes and failures at the price of eventual consistency. `svc ~> queue` publishes, `queue ~> worker` consumes.',
  duplex: '**`<->` two-way channel** — a long-lived connection where both sides send (WebSocket, replication streams). Real-time features keep it open instead of polling.',
};
