import { keel } from '../../../proto';
import { defineContract } from '../../kit/src/contract';

const v1 = keel.engine.v1;

/** The engine's jobs (keel.engine.<noun>.<verb>). */
export const engine = defineContract('engine', {
  'system.version': { request: v1.VersionRequest, response: v1.VersionResponse },
  'system.info': { request: v1.InfoRequest, response: v1.InfoResponse },
  'container.create': { request: v1.CreateContainerRequest, response: v1.CreateContainerResponse },
  'container.start': { request: v1.StartContainerRequest, response: v1.StartContainerResponse },
  'container.wait': { request: v1.WaitContainerRequest, response: v1.WaitContainerResponse },
  'container.remove': { request: v1.RemoveContainerRequest, response: v1.RemoveContainerResponse },
  'container.list': { request: v1.ListContainersRequest, response: v1.ListContainersResponse },
  'container.inspect': { request: v1.InspectContainerRequest, response: v1.InspectContainerResponse },
  'container.logs': { request: v1.ContainerLogsRequest, response: v1.ContainerLogsResponse },
  'container.stop': { request: v1.StopContainerRequest, response: v1.StopContainerResponse },
  'container.kill': { request: v1.KillContainerRequest, response: v1.KillContainerResponse },
  'container.restart': { request: v1.RestartContainerRequest, response: v1.RestartContainerResponse },
  'container.stats': { request: v1.ContainerStatsRequest, response: v1.ContainerStatsResponse },
  'container.top': { request: v1.ContainerTopRequest, response: v1.ContainerTopResponse },
  'container.pause': { request: v1.PauseContainerRequest, response: v1.PauseContainerResponse },
  'container.unpause': { request: v1.UnpauseContainerRequest, response: v1.UnpauseContainerResponse },
  'container.commit': { request: v1.CommitContainerRequest, response: v1.CommitContainerResponse },
  'container.attach': { request: v1.AttachContainerRequest, response: v1.AttachContainerResponse },
  'container.resize': { request: v1.ResizeContainerRequest, response: v1.ResizeContainerResponse },
  'container.exec.create': { request: v1.CreateExecRequest, response: v1.CreateExecResponse },
  'container.exec.start': { request: v1.StartExecRequest, response: v1.StartExecResponse },
  'container.exec.inspect': { request: v1.InspectExecRequest, response: v1.InspectExecResponse },
  'container.exec.resize': { request: v1.ResizeExecRequest, response: v1.ResizeExecResponse },
});
