/**
 * The jobs the engine sends to graphd and execd. Equivalent on the wire to those services' own
 * contracts (same job names, same message types); kept here so the engine depends only on proto/.
 */
import { keel } from '../../../proto';
import { defineContract } from '../../kit/src/contract';

const g = keel.graphd.v1;
const x = keel.execd.v1;

export const graphd = defineContract('graphd', {
  'image.inspect': { request: g.InspectImageRequest, response: g.InspectImageResponse },
  'rootfs.prepare': { request: g.PrepareRootfsRequest, response: g.PrepareRootfsResponse },
  'rootfs.release': { request: g.ReleaseRootfsRequest, response: g.ReleaseRootfsResponse },
});

export const execd = defineContract('execd', {
  'task.create': { request: x.CreateTaskRequest, response: x.CreateTaskResponse },
  'task.start': { request: x.StartTaskRequest, response: x.StartTaskResponse },
  'task.wait': { request: x.WaitTaskRequest, response: x.WaitTaskResponse },
  'task.kill': { request: x.KillTaskRequest, response: x.KillTaskResponse },
  'task.delete': { request: x.DeleteTaskRequest, response: x.DeleteTaskResponse },
  'task.state': { request: x.TaskStateRequest, response: x.TaskStateResponse },
});
