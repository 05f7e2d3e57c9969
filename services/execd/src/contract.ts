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
  'task.stats': { request: v1.TaskStatsRequest, response: v1.TaskStatsResponse },
  'task.top': { request: v1.TaskTopRequest, response: v1.TaskTopResponse },
  'task.pause': { request: v1.TaskPauseRequest, response: v1.TaskPauseResponse },
  'task.resume': { request: v1.TaskResumeRequest, response: v1.TaskResumeResponse },
});
