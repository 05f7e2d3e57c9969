import { keel } from '../../../proto';
import { defineContract } from '../../kit/src/contract';

const v1 = keel.execd.v1;

/** execd's jobs (keel.execd.<noun>.<verb>): a task is a container's process tree, parented by keel-shim. */
export const execd = defineContract('execd', {
  'task.create': { request: v1.CreateTaskRequest, response: v1.CreateTaskResponse },
  'task.start': { request: v1.StartTaskRequest, response: v1.StartTaskResponse },
  'task.wait': { request: v1.WaitTaskRequest, response: v1.WaitTaskResponse },
  'task.kill': { request: v1.KillTaskRequest, response: v1.KillTaskResponse },
  'task.delete': { request: v1.DeleteTaskRequest, response: v1.DeleteTaskResponse },
  'task.state': { request: v1.TaskStateRequest, response: v1.TaskStateResponse },
  'volume.create': { request: v1.CreateVolumeRequest, response: v1.CreateVolumeResponse },
  'volume.list': { request: v1.ListVolumesRequest, response: v1.ListVolumesResponse },
  'volume.inspect': { request: v1.InspectVolumeRequest, response: v1.InspectVolumeResponse },
  'volume.remove': { request: v1.RemoveVolumeRequest, response: v1.RemoveVolumeResponse },
  'volume.prune': { request: v1.PruneVolumesRequest, response: v1.PruneVolumesResponse },
  'task.stats': { request: v1.TaskStatsRequest, response: v1.TaskStatsResponse },
  'task.top': { request: v1.TaskTopRequest, response: v1.TaskTopResponse },
  'task.pause': { request: v1.TaskPauseRequest, response: v1.TaskPauseResponse },
  'task.resume': { request: v1.TaskResumeRequest, response: v1.TaskResumeResponse },
  'task.attach': { request: v1.AttachTaskRequest, response: v1.AttachTaskResponse },
  'task.resize': { request: v1.ResizeTaskRequest, response: v1.ResizeTaskResponse },
  'exec.create': { request: v1.CreateExecRequest, response: v1.CreateExecResponse },
  'exec.start': { request: v1.StartExecRequest, response: v1.StartExecResponse },
  'exec.inspect': { request: v1.InspectExecRequest, response: v1.InspectExecResponse },
});
