import type { NatsConnection } from 'nats';
import { keel } from '../../../proto';
import { type MessageType, typeName } from './contract';
import { currentTrace } from './trace';

/** Publishes an event on keel.events.<service>.<topic> (topic is "<noun>.<past-verb>"), in the trace of the job that caused it. */
export function publishEvent<I>(nc: NatsConnection, service: string, topic: string, type: MessageType<I>, payload: I, traceId = currentTrace()): void {
  const env = keel.events.v1.Envelope.encode({
    timestampMs: Date.now(), topic, typeUrl: typeName(type), payload: type.encode(payload).finish(), traceId,
  }).finish();
  try {
    nc.publish(`keel.events.${service}.${topic}`, env);
  } catch {
    // the bus is down; events are best effort
  }
}
