import type { FastifyInstance } from 'fastify';
import type { ServiceState } from '../../kit/src';
import type { Listener } from './listeners';

export interface ApiState extends ServiceState {
  app: FastifyInstance;
  listeners: Listener[];
}
