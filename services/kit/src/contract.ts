import type { Writer } from 'protobufjs/minimal';
import { keel } from '../../../proto';

/** A generated protobuf message class: I is its plain (init) shape, M the decoded instance. */
export interface MessageType<I = unknown, M extends I = I> {
  encode(message: I, writer?: Writer): Writer;
  decode(reader: Uint8Array): M;
  getTypeUrl(prefix?: string): string;
}

export interface JobSpec<ReqI = any, Req extends ReqI = any, ResI = any, Res extends ResI = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  request: MessageType<ReqI, Req>;
  response: MessageType<ResI, Res>;
}

export type JobTable = Record<string, JobSpec>;

/** The jobs one service answers: its public contract, declared once and used by both sides. */
export interface Contract<J extends JobTable = JobTable> {
  service: string;
  jobs: J;
}

export type RequestInit<S extends JobSpec> = Parameters<S['request']['encode']>[0];
export type RequestOf<S extends JobSpec> = ReturnType<S['request']['decode']>;
export type ResponseInit<S extends JobSpec> = Parameters<S['response']['encode']>[0];
export type ResponseOf<S extends JobSpec> = ReturnType<S['response']['decode']>;

const typeNames = new WeakMap<object, string>();
/** The full protobuf name of a message type, e.g. "keel.kit.v1.PingRequest". */
export function typeName(t: MessageType): string {
  let n = typeNames.get(t);
  if (n === undefined) {
    n = t.getTypeUrl('').replace(/^\//, '');
    typeNames.set(t, n);
  }
  return n;
}

/** Jobs the kit answers on behalf of every service. */
export const kitJobs = {
  'service.ping': { request: keel.kit.v1.PingRequest, response: keel.kit.v1.PingResponse },
  'service.info': { request: keel.kit.v1.ServiceInfoRequest, response: keel.kit.v1.ServiceInfoResponse },
  'service.metrics': { request: keel.kit.v1.MetricsRequest, response: keel.kit.v1.MetricsResponse },
} satisfies JobTable;
export type KitJobs = typeof kitJobs;

/** Declares a service's contract; the kit's own jobs are part of every contract. */
export function defineContract<J extends JobTable>(service: string, jobs: J): Contract<J & KitJobs> {
  return { service, jobs: { ...kitJobs, ...jobs } };
}

/** The contract of a service whose own jobs the caller does not need (ping, info, metrics only). */
export function kitContract(service: string): Contract<KitJobs> {
  return { service, jobs: kitJobs };
}

/** keel.<service>.<noun>.<verb> */
export function jobSubject(service: string, job: string): string {
  return `keel.${service}.${job}`;
}
export function cancelSubject(service: string): string {
  return `keel.${service}.job.cancel`;
}
